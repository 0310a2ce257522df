import {
  CREATION_TIME,
  field,
  LAST_MODIFIED_TIME,
  type ResourceSearchSpec,
} from './property-spec.js';

export const TRAINING_JOB: ResourceSearchSpec = {
  resource: 'TrainingJob',
  noun: 'training job',
  metrics: true,
  hyperParameters: true,
  fields: {
    name: field('string', 'TrainingJobName', 'The name of the training job.'),
    arn: field('string', 'TrainingJobArn', 'The ARN of the training job.'),
    status: field(
      'enum',
      'TrainingJobStatus',
      'The status: InProgress, Completed, Failed, Stopping or Stopped.',
    ),
    secondaryStatus: field(
      'enum',
      'SecondaryStatus',
      'The detailed status, e.g. Starting, Downloading, Training, Uploading, Completed.',
    ),
    creationTime: CREATION_TIME,
    lastModifiedTime: LAST_MODIFIED_TIME,
    trainingStartTime: field('dateTime', 'TrainingStartTime', 'When training started.'),
    trainingEndTime: field('dateTime', 'TrainingEndTime', 'When training ended.'),
    trainingTimeInSeconds: field('int', 'TrainingTimeInSeconds', 'The training time in seconds.'),
    billableTimeInSeconds: field(
      'int',
      'BillableTimeInSeconds',
      'The billable training time in seconds.',
    ),
    instanceType: field(
      'enum',
      'ResourceConfig.InstanceType',
      'The ML compute instance type, e.g. ml.p4d.24xlarge.',
    ),
    instanceCount: field('int', 'ResourceConfig.InstanceCount', 'The number of instances.'),
    volumeSizeInGB: field(
      'int',
      'ResourceConfig.VolumeSizeInGB',
      'The size of the ML storage volume in GB.',
    ),
    trainingImage: field(
      'string',
      'AlgorithmSpecification.TrainingImage',
      'The registry path of the training image.',
    ),
    algorithmName: field(
      'string',
      'AlgorithmSpecification.AlgorithmName',
      'The name or ARN of the algorithm resource used.',
    ),
    trainingInputMode: field(
      'enum',
      'AlgorithmSpecification.TrainingInputMode',
      'The input mode: File, Pipe or FastFile.',
    ),
    tuningJobArn: field(
      'string',
      'TuningJobArn',
      'The ARN of the hyperparameter tuning job that launched the job.',
    ),
    roleArn: field('string', 'RoleArn', 'The ARN of the IAM role the job runs as.'),
    failureReason: field('string', 'FailureReason', 'Why the job failed, if it did.'),
    outputPath: field(
      'string',
      'OutputDataConfig.S3OutputPath',
      'The S3 path the job writes its model artifacts under.',
    ),
    modelArtifacts: field(
      'string',
      'ModelArtifacts.S3ModelArtifacts',
      'The S3 path of the model artifacts the job produced.',
    ),
    outputModelPackageArn: field(
      'string',
      'OutputModelPackageArn',
      'The ARN of the model package the job registered.',
    ),
    enableManagedSpotTraining: field(
      'boolean',
      'EnableManagedSpotTraining',
      'Whether the job uses managed spot instances.',
    ),
    experimentName: field(
      'string',
      'ExperimentConfig.ExperimentName',
      'The experiment the job is associated with.',
    ),
    inputChannel: {
      kind: 'nested',
      list: 'InputDataConfig',
      typeName: 'InputChannelFilter',
      description: 'Matches when one input channel satisfies every condition given.',
      fields: {
        name: field('string', 'InputDataConfig.ChannelName', 'The name of the channel.'),
        s3Uri: field(
          'string',
          'InputDataConfig.DataSource.S3DataSource.S3Uri',
          'The S3 URI of the channel data.',
        ),
        contentType: field(
          'string',
          'InputDataConfig.ContentType',
          'The MIME type of the channel data.',
        ),
        compressionType: field(
          'enum',
          'InputDataConfig.CompressionType',
          'The compression: None or Gzip.',
        ),
        inputMode: field('enum', 'InputDataConfig.InputMode', 'The input mode of the channel.'),
      },
    },
  },
  sortFields: {
    NAME: { property: 'TrainingJobName', description: 'By name.' },
    STATUS: { property: 'TrainingJobStatus', description: 'By status.' },
    CREATION_TIME: { property: 'CreationTime', description: 'By creation time.' },
    LAST_MODIFIED_TIME: { property: 'LastModifiedTime', description: 'By last modification.' },
    TRAINING_START_TIME: { property: 'TrainingStartTime', description: 'By training start.' },
    TRAINING_END_TIME: { property: 'TrainingEndTime', description: 'By training end.' },
    TRAINING_TIME_IN_SECONDS: {
      property: 'TrainingTimeInSeconds',
      description: 'By training time.',
    },
    BILLABLE_TIME_IN_SECONDS: {
      property: 'BillableTimeInSeconds',
      description: 'By billable time.',
    },
  },
};
