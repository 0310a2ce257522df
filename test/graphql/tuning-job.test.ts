import type { HyperParameterTuningJobSearchEntity, TrainingJob } from '@aws-sdk/client-sagemaker';
import { getNamedType, isObjectType, isScalarType } from 'graphql';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEMO } from '../../src/emulator/demo/demo-data.js';
import { useDemoGateway } from '../support/gateway.js';
import { normalise, reachableTypes, selectAll, typeOf, undocumented } from '../support/schema.js';

const ACCOUNT = '123456789012';
const arnOf = (type: string, name: string): string =>
  `arn:aws:sagemaker:us-east-1:${ACCOUNT}:${type}/${name}`;
const at = (iso: string): Date => new Date(iso);

const trainingJob = (name: string, tuningJob?: string): TrainingJob => ({
  TrainingJobName: name,
  ...(tuningJob === undefined
    ? {}
    : { TuningJobArn: arnOf('hyper-parameter-tuning-job', tuningJob) }),
  TrainingJobStatus: 'Completed',
  CreationTime: at('2025-06-01T10:00:00.000Z'),
  AlgorithmSpecification: { TrainingImage: 'xgboost:1', TrainingInputMode: 'File' },
  Tags: [],
});

const summary = (name: string, tuningJob: string, auc: number) => ({
  TrainingJobDefinitionName: 'xgb',
  TrainingJobName: name,
  TrainingJobArn: arnOf('training-job', name),
  TuningJobName: tuningJob,
  CreationTime: at('2025-06-01T10:00:00.000Z'),
  TrainingStartTime: at('2025-06-01T10:02:00.000Z'),
  TrainingEndTime: at('2025-06-01T10:30:00.000Z'),
  TrainingJobStatus: 'Completed' as const,
  TunedHyperParameters: { max_depth: '6', eta: '0.2' },
  FailureReason: 'none, but set to check the field',
  FinalHyperParameterTuningJobObjectiveMetric: {
    Type: 'Maximize' as const,
    MetricName: 'validation:auc',
    Value: auc,
  },
  ObjectiveStatus: 'Succeeded' as const,
});

const definition = {
  DefinitionName: 'xgb',
  TuningObjective: { Type: 'Maximize', MetricName: 'validation:auc' },
  HyperParameterRanges: {
    IntegerParameterRanges: [
      { Name: 'max_depth', MinValue: '3', MaxValue: '10', ScalingType: 'Linear' },
    ],
    ContinuousParameterRanges: [
      { Name: 'eta', MinValue: '0.01', MaxValue: '0.5', ScalingType: 'Logarithmic' },
    ],
    CategoricalParameterRanges: [{ Name: 'booster', Values: ['gbtree', 'dart'] }],
    AutoParameters: [{ Name: 'subsample', ValueHint: '0.8' }],
  },
  StaticHyperParameters: { objective: 'binary:logistic', eval_metric: 'auc' },
  AlgorithmSpecification: {
    TrainingImage: 'xgboost:1',
    TrainingInputMode: 'File',
    AlgorithmName: 'also-set-to-check-the-field',
    MetricDefinitions: [{ Name: 'validation:auc', Regex: 'auc:([0-9.]+)' }],
  },
  RoleArn: `arn:aws:iam::${ACCOUNT}:role/tuning`,
  InputDataConfig: [
    {
      ChannelName: 'train',
      DataSource: { S3DataSource: { S3DataType: 'S3Prefix', S3Uri: 's3://bucket/train' } },
    },
  ],
  VpcConfig: { SecurityGroupIds: ['sg-1'], Subnets: ['subnet-1'] },
  OutputDataConfig: { S3OutputPath: 's3://bucket/out' },
  ResourceConfig: { InstanceType: 'ml.m5.xlarge', InstanceCount: 1, VolumeSizeInGB: 30 },
  HyperParameterTuningResourceConfig: {
    InstanceType: 'ml.m5.xlarge',
    InstanceCount: 1,
    VolumeSizeInGB: 30,
    VolumeKmsKeyId: 'alias/volumes',
    AllocationStrategy: 'Prioritized',
    InstanceConfigs: [{ InstanceType: 'ml.c5.xlarge', InstanceCount: 2, VolumeSizeInGB: 50 }],
  },
  StoppingCondition: { MaxRuntimeInSeconds: 3600 },
  EnableNetworkIsolation: true,
  EnableInterContainerTrafficEncryption: false,
  EnableManagedSpotTraining: true,
  CheckpointConfig: { S3Uri: 's3://bucket/checkpoints', LocalPath: '/opt/ml/checkpoints' },
  RetryStrategy: { MaximumRetryAttempts: 2 },
  Environment: { TZ: 'UTC', LOG_LEVEL: 'info' },
} satisfies HyperParameterTuningJobSearchEntity['TrainingJobDefinition'];

