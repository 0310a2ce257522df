import { beforeEach, describe, expect, it } from 'vitest';
import { useProxiedGateway } from './proxied-gateway.js';

// Issue 11, defect 4: stale references (deleted jobs a router keeps asking for, made-up ids)
// cost a Describe each, on every request. Missing keys are now remembered for a TTL.
const TTL_MS = 200;
const { emulator, post } = useProxiedGateway({ NEGATIVE_CACHE_TTL_MS: String(TTL_MS) });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

beforeEach(() => emulator().resetCalls());

const callsOf = () =>
  Object.fromEntries(Object.entries(emulator().calls()).filter(([, count]) => count > 0));

const ids = Array.from(
  { length: 20 },
  (_, i) => `arn:aws:sagemaker:us-east-1:123456789012:training-job/deleted-${i}`,
);
const query = 'query ($ids: [ID!]!) { nodes(ids: $ids) { id } }';

describe('unknown ids in consecutive requests', () => {
  it('cost calls the first time only, and again after the TTL', async () => {
    const first = await post(query, { ids });
    expect(first).toEqual({ data: { nodes: ids.map(() => null) } });
    expect(callsOf()).toEqual({ Search: 1, DescribeTrainingJob: 20 });

    emulator().resetCalls();
    expect(await post(query, { ids })).toEqual(first);
    expect(callsOf()).toEqual({});

    await sleep(TTL_MS * 2);
    emulator().resetCalls();
    await post(query, { ids });
    expect(callsOf()).toEqual({ Search: 1, DescribeTrainingJob: 20 });
  });
});
