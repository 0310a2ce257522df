import type { TrainingJob } from '@aws-sdk/client-sagemaker';
import { type GraphQLField, getNamedType, isObjectType, isScalarType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { useDemoGateway } from '../support/gateway.js';
import {
  isNode,
  normalise,
  reachableTypes,
  selectAll,
  typeOf,
  undocumented,
} from '../support/schema.js';

const ACCOUNT = '123456789012';
const at = (iso: string): Date => new Date(iso);

/** A job with every member of the SDK's TrainingJob shape set. */
const fullJob: TrainingJob = {
  TrainingJobName: 'full-job',
  TuningJobArn: `arn:aws:sagemaker:us-east-1:${ACCOUNT}:hyper-parameter-tuning-job/full-hpo`,
  LabelingJobArn: `arn:aws:sagemaker:us-east-1:${ACCOUNT}:labeling-job/full-labels`,
  AutoMLJobArn: `arn:aws:sagemaker:us-east-1:${ACCOUNT}:automl-job/full-automl`,
  ModelArtifacts: { S3ModelArtifacts: 's3://bucket/full-job/output/model.tar.gz' },
  TrainingJobStatus: 'Completed',
  SecondaryStatus: 'Completed',
  FailureReason: 'none, but set to check the field',
  HyperParameters: { zeta: '1', eta: '0.3', 'max-depth': '6', alpha: '0' },
  AlgorithmSpecification: {
    TrainingImage: '683313688378.dkr.ecr.us-east-1.amazonaws.com/xgboost:1.7-1',
    AlgorithmName: 'also-set-to-check-the-field',
    TrainingInputMode: 'Pipe',
    MetricDefinitions: [{ Name: 'validation:auc', Regex: 'auc:([0-9.]+)' }],
    EnableSageMakerMetricsTimeSeries: true,
    ContainerEntrypoint: ['python', 'train.py'],
    ContainerArguments: ['--epochs', '3'],
    TrainingImageConfig: {
      TrainingRepositoryAccessMode: 'Vpc',
      TrainingRepositoryAuthConfig: {
        TrainingRepositoryCredentialsProviderArn: `arn:aws:lambda:us-east-1:${ACCOUNT}:function:creds`,
      },
    },
  },
  RoleArn: `arn:aws:iam::${ACCOUNT}:role/training`,
  InputDataConfig: [
    {
      ChannelName: 'train',
      DataSource: {
        S3DataSource: {
          S3DataType: 'AugmentedManifestFile',
          S3Uri: 's3://bucket/train.manifest',
          S3DataDistributionType: 'ShardedByS3Key',
          AttributeNames: ['source-ref', 'label'],
          InstanceGroupNames: ['gpu'],
        },
      },
      ContentType: 'application/x-recordio',
      CompressionType: 'Gzip',
      RecordWrapperType: 'RecordIO',
      InputMode: 'Pipe',
      ShuffleConfig: { Seed: 42 },
    },
    {
      ChannelName: 'validation',
      DataSource: {
        FileSystemDataSource: {
          FileSystemId: 'fs-0123456789abcdef0',
          FileSystemAccessMode: 'ro',
          FileSystemType: 'FSxLustre',
          DirectoryPath: '/fsx/validation',
        },
      },
    },
  ],
  OutputDataConfig: {
    S3OutputPath: 's3://bucket/out',
    KmsKeyId: 'alias/ml',
    CompressionType: 'NONE',
  },
  ResourceConfig: {
    InstanceCount: 2,
    VolumeSizeInGB: 100,
    VolumeKmsKeyId: 'alias/volumes',
    KeepAlivePeriodInSeconds: 600,
    InstanceGroups: [
      { InstanceGroupName: 'gpu', InstanceType: 'ml.p4d.24xlarge', InstanceCount: 1 },
      { InstanceGroupName: 'cpu', InstanceType: 'ml.c5.18xlarge', InstanceCount: 1 },
    ],
  },
  WarmPoolStatus: {
    Status: 'Reused',
    ResourceRetainedBillableTimeInSeconds: 120,
    ReusedByJob: 'next-job',
  },
  VpcConfig: { SecurityGroupIds: ['sg-0123'], Subnets: ['subnet-a', 'subnet-b'] },
  StoppingCondition: {
    MaxRuntimeInSeconds: 86_400,
    MaxWaitTimeInSeconds: 172_800,
    MaxPendingTimeInSeconds: 7_200,
  },
  CreationTime: at('2025-06-01T10:00:00.000Z'),
  TrainingStartTime: at('2025-06-01T10:04:00.000Z'),
  TrainingEndTime: at('2025-06-01T11:00:00.000Z'),
  LastModifiedTime: at('2025-06-01T11:00:05.000Z'),
  SecondaryStatusTransitions: [
    {
      Status: 'Starting',
      StartTime: at('2025-06-01T10:00:00.000Z'),
      EndTime: at('2025-06-01T10:04:00.000Z'),
      StatusMessage: 'Preparing the instances for training',
    },
    { Status: 'Completed', StartTime: at('2025-06-01T11:00:00.000Z') },
  ],
  FinalMetricDataList: [
    { MetricName: 'validation:auc', Value: 0.93, Timestamp: at('2025-06-01T10:59:00.000Z') },
    { MetricName: 'train:loss', Value: -0.25, Timestamp: at('2025-06-01T10:59:00.000Z') },
  ],
  EnableNetworkIsolation: true,
  EnableInterContainerTrafficEncryption: true,
  EnableManagedSpotTraining: true,
  CheckpointConfig: { S3Uri: 's3://bucket/checkpoints', LocalPath: '/opt/ml/checkpoints/' },
  TrainingTimeInSeconds: 3_360,
  BillableTimeInSeconds: 1_200,
  DebugHookConfig: {
    LocalPath: '/opt/ml/output/tensors/',
    S3OutputPath: 's3://bucket/tensors',
    HookParameters: { save_interval: '100', include_regex: '.*' },
    CollectionConfigurations: [
      { CollectionName: 'weights', CollectionParameters: { save_interval: '500', name: 'w' } },
    ],
  },
  ExperimentConfig: {
    ExperimentName: 'churn',
    TrialName: 'churn-trial-1',
    TrialComponentDisplayName: 'xgb',
    RunName: 'run-1',
  },
  DebugRuleConfigurations: [
    {
      RuleConfigurationName: 'LossNotDecreasing',
      LocalPath: '/opt/ml/processing/output/rule/',
      S3OutputPath: 's3://bucket/rules',
      RuleEvaluatorImage:
        '503895931360.dkr.ecr.us-east-1.amazonaws.com/sagemaker-debugger-rules:latest',
      InstanceType: 'ml.t3.medium',
      VolumeSizeInGB: 10,
      RuleParameters: { rule_to_invoke: 'LossNotDecreasing' },
    },
  ],
  TensorBoardOutputConfig: {
    LocalPath: '/opt/ml/output/tensorboard',
    S3OutputPath: 's3://bucket/tb',
  },
  DebugRuleEvaluationStatuses: [
    {
      RuleConfigurationName: 'LossNotDecreasing',
      RuleEvaluationJobArn: `arn:aws:sagemaker:us-east-1:${ACCOUNT}:processing-job/rule-eval`,
      RuleEvaluationStatus: 'NoIssuesFound',
      StatusDetails: 'No issues found',
      LastModifiedTime: at('2025-06-01T11:02:00.000Z'),
    },
  ],
  OutputModelPackageArn: `arn:aws:sagemaker:us-east-1:${ACCOUNT}:model-package/churn/1`,
  ModelPackageConfig: {
    ModelPackageGroupArn: `arn:aws:sagemaker:us-east-1:${ACCOUNT}:model-package-group/churn`,
    SourceModelPackageArn: `arn:aws:sagemaker:us-east-1:${ACCOUNT}:model-package/base/3`,
  },
  ProfilerConfig: {
    S3OutputPath: 's3://bucket/profiler',
    ProfilingIntervalInMilliseconds: 500,
    ProfilingParameters: { DataloaderProfilingConfig: '{"StartStep": 5}' },
    DisableProfiler: false,
  },
  Environment: { TZ: 'UTC', LOG_LEVEL: 'info' },
  RetryStrategy: { MaximumRetryAttempts: 2 },
  Tags: [
    { Key: 'team', Value: 'search' },
    { Key: 'env', Value: '' },
  ],
};

/** The least SageMaker returns for a training job. */
const bareJob: TrainingJob = {
  TrainingJobName: 'bare-job',
  TrainingJobStatus: 'InProgress',
  CreationTime: at('2025-06-02T10:00:00.000Z'),
};

/** A link to another resource (a Node), which other families' tests cover. */
const isLink = (field: GraphQLField<unknown, unknown>): boolean => isNode(getNamedType(field.type));

const MAP_FIELDS = new Set([
  'hyperParameters',
  'environment',
  'hookParameters',
  'collectionParameters',
  'ruleParameters',
  'profilingParameters',
]);

/** Maps a GraphQL answer back to the SDK's shape (PascalCase, maps, absent rather than null/[]). */
const toSdkShape = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(toSdkShape);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, member] of Object.entries(value)) {
    if (member === null || (Array.isArray(member) && member.length === 0)) continue;
    const pascal = key.charAt(0).toUpperCase() + key.slice(1);
    if (MAP_FIELDS.has(key)) {
      const pairs = member as Array<{ key: string; value: string }>;
      out[pascal] = Object.fromEntries(pairs.map((pair) => [pair.key, pair.value]));
    } else if (key === 'trainingRepositoryCredentialsProviderArn') {
      out.TrainingRepositoryAuthConfig = { TrainingRepositoryCredentialsProviderArn: member };
    } else {
      out[pascal] = toSdkShape(member);
    }
  }
  return out;
};

