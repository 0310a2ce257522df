import { readFileSync } from 'node:fs';
import type { SageMakerClient } from '@aws-sdk/client-sagemaker';
import fc from 'fast-check';
import { buildSchema, GraphQLError, getIntrospectionQuery, getLocation, Source } from 'graphql';
import { isCompiledQuery } from 'graphql-jit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEPLOYMENTS, TRAINING_JOB_PAGE } from '../../bench/queries.js';
import { loadConfig } from '../../src/config.js';
import { DEMO } from '../../src/emulator/demo/demo-data.js';
import { type Emulator, startEmulator } from '../../src/emulator/server.js';
import { subgraphSchema as buildGatewaySchema } from '../../src/graphql/subgraph.js';
import { createSageMakerClient } from '../../src/sagemaker/client.js';
import {
  createCompiledQueryCache,
  cyclicInputTypes,
  offsetOf,
  toGraphQLError,
} from '../../src/server/compiled-execution.js';
import { createGateway, type Gateway } from '../../src/server/gateway.js';

/**
 * Compiled execution (GRAPHQL_JIT, the default) must answer exactly as graphql-js's executor does:
 * the same data, the same errors with the same messages, codes, locations and paths, the same
 * HTTP status. Every request below goes to a gateway of each kind over one frozen emulator.
 */

interface Request {
  query: string;
  variables?: Record<string, unknown>;
  operationName?: string;
  /** Run before each of the two requests (e.g. an upstream failure to inject). */
  before?: (emulator: Emulator) => void;
}

const document = (path: string): string =>
  readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

/** Two operations in one document, as a GraphiQL tab may hold. */
const GRAPHIQL = [
  document('examples/endpoint-deployment.graphql'),
  document('examples/tuning-job-dashboard.graphql'),
].join('\n');
const GRAPHIQL_VARIABLES = {
  name: DEMO.tuningJobName,
  metric: 'validation:auc',
  objective: 'validation:auc',
};

const JOB_FIELDS = `fragment JobFields on TrainingJob { name trainingJobStatus tags { key value } }`;

const REQUESTS: Record<string, Request> = {
  'examples: tuning job dashboard': {
    query: document('examples/tuning-job-dashboard.graphql'),
    variables: { name: DEMO.tuningJobName, objective: 'validation:auc' },
  },
  'examples: model registry': {
    query: document('examples/model-registry.graphql'),
    variables: { team: 'fraud' },
  },
  'examples: endpoint deployment': {
    query: document('examples/endpoint-deployment.graphql'),
    variables: { name: DEMO.endpointName, metric: 'validation:auc' },
  },
  'examples: training job search': {
    query: document('examples/training-job-search.graphql'),
    variables: {
      filter: { tags: [{ key: 'team', eq: 'fraud' }], status: { in: ['Completed', 'Failed'] } },
      orderBy: { field: 'CREATION_TIME', direction: 'DESC' },
      first: 7,
    },
  },
  'bench: training job page': { query: TRAINING_JOB_PAGE, variables: { first: 30 } },
  'bench: deployment view': { query: DEPLOYMENTS, variables: { first: 10 } },
  'collections with nested pages': {
    query: document('test/documents/collections.graphql'),
    operationName: 'NestedTrainingJobPages',
  },
  'one operation of a document with two': {
    query: GRAPHIQL,
    variables: { ...GRAPHIQL_VARIABLES, name: DEMO.endpointName },
    operationName: 'EndpointDeployment',
  },
  'the other operation of that document': {
    query: GRAPHIQL,
    variables: GRAPHIQL_VARIABLES,
    operationName: 'TuningJobDashboard',
  },
  'a document with two operations and no operation name': {
    query: GRAPHIQL,
    variables: GRAPHIQL_VARIABLES,
  },
  'an unknown operation name': {
    query: GRAPHIQL,
    variables: GRAPHIQL_VARIABLES,
    operationName: 'Nope',
  },
  'a missing variable': {
    query: 'query ($name: String!) { trainingJob(name: $name) { name } }',
  },
  'a null for a non-null variable and a list of the wrong items': {
    query:
      'query ($ids: [ID!]!, $name: String!) { nodes(ids: $ids) { id } trainingJob(name: $name) { name } }',
    variables: { ids: [1, null], name: null },
  },
  'a variable of the wrong type': {
    query: 'query ($first: Int) { trainingJobs(first: $first) { nodes { name } } }',
    variables: { first: 'ten' },
  },
  'an invalid name (BAD_USER_INPUT from a resolver)': {
    query: '{ trainingJob(name: "not a name!") { name } }',
  },
  'a filter over SageMaker limits': {
    query: `{ trainingJobs(filter: { name: { contains: "a" }, trainingImage: { contains: "b" } }) { nodes { name } } }`,
  },
  'backward paging': { query: '{ trainingJobs(last: 3) { nodes { name } } }' },
  'a failing upstream call (masked, with path and locations)': {
    query: '{ a: trainingJob(name: "churn-xgb-1") { name } b: endpoint(name: "x") { name } }',
    // Both Searches fail all 3 attempts: 6 faults, all used by each answer.
    before: (emulator) => emulator.knobs.failNext('Search', 6, 'fault'),
  },
  'aliases, __typename and fragments on the Node interface': {
    query: `query ($ids: [ID!]!) {
      nodes(ids: $ids) { __typename id ... on TrainingJob { ...JobFields again: name } ... on Endpoint { endpointStatus } }
      n: node(id: "arn:aws:sagemaker:us-east-1:123456789012:training-job/never-existed") { id }
    } ${JOB_FIELDS}`,
    variables: {
      ids: [
        'arn:aws:sagemaker:us-east-1:123456789012:endpoint/card-fraud-prod',
        'arn:aws:sagemaker:us-east-1:123456789012:training-job/never-existed',
      ],
    },
  },
  '@skip and @include on fields, inline fragments and fragment spreads': {
    query: `query ($yes: Boolean!, $no: Boolean!) {
      trainingJobs(first: 3, orderBy: { field: NAME, direction: ASC }) {
        nodes {
          name @include(if: $yes)
          trainingJobStatus @skip(if: $yes)
          ... on TrainingJob @include(if: $no) { creationTime }
          ...JobFields @skip(if: $no)
          ... @include(if: $yes) { tuningJob { name ...JobFields @include(if: $no) } }
        }
      }
    } ${JOB_FIELDS}`,
    variables: { yes: true, no: false },
  },
  introspection: { query: getIntrospectionQuery() },
  'the subgraph SDL': { query: '{ _service { sdl } }' },
  'entities by arn and by name': {
    query: `query ($representations: [_Any!]!) {
      _entities(representations: $representations) { __typename ... on TrainingJob { name } ... on Endpoint { name endpointStatus } }
    }`,
    variables: {
      representations: [
        { __typename: 'Endpoint', name: DEMO.endpointName },
        {
          __typename: 'TrainingJob',
          arn: 'arn:aws:sagemaker:us-east-1:123456789012:training-job/never-existed',
        },
      ],
    },
  },
};

