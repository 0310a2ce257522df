import { beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { useDemoGateway } from '../support/gateway.js';

// 3000 nested nots overflowed the compiler's stack (a RangeError, "Unexpected error."). The
// compiler now rejects nesting past 50 levels of and/or/not itself, whatever the HTTP edge allows:
// so the edge's own input depth cap (MAX_INPUT_DEPTH, 16 by default) is lifted to its maximum here.
const { post, emulator } = useDemoGateway({
  config: loadConfig({ LOG_LEVEL: 'silent', MAX_INPUT_DEPTH: '256' }),
});

const QUERY = `query Jobs($filter: TrainingJobFilter) {
  trainingJobs(filter: $filter, first: 5) { nodes { name } }
}`;

const nots = (levels: number): Record<string, unknown> => {
  let filter: Record<string, unknown> = { status: { eq: 'Completed' } };
  for (let i = 0; i < levels; i += 1) filter = { not: filter };
  return filter;
};

beforeEach(() => emulator().resetCalls());

describe('filter depth through the gateway', () => {
  it('rejects 3000 nested nots with a limit error and no Search', async () => {
    const result = await post(QUERY, { filter: nots(3_000) });
    const error = result.errors?.[0];
    // Past the edge's cap (256) too: the edge rejects it first, with BAD_USER_INPUT.
    expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error?.message).not.toContain('Unexpected error');
    expect(emulator().calls()).toEqual({});
  });

  it('rejects 60 nested nots in the compiler, with FILTER_LIMIT_EXCEEDED and no Search', async () => {
    const result = await post(QUERY, { filter: nots(60) });
    expect(result.errors?.[0]?.extensions?.code).toBe('FILTER_LIMIT_EXCEEDED');
    expect(emulator().calls()).toEqual({});
  });

  it('answers 50 levels with one Search', async () => {
    const result = await post(QUERY, { filter: nots(50) });
    expect(result.errors).toBeUndefined();
    expect(emulator().calls()).toEqual({ Search: 1 });
  });
});