const gateway = useDemoGateway({
  emulator: { data: 'demo', scale: 300 },
  seed: ({ store }) => {
    store.put('TrainingJob', structuredClone(fullJob));
    store.put('TrainingJob', structuredClone(bareJob));
  },
});
const emulator = gateway.emulator;
const post = gateway.post;

const stored = (name: string): TrainingJob => {
  const record = emulator().store.get('TrainingJob', name);
  if (record === undefined) throw new Error(`no stored job ${name}`);
  return record;
};

const ALL_FIELDS = `fragment All on TrainingJob { ${selectAll(typeOf('TrainingJob'))} }`;

describe('TrainingJob fields', () => {
  it('give back every member of a fully populated record', async () => {
    const result = await post(`{ trainingJob(name: "full-job") { ...All } } ${ALL_FIELDS}`);
    expect(result.errors).toBeUndefined();
    const job = result.data?.trainingJob as Record<string, unknown>;
    const record = stored('full-job');
    expect(job.id).toBe(record.TrainingJobArn);
    expect(job.arn).toBe(record.TrainingJobArn);
    expect(job.name).toBe('full-job');
    const { id: _id, arn: _arn, name: _name, ...rest } = job;
    expect(toSdkShape(rest)).toEqual(normalise(record));
  });

  it('give back every member of demo jobs of several shapes', async () => {
    const jobs = emulator()
      .store.all('TrainingJob')
      .filter(
        (job) => job.TrainingJobStatus !== 'InProgress' && job.TrainingJobStatus !== 'Stopping',
      );
    const picks = [
      jobs.find((job) => job.TrainingJobStatus === 'Failed'),
      jobs.find((job) => job.EnableManagedSpotTraining === true),
      jobs.find((job) => job.TuningJobArn !== undefined),
      jobs.find((job) => job.AlgorithmSpecification?.AlgorithmName !== undefined),
      jobs.find((job) => job.TrainingJobStatus === 'Stopped'),
    ];
    const arns = picks.map((job) => job?.TrainingJobArn);
    expect(arns.every((arn) => arn !== undefined)).toBe(true);
    const result = await post(
      `query ($ids: [ID!]!) { nodes(ids: $ids) { ...All } } ${ALL_FIELDS}`,
      { ids: arns },
    );
    expect(result.errors).toBeUndefined();
    const nodes = result.data?.nodes as Array<Record<string, unknown>>;
    expect(nodes).toHaveLength(picks.length);
    for (const node of nodes) {
      const { id, arn: _arn, name, ...rest } = node;
      const record = stored(String(name));
      expect(id).toBe(record.TrainingJobArn);
      expect(toSdkShape(rest)).toEqual(normalise(record));
    }
  });

  it('lists hyperparameters, environment and nested maps as pairs sorted by key', async () => {
    const result = await post(`{ trainingJob(name: "full-job") {
      hyperParameters { key value }
      environment { key value }
      debugHookConfig { hookParameters { key } collectionConfigurations { collectionParameters { key } } }
    } }`);
    expect(result).toEqual({
      data: {
        trainingJob: {
          hyperParameters: [
            { key: 'alpha', value: '0' },
            { key: 'eta', value: '0.3' },
            { key: 'max-depth', value: '6' },
            { key: 'zeta', value: '1' },
          ],
          environment: [
            { key: 'LOG_LEVEL', value: 'info' },
            { key: 'TZ', value: 'UTC' },
          ],
          debugHookConfig: {
            hookParameters: [{ key: 'include_regex' }, { key: 'save_interval' }],
            collectionConfigurations: [
              { collectionParameters: [{ key: 'name' }, { key: 'save_interval' }] },
            ],
          },
        },
      },
    });
  });

  it('answers metric(name) and hyperParameter(name) for present and missing names', async () => {
    const result = await post(`{ trainingJob(name: "full-job") {
      auc: metric(name: "validation:auc") loss: metric(name: "train:loss") none: metric(name: "f1")
      eta: hyperParameter(name: "eta") depth: hyperParameter(name: "max-depth")
      missing: hyperParameter(name: "gamma") proto: hyperParameter(name: "toString")
    } }`);
    expect(result).toEqual({
      data: {
        trainingJob: {
          auc: 0.93,
          loss: -0.25,
          none: null,
          eta: '0.3',
          depth: '6',
          missing: null,
          proto: null,
        },
      },
    });
  });

  it('gives nulls and empty lists, without errors, for a job without optional parts', async () => {
    const result = await post(
      `{ trainingJob(name: "bare-job") { ...All metric(name: "validation:auc") hyperParameter(name: "eta") } } ${ALL_FIELDS}`,
    );
    expect(result.errors).toBeUndefined();
    const job = result.data?.trainingJob as Record<string, unknown>;
    const arn = `arn:aws:sagemaker:us-east-1:${ACCOUNT}:training-job/bare-job`;
    const present = {
      id: arn,
      arn,
      name: 'bare-job',
      trainingJobName: 'bare-job',
      trainingJobArn: arn,
      trainingJobStatus: 'InProgress',
      creationTime: '2025-06-02T10:00:00.000Z',
    };
    const lists = Object.values(typeOf('TrainingJob').getFields())
      .filter((field) => field.type.toString().startsWith('[') && field.args.length === 0)
      .map((field) => field.name);
    expect(lists).toContain('hyperParameters');
    expect(lists).toContain('tags');
    const expected = Object.fromEntries(
      Object.keys(job).map((key) => [
        key,
        key in present ? present[key as keyof typeof present] : lists.includes(key) ? [] : null,
      ]),
    );
    expect(job).toEqual(expected);
    expect(Object.keys(job)).toHaveLength(
      Object.values(typeOf('TrainingJob').getFields()).filter((field) => !isLink(field)).length,
    );
  });
  it('reports a member SageMaker must send but omitted as a masked error, not an invented value', async () => {
    emulator().store.put('TrainingJob', {
      ...structuredClone(bareJob),
      TrainingJobName: 'broken-job',
      ModelArtifacts: {} as TrainingJob['ModelArtifacts'],
    });
    const result = await post(
      '{ trainingJob(name: "broken-job") { name modelArtifacts { s3ModelArtifacts } } }',
    );
    expect(result).toEqual({
      data: { trainingJob: { name: 'broken-job', modelArtifacts: null } },
      errors: [
        {
          message: 'Unexpected error.',
          extensions: { code: 'INTERNAL_SERVER_ERROR' },
          locations: [{ line: 1, column: 59 }],
          path: ['trainingJob', 'modelArtifacts', 's3ModelArtifacts'],
        },
      ],
    });
  });
});