describe('compiled execution', () => {
  let emulator: Emulator;
  let client: SageMakerClient;
  const gateways: Partial<Record<'compiled' | 'graphql-js', Gateway>> = {};

  beforeAll(async () => {
    // a frozen clock: jobs in progress must not move between the two answers
    const now = Date.UTC(2025, 5, 2, 9, 0, 0);
    emulator = await startEmulator({ data: 'demo', scale: 300, now: () => now });
    for (const [kind, jit] of [
      ['compiled', 'true'],
      ['graphql-js', 'false'],
    ] as const) {
      // No negative cache: a repeated request must cost the same calls, faults included. No
      // response cache: the repeated requests must be executed, compiled, not answered from it.
      const config = loadConfig({
        LOG_LEVEL: 'silent',
        CACHE: 'off',
        GRAPHQL_JIT: jit,
        NEGATIVE_CACHE_TTL_MS: '0',
      });
      client ??= createSageMakerClient(config, emulator.endpoint);
      gateways[kind] = createGateway(config, { client });
    }
  });
  afterAll(async () => {
    client.destroy();
    await emulator.close();
  });

  const answer = async (kind: 'compiled' | 'graphql-js', request: Request) => {
    request.before?.(emulator);
    const gateway = gateways[kind];
    if (gateway === undefined) throw new Error('no gateway');
    const response = await gateway.fetch('http://gateway/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: request.query,
        variables: request.variables,
        operationName: request.operationName,
      }),
    });
    const body = (await response.json()) as Record<string, unknown>;
    // Fields that fail concurrently report in the order their calls failed: compare by path.
    if (Array.isArray(body.errors)) {
      body.errors = [...body.errors].sort((a, b) =>
        JSON.stringify(a.path ?? null).localeCompare(JSON.stringify(b.path ?? null)),
      );
    }
    return { status: response.status, body };
  };

  it.each(Object.entries(REQUESTS))('answers as graphql-js does: %s', async (_, request) => {
    const expected = await answer('graphql-js', request);
    // thrice: the first runs on graphql-js, the second compiles the operation, the third reuses it
    expect(await answer('compiled', request)).toEqual(expected);
    expect(await answer('compiled', request)).toEqual(expected);
    expect(await answer('compiled', request)).toEqual(expected);
  });

  it.each([
    ['true', 'federated tracing on (the default)'],
    ['false', 'FEDERATION_TRACING=false'],
  ])('compiles an operation from its second run, with %s: %s', async (tracing) => {
    const compiledQueries = createCompiledQueryCache(10);
    const config = loadConfig({ LOG_LEVEL: 'silent', CACHE: 'off', FEDERATION_TRACING: tracing });
    const gateway = createGateway(config, { client, compiledQueries });
    const compiled = () =>
      [...compiledQueries.values()].flatMap((byOperation) =>
        [...byOperation.values()].filter(
          (query) => typeof query !== 'string' && isCompiledQuery(query),
        ),
      ).length;
    const send = (headers: Record<string, string> = {}) =>
      gateway.fetch('http://gateway/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query: '{ trainingJobs(first: 2) { nodes { name } } }' }),
      });
    await send();
    expect(compiled()).toBe(0);
    await send();
    expect(compiled()).toBe(1);
    // a request federated tracing follows runs on graphql-js: its answer carries the trace
    const traced = await send({ 'apollo-federation-include-trace': 'ftv1' });
    const { extensions } = (await traced.json()) as { extensions?: { ftv1?: string } };
    expect(extensions?.ftv1 !== undefined).toBe(tracing === 'true');
    expect(compiled()).toBe(1);
  });

  it('is tested on answers with data and on answers with errors', async () => {
    const kinds = await Promise.all(
      Object.values(REQUESTS).map(async (request) => {
        const { body } = await answer('graphql-js', request);
        return body.errors === undefined ? 'data' : 'errors';
      }),
    );
    expect(kinds.filter((kind) => kind === 'data').length).toBeGreaterThan(8);
    expect(kinds.filter((kind) => kind === 'errors').length).toBeGreaterThan(6);
  });
});

