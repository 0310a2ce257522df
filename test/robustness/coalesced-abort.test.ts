import { beforeEach, describe, expect, it } from 'vitest';
import { useDemoGateway } from '../support/gateway.js';
import { postWithSignal } from './helpers.js';

const QUERY = /* GraphQL */ `
  query Page($first: Int!) {
    trainingJobs(first: $first) {
      nodes {
        name
      }
    }
  }
`;

// Two requests that share one upstream read: the one that goes away must not take the other's
// answer with it; the read is aborted only when every request sharing it has gone.
describe('a coalesced read', () => {
  const { emulator, app, post } = useDemoGateway();
  beforeEach(() => {
    emulator().resetCalls();
    emulator().knobs.latencyMs = 300;
  });

  it('still answers the request that stayed when the other aborts', async () => {
    const leaving = postWithSignal(app(), QUERY, { first: 3 }, AbortSignal.timeout(100));
    const staying = post<{ trainingJobs: { nodes: unknown[] } }>(QUERY, { first: 3 });
    await expect(leaving).rejects.toThrow();
    const response = await staying;
    expect(response.errors).toBeUndefined();
    expect(response.data?.trainingJobs.nodes).toHaveLength(3);
    expect(emulator().calls()).toEqual({ Search: 1 });
  });

  it('is not shared with a new request once every request sharing it has gone', async () => {
    const signal = AbortSignal.timeout(100);
    const both = [
      postWithSignal(app(), QUERY, { first: 4 }, signal),
      postWithSignal(app(), QUERY, { first: 4 }, signal),
    ];
    for (const answer of both) await expect(answer).rejects.toThrow();
    // the aborted read would fail this one too: it gets a read of its own
    const response = await post<{ trainingJobs: { nodes: unknown[] } }>(QUERY, { first: 4 });
    expect(response.errors).toBeUndefined();
    expect(response.data?.trainingJobs.nodes).toHaveLength(4);
    expect(emulator().calls()).toEqual({ Search: 2 });
  });
});
