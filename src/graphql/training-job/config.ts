import type {
  Channel,
  CheckpointConfig,
  InstanceGroup,
  MetricDefinition,
  OutputDataConfig,
  ResourceConfig,
  RetryStrategy,
  ShuffleConfig,
  StoppingCondition,
} from '@aws-sdk/client-sagemaker';
import { builder } from '../builder.js';
import { listMember, present } from '../common.js';
import { DataSourceRef } from './data-source.js';

export const MetricDefinitionRef = builder
  .objectRef<MetricDefinition>('MetricDefinition')
  .implement({
    description:
      'A metric the training algorithm writes to stdout or stderr, and the regular expression that finds it there.',
    fields: (t) => ({
      name: t.string({
        nullable: false,
        description: 'The name of the metric.',
        resolve: (metric) => present(metric.Name, 'MetricDefinition.Name'),
      }),
      regex: t.string({
        nullable: false,
        description: 'A regular expression that finds the value of the metric in the job output.',
        resolve: (metric) => present(metric.Regex, 'MetricDefinition.Regex'),
      }),
    }),
  });

const ShuffleConfigRef = builder.objectRef<ShuffleConfig>('ShuffleConfig').implement({
  description:
    'Shuffling of a channel’s input (S3 key prefix matches, manifest entries or augmented manifest lines).',
  fields: (t) => ({
    seed: t.field({
      nullable: false,
      type: 'NonNegativeInt',
      description: 'The seed that determines the shuffling order.',
      resolve: (config) => present(config.Seed, 'ShuffleConfig.Seed'),
    }),
  }),
});

export const ChannelRef = builder.objectRef<Channel>('Channel').implement({
  description: 'A named input source that a training algorithm consumes.',
  fields: (t) => ({
    channelName: t.string({
      nullable: false,
      description: 'The name of the channel, e.g. train or validation.',
      resolve: (channel) => present(channel.ChannelName, 'Channel.ChannelName'),
    }),
    dataSource: t.field({
      nullable: false,
      type: DataSourceRef,
      description: 'The location of the channel data.',
      resolve: (channel) => present(channel.DataSource, 'Channel.DataSource'),
    }),
    contentType: t.exposeString('ContentType', {
      nullable: true,
      description: 'The MIME type of the data.',
    }),
    compressionType: t.exposeString('CompressionType', {
      nullable: true,
      description: 'The compression of the data (None or Gzip); used only in Pipe input mode.',
    }),
    recordWrapperType: t.exposeString('RecordWrapperType', {
      nullable: true,
      description:
        'RecordIO when SageMaker wraps each raw S3 object in a RecordIO record for the algorithm; else None.',
    }),
    inputMode: t.exposeString('InputMode', {
      nullable: true,
      description:
        'The input mode of this channel (File, Pipe or FastFile), overriding the algorithm’s trainingInputMode.',
    }),
    shuffleConfig: t.expose('ShuffleConfig', {
      type: ShuffleConfigRef,
      nullable: true,
      description: 'How the channel’s input is shuffled, if it is.',
    }),
  }),
});

export const OutputDataConfigRef = builder
  .objectRef<OutputDataConfig>('OutputDataConfig')
  .implement({
    description: 'Where the model artifacts of a job are stored.',
    fields: (t) => ({
      s3OutputPath: t.string({
        nullable: false,
        description: 'The S3 path for the model artifacts, e.g. s3://bucket-name/key-name-prefix.',
        resolve: (config) => present(config.S3OutputPath, 'OutputDataConfig.S3OutputPath'),
      }),
      kmsKeyId: t.exposeString('KmsKeyId', {
        nullable: true,
        description:
          'The KMS key (ID, ARN, alias or alias ARN) that encrypts the model artifacts at rest in S3.',
      }),
      compressionType: t.exposeString('CompressionType', {
        nullable: true,
        description: 'How the model artifacts are compressed: GZIP (default) or NONE.',
      }),
    }),
  });

