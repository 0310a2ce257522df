import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { type Emulator, startEmulator } from '../../src/emulator/server.js';
import { createGateway } from '../../src/server/gateway.js';
import { callsOf, clientFor } from './helpers.js';

let emulator: Emulator;

beforeAll(async () => {
  emulator = await startEmulator();
});
afterAll(() => emulator.close());

const config = loadConfig({ LOG_LEVEL: 'silent' });

describe('/metrics', () => {
  it('exposes SageMaker calls per operation and the request metrics, per gateway', async () => {
    const client = clientFor(emulator);
    // Several gateways in one process each get their own registry.
    const [app, other] = [createGateway(config, { client }), createGateway(config, { client })];
    const [job] = emulator.store.all('TrainingJob');
    emulator.resetCalls();
    const response = await app.fetch('http://gateway/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'query ($name: String!) { trainingJob(name: $name) { name } }',
        variables: { name: job?.TrainingJobName },
      }),
    });
    expect(await response.json()).toEqual({
      data: { trainingJob: { name: job?.TrainingJobName } },
    });
    expect(callsOf(emulator)).toEqual({ Search: 1 });

    const metrics = await app.fetch('http://gateway/metrics');
    expect(metrics.status).toBe(200);
    const text = await metrics.text();
    expect(text).toContain('sagemaker_requests_total{operation="Search",outcome="success"} 1');
    expect(text).toMatch(
      /sagemaker_request_duration_seconds_bucket\{le="\+Inf",operation="Search"\} 1/,
    );
    expect(text).toMatch(/graphql_yoga_http_duration_count\{[^}]*\} 1/);
    expect(text).toMatch(/graphql_envelop_request_duration_count\{[^}]*\} 1/);

    const untouched = await (await other.fetch('http://gateway/metrics')).text();
    expect(untouched).not.toContain('sagemaker_requests_total{');
  });
});
