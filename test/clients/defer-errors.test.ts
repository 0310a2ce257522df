import { describe, expect, it } from 'vitest';
import { useProxiedGateway } from '../robustness/proxied-gateway.js';
import { partsOf } from './multipart.js';

// Errors of deferred and streamed parts are masked and coded as those of a whole result are.
const { proxy, app } = useProxiedGateway({ SAGEMAKER_MAX_ATTEMPTS: '1' });

const send = async (query: string) => {
  const response = await app().fetch('http://gateway/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'multipart/mixed' },
    body: JSON.stringify({ query }),
  });
  return (await partsOf(response)).slice(1).flatMap((part) => part.incremental ?? []);
};

describe('errors of @defer and @stream parts', () => {
  it('mask an internal error, as in a whole result', async () => {
    proxy().rules = {
      response: ({ operation }, answer) =>
        operation === 'Search'
          ? { status: 400, body: { __type: 'ValidationException', message: 'Bad expression' } }
          : answer,
    };
    const [part] = await send(
      '{ __typename ... @defer { trainingJob(name: "some-job") { name } } }',
    );
    proxy().rules = {};
    expect(part?.errors).toEqual([
      {
        message: 'Unexpected error.',
        locations: [{ line: 1, column: 27 }],
        path: ['trainingJob'],
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      },
    ]);
  });

  it('keep the code and the cut value of a client error', async () => {
    const name = 'x'.repeat(300);
    const [part] = await send(
      `{ __typename ... @defer { trainingJob(name: "${name}") { name } } }`,
    );
    const [error] = part?.errors ?? [];
    expect(error?.extensions).toEqual({ code: 'BAD_USER_INPUT' });
    expect(error?.message).toContain('(300 characters)');
  });
});
