import { beforeEach, describe, expect, it } from 'vitest';
import { useDemoGateway } from '../support/gateway.js';

// 3000 nested nots overflowed the compiler's stack (a RangeError, "Unexpected error."). The
// compiler now rejects nesting past 50 levels of and/or/not itself, whatever the HTTP edge allows.
const { post, emulator } = useDemoGateway();

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
    // The HTTP edge may reject the variable's depth first; either way a stable input code.
    expect(['FILTER_LIMIT_EXCEEDED', 'BAD_USER_INPUT']).toContain(error?.extensions?.code);
    expect(error?.message).not.toContain('Unexpected error');
    expect(emulator().calls()).toEqual({});
  });

  it('answers 50 levels with one Search', async () => {
    const result = await post(QUERY, { filter: nots(50) });
    expect(result.errors).toBeUndefined();
    expect(emulator().calls()).toEqual({ Search: 1 });
  });
});
