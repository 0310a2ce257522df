import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { createSageMakerClient } from '../../src/sagemaker/client.js';
import { createGateway, type Gateway } from '../../src/server/gateway.js';
import { postTo } from '../support/gateway.js';
import { useProxiedGateway } from './proxied-gateway.js';
import { closedPort } from './rewriting-proxy.js';

// Issue 11, defect 2: outages, timeouts and rejected client values all came back as
// INTERNAL_SERVER_ERROR. Small timeouts and one attempt keep every case short.
const { emulator, proxy, post, config } = useProxiedGateway({
  SAGEMAKER_TIMEOUT_MS: '200',
  SAGEMAKER_MAX_ATTEMPTS: '1',
});

beforeEach(() => {
  proxy().rules = {};
});

const lookup = '{ trainingJob(name: "no-such-job") { name } }';
const codeOf = (result: { errors?: Array<{ extensions?: Record<string, unknown> }> }) =>
  result.errors?.[0]?.extensions?.code;

describe('a failing upstream', () => {
  it('is UPSTREAM_UNAVAILABLE after the retries (the fault knob)', async () => {
    emulator().knobs.failNext('Search', config.sagemaker.maxAttempts, 'fault');
    const result = await post(lookup);
    expect(result.errors?.[0]).toMatchObject({
      message: 'SageMaker is unavailable; retry later.',
      extensions: { code: 'UPSTREAM_UNAVAILABLE' },
    });
  });

  it('is UPSTREAM_TIMEOUT when it answers after the SDK request timeout', async () => {
    proxy().rules = { delayMs: ({ operation }) => (operation === 'Search' ? 1_000 : 0) };
    const result = await post(lookup);
    expect(result.errors?.[0]).toMatchObject({
      message: 'SageMaker did not answer in time; retry later.',
      extensions: { code: 'UPSTREAM_TIMEOUT' },
    });
  });
});

describe('an unreachable upstream', () => {
  const closedConfig = loadConfig({ LOG_LEVEL: 'silent', SAGEMAKER_MAX_ATTEMPTS: '1' });
  let gateway: Gateway;
  let destroy: () => void;
  beforeAll(async () => {
    const client = createSageMakerClient(closedConfig, `http://127.0.0.1:${await closedPort()}`);
    destroy = () => client.destroy();
    gateway = createGateway(closedConfig, { client });
  });
  afterAll(() => destroy());

  it('is UPSTREAM_UNAVAILABLE when the connection is refused', async () => {
    expect(codeOf(await postTo(gateway, lookup))).toBe('UPSTREAM_UNAVAILABLE');
  });
});

describe("a rejected client's value", () => {
  it('is BAD_USER_INPUT when SageMaker refuses the NextToken of a cursor', async () => {
    proxy().rules = {
      response: ({ operation }, answer) =>
        operation === 'Search' && answer.body.NextToken !== undefined
          ? { ...answer, body: { ...answer.body, NextToken: 'stale-token' } }
          : answer,
    };
    const first = await post<{ trainingJobs: { pageInfo: { endCursor: string } } }>(
      '{ trainingJobs(first: 2) { pageInfo { endCursor } } }',
    );
    const after = first.data?.trainingJobs.pageInfo.endCursor;
    proxy().rules = {};
    const next = await post(
      'query ($after: String) { trainingJobs(first: 2, after: $after) { nodes { name } } }',
      {
        after,
      },
    );
    expect(next.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(next.errors?.[0]?.message).toMatch(/^SageMaker rejected the request: Invalid NextToken/);
  });

  it("is BAD_USER_INPUT, truncated, when SageMaker rejects a filter's Search", async () => {
    const message = `1 validation error detected: Value '${'x'.repeat(600)}' at 'searchExpression'`;
    proxy().rules = {
      response: ({ operation }, answer) =>
        operation === 'Search'
          ? { status: 400, body: { __type: 'ValidationException', message } }
          : answer,
    };
    const result = await post(
      '{ trainingJobs(filter: { name: { contains: "x" } }) { nodes { name } } }',
    );
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message.length).toBeLessThan(340);
  });

  it('stays INTERNAL_SERVER_ERROR when the rejected Search is the gateway’s own', async () => {
    proxy().rules = {
      response: ({ operation }, answer) =>
        operation === 'Search'
          ? { status: 400, body: { __type: 'ValidationException', message: 'Bad expression' } }
          : answer,
    };
    const result = await post('{ trainingJob(name: "some-job") { name } }');
    expect(result.errors?.[0]).toMatchObject({
      message: 'Unexpected error.',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  });
});