/** A tuning job with every member of the SDK's HyperParameterTuningJobSearchEntity set. */
const fullTuningJob: HyperParameterTuningJobSearchEntity = {
  HyperParameterTuningJobName: 'full-hpo',
  HyperParameterTuningJobConfig: {
    Strategy: 'Hyperband',
    StrategyConfig: { HyperbandStrategyConfig: { MinResource: 1, MaxResource: 27 } },
    HyperParameterTuningJobObjective: { Type: 'Maximize', MetricName: 'validation:auc' },
    ResourceLimits: {
      MaxNumberOfTrainingJobs: 20,
      MaxParallelTrainingJobs: 4,
      MaxRuntimeInSeconds: 86_400,
    },
    ParameterRanges: definition.HyperParameterRanges,
    TrainingJobEarlyStoppingType: 'Off',
    TuningJobCompletionCriteria: {
      TargetObjectiveMetricValue: 0.97,
      BestObjectiveNotImproving: { MaxNumberOfTrainingJobsNotImproving: 5 },
      ConvergenceDetected: { CompleteOnConvergence: 'Enabled' },
    },
    RandomSeed: 7,
  },
  TrainingJobDefinition: definition,
  TrainingJobDefinitions: [definition, { ...definition, DefinitionName: 'xgb-2' }],
  HyperParameterTuningJobStatus: 'Completed',
  CreationTime: at('2025-06-01T09:00:00.000Z'),
  HyperParameterTuningEndTime: at('2025-06-01T12:00:00.000Z'),
  LastModifiedTime: at('2025-06-01T12:00:01.000Z'),
  TrainingJobStatusCounters: {
    Completed: 17,
    InProgress: 0,
    RetryableError: 1,
    NonRetryableError: 1,
    Stopped: 1,
  },
  ObjectiveStatusCounters: { Succeeded: 17, Pending: 0, Failed: 3 },
  BestTrainingJob: summary('full-hpo-007', 'full-hpo', 0.95),
  OverallBestTrainingJob: summary('parent-hpo-003', 'parent-hpo', 0.96),
  WarmStartConfig: {
    ParentHyperParameterTuningJobs: [
      { HyperParameterTuningJobName: 'parent-hpo' },
      { HyperParameterTuningJobName: 'gone-hpo' },
    ],
    WarmStartType: 'IdenticalDataAndAlgorithm',
  },
  FailureReason: 'none, but set to check the field',
  TuningJobCompletionDetails: {
    NumberOfTrainingJobsObjectiveNotImproving: 4,
    ConvergenceDetectedTime: at('2025-06-01T11:50:00.000Z'),
  },
  ConsumedResources: { RuntimeInSeconds: 10_800 },
  Tags: [
    { Key: 'team', Value: 'fraud' },
    { Key: 'env', Value: 'dev' },
  ],
};

