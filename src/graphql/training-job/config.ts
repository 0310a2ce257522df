import type {
  AlgorithmSpecification,
  Channel,
  CheckpointConfig,
  DataSource,
  FileSystemDataSource,
  InstanceGroup,
  MetricDefinition,
  OutputDataConfig,
  ResourceConfig,
  RetryStrategy,
  S3DataSource,
  ShuffleConfig,
  StoppingCondition,
  TrainingImageConfig,
} from '@aws-sdk/client-sagemaker';
import { builder } from '../builder.js';
import { listMember, present } from '../common.js';

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

export const TrainingImageConfigRef = builder
  .objectRef<TrainingImageConfig>('TrainingImageConfig')
  .implement({
    description:
      'Where the training image comes from: an ECR repository or a private registry in a VPC.',
    fields: (t) => ({
      trainingRepositoryAccessMode: t.string({
        nullable: false,
        description: 'Platform (ECR) or Vpc (a private Docker registry in the VPC).',
        resolve: (config) =>
          present(
            config.TrainingRepositoryAccessMode,
            'TrainingImageConfig.TrainingRepositoryAccessMode',
          ),
      }),
      trainingRepositoryCredentialsProviderArn: t.string({
        nullable: true,
        description:
          'The ARN of the Lambda function that provides credentials for the private registry, if any.',
        resolve: (config) =>
          config.TrainingRepositoryAuthConfig?.TrainingRepositoryCredentialsProviderArn ?? null,
      }),
    }),
  });

export const AlgorithmSpecificationRef = builder
  .objectRef<AlgorithmSpecification>('AlgorithmSpecification')
  .implement({
    description: 'The algorithm used for training, and its metadata.',
    fields: (t) => ({
      trainingImage: t.exposeString('TrainingImage', {
        nullable: true,
        description:
          'The registry path of the Docker image with the training algorithm; set when no algorithmName is.',
      }),
      algorithmName: t.exposeString('AlgorithmName', {
        nullable: true,
        description:
          'The name of the algorithm resource used (own or from AWS Marketplace); set when no trainingImage is.',
      }),
      trainingInputMode: t.string({
        nullable: false,
        description:
          'How the algorithm reads its data: File (downloaded to the ML storage volume), Pipe (streamed from S3) or FastFile (streamed with file system access).',
        resolve: (spec) =>
          present(spec.TrainingInputMode, 'AlgorithmSpecification.TrainingInputMode'),
      }),
      metricDefinitions: t.field({
        nullable: false,
        type: [MetricDefinitionRef],
        description: 'The metrics the algorithm emits and how SageMaker parses them from its logs.',
        resolve: listMember('MetricDefinitions'),
      }),
      enableSageMakerMetricsTimeSeries: t.exposeBoolean('EnableSageMakerMetricsTimeSeries', {
        nullable: true,
        description: 'Whether time-series metrics are generated and saved during training.',
      }),
      containerEntrypoint: t.stringList({
        nullable: false,
        description:
          'The entrypoint script of the training container, overriding its default train instruction.',
        resolve: listMember('ContainerEntrypoint'),
      }),
      containerArguments: t.stringList({
        nullable: false,
        description: 'The arguments passed to the training container.',
        resolve: listMember('ContainerArguments'),
      }),
      trainingImageConfig: t.expose('TrainingImageConfig', {
        type: TrainingImageConfigRef,
        nullable: true,
        description: 'Where the training image is pulled from, when it is not the default ECR.',
      }),
    }),
  });

export const S3DataSourceRef = builder.objectRef<S3DataSource>('S3DataSource').implement({
  description: 'The S3 location of the data of a channel.',
  fields: (t) => ({
    s3DataType: t.string({
      nullable: false,
      description:
        'S3Prefix (s3Uri is a key name prefix), ManifestFile (a manifest listing object keys) or AugmentedManifestFile (a JSON lines file with the data).',
      resolve: (source) => present(source.S3DataType, 'S3DataSource.S3DataType'),
    }),
    s3Uri: t.string({
      nullable: false,
      description:
        'The key name prefix or manifest, depending on s3DataType, e.g. s3://bucket/prefix.',
      resolve: (source) => present(source.S3Uri, 'S3DataSource.S3Uri'),
    }),
    s3DataDistributionType: t.exposeString('S3DataDistributionType', {
      nullable: true,
      description:
        'FullyReplicated (every instance gets the whole data set) or ShardedByS3Key (each of n instances gets about 1/n of the objects).',
    }),
    attributeNames: t.stringList({
      nullable: false,
      description: 'The attribute names to use from an augmented manifest file.',
      resolve: listMember('AttributeNames'),
    }),
    instanceGroupNames: t.stringList({
      nullable: false,
      description: 'The instance groups that get data from this source.',
      resolve: listMember('InstanceGroupNames'),
    }),
  }),
});

export const FileSystemDataSourceRef = builder
  .objectRef<FileSystemDataSource>('FileSystemDataSource')
  .implement({
    description: 'A file system (EFS or FSx for Lustre) that a channel reads from.',
    fields: (t) => ({
      fileSystemId: t.string({
        nullable: false,
        description: 'The file system ID.',
        resolve: (source) => present(source.FileSystemId, 'FileSystemDataSource.FileSystemId'),
      }),
      fileSystemAccessMode: t.string({
        nullable: false,
        description: 'How the directory is mounted: ro (read-only) or rw (read-write).',
        resolve: (source) =>
          present(source.FileSystemAccessMode, 'FileSystemDataSource.FileSystemAccessMode'),
      }),
      fileSystemType: t.string({
        nullable: false,
        description: 'The file system type: EFS or FSxLustre.',
        resolve: (source) => present(source.FileSystemType, 'FileSystemDataSource.FileSystemType'),
      }),
      directoryPath: t.string({
        nullable: false,
        description: 'The full path to the directory associated with the channel.',
        resolve: (source) => present(source.DirectoryPath, 'FileSystemDataSource.DirectoryPath'),
      }),
    }),
  });

export const DataSourceRef = builder.objectRef<DataSource>('DataSource').implement({
  description: 'The location of the data of a channel: S3 or a file system.',
  fields: (t) => ({
    s3DataSource: t.expose('S3DataSource', {
      type: S3DataSourceRef,
      nullable: true,
      description: 'The S3 location of the data, when it is in S3.',
    }),
    fileSystemDataSource: t.expose('FileSystemDataSource', {
      type: FileSystemDataSourceRef,
      nullable: true,
      description: 'The file system of the data, when it is on a file system.',
    }),
  }),
});

export const ShuffleConfigRef = builder.objectRef<ShuffleConfig>('ShuffleConfig').implement({
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

export const InstanceGroupRef = builder.objectRef<InstanceGroup>('InstanceGroup').implement({
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
