import { describe, expect, it } from 'vitest';
import { useDemoGateway } from '../support/gateway.js';

// MAX_DEPTH counts selections, not input values: a deep filter reached graphql-js's variable
// coercion (a RangeError, HTTP 500 at 1 500 `and` levels) and the filter compiler (a stack
// overflow at 3 000 `not` levels). The depth of inputs is capped before anything walks them.
const QUERY = `query Search($filter: TrainingJobFilter) {
  trainingJobs(filter: $filter, first: 1) { totalCount }
}`;

/** `{ key: [ ... { key: [leaf] } ] }`, `levels` deep, built without recursion. */
const nested = (levels: number, wrap: (inner: unknown) => unknown): unknown => {
  let value: unknown = { name: { eq: 'x' } };
  for (let i = 0; i < levels; i++) value = wrap(value);
  return value;
};

describe('input depth', () => {
  const { app } = useDemoGateway({ emulator: { data: 'empty' } });

  const send = async (body: string) => {
    const response = await app().fetch('http://gateway/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    const result = (await response.json()) as {
      data?: unknown;
      errors?: Array<{ message: string; extensions?: { code?: string } }>;
    };
    return { status: response.status, ...result };
  };

  const expectDepthError = (result: Awaited<ReturnType<typeof send>>) => {
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toMatch(/MAX_INPUT_DEPTH/);
    expect(result.errors?.[0]?.message).toMatch(/16/);
    // a request error (bad variables) is HTTP 400; a validation error answers as other ones do
    expect(result.status).toBeLessThan(500);
  };

  it.each([
    ['1 500 nested and', nested(1_500, (inner) => ({ and: [inner] }))],
    ['3 000 nested not', nested(3_000, (inner) => ({ not: inner }))],
  ])('rejects %s in variables with BAD_USER_INPUT', async (_name, filter) => {
    const result = await send(JSON.stringify({ query: QUERY, variables: { filter } }));
    expectDepthError(result);
    expect(result.status).toBe(400);
  });

  it('rejects 100 000 nested lists in variables without overflowing a stack', async () => {
    const levels = 100_000;
    const body = `{"query":${JSON.stringify(QUERY)},"variables":{"filter":${'['.repeat(levels)}${']'.repeat(levels)}}}`;
    expectDepthError(await send(body));
  });

  it('rejects deep literals', async () => {
    let literal = '{ name: { eq: "x" } }';
    for (let i = 0; i < 20; i++) literal = `{ not: ${literal} }`;
    expectDepthError(
      await send(
        JSON.stringify({ query: `{ trainingJobs(filter: ${literal}, first: 1) { totalCount } }` }),
      ),
    );
  });

  it('accepts a legitimate deep filter', async () => {
    const filter = {
      and: [
        { or: [{ not: { status: { in: ['Failed', 'Stopped'] } } }, { name: { eq: 'x' } }] },
        { tags: [{ key: 'team', eq: 'fraud' }] },
      ],
    };
    const result = await send(JSON.stringify({ query: QUERY, variables: { filter } }));
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ trainingJobs: { totalCount: 0 } });
  });
});