const parentTuningJob: HyperParameterTuningJobSearchEntity = {
  HyperParameterTuningJobName: 'parent-hpo',
  HyperParameterTuningJobConfig: {
    Strategy: 'Bayesian',
    ResourceLimits: { MaxParallelTrainingJobs: 2 },
  },
  HyperParameterTuningJobStatus: 'Completed',
  CreationTime: at('2025-05-01T09:00:00.000Z'),
  BestTrainingJob: summary('parent-hpo-003', 'parent-hpo', 0.96),
  Tags: [],
};

/** A tuning job whose best training job no longer exists and that has nothing optional. */
const orphanTuningJob: HyperParameterTuningJobSearchEntity = {
  HyperParameterTuningJobName: 'orphan-hpo',
  HyperParameterTuningJobStatus: 'InProgress',
  CreationTime: at('2025-06-02T09:00:00.000Z'),
  BestTrainingJob: summary('deleted-job', 'orphan-hpo', 0.5),
};

/** Seeded tuning jobs with 10 children each, for the batching test. */
const FANS = 10;
const SEEDED = /^(full|parent|orphan|fan)-hpo/;

const MAP_FIELDS = new Set(['staticHyperParameters', 'tunedHyperParameters', 'environment']);
const RENAMED: Record<string, string> = {
  bestTrainingJobSummary: 'BestTrainingJob',
  overallBestTrainingJobSummary: 'OverallBestTrainingJob',
};

/** Maps a GraphQL answer back to the SDK's shape (PascalCase, maps, absent rather than null/[]). */
const toSdkShape = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(toSdkShape);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, member] of Object.entries(value)) {
    if (member === null || (Array.isArray(member) && member.length === 0)) continue;
    const pascal = RENAMED[key] ?? key.charAt(0).toUpperCase() + key.slice(1);
    if (MAP_FIELDS.has(key)) {
      const pairs = member as Array<{ key: string; value: string }>;
      out[pascal] = Object.fromEntries(pairs.map((pair) => [pair.key, pair.value]));
    } else if (key === 'parentHyperParameterTuningJobNames') {
      out.ParentHyperParameterTuningJobs = (member as string[]).map((name) => ({
        HyperParameterTuningJobName: name,
      }));
    } else {
      out[pascal] = toSdkShape(member);
    }
  }
  return out;
};

const storedTuningJob = (name: string): HyperParameterTuningJobSearchEntity => {
  const record = emulator().store.get('HyperParameterTuningJob', name);
  if (record === undefined) throw new Error(`no stored tuning job ${name}`);
  return record;
};

/** Upstream calls per operation, without zero counts. */
const calls = (): Record<string, number> =>
  Object.fromEntries(Object.entries(emulator().calls()).filter(([, count]) => count > 0));

const gateway = useDemoGateway({
  emulator: { data: 'demo', scale: 300 },
  seed: ({ store }) => {
    for (const job of [fullTuningJob, parentTuningJob, orphanTuningJob]) {
      store.put('HyperParameterTuningJob', structuredClone(job));
    }
    store.put('TrainingJob', trainingJob('full-hpo-007', 'full-hpo'));
    store.put('TrainingJob', trainingJob('parent-hpo-003', 'parent-hpo'));
    store.put('TrainingJob', trainingJob('orphan-hpo-001', 'orphan-hpo'));
    store.put('TrainingJob', trainingJob('lost-child', 'never-existed-hpo'));
    for (let fan = 0; fan < FANS; fan++) {
      const name = `fan-hpo-${fan}`;
      store.put('HyperParameterTuningJob', {
        ...structuredClone(parentTuningJob),
        HyperParameterTuningJobName: name,
        BestTrainingJob: summary(`${name}-best`, name, 0.9),
        WarmStartConfig: {
          ParentHyperParameterTuningJobs: [{ HyperParameterTuningJobName: 'parent-hpo' }],
          WarmStartType: 'TransferLearning',
        },
      });
      store.put('TrainingJob', trainingJob(`${name}-best`, name));
      for (let child = 0; child < 100 / FANS; child++) {
        store.put('TrainingJob', trainingJob(`${name}-child-${child}`, name));
      }
    }
  },
});
const emulator = gateway.emulator;
const post = gateway.post;