describe('offsetOf', () => {
  it.each([
    ['abc', 1, 1, 0],
    ['abc', 1, 3, 2],
    ['a\nbc', 2, 2, 3],
    ['a\r\nbc', 2, 1, 3],
    ['a\rb\nc', 3, 1, 4],
  ])('finds line and column in %j at %i:%i: %i', (body, line, column, offset) => {
    expect(offsetOf(body, line, column)).toBe(offset);
  });

  it('inverts graphql-js getLocation', () => {
    const text = fc
      .array(fc.tuple(fc.string({ maxLength: 8 }), fc.constantFrom('\n', '\r\n', '\r')))
      .map((lines) => lines.map(([line, end]) => line.replace(/[\r\n]/g, '') + end).join(''));
    fc.assert(
      fc.property(text, fc.nat(), (body, at) => {
        const position = body.length === 0 ? 0 : at % body.length;
        // a position between \r and \n has no line and column of its own
        fc.pre(!(body[position - 1] === '\r' && body[position] === '\n'));
        const { line, column } = getLocation(new Source(body), position);
        expect(offsetOf(body, line, column)).toBe(position);
      }),
    );
  });
});

describe('toGraphQLError', () => {
  it('keeps message, locations, path, original error and extensions, which can then be set', () => {
    const source = new Source('{\n  a\n  b\n}');
    const original = Object.assign(new Error('boom'), { extensions: { code: 'X' } });
    const error = toGraphQLError(
      Object.assign(new GraphQLError('boom'), {
        locations: [{ line: 3, column: 3 }],
        path: ['b'],
        originalError: original,
        extensions: { code: 'X' },
      }),
      source,
    );
    expect(error.toJSON()).toEqual({
      message: 'boom',
      locations: [{ line: 3, column: 3 }],
      path: ['b'],
      extensions: { code: 'X' },
    });
    expect(error.originalError).toBe(original);
    (error.extensions as Record<string, unknown>).more = 1;
    expect(error.extensions).toEqual({ code: 'X', more: 1 });
  });

  it('marks an error of a request that could not start with HTTP 400', () => {
    const error = toGraphQLError(new GraphQLError('Variable "$a" ...'), undefined, true);
    expect(error.extensions).toEqual({ http: { status: 400 } });
    expect(error.locations).toBeUndefined();
  });
});

describe('cyclicInputTypes', () => {
  it('finds the input types that reach a cycle, and only those', () => {
    const schema = buildSchema(`
      input Filter { and: [Filter!] name: StringFilter channel: ChannelFilter }
      input ChannelFilter { name: StringFilter parent: Filter }
      input StringFilter { eq: String in: [String!] }
      input Order { field: String direction: String }
      input Wrapper { filter: Filter }
      input A { b: B } input B { a: A }
      input Plain { order: Order strings: StringFilter }
      type Query { x(f: Filter, o: Order, w: Wrapper, a: A, p: Plain): Int }
    `);
    expect([...cyclicInputTypes(schema)].sort()).toEqual([
      'A',
      'B',
      'ChannelFilter',
      'Filter',
      'Wrapper',
    ]);
  });

  it("finds the gateway's recursive filters and not its orders", () => {
    const cyclic = cyclicInputTypes(buildGatewaySchema({ nodeFields: true }));
    expect(cyclic.has('TrainingJobFilter')).toBe(true);
    expect(cyclic.has('TrainingJobOrder')).toBe(false);
    expect(cyclic.has('StringFilter')).toBe(false);
  });
});
