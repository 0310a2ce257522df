import type { SageMakerClient, TrainingJob } from '@aws-sdk/client-sagemaker';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { type Emulator, startEmulator } from '../../src/emulator/server.js';
import { createSageMakerClient } from '../../src/sagemaker/client.js';
import type { FilterInput, OrderInput } from '../../src/search/inputs.js';
import { createGateway, type Gateway } from '../../src/server/gateway.js';
import { reference } from './reference.js';

// Typed filters sent through GraphQL (variables, DateTime strings, explicit nulls) reach the
// demo emulator as Search requests whose results equal the reference evaluation, in order.

const config = loadConfig({ LOG_LEVEL: 'silent' });
let emulator: Emulator;
let client: SageMakerClient;
let app: Gateway;
let docs: TrainingJob[];

beforeAll(async () => {
  emulator = await startEmulator({ data: 'demo', scale: 60 });
  client = createSageMakerClient(config, emulator.endpoint);
  app = createGateway(config, { client });
  docs = [...(emulator.store.searchDocs('TrainingJob', Date.now()) as TrainingJob[])];
});

afterAll(async () => {
  client.destroy();
  await emulator.close();
});

interface Result {
  data?: { trainingJobs: { totalCount: number; nodes: { name: string }[] } } | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

const query = async (filter: FilterInput, orderBy: OrderInput): Promise<Result> => {
  const response = await app.fetch('http://gateway/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: `query Jobs($filter: TrainingJobFilter, $orderBy: TrainingJobOrder) {
        trainingJobs(first: 100, filter: $filter, orderBy: $orderBy) { totalCount nodes { name } }
      }`,
      variables: { filter, orderBy },
    }),
  });
  return (await response.json()) as Result;
};

type Key = (doc: TrainingJob) => number | string | undefined;

const KEYS: Readonly<Record<string, Key>> = {
  CREATION_TIME: (doc) => doc.CreationTime?.getTime(),
  NAME: (doc) => doc.TrainingJobName,
  'validation:auc': (doc) =>
    doc.FinalMetricDataList?.find((m) => m.MetricName === 'validation:auc')?.Value,
};

/** The reference order: by key (missing last in both directions), ties by ARN ascending. */
const ordered = (matches: TrainingJob[], orderBy: OrderInput): string[] => {
  const key = KEYS[orderBy.field ?? orderBy.metric ?? ''] as Key;
  const sign = orderBy.direction === 'ASC' ? 1 : -1;
  return [...matches]
    .sort((a, b) => {
      const [x, y] = [key(a), key(b)];
      if (x !== y) {
        if (x === undefined) return 1;
        if (y === undefined) return -1;
        return (x < y ? -1 : 1) * sign;
      }
      return (a.TrainingJobArn ?? '') < (b.TrainingJobArn ?? '') ? -1 : 1;
    })
    .map((doc) => doc.TrainingJobName as string);
};

const CASES: [string, FilterInput, OrderInput][] = [
  [
    'statuses, an instance type excluded, created after a date',
    {
      status: { in: ['Completed', 'Stopped'] },
      instanceType: { ne: 'ml.m5.4xlarge' },
      creationTime: { gte: new Date('2025-03-01T00:00:00Z') },
    },
    { field: 'CREATION_TIME', direction: 'ASC' },
  ],
  [
    'a team or a good metric, without shallow trees, best first',
    {
      or: [
        { tags: [{ key: 'team', eq: 'fraud' }] },
        { metrics: [{ name: 'validation:auc', gt: 0.9 }] },
      ],
      not: { hyperParameters: [{ name: 'max_depth', lt: 5 }] },
    },
    { metric: 'validation:auc', direction: 'DESC' },
  ],
  [
    'an input channel, explicit nulls and a count',
    {
      inputChannel: { name: { eq: 'test' }, s3Uri: { contains: 'snapshots' } },
      name: null,
      instanceCount: { gte: 1, eq: null },
    },
    { field: 'NAME', direction: 'ASC' },
  ],
  [
    'not (failed or a high learning rate)',
    {
      not: {
        or: [{ status: { eq: 'Failed' } }, { hyperParameters: [{ name: 'eta', gte: 0.05 }] }],
      },
    },
    { field: 'CREATION_TIME', direction: 'DESC' },
  ],
  [
    'environments by in, and a team that is not nlp',
    {
      and: [
        { tags: [{ key: 'env', in: ['prod', 'staging'] }] },
        { tags: [{ key: 'team', ne: 'nlp' }] },
      ],
    },
    { field: 'NAME', direction: 'DESC' },
  ],
];

describe('typed filters through the gateway', () => {
  it.each(CASES)('%s', async (_name, filter, orderBy) => {
    const expected = ordered(
      docs.filter((doc) => reference(filter, doc) === true),
      orderBy,
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(docs.length);
    const result = await query(filter, orderBy);
    expect(result.errors).toBeUndefined();
    expect(result.data?.trainingJobs.totalCount).toBe(expected.length);
    expect(result.data?.trainingJobs.nodes.map((node) => node.name)).toEqual(expected);
  });

  it('reports a filter SageMaker cannot express as BAD_USER_INPUT, naming the input', async () => {
    const result = await query(
      { not: { name: { contains: 'fraud' } } },
      {
        field: 'NAME',
        direction: 'ASC',
      },
    );
    expect(result.errors?.map((e) => [e.message, e.extensions?.code])).toEqual([
      [
        'filter.not.name.contains cannot be negated: SageMaker Search has no "does not contain" operator.',
        'BAD_USER_INPUT',
      ],
    ]);
  });
});