beforeEach(() => emulator().resetCalls());

const ALL_FIELDS = `fragment All on HyperParameterTuningJob { ${selectAll(typeOf('HyperParameterTuningJob'))} }`;

describe('HyperParameterTuningJob fields', () => {
  it('give back every member of a fully populated record', async () => {
    const result = await post(
      `{ hyperParameterTuningJob(name: "full-hpo") { ...All } } ${ALL_FIELDS}`,
    );
    expect(result.errors).toBeUndefined();
    const job = result.data?.hyperParameterTuningJob as Record<string, unknown>;
    const record = storedTuningJob('full-hpo');
    expect(job.id).toBe(arnOf('hyper-parameter-tuning-job', 'full-hpo'));
    expect(job.arn).toBe(record.HyperParameterTuningJobArn);
    expect(job.name).toBe('full-hpo');
    const { id: _id, arn: _arn, name: _name, ...rest } = job;
    expect(toSdkShape(rest)).toEqual(normalise(record));
  });

  it('give back every member of the demo tuning jobs', async () => {
    const names = emulator()
      .store.all('HyperParameterTuningJob')
      .map((job) => job.HyperParameterTuningJobName)
      .filter((name) => name !== undefined && !SEEDED.test(name));
    expect(names).toContain(DEMO.tuningJobName);
    const ids = names.map((name) => arnOf('hyper-parameter-tuning-job', String(name)));
    const result = await post(
      `query ($ids: [ID!]!) { nodes(ids: $ids) { ...All } } ${ALL_FIELDS}`,
      { ids },
    );
    expect(result.errors).toBeUndefined();
    const nodes = result.data?.nodes as Array<Record<string, unknown>>;
    expect(nodes).toHaveLength(names.length);
    for (const node of nodes) {
      const { id, arn: _arn, name, ...rest } = node;
      const record = storedTuningJob(String(name));
      expect(id).toBe(record.HyperParameterTuningJobArn);
      expect(toSdkShape(rest)).toEqual(normalise(record));
    }
    expect(calls()).toEqual({ Search: Math.ceil(names.length / 100) });
  });

  it('lists static and tuned hyperparameters and environment as pairs sorted by key', async () => {
    const result = await post(`{ hyperParameterTuningJob(name: "full-hpo") {
      trainingJobDefinition { staticHyperParameters { key value } environment { key } }
      bestTrainingJobSummary { tunedHyperParameters { key value } }
    } }`);
    expect(result).toEqual({
      data: {
        hyperParameterTuningJob: {
          trainingJobDefinition: {
            staticHyperParameters: [
              { key: 'eval_metric', value: 'auc' },
              { key: 'objective', value: 'binary:logistic' },
            ],
            environment: [{ key: 'LOG_LEVEL' }, { key: 'TZ' }],
          },
          bestTrainingJobSummary: {
            tunedHyperParameters: [
              { key: 'eta', value: '0.2' },
              { key: 'max_depth', value: '6' },
            ],
          },
        },
      },
    });
  });

  it('gives nulls, zero-free empty lists and no errors for a job without optional parts', async () => {
    const result = await post(`{ hyperParameterTuningJob(name: "orphan-hpo") {
      hyperParameterTuningJobConfig { strategy } trainingJobDefinition { roleArn }
      trainingJobDefinitions { roleArn } trainingJobStatusCounters { completed }
      warmStartConfig { warmStartType } warmStartParents { name } overallBestTrainingJob { name }
      tags { key } failureReason autotuneMode consumedResources { runtimeInSeconds }
    } }`);
    expect(result).toEqual({
      data: {
        hyperParameterTuningJob: {
          hyperParameterTuningJobConfig: null,
          trainingJobDefinition: null,
          trainingJobDefinitions: [],
          trainingJobStatusCounters: null,
          warmStartConfig: null,
          warmStartParents: [],
          overallBestTrainingJob: null,
          tags: [],
          failureReason: null,
          autotuneMode: null,
          consumedResources: null,
        },
      },
    });
  });
});

