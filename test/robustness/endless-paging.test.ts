import { beforeEach, describe, expect, it } from 'vitest';
import { useProxiedGateway } from './proxied-gateway.js';
import { repeatNextToken } from './rewriting-proxy.js';

// Issue 11, defect 1: an upstream that repeats a NextToken kept a request paging forever
// (~2,400 Searches/s after the client had gone). Every loop now ends, with a retryable code.
const { emulator, proxy, post } = useProxiedGateway({ MAX_UPSTREAM_PAGES: '10' });

beforeEach(() => {
  proxy().rules = {};
  proxy().resetCalls();
});

const unavailable = expect.objectContaining({
  message: 'SageMaker is unavailable; retry later.',
  extensions: { code: 'UPSTREAM_UNAVAILABLE' },
});

describe('an upstream that repeats a NextToken', () => {
  it('ends a link Search (model package → training job) with UPSTREAM_UNAVAILABLE', async () => {
    proxy().rules = repeatNextToken('Search');
    const result = await post('{ modelPackages(first: 3) { nodes { arn trainingJob { name } } } }');
    expect(result.errors?.length).toBeGreaterThan(0);
    for (const error of result.errors ?? []) expect(error).toEqual(unavailable);
    // One page of the collection, then the link's Search and its one repeat.
    expect(proxy().calls()).toEqual({ Search: 3 });
  });

  it('ends the shared first pages of a nested connection', async () => {
    proxy().rules = repeatNextToken('Search');
    const result = await post(
      '{ hyperParameterTuningJobs(first: 2) { nodes { name trainingJobs(first: 3) { nodes { name } } } } }',
    );
    expect(result.errors?.length).toBeGreaterThan(0);
    for (const error of result.errors ?? []) expect(error).toEqual(unavailable);
    expect(proxy().calls().Search).toBeLessThanOrEqual(3);
  });

  it('ends ListTags', async () => {
    proxy().rules = repeatNextToken('ListTags');
    const name = emulator().store.all('EndpointConfig')[0]?.EndpointConfigName;
    const result = await post(
      'query ($name: String!) { endpointConfig(name: $name) { tags { key } } }',
      {
        name,
      },
    );
    expect(result.errors?.[0]).toEqual(unavailable);
    expect(proxy().calls().ListTags).toBe(2);
  });
});

describe('an upstream whose NextTokens never end', () => {
  it('stops at MAX_UPSTREAM_PAGES', async () => {
    let n = 0;
    proxy().rules = {
      ...repeatNextToken('Search'),
      response: ({ operation }, answer) =>
        operation === 'Search'
          ? { ...answer, body: { ...answer.body, NextToken: `t${n++}` } }
          : answer,
    };
    const result = await post('{ modelPackages(first: 1) { nodes { trainingJob { name } } } }');
    expect(result.errors?.[0]).toEqual(unavailable);
    expect(proxy().calls()).toEqual({ Search: 1 + 10 });
  });
});
