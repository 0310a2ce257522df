import { beforeEach, describe, expect, it } from 'vitest';
import { useDemoGateway } from '../support/gateway.js';

// Year 0000 and 0001 passed the DateTime scalar, SageMaker rejected the Search, and the client saw
// "Unexpected error.". The compiler now checks the range SageMaker takes before any call.
const { post, emulator } = useDemoGateway();

const QUERY = `query Jobs($filter: TrainingJobFilter) {
  trainingJobs(filter: $filter, first: 5) { nodes { name } }
}`;

beforeEach(() => emulator().resetCalls());

describe('DateTime filter values through the gateway', () => {
  it.each(['0000-01-01T00:00:00Z', '0001-01-01T00:00:00Z', '1969-12-31T23:59:59Z'])(
    'rejects %s with BAD_USER_INPUT and no Search',
    async (value) => {
      const result = await post(QUERY, { filter: { creationTime: { gt: value } } });
      const error = result.errors?.[0];
      expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(error?.message).toContain('filter.creationTime.gt must be a date-time from 1970');
      expect(emulator().calls()).toEqual({});
    },
  );

  it('answers the edges of the range with one Search each', async () => {
    for (const value of ['1970-01-01T00:00:00Z', '9999-12-31T23:59:59Z']) {
      const result = await post(QUERY, { filter: { creationTime: { lt: value } } });
      expect(result.errors).toBeUndefined();
    }
    expect(emulator().calls()).toEqual({ Search: 2 });
  });
});
