import type { SageMakerClient } from '@aws-sdk/client-sagemaker';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { DEMO } from '../../src/emulator/demo/demo-data.js';
import { type Emulator, startEmulator } from '../../src/emulator/server.js';
import { createSageMakerClient } from '../../src/sagemaker/client.js';
import { exampleQuery } from '../../src/server/example-query.js';
import { createGateway, type Gateway } from '../../src/server/gateway.js';

interface Result {
  data?: Record<string, unknown>;
  errors?: unknown[];
}

describe('the query GraphiQL opens with', () => {
  let emulator: Emulator;
  let client: SageMakerClient;
  let app: Gateway;
  let query: string;

  beforeAll(async () => {
    emulator = await startEmulator({ data: 'demo', scale: 400 });
    const config = loadConfig({ LOG_LEVEL: 'silent' });
    client = createSageMakerClient(config, emulator.endpoint);
    app = createGateway(config, { client });
    const best = emulator.store.get('HyperParameterTuningJob', DEMO.tuningJobName)?.BestTrainingJob;
    query = exampleQuery(
      { trainingJob: best?.TrainingJobName ?? '', endpoint: DEMO.endpointName },
      '# demo',
    );
  });
  afterAll(async () => {
    client.destroy();
    await emulator.close();
  });

  const run = async (operationName: string): Promise<Result> => {
    const response = await app.fetch('http://gateway/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, operationName }),
    });
    return (await response.json()) as Result;
  };

  it('shows a demo training job with its tuning job', async () => {
    const result = await run('TrainingJob');
    expect(result.errors).toBeUndefined();
    const job = result.data?.trainingJob as { tuningJob: { name: string } | null };
    expect(job.tuningJob?.name).toBe(DEMO.tuningJobName);
  });

  it("shows the demo endpoint's whole deployment chain", async () => {
    const result = await run('Deployment');
    expect(result.errors).toBeUndefined();
    const endpoint = result.data?.endpoint as {
      productionVariants: Array<{
        model: { containers: Array<{ modelPackage: { group: { name: string } } | null }> };
      }>;
    };
    expect(endpoint.productionVariants.length).toBeGreaterThan(0);
    for (const variant of endpoint.productionVariants) {
      expect(variant.model.containers[0]?.modelPackage?.group.name).toBeTruthy();
    }
  });
});