describe('TrainingJob schema', () => {
  it('describes every field and argument of TrainingJob and of the types it reaches', () => {
    const types = reachableTypes('TrainingJob');
    expect(types.map((type) => type.name)).toEqual(
      expect.arrayContaining(['TrainingJob', 'Channel', 'S3DataSource', 'HyperParameter', 'Tag']),
    );
    expect(undocumented(types)).toEqual([]);
  });

  it('types evolving AWS enums as String and counts as NonNegativeInt', () => {
    const fields = typeOf('TrainingJob').getFields();
    expect(fields.trainingJobStatus?.type.toString()).toBe('String!');
    expect(fields.secondaryStatus?.type.toString()).toBe('String');
    expect(fields.billableTimeInSeconds?.type.toString()).toBe('NonNegativeInt');
    expect(fields.hyperParameters?.type.toString()).toBe('[HyperParameter!]!');
    expect(fields.environment?.type.toString()).toBe('[KeyValuePair!]!');
    expect(typeOf('ResourceConfig').getFields().instanceType?.type.toString()).toBe('String');
    const enums = reachableTypes('TrainingJob').flatMap((type) =>
      Object.values(type.getFields())
        .map((field) => getNamedType(field.type))
        .filter((named) => !isObjectType(named) && !isScalarType(named))
        .map((named) => named.name),
    );
    expect(enums).toEqual([]);
  });
});
