import type { TrainingJob } from '@aws-sdk/client-sagemaker';
import { pino } from 'pino';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { startEmulator } from '../../src/emulator/server.js';
import { createSageMakerClient } from '../../src/sagemaker/client.js';
import { createGateway } from '../../src/server/gateway.js';
import { type Fetcher, postTo as post, useDemoGateway } from '../support/gateway.js';

const CSRF = { 'x-graphql-yoga-csrf': 'test' };

const job = (name: string, overrides: Partial<TrainingJob> = {}): TrainingJob => ({
  TrainingJobName: name,
  TrainingJobStatus: 'Completed',
  SecondaryStatus: 'Completed',
  CreationTime: new Date('2025-05-01T10:00:00Z'),
  LastModifiedTime: new Date('2025-05-01T12:00:00Z'),
  AlgorithmSpecification: { TrainingInputMode: 'File', TrainingImage: 'xgboost:1' },
  RoleArn: 'arn:aws:iam::123456789012:role/training',
  OutputDataConfig: { S3OutputPath: 's3://bucket/out' },
  ResourceConfig: { InstanceType: 'ml.m5.xlarge', InstanceCount: 1, VolumeSizeInGB: 30 },
  StoppingCondition: { MaxRuntimeInSeconds: 3600 },
  Tags: [{ Key: 'team', Value: 'search' }],
  FinalMetricDataList: [
    { MetricName: 'validation:auc', Value: 0.91, Timestamp: new Date('2025-05-01T12:00:00Z') },
  ],
  ...overrides,
});

/** A logger whose records the test can read. */
const captureLogs = () => {
  const lines: Array<Record<string, unknown>> = [];
  const logger = pino(
    { level: 'debug' },
    { write: (line: string) => lines.push(JSON.parse(line) as Record<string, unknown>) },
  );
  return { logger, lines };
};

const logs = captureLogs();
const { emulator, client, app, config } = useDemoGateway({
  emulator: { data: 'empty' },
  seed: ({ store }) => {
    for (const name of [
      'churn-xgb-1',
      'churn-xgb-2',
      'churn-xgb-3',
      'churn-xgb-4',
      'churn-xgb-5',
    ]) {
      store.put('TrainingJob', job(name));
    }
  },
  deps: {
    logger: logs.logger,
    readyCacheMs: 0,
    graphiqlTabs: [{ query: '{ trainingJob(name: "churn-xgb-1") { id } }', variables: '{}' }],
  },
});

beforeEach(() => {
  emulator().resetCalls();
  logs.lines.length = 0;
});

