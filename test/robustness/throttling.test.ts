import { ListTrainingJobsCommand } from '@aws-sdk/client-sagemaker';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { useDemoGateway } from '../support/gateway.js';

// a burst (at 600 the standard quota still held)
const CALLS = 1000;

// At a 30 % throttle rate (seeded), retries must not give up early. The standard retry quota
// (500 tokens, 5 per throttled retry, refunded only on success) ran dry under a burst: 6.6 % of
// these calls failed. With 4 attempts, 0.3⁴ ≈ 0.8 % are expected to fail.
describe('retries under sustained throttling', () => {
  const { emulator, client } = useDemoGateway({
    emulator: { throttleRate: 0.3, seed: 11 },
    // 1000 calls queue for 50 sockets: on a loaded machine the default 10 s timeout can expire
    config: loadConfig({
      LOG_LEVEL: 'silent',
      SAGEMAKER_MAX_ATTEMPTS: '4',
      SAGEMAKER_TIMEOUT_MS: '60000',
    }),
  });
  beforeEach(() => emulator().resetCalls());

  it('has at least 97 % of a burst of calls succeed', async () => {
    // the gateway's SDK client as src builds it, each call distinct so none is shared
    const results = await Promise.allSettled(
      Array.from({ length: CALLS }, (_, index) =>
        client().send(new ListTrainingJobsCommand({ MaxResults: 1 + (index % 100) })),
      ),
    );
    const failures = results.flatMap((result) =>
      result.status === 'rejected' ? [String((result.reason as Error).name)] : [],
    );
    expect(failures.length / CALLS, [...new Set(failures)].join()).toBeLessThanOrEqual(0.03);
  }, 30_000);
});
