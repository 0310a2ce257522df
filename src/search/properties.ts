/** The SageMaker Search resources the gateway offers typed filters for (`ResourceType` spelling). */
export type SearchResource =
  | 'TrainingJob'
  | 'HyperParameterTuningJob'
  | 'Endpoint'
  | 'ModelPackage'
  | 'ModelPackageGroup';

/**
 * The operator input a filter field takes, which also fixes the kind of its Search property:
 * `string` and `enum` are text (enum-like strings such as statuses stay open strings), `int` and
 * `float` numbers, `dateTime` timestamps, `boolean` booleans.
 */
export type OperatorKind = 'string' | 'enum' | 'int' | 'float' | 'dateTime' | 'boolean';

/** A filter field on one scalar Search property. */
export interface ScalarFieldSpec {
  readonly kind: OperatorKind;
  readonly property: string;
  readonly description: string;
}

/**
 * A filter over a list of objects (SageMaker NestedFilters): one element of `list` must satisfy
 * every condition given. `fields` map to properties under the list (full dotted names).
 */
export interface NestedFieldSpec {
  readonly kind: 'nested';
  readonly list: string;
  readonly typeName: string;
  readonly description: string;
  readonly fields: Readonly<Record<string, ScalarFieldSpec>>;
}

export type FieldSpec = ScalarFieldSpec | NestedFieldSpec;

/** A sort key: a scalar (non-list) Search property. */
export interface SortFieldSpec {
  readonly property: string;
  readonly description: string;
}

/** Everything a resource's filter and order inputs offer, with the Search property behind each. */
export interface ResourceSearchSpec {
  readonly resource: SearchResource;
  /** The GraphQL name of the resource in descriptions, e.g. "training job". */
  readonly noun: string;
  readonly fields: Readonly<Record<string, FieldSpec>>;
  /** Training jobs only: `metrics` (FinalMetricDataList) and `hyperParameters` filters. */
  readonly metrics: boolean;
  readonly hyperParameters: boolean;
  readonly sortFields: Readonly<Record<string, SortFieldSpec>>;
}

const field = (kind: OperatorKind, property: string, description: string): ScalarFieldSpec => ({
  kind,
  property,
  description,
});

const CREATION_TIME = field('dateTime', 'CreationTime', 'When the resource was created.');
const LAST_MODIFIED_TIME = field(
  'dateTime',
  'LastModifiedTime',
  'When the resource was last modified.',
);

