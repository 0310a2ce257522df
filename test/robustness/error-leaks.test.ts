import { describe, expect, it } from 'vitest';
import { useDemoGateway } from '../support/gateway.js';

// What an error message repeats of a client's value is cut short (a 100 KB name came back as a
// 100 KB message), and nothing internal leaks (invalid JSON answered with the parser's error).
const HUGE = 'a'.repeat(100_000);
const MAX_MESSAGE = 2_000;

describe('error messages', () => {
  const { app, post } = useDemoGateway({ emulator: { data: 'empty' } });

  it('answers invalid JSON with BAD_REQUEST and nothing else', async () => {
    const response = await app().fetch('http://gateway/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": "{ __typename }"',
    });
    expect(await response.json()).toEqual({
      errors: [{ message: 'POST body sent invalid JSON.', extensions: { code: 'BAD_REQUEST' } }],
    });
  });

  it.each([
    ['a lookup name', `{ trainingJob(name: "${HUGE}") { id } }`, undefined, 'BAD_USER_INPUT'],
    ['a node id', `{ node(id: "${HUGE}") { id } }`, undefined, 'BAD_USER_INPUT'],
    [
      'a variable that does not coerce',
      'query ($first: Int) { trainingJobs(first: $first) { totalCount } }',
      { first: HUGE },
      'BAD_USER_INPUT',
    ],
    ['a model package arn', `{ modelPackage(arn: "${HUGE}") { id } }`, undefined, 'BAD_USER_INPUT'],
  ])('shortens %s repeated in a message', async (_what, query, variables, code) => {
    const result = await post(query, variables);
    const error = result.errors?.[0];
    expect(error?.extensions?.code).toBe(code);
    expect(error?.message.length).toBeLessThan(MAX_MESSAGE);
    expect(error?.message).toContain('aaaa');
    expect(error?.message).toContain('(100000 characters)');
  });
});
