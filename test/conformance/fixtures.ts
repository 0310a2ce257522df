import type {
  CreateEndpointConfigInput,
  CreateHyperParameterTuningJobRequest,
  CreateModelInput,
  CreateModelPackageInput,
  CreateTrainingJobRequest,
  Tag,
} from '@aws-sdk/client-sagemaker';

/** Requests sent unchanged to both backends. Every optional field that a service might default is
 * given explicitly, so a difference in the answer is a difference in behaviour, not in defaults. */

export const ROLE = 'arn:aws:iam::123456789012:role/SageMakerRole';
const IMAGE = '683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1';

export const tags = (entries: Record<string, string>): Tag[] =>
  Object.entries(entries).map(([Key, Value]) => ({ Key, Value }));

export const trainingJob = (
  name: string,
  extra: Partial<CreateTrainingJobRequest> = {},
): CreateTrainingJobRequest => ({
  TrainingJobName: name,
  RoleArn: ROLE,
  AlgorithmSpecification: {
    TrainingImage: IMAGE,
    TrainingInputMode: 'File',
    MetricDefinitions: [{ Name: 'validation:accuracy', Regex: 'accuracy=([0-9.]+)' }],
  },
  HyperParameters: { lr: '0.1', epochs: '10' },
  InputDataConfig: [
    {
      ChannelName: 'train',
      DataSource: {
        S3DataSource: {
          S3DataType: 'S3Prefix',
          S3Uri: `s3://ml-data/${name}/train/`,
          S3DataDistributionType: 'FullyReplicated',
        },
      },
      ContentType: 'text/csv',
      CompressionType: 'None',
      RecordWrapperType: 'None',
    },
  ],
  OutputDataConfig: { S3OutputPath: 's3://ml-artifacts/output', KmsKeyId: 'alias/sagemaker' },
  ResourceConfig: { InstanceType: 'ml.m5.xlarge', InstanceCount: 1, VolumeSizeInGB: 30 },
  StoppingCondition: { MaxRuntimeInSeconds: 3600 },
  ...extra,
});

export const tuningJob = (name: string): CreateHyperParameterTuningJobRequest => ({
  HyperParameterTuningJobName: name,
  HyperParameterTuningJobConfig: {
    Strategy: 'Bayesian',
    ResourceLimits: { MaxNumberOfTrainingJobs: 4, MaxParallelTrainingJobs: 2 },
    HyperParameterTuningJobObjective: { Type: 'Maximize', MetricName: 'validation:accuracy' },
    ParameterRanges: {
      IntegerParameterRanges: [
        { Name: 'max_depth', MinValue: '3', MaxValue: '10', ScalingType: 'Linear' },
      ],
      ContinuousParameterRanges: [
        { Name: 'eta', MinValue: '0.01', MaxValue: '0.3', ScalingType: 'Logarithmic' },
      ],
      CategoricalParameterRanges: [{ Name: 'booster', Values: ['gbtree', 'dart'] }],
    },
  },
  TrainingJobDefinition: {
    StaticHyperParameters: { num_round: '100', objective: 'binary:logistic' },
    AlgorithmSpecification: {
      TrainingImage: IMAGE,
      TrainingInputMode: 'File',
    },
    RoleArn: ROLE,
    OutputDataConfig: { S3OutputPath: `s3://ml-artifacts/${name}` },
    ResourceConfig: { InstanceType: 'ml.m5.xlarge', InstanceCount: 1, VolumeSizeInGB: 30 },
    StoppingCondition: { MaxRuntimeInSeconds: 3600 },
  },
  Tags: tags({ team: 'fraud' }),
});

export const model = (name: string): CreateModelInput => ({
  ModelName: name,
  ExecutionRoleArn: ROLE,
  PrimaryContainer: {
    Image: IMAGE,
    ModelDataUrl: `s3://ml-artifacts/${name}/model.tar.gz`,
    Environment: { SAGEMAKER_PROGRAM: 'inference.py' },
  },
});

/** Two variants, A/B 70/30; ml.m5.large is on moto's (short) instance-type list. */
export const endpointConfig = (
  name: string,
  models: readonly [string, string],
): CreateEndpointConfigInput => ({
  EndpointConfigName: name,
  ProductionVariants: [
    {
      VariantName: 'A',
      ModelName: models[0],
      InitialInstanceCount: 2,
      InstanceType: 'ml.m5.large',
      InitialVariantWeight: 0.7,
    },
    {
      VariantName: 'B',
      ModelName: models[1],
      InitialInstanceCount: 1,
      InstanceType: 'ml.m5.large',
      InitialVariantWeight: 0.3,
    },
  ],
  KmsKeyId: 'alias/sagemaker',
});

export const versionedPackage = (
  group: string,
  approval: 'Approved' | 'PendingManualApproval' | 'Rejected',
  n: number,
): CreateModelPackageInput => ({
  ModelPackageGroupName: group,
  ModelPackageDescription: `${group} candidate ${n}`,
  ModelApprovalStatus: approval,
  InferenceSpecification: {
    Containers: [{ Image: IMAGE, ModelDataUrl: `s3://ml-artifacts/${group}/${n}/model.tar.gz` }],
    SupportedContentTypes: ['text/csv'],
    SupportedResponseMIMETypes: ['text/csv'],
    SupportedRealtimeInferenceInstanceTypes: ['ml.m5.large'],
    SupportedTransformInstanceTypes: ['ml.m5.large'],
  },
  CustomerMetadataProperties: { candidate: String(n) },
});
