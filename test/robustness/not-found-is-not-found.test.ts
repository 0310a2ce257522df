import { beforeEach, describe, expect, it } from 'vitest';
import { useProxiedGateway } from './proxied-gateway.js';

// Issue 11, defect 3: any ValidationException reading "not found" counted as "missing", so a
// rejected grouped Search answered every parent of its batch with nothing, and no error.
const { proxy, post } = useProxiedGateway({ SAGEMAKER_MAX_ATTEMPTS: '1' });

beforeEach(() => {
  proxy().rules = {};
});

describe('a grouped Search rejected with "not found" words', () => {
  it('is an error for every parent, not an empty link', async () => {
    let searches = 0;
    proxy().rules = {
      // The collection's page passes; the link Search behind it is rejected.
      response: ({ operation }, answer) =>
        operation === 'Search' && ++searches > 1
          ? {
              status: 400,
              body: { __type: 'ValidationException', message: 'Requested resource not found.' },
            }
          : answer,
    };
    const result = await post<{ modelPackages: { nodes: Array<{ trainingJob: unknown }> } }>(
      '{ modelPackages(first: 3) { nodes { arn trainingJob { name } } } }',
    );
    const withLink = result.data?.modelPackages.nodes ?? [];
    expect(withLink.length).toBe(3);
    expect(result.errors?.map((error) => error.path?.join('.'))).toEqual(
      withLink.map((_, at) => `modelPackages.nodes.${at}.trainingJob`),
    );
  });
});

describe("a Describe's not-found", () => {
  it('is still null without an error', async () => {
    expect(await post('{ trainingJob(name: "no-such-job") { name } }')).toEqual({
      data: { trainingJob: null },
    });
  });
});