const TRAINING_JOB: ResourceSearchSpec = {
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

const TUNING_JOB: ResourceSearchSpec = {
  resource: 'HyperParameterTuningJob',
  noun: 'hyperparameter tuning job',
  metrics: false,
  hyperParameters: false,
  fields: {
    name: field('string', 'HyperParameterTuningJobName', 'The name of the tuning job.'),
    arn: field('string', 'HyperParameterTuningJobArn', 'The ARN of the tuning job.'),
    status: field(
      'enum',
      'HyperParameterTuningJobStatus',
      'The status: Completed, InProgress, Failed, Stopped, Stopping, Deleting or DeleteFailed.',
    ),
    creationTime: CREATION_TIME,
    lastModifiedTime: LAST_MODIFIED_TIME,
    endTime: field('dateTime', 'HyperParameterTuningEndTime', 'When the tuning job ended.'),
    strategy: field(
      'enum',
      'HyperParameterTuningJobConfig.Strategy',
      'The search strategy: Bayesian, Random, Hyperband or Grid.',
    ),
    objectiveMetricName: field(
      'string',
      'HyperParameterTuningJobConfig.HyperParameterTuningJobObjective.MetricName',
      'The name of the objective metric.',
    ),
    objectiveType: field(
      'enum',
      'HyperParameterTuningJobConfig.HyperParameterTuningJobObjective.Type',
      'Whether the objective is maximized or minimized: Maximize or Minimize.',
    ),
    maxNumberOfTrainingJobs: field(
      'int',
      'HyperParameterTuningJobConfig.ResourceLimits.MaxNumberOfTrainingJobs',
      'The maximum number of training jobs the tuning job may launch.',
    ),
    maxParallelTrainingJobs: field(
      'int',
      'HyperParameterTuningJobConfig.ResourceLimits.MaxParallelTrainingJobs',
      'The maximum number of training jobs run at once.',
    ),
    trainingImage: field(
      'string',
      'TrainingJobDefinition.AlgorithmSpecification.TrainingImage',
      'The training image of the (single) training job definition.',
    ),
    algorithmName: field(
      'string',
      'TrainingJobDefinition.AlgorithmSpecification.AlgorithmName',
      'The algorithm of the (single) training job definition.',
    ),
    instanceType: field(
      'enum',
      'TrainingJobDefinition.ResourceConfig.InstanceType',
      'The instance type of the (single) training job definition.',
    ),
    bestTrainingJobName: field(
      'string',
      'BestTrainingJob.TrainingJobName',
      'The name of the best training job so far.',
    ),
    bestObjectiveValue: field(
      'float',
      'BestTrainingJob.FinalHyperParameterTuningJobObjectiveMetric.Value',
      'The objective metric value of the best training job so far.',
    ),
    completedTrainingJobs: field(
      'int',
      'TrainingJobStatusCounters.Completed',
      'The number of training jobs that completed.',
    ),
    failureReason: field('string', 'FailureReason', 'Why the tuning job failed, if it did.'),
  },
  sortFields: {
    NAME: { property: 'HyperParameterTuningJobName', description: 'By name.' },
    STATUS: { property: 'HyperParameterTuningJobStatus', description: 'By status.' },
    CREATION_TIME: { property: 'CreationTime', description: 'By creation time.' },
    LAST_MODIFIED_TIME: { property: 'LastModifiedTime', description: 'By last modification.' },
    END_TIME: { property: 'HyperParameterTuningEndTime', description: 'By end time.' },
    BEST_OBJECTIVE_VALUE: {
      property: 'BestTrainingJob.FinalHyperParameterTuningJobObjectiveMetric.Value',
      description: 'By the objective value of the best training job.',
    },
  },
};

const ENDPOINT: ResourceSearchSpec = {
  resource: 'Endpoint',
  noun: 'endpoint',
  metrics: false,
  hyperParameters: false,
  fields: {
    name: field('string', 'EndpointName', 'The name of the endpoint.'),
    arn: field('string', 'EndpointArn', 'The ARN of the endpoint.'),
    status: field(
      'enum',
      'EndpointStatus',
      'The status, e.g. Creating, InService, Updating, Failed, Deleting.',
    ),
    endpointConfigName: field(
      'string',
      'EndpointConfigName',
      'The name of the endpoint configuration.',
    ),
    creationTime: CREATION_TIME,
    lastModifiedTime: LAST_MODIFIED_TIME,
    failureReason: field('string', 'FailureReason', 'Why the endpoint failed, if it did.'),
    variant: {
      kind: 'nested',
      list: 'ProductionVariants',
      typeName: 'ProductionVariantFilter',
      description: 'Matches when one production variant satisfies every condition given.',
      fields: {
        name: field('string', 'ProductionVariants.VariantName', 'The name of the variant.'),
        currentInstanceCount: field(
          'int',
          'ProductionVariants.CurrentInstanceCount',
          'The number of instances the variant runs.',
        ),
        desiredInstanceCount: field(
          'int',
          'ProductionVariants.DesiredInstanceCount',
          'The number of instances requested for the variant.',
        ),
        currentWeight: field(
          'float',
          'ProductionVariants.CurrentWeight',
          'The traffic weight of the variant.',
        ),
      },
    },
  },
  sortFields: {
    NAME: { property: 'EndpointName', description: 'By name.' },
    STATUS: { property: 'EndpointStatus', description: 'By status.' },
    CREATION_TIME: { property: 'CreationTime', description: 'By creation time.' },
    LAST_MODIFIED_TIME: { property: 'LastModifiedTime', description: 'By last modification.' },
  },
};

const MODEL_PACKAGE: ResourceSearchSpec = {
  resource: 'ModelPackage',
  noun: 'model package',
  metrics: false,
  hyperParameters: false,
  fields: {
    name: field(
      'string',
      'ModelPackageName',
      'The name of the model package (for a versioned package, its group name).',
    ),
    arn: field('string', 'ModelPackageArn', 'The ARN of the model package.'),
    groupName: field(
      'string',
      'ModelPackageGroupName',
      'The name of the model package group the package is a version of.',
    ),
    version: field('int', 'ModelPackageVersion', 'The version of the package within its group.'),
    status: field(
      'enum',
      'ModelPackageStatus',
      'The status: Pending, InProgress, Completed, Failed or Deleting.',
    ),
    approvalStatus: field(
      'enum',
      'ModelApprovalStatus',
      'The approval status: Approved, Rejected or PendingManualApproval.',
    ),
    creationTime: CREATION_TIME,
    lastModifiedTime: LAST_MODIFIED_TIME,
    description: field('string', 'ModelPackageDescription', 'The description of the package.'),
    domain: field('string', 'Domain', 'The machine learning domain, e.g. COMPUTER_VISION.'),
    task: field('string', 'Task', 'The machine learning task, e.g. IMAGE_CLASSIFICATION.'),
    stage: field('string', 'ModelLifeCycle.Stage', 'The model life cycle stage.'),
    container: {
      kind: 'nested',
      list: 'InferenceSpecification.Containers',
      typeName: 'ModelPackageContainerFilter',
      description: 'Matches when one inference container satisfies every condition given.',
      fields: {
        image: field(
          'string',
          'InferenceSpecification.Containers.Image',
          'The inference image of the container.',
        ),
        framework: field(
          'string',
          'InferenceSpecification.Containers.Framework',
          'The machine learning framework of the image.',
        ),
        frameworkVersion: field(
          'string',
          'InferenceSpecification.Containers.FrameworkVersion',
          'The version of the framework.',
        ),
        modelDataUrl: field(
          'string',
          'InferenceSpecification.Containers.ModelDataUrl',
          'The S3 path of the model artifacts.',
        ),
      },
    },
  },
  sortFields: {
    NAME: { property: 'ModelPackageName', description: 'By name.' },
    VERSION: { property: 'ModelPackageVersion', description: 'By version.' },
    STATUS: { property: 'ModelPackageStatus', description: 'By status.' },
    APPROVAL_STATUS: { property: 'ModelApprovalStatus', description: 'By approval status.' },
    CREATION_TIME: { property: 'CreationTime', description: 'By creation time.' },
    LAST_MODIFIED_TIME: { property: 'LastModifiedTime', description: 'By last modification.' },
  },
};

const MODEL_PACKAGE_GROUP: ResourceSearchSpec = {
  resource: 'ModelPackageGroup',
  noun: 'model package group',
  metrics: false,
  hyperParameters: false,
  fields: {
    name: field('string', 'ModelPackageGroupName', 'The name of the group.'),
    arn: field('string', 'ModelPackageGroupArn', 'The ARN of the group.'),
    status: field(
      'enum',
      'ModelPackageGroupStatus',
      'The status: Pending, InProgress, Completed, Failed, Deleting or DeleteFailed.',
    ),
    description: field('string', 'ModelPackageGroupDescription', 'The description of the group.'),
    creationTime: CREATION_TIME,
  },
  sortFields: {
    NAME: { property: 'ModelPackageGroupName', description: 'By name.' },
    STATUS: { property: 'ModelPackageGroupStatus', description: 'By status.' },
    CREATION_TIME: { property: 'CreationTime', description: 'By creation time.' },
  },
};

/** The filter and order catalogue of every resource: GraphQL field → Search property + kind. */
export const SEARCH_SPECS: Readonly<Record<SearchResource, ResourceSearchSpec>> = {
  TrainingJob: TRAINING_JOB,
  HyperParameterTuningJob: TUNING_JOB,
  Endpoint: ENDPOINT,
  ModelPackage: MODEL_PACKAGE,
  ModelPackageGroup: MODEL_PACKAGE_GROUP,
};