describe('HyperParameterTuningJob links', () => {
  it('resolves best, overall best and warm start parents, null for a parent that is gone', async () => {
    const result = await post(`{ hyperParameterTuningJob(name: "full-hpo") {
      bestTrainingJob { name tuningJobArn }
      overallBestTrainingJob { name tuningJob { name } }
      bestTrainingJobSummary { trainingJob { name } }
      warmStartParents { name bestTrainingJob { name } }
    } }`);
    expect(result).toEqual({
      data: {
        hyperParameterTuningJob: {
          bestTrainingJob: {
            name: 'full-hpo-007',
            tuningJobArn: arnOf('hyper-parameter-tuning-job', 'full-hpo'),
          },
          overallBestTrainingJob: { name: 'parent-hpo-003', tuningJob: { name: 'parent-hpo' } },
          bestTrainingJobSummary: { trainingJob: { name: 'full-hpo-007' } },
          warmStartParents: [
            { name: 'parent-hpo', bestTrainingJob: { name: 'parent-hpo-003' } },
            null,
          ],
        },
      },
    });
    // Levels: the tuning job; its training jobs, and its parents (the missing one costs a
    // Describe, as Search may lag behind writes); the tuning job of the overall best (the
    // parents' best training job is the overall best, already loaded).
    expect(calls()).toEqual({
      Search: 4,
      DescribeHyperParameterTuningJob: 1,
    });
  });

  it('names a deleted best training job from the record, and is null once more is asked', async () => {
    emulator().resetCalls();
    const named = await post(`{ hyperParameterTuningJob(name: "orphan-hpo") {
      bestTrainingJob { id name } } }`);
    expect(named).toEqual({
      data: {
        hyperParameterTuningJob: {
          bestTrainingJob: { id: arnOf('training-job', 'deleted-job'), name: 'deleted-job' },
        },
      },
    });
    // The name comes from the tuning job's own record: no Search for the job.
    expect(calls()).toEqual({ Search: 1 });
    const result = await post(`{ hyperParameterTuningJob(name: "orphan-hpo") {
      name bestTrainingJob { name trainingJobStatus }
      bestTrainingJobSummary { trainingJobName trainingJob { name } }
    } }`);
    expect(result).toEqual({
      data: {
        hyperParameterTuningJob: {
          name: 'orphan-hpo',
          bestTrainingJob: null,
          bestTrainingJobSummary: { trainingJobName: 'deleted-job', trainingJob: null },
        },
      },
    });
  });

  it('links training jobs to their tuning job, null when there is none or it is gone', async () => {
    const result = await post(`{
      child: trainingJob(name: "full-hpo-007") { tuningJob { name hyperParameterTuningJobStatus } }
      lost: trainingJob(name: "lost-child") { name tuningJobArn tuningJob { name } }
    }`);
    expect(result).toEqual({
      data: {
        child: { tuningJob: { name: 'full-hpo', hyperParameterTuningJobStatus: 'Completed' } },
        lost: {
          name: 'lost-child',
          tuningJobArn: arnOf('hyper-parameter-tuning-job', 'never-existed-hpo'),
          tuningJob: null,
        },
      },
    });
  });

  it('batches the tuning jobs of many training jobs: calls per level, not per item', async () => {
    // Child m of fan-hpo-n, ordered so that any prefix spreads over the tuning jobs.
    const children = (count: number): string[] =>
      Array.from({ length: count }, (_, at) =>
        arnOf('training-job', `fan-hpo-${at % FANS}-child-${Math.floor(at / FANS)}`),
      );
    const query = `query ($ids: [ID!]!) { nodes(ids: $ids) { ... on TrainingJob {
      tuningJob { name bestTrainingJob { name } warmStartParents { name } }
    } } }`;
    const counts: Array<Record<string, number>> = [];
    for (const count of [5, 100]) {
      emulator().resetCalls();
      const result = await post(query, { ids: children(count) });
      expect(result.errors).toBeUndefined();
      const nodes = result.data?.nodes as Array<{
        tuningJob: { bestTrainingJob: { name: string }; warmStartParents: unknown[] };
      }>;
      expect(nodes).toHaveLength(count);
      expect(nodes[4]?.tuningJob).toEqual({
        name: 'fan-hpo-4',
        bestTrainingJob: { name: 'fan-hpo-4-best' },
        warmStartParents: [{ name: 'parent-hpo' }],
      });
      counts.push(calls());
    }
    // Training jobs; their tuning jobs; then warm start parents (the best jobs' names are the
    // tuning jobs' own).
    expect(counts).toEqual([{ Search: 3 }, { Search: 3 }]);
  });
});

