import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { useDemoGateway } from '../support/gateway.js';

// SageMaker throttles per account, so the bound on calls in flight is per operation and per
// process (SAGEMAKER_MAX_CONCURRENCY), not per batch: concurrent requests share it.
describe('the process-wide bound on calls in flight', () => {
  const { emulator, client, post } = useDemoGateway({
    config: loadConfig({ LOG_LEVEL: 'silent', SAGEMAKER_MAX_CONCURRENCY: '8,Search=3' }),
    // every request pays for its own calls, so there are many at once
    deps: { coalesceReads: false },
  });
  // requests in flight per operation, as the HTTP handler sends them, and the most at once
  const inFlight = new Map<string, number>();
  const most = new Map<string, number>();
  beforeAll(() => {
    const handler = client().config.requestHandler;
    const handle = handler.handle.bind(handler);
    handler.handle = async (request, options) => {
      const operation = String(request.headers['x-amz-target']).replace('SageMaker.', '');
      const now = (inFlight.get(operation) ?? 0) + 1;
      inFlight.set(operation, now);
      most.set(operation, Math.max(most.get(operation) ?? 0, now));
      try {
        return await handle(request, options);
      } finally {
        inFlight.set(operation, (inFlight.get(operation) ?? 1) - 1);
      }
    };
  });
  beforeEach(() => {
    emulator().resetCalls();
    emulator().knobs.latencyMs = 50;
    most.clear();
  });

  it('never has more Searches in flight than its bound, across requests', async () => {
    const names = emulator()
      .store.all('TrainingJob')
      .slice(0, 24)
      .map((job) => String(job.TrainingJobName));
    const answers = await Promise.all(
      names.map((name) => post(`{ trainingJob(name: ${JSON.stringify(name)}) { name } }`)),
    );
    expect(answers.every((answer) => answer.errors === undefined)).toBe(true);
    expect(emulator().calls()).toEqual({ Search: 24 });
    expect(most.get('Search')).toBe(3);
  });
});
