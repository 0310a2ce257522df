import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO } from '../../src/emulator/demo/demo-data.js';
import { exampleQuery } from '../../src/server/example-query.js';
import { useDemoGateway } from '../support/gateway.js';

interface Result {
  data?: Record<string, unknown>;
  errors?: unknown[];
}

describe('the query GraphiQL opens with', () => {
  const { emulator, app } = useDemoGateway({ emulator: { data: 'demo', scale: 400 } });
  let query: string;

  beforeAll(() => {
    const best = emulator().store.get(
      'HyperParameterTuningJob',
      DEMO.tuningJobName,
    )?.BestTrainingJob;
    query = exampleQuery(
      { trainingJob: best?.TrainingJobName ?? '', endpoint: DEMO.endpointName },
      '# demo',
    );
  });

  const run = async (operationName: string): Promise<Result> => {
    const response = await app().fetch('http://gateway/graphql', {
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