describe('hyperParameterTuningJob(name:) and node(id:)', () => {
  it('returns null for a missing name and id, after one upstream lookup each', async () => {
    const result = await post(`{
      hyperParameterTuningJob(name: "no-such-hpo") { name }
      node(id: "${arnOf('hyper-parameter-tuning-job', 'no-such-hpo-2')}") { id }
    }`);
    expect(result).toEqual({ data: { hyperParameterTuningJob: null, node: null } });
  });

  it('finds a tuning job by its ARN as a node', async () => {
    const arn = arnOf('hyper-parameter-tuning-job', DEMO.tuningJobName);
    const result = await post(
      `{ node(id: "${arn}") { __typename id ... on HyperParameterTuningJob { name } } }`,
    );
    expect(result).toEqual({
      data: { node: { __typename: 'HyperParameterTuningJob', id: arn, name: DEMO.tuningJobName } },
    });
  });

  it('rejects a malformed name as BAD_USER_INPUT without calling SageMaker', async () => {
    const name = 'x'.repeat(33);
    const result = await post(`{ hyperParameterTuningJob(name: "${name}") { name } }`);
    expect(result.data).toEqual({ hyperParameterTuningJob: null });
    expect(result.errors).toEqual([
      expect.objectContaining({
        message: `Argument "name" must be a hyperparameter tuning job name (^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,31}$), but got: "${name}".`,
        extensions: { code: 'BAD_USER_INPUT' },
      }),
    ]);
    expect(calls()).toEqual({});
  });
});

describe('HyperParameterTuningJob schema', () => {
  it('describes every type, field and argument reachable from HyperParameterTuningJob', () => {
    const types = reachableTypes('HyperParameterTuningJob', { stopAtNodes: true });
    expect(types.map((type) => type.name)).toEqual(
      expect.arrayContaining([
        'HyperParameterTuningJobConfig',
        'ParameterRanges',
        'HyperParameterTrainingJobDefinition',
        'HyperParameterTrainingJobSummary',
        'TrainingJob',
      ]),
    );
    expect(undocumented(types)).toEqual([]);
  });

  it('types links, statuses, counters and lists as the contract says', () => {
    const fields = typeOf('HyperParameterTuningJob').getFields();
    expect(fields.bestTrainingJob?.type.toString()).toBe('TrainingJob');
    expect(fields.warmStartParents?.type.toString()).toBe('[HyperParameterTuningJob]!');
    expect(fields.hyperParameterTuningJobStatus?.type.toString()).toBe('String!');
    expect(fields.tags?.type.toString()).toBe('[Tag!]!');
    expect(typeOf('TrainingJob').getFields().tuningJob?.type.toString()).toBe(
      'HyperParameterTuningJob',
    );
    expect(typeOf('TrainingJobStatusCounters').getFields().completed?.type.toString()).toBe(
      'NonNegativeInt!',
    );
    const enums = reachableTypes('HyperParameterTuningJob', { stopAtNodes: true }).flatMap((type) =>
      Object.values(type.getFields())
        .map((field) => getNamedType(field.type))
        .filter((named) => !isObjectType(named) && !isScalarType(named))
        .map((named) => named.name),
    );
    expect(enums).toEqual([]);
  });
});
