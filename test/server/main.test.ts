import { afterEach, describe, expect, it } from 'vitest';
import { killGatewayProcesses, startGatewayProcess } from '../support/gateway-process.js';

afterEach(killGatewayProcesses);

describe('npm start (src/main.ts)', () => {
  it('serves on the demo backend, prints the GraphiQL URL and stops cleanly on SIGTERM', async () => {
    const server = startGatewayProcess({ PORT: '0' });
    const [, port] = await server.printed(/GraphiQL: http:\/\/localhost:(\d+)\/graphql/);
    expect(server.output().stdout).toMatch(/Backend: demo \(embedded SageMaker emulator at/);

    expect((await fetch(`http://127.0.0.1:${port}/health`)).status).toBe(200);
    const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ trainingJob(name: "no-such-job") { id } }' }),
    });
    expect(await response.json()).toEqual({ data: { trainingJob: null } });

    // The banner names demo resources that a first query finds.
    const [, trainingJob] = await server.printed(
      /^Demo data: endpoint card-fraud-prod, tuning job card-fraud-hpo-flagship, training job ([\w-]+), model package group card-fraud-models$/m,
    );
    const named = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'query ($name: String!) { trainingJob(name: $name) { trainingJobStatus } }',
        variables: { name: trainingJob },
      }),
    });
    expect(await named.json()).toEqual({
      data: { trainingJob: { trainingJobStatus: 'Completed' } },
    });
    const health = await fetch(`http://127.0.0.1:${port}/health`);
    expect(await health.json()).toEqual({ status: 'ok' });

    server.proc.kill('SIGTERM');
    expect(await server.exited).toBe(0);
  });

  it('exits 1 naming each bad variable', async () => {
    const server = startGatewayProcess({ PORT: 'http', MAX_DEPTH: '-1' });
    expect(await server.exited).toBe(1);
    const { stderr } = server.output();
    expect(stderr).toContain('Invalid configuration:');
    expect(stderr).toContain('PORT="http"');
    expect(stderr).toContain('MAX_DEPTH="-1"');
  });
});