const InstanceGroupRef = builder.objectRef<InstanceGroup>('InstanceGroup').implement({
  description: 'An instance group of a heterogeneous training cluster.',
  fields: (t) => ({
    instanceGroupName: t.string({
      nullable: false,
      description: 'The name of the instance group.',
      resolve: (group) => present(group.InstanceGroupName, 'InstanceGroup.InstanceGroupName'),
    }),
    instanceType: t.string({
      nullable: false,
      description: 'The ML instance type of the group, e.g. ml.p4d.24xlarge.',
      resolve: (group) => present(group.InstanceType, 'InstanceGroup.InstanceType'),
    }),
    instanceCount: t.field({
      nullable: false,
      type: 'NonNegativeInt',
      description: 'The number of instances in the group.',
      resolve: (group) => present(group.InstanceCount, 'InstanceGroup.InstanceCount'),
    }),
  }),
});

export const ResourceConfigRef = builder.objectRef<ResourceConfig>('ResourceConfig').implement({
  description: 'The ML compute instances and storage volumes configured for training.',
  fields: (t) => ({
    instanceType: t.exposeString('InstanceType', {
      nullable: true,
      description: 'The ML compute instance type, e.g. ml.m5.xlarge; null with instanceGroups.',
    }),
    instanceCount: t.expose('InstanceCount', {
      type: 'NonNegativeInt',
      nullable: true,
      description: 'The number of ML compute instances; more than 1 for distributed training.',
    }),
    volumeSizeInGB: t.expose('VolumeSizeInGB', {
      type: 'NonNegativeInt',
      nullable: true,
      description:
        'The size of the ML storage volume, which holds model artifacts, incremental state and (in File mode) the training data.',
    }),
    volumeKmsKeyId: t.exposeString('VolumeKmsKeyId', {
      nullable: true,
      description: 'The KMS key that encrypts the storage volume attached to the instances.',
    }),
    keepAlivePeriodInSeconds: t.expose('KeepAlivePeriodInSeconds', {
      type: 'NonNegativeInt',
      nullable: true,
      description: 'How long the resources are kept in a warm pool for later training jobs.',
    }),
    instanceGroups: t.field({
      nullable: false,
      type: [InstanceGroupRef],
      description: 'The instance groups of a heterogeneous cluster; [] for a uniform one.',
      resolve: listMember('InstanceGroups'),
    }),
  }),
});

export const StoppingConditionRef = builder
  .objectRef<StoppingCondition>('StoppingCondition')
  .implement({
    description:
      'How long a job may run (and, with managed Spot training, wait) before SageMaker stops it.',
    fields: (t) => ({
      maxRuntimeInSeconds: t.expose('MaxRuntimeInSeconds', {
        type: 'NonNegativeInt',
        nullable: true,
        description:
          'The longest the job may run, over all retry attempts (default 1 day, at most 28 days).',
      }),
      maxWaitTimeInSeconds: t.expose('MaxWaitTimeInSeconds', {
        type: 'NonNegativeInt',
        nullable: true,
        description:
          'The longest a managed Spot training job may take, waiting for Spot capacity included.',
      }),
      maxPendingTimeInSeconds: t.expose('MaxPendingTimeInSeconds', {
        type: 'NonNegativeInt',
        nullable: true,
        description: 'The longest the job may wait for capacity reserved by a training plan.',
      }),
    }),
  });

export const CheckpointConfigRef = builder
  .objectRef<CheckpointConfig>('CheckpointConfig')
  .implement({
    description: 'Where a job (typically managed Spot training) saves its checkpoints.',
    fields: (t) => ({
      s3Uri: t.string({
        nullable: false,
        description: 'The S3 path for the checkpoints, e.g. s3://bucket-name/key-name-prefix.',
        resolve: (config) => present(config.S3Uri, 'CheckpointConfig.S3Uri'),
      }),
      localPath: t.exposeString('LocalPath', {
        nullable: true,
        description:
          'The local directory the checkpoints are written to (default /opt/ml/checkpoints/).',
      }),
    }),
  });

export const RetryStrategyRef = builder.objectRef<RetryStrategy>('RetryStrategy').implement({
  description: 'How often a job is retried when it fails with an InternalServerError.',
  fields: (t) => ({
    maximumRetryAttempts: t.field({
      nullable: false,
      type: 'NonNegativeInt',
      description: 'The number of retries.',
      resolve: (strategy) =>
        present(strategy.MaximumRetryAttempts, 'RetryStrategy.MaximumRetryAttempts'),
    }),
  }),
});