describe('trainingJob(name:)', () => {
  it('answers from the emulator over HTTP, with the ARN as id', async () => {
    const result = await post(
      app(),
      `{ trainingJob(name: "churn-xgb-1") {
          id arn name trainingJobName trainingJobStatus secondaryStatus creationTime lastModifiedTime
          tags { key value } finalMetricDataList { metricName value timestamp }
          auc: metric(name: "validation:auc") missing: metric(name: "train:loss")
      } }`,
    );
    const arn = 'arn:aws:sagemaker:us-east-1:123456789012:training-job/churn-xgb-1';
    expect(result).toEqual({
      data: {
        trainingJob: {
          id: arn,
          arn,
          name: 'churn-xgb-1',
          trainingJobName: 'churn-xgb-1',
          trainingJobStatus: 'Completed',
          secondaryStatus: 'Completed',
          creationTime: '2025-05-01T10:00:00.000Z',
          lastModifiedTime: '2025-05-01T12:00:00.000Z',
          tags: [{ key: 'team', value: 'search' }],
          finalMetricDataList: [
            { metricName: 'validation:auc', value: 0.91, timestamp: '2025-05-01T12:00:00.000Z' },
          ],
          auc: 0.91,
          missing: null,
        },
      },
    });
  });

  it('is null without errors for a job that does not exist', async () => {
    const result = await post(app(), '{ trainingJob(name: "no-such-job") { id } }');
    expect(result).toEqual({ data: { trainingJob: null } });
  });

  it('rejects an invalid name with BAD_USER_INPUT and no upstream call', async () => {
    const result = await post(app(), '{ trainingJob(name: "a,b") { id } }');
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toContain('"a,b"');
    expect(emulator().calls()).toEqual({});
  });

  it('batches 5 aliased lookups into exactly one Search call', async () => {
    const result = await post(
      app(),
      `{ a: trainingJob(name: "churn-xgb-1") { name } b: trainingJob(name: "churn-xgb-2") { name }
         c: trainingJob(name: "churn-xgb-3") { name } d: trainingJob(name: "churn-xgb-4") { name }
         e: trainingJob(name: "churn-xgb-5") { name } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(Object.values(result.data ?? {})).toHaveLength(5);
    expect(emulator().calls()).toEqual({ Search: 1 });
  });

  it('shares identical reads of concurrent requests, unless told not to', async () => {
    const query = '{ trainingJob(name: "churn-xgb-1") { name } }';
    const both = (gateway: Fetcher) => Promise.all([post(gateway, query), post(gateway, query)]);
    for (const result of await both(app())) expect(result.errors).toBeUndefined();
    expect(emulator().calls()).toEqual({ Search: 1 });

    emulator().resetCalls();
    const own = createGateway(config, { client: client(), coalesceReads: false });
    for (const result of await both(own)) expect(result.errors).toBeUndefined();
    expect(emulator().calls()).toEqual({ Search: 2 });
  });

  it('falls back to Describe (and ListTags) for a job Search does not see yet', async () => {
    emulator().store.put('TrainingJob', job('fresh-job'), { visibleAt: emulator().now() + 60_000 });
    const result = await post(
      app(),
      '{ a: trainingJob(name: "fresh-job") { name tags { key } } b: trainingJob(name: "churn-xgb-1") { name } }',
    );
    expect(result).toEqual({
      data: { a: { name: 'fresh-job', tags: [{ key: 'team' }] }, b: { name: 'churn-xgb-1' } },
    });
    expect(emulator().calls()).toEqual({ Search: 1, DescribeTrainingJob: 1, ListTags: 1 });
  });
});

describe('node(id:)', () => {
  it('loads a training job by its ARN', async () => {
    const arn = 'arn:aws:sagemaker:us-east-1:123456789012:training-job/churn-xgb-2';
    const result = await post(app(), `{ node(id: "${arn}") { id ... on TrainingJob { name } } }`);
    expect(result).toEqual({ data: { node: { id: arn, name: 'churn-xgb-2' } } });
  });

  it('rejects an id that is not an ARN with BAD_USER_INPUT', async () => {
    const result = await post(app(), '{ node(id: "churn-xgb-2") { id } }');
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('HTTP surface', () => {
  it('serves GraphiQL on GET /graphql for browsers', async () => {
    const response = await app().fetch('http://gateway/graphql', {
      headers: { accept: 'text/html' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    const html = await response.text();
    expect(html).toContain('SageMaker GraphQL gateway');
    expect(html).toContain('churn-xgb-1');
  });

  it('answers /health with a JSON body', async () => {
    const response = await app().fetch('http://gateway/health');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/json');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.json()).toEqual({ status: 'ok' });
    expect(emulator().calls()).toEqual({});
  });

  it('answers /ready with a JSON body when SageMaker answers', async () => {
    const response = await app().fetch('http://gateway/ready');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/json');
    expect(await response.json()).toEqual({ status: 'ready' });
    expect(emulator().calls()).toEqual({ ListTrainingJobs: 1 });
  });

  it('answers /ready with 503 when SageMaker does not', async () => {
    const gone = await startEmulator({ data: 'empty' });
    await gone.close();
    const deadConfig = loadConfig({ LOG_LEVEL: 'silent', SAGEMAKER_MAX_ATTEMPTS: '1' });
    const dead = createGateway(deadConfig, {
      client: createSageMakerClient(deadConfig, gone.endpoint),
      logger: captureLogs().logger,
    });
    const response = await dead.fetch('http://gateway/ready');
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({
      status: 'unavailable',
      reason: 'SageMaker did not answer',
    });
  });

  it('logs one structured record per request', async () => {
    await app().fetch('http://gateway/health');
    expect(logs.lines).toContainEqual(
      expect.objectContaining({ msg: 'request', method: 'GET', path: '/health', status: 200 }),
    );
  });
});

// The whole policy, with stock clients: test/clients/csrf.test.ts.
describe('CSRF prevention', () => {
  it('runs a GET query without the CSRF header: a GET runs no mutation', async () => {
    const response = await app().fetch('http://gateway/graphql?query=%7B__typename%7D');
    expect(response.status).toBe(200);
  });

  it('rejects a text/plain POST', async () => {
    const response = await app().fetch('http://gateway/graphql', {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(response.status).toBe(403);
  });

  it('accepts a GET query with the CSRF header', async () => {
    const response = await app().fetch('http://gateway/graphql?query=%7B__typename%7D', {
      headers: { ...CSRF, accept: 'application/json' },
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
  });
});

describe('query limits', () => {
  const limited = () =>
    createGateway(loadConfig({ LOG_LEVEL: 'silent', MAX_DEPTH: '2', MAX_ALIASES: '3' }), {
      client: client(),
      logger: captureLogs().logger,
    });

  it('rejects a query deeper than MAX_DEPTH with MAX_DEPTH_LIMIT', async () => {
    const result = await post(limited(), '{ trainingJob(name: "churn-xgb-1") { tags { key } } }');
    expect(result.errors).toEqual([
      {
        message: 'Query depth limit of 2 exceeded, found 3.',
        extensions: { code: 'MAX_DEPTH_LIMIT' },
      },
    ]);
    expect(emulator().calls()).toEqual({});
  });

  it('rejects more aliases than MAX_ALIASES with MAX_ALIASES_LIMIT', async () => {
    const result = await post(
      limited(),
      '{ a: trainingJob(name: "a") { id } b: trainingJob(name: "b") { id } c: trainingJob(name: "c") { id } d: trainingJob(name: "d") { id } }',
    );
    expect(result.errors).toEqual([
      {
        message: 'Aliases limit of 3 exceeded, found 4.',
        extensions: { code: 'MAX_ALIASES_LIMIT' },
      },
    ]);
  });

  const JOB_FIELDS =
    'name arn trainingJobStatus secondaryStatus creationTime trainingStartTime trainingEndTime lastModifiedTime trainingTimeInSeconds billableTimeInSeconds failureReason tuningJobArn';

  it.each([
    [
      'a page of 100 training jobs with their tuning jobs and model packages',
      `{ trainingJobs(first: 100) {
          totalCount pageInfo { hasNextPage endCursor }
          nodes {
            ${JOB_FIELDS} finalMetricDataList { metricName value } tags { key value }
            tuningJob { name hyperParameterTuningJobStatus bestTrainingJob { name } }
            modelPackages { name modelApprovalStatus group { name } }
          }
      } }`,
    ],
    [
      '20 tuning jobs with 100 training jobs each',
      `{ hyperParameterTuningJobs(first: 20) {
          pageInfo { hasNextPage endCursor }
          nodes {
            name hyperParameterTuningJobStatus creationTime
            trainingJobs(first: 100) { totalCount nodes { ${JOB_FIELDS} } }
          }
      } }`,
    ],
  ])('lets a realistic dashboard query through the default MAX_COST: %s', async (_name, query) => {
    const result = await post(app(), query);
    expect(result.errors).toBeUndefined();
    expect(emulator().calls().Search).toBeGreaterThan(0);
  });

  it('rejects 100 × 100 × 100 nested connections with MAX_COST_LIMIT before any call', async () => {
    const result = await post(
      app(),
      `{ hyperParameterTuningJobs(first: 100) { nodes {
          trainingJobs(first: 100) { nodes { tuningJob { trainingJobs(first: 100) { nodes { name } } } } }
      } } }`,
    );
    expect(result).toEqual({
      errors: [
        {
          message:
            'Query complexity of 2030201 exceeds the limit of 50000 (MAX_COST); lower "first" on connections or select fewer fields.',
          extensions: { code: 'MAX_COST_LIMIT' },
        },
      ],
    });
    expect(emulator().calls()).toEqual({});
  });

  it('counts a connection’s selection once per `first`, from literals or variables', async () => {
    const tiny = createGateway(loadConfig({ LOG_LEVEL: 'silent', MAX_COST: '1' }), {
      client: client(),
      logger: captureLogs().logger,
    });
    const complexityFor = async (first: number) => {
      const result = await post(
        tiny,
        'query ($first: Int) { trainingJobs(first: $first) { nodes { name arn } } }',
        { first },
      );
      const match = /^Query complexity of (\d+) exceeds/.exec(result.errors?.[0]?.message ?? '');
      return Number(match?.[1]);
    };
    // One for the connection field, then (nodes + name + arn) per result it can return.
    expect(await complexityFor(10)).toBe(1 + 10 * 3);
    expect(await complexityFor(20)).toBe(1 + 20 * 3);
    expect(await complexityFor(100)).toBe(1 + 100 * 3);
    // computed once per document and variables: the same again, and the others still their own
    expect(await complexityFor(10)).toBe(1 + 10 * 3);
    expect(await complexityFor(100)).toBe(1 + 100 * 3);
    const literal = await post(tiny, '{ trainingJobs(first: 50) { nodes { name arn } } }');
    expect(literal.errors?.[0]?.message).toMatch(
      /^Query complexity of 151 exceeds the limit of 1 /,
    );
    // Without `first`, a page of the default size (20).
    const implicit = await post(tiny, '{ trainingJobs { nodes { name arn } } }');
    expect(implicit.errors?.[0]?.message).toMatch(/^Query complexity of 61 exceeds/);
    expect(emulator().calls()).toEqual({});
  });

  it('gives parse and validation errors stable codes', async () => {
    expect((await post(app(), '{ trainingJob(')).errors?.[0]?.extensions?.code).toBe(
      'GRAPHQL_PARSE_FAILED',
    );
    expect((await post(app(), '{ trainingJobz }')).errors?.[0]?.extensions?.code).toBe(
      'GRAPHQL_VALIDATION_FAILED',
    );
    const missingVariable = await post(
      app(),
      'query ($n: String!) { trainingJob(name: $n) { id } }',
    );
    expect(missingVariable.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('upstream failures', () => {
  // A masked INTERNAL_SERVER_ERROR (a gateway bug) is covered in
  // test/robustness/upstream-error-codes.test.ts; a failing SageMaker is retryable, and says so.
  it('reports faults that outlast the retries as UPSTREAM_UNAVAILABLE, detail and request id in the log', async () => {
    emulator().knobs.failNext('Search', config.sagemaker.maxAttempts, 'fault');
    const result = await post(app(), '{ trainingJob(name: "churn-xgb-1") { id } }');
    expect(result).toEqual({
      data: { trainingJob: null },
      errors: [
        {
          message: 'SageMaker is unavailable; retry later.',
          locations: [{ line: 1, column: 3 }],
          path: ['trainingJob'],
          extensions: { code: 'UPSTREAM_UNAVAILABLE' },
        },
      ],
    });
    const logged = logs.lines.find((line) => line.level === 40);
    expect(logged).toMatchObject({
      err: { type: 'SageMakerCallError', operation: 'Search', requestId: expect.any(String) },
    });
  });

  it('reports throttling that outlasts the retries as UPSTREAM_THROTTLED', async () => {
    emulator().knobs.failNext('Search', config.sagemaker.maxAttempts, 'throttle');
    const result = await post(app(), '{ trainingJob(name: "churn-xgb-1") { id } }');
    expect(result.errors?.[0]).toMatchObject({
      message: 'SageMaker is throttling requests; retry later.',
      extensions: { code: 'UPSTREAM_THROTTLED' },
    });
    expect(logs.lines).toContainEqual(
      expect.objectContaining({
        level: 40,
        err: expect.objectContaining({ operation: 'Search', upstreamName: 'ThrottlingException' }),
      }),
    );
  });
});
