import type { TrainingJob as TrainingJobRecord } from '@aws-sdk/client-sagemaker';
import { loadTrainingJobs, MAX_BATCH, TRAINING_JOB_NAME } from '../../sagemaker/training-job.js';
import { builder } from '../builder.js';
import {
  HyperParameterRef,
  KeyValuePairRef,
  keyValuePairs,
  listMember,
  present,
  TagRef,
  VpcConfigRef,
} from '../common.js';
import { requireName } from '../lookup.js';
import { resourceNode } from '../resource-node.js';
import {
  AlgorithmSpecificationRef,
  ChannelRef,
  CheckpointConfigRef,
  OutputDataConfigRef,
  ResourceConfigRef,
  RetryStrategyRef,
  StoppingConditionRef,
} from './config.js';
import {
  DebugHookConfigRef,
  DebugRuleConfigurationRef,
  DebugRuleEvaluationStatusRef,
  ExperimentConfigRef,
  MetricDataRef,
  ModelArtifactsRef,
  ModelPackageConfigRef,
  ProfilerConfigRef,
  SecondaryStatusTransitionRef,
  TensorBoardOutputConfigRef,
  WarmPoolStatusRef,
} from './parts.js';

export const TrainingJob = resourceNode<TrainingJobRecord>('TrainingJob', {
  description: 'A SageMaker training job. Its id is its ARN.',
  noun: 'training job',
  arnMember: 'TrainingJobArn',
  nameMember: 'TrainingJobName',
  loaderOptions: { maxBatchSize: MAX_BATCH },
  // Keyed by name (trainingJob) or ARN (node); both kinds share one Search per batch.
  load: (keys, context) => loadTrainingJobs(context.sagemaker, keys, context.logger),
  fields: (t) => ({
    tuningJobArn: t.string({
      nullable: true,
      description:
        'The ARN of the hyperparameter tuning job that launched this training job, if one did.',
      resolve: (job) => job.TuningJobArn ?? null,
    }),
    labelingJobArn: t.string({
      nullable: true,
      description: 'The ARN of the labeling job, if any.',
      resolve: (job) => job.LabelingJobArn ?? null,
    }),
    autoMLJobArn: t.string({
      nullable: true,
      description: 'The ARN of the AutoML job that launched this training job, if one did.',
      resolve: (job) => job.AutoMLJobArn ?? null,
    }),
    modelArtifacts: t.field({
      type: ModelArtifactsRef,
      nullable: true,
      description: 'Where the model artifacts are stored; null until the job has produced them.',
      resolve: (job) => job.ModelArtifacts ?? null,
    }),
    trainingJobStatus: t.string({
      nullable: false,
      description:
        'The status of the training job: InProgress, Completed, Failed, Stopping or Stopped (see secondaryStatus for detail).',
      resolve: (job) => present(job.TrainingJobStatus, 'TrainingJob.TrainingJobStatus'),
    }),
    secondaryStatus: t.string({
      nullable: true,
      description:
        'The detailed status: Starting, Downloading, Training, Uploading (InProgress); Completed; Failed; MaxRuntimeExceeded, Stopped (Stopped); Stopping. Values are subject to change.',
      resolve: (job) => job.SecondaryStatus ?? null,
    }),
    secondaryStatusTransitions: t.field({
      nullable: false,
      type: [SecondaryStatusTransitionRef],
      description: 'Every secondary status the job has gone through, oldest first.',
      resolve: (job) => job.SecondaryStatusTransitions ?? [],
    }),
    failureReason: t.string({
      nullable: true,
      description: 'Why the training job failed, if it did.',
      resolve: (job) => job.FailureReason ?? null,
    }),
    hyperParameters: t.field({
      nullable: false,
      type: [HyperParameterRef],
      description: 'The algorithm-specific parameters of the job, sorted by key.',
      resolve: (job) => keyValuePairs(job.HyperParameters),
    }),
    hyperParameter: t.string({
      nullable: true,
      description: 'The value of the named hyperparameter, or null when the job does not set it.',
      args: { name: t.arg.string({ required: true, description: 'e.g. eta' }) },
      resolve: (job, { name }) =>
        job.HyperParameters !== undefined && Object.hasOwn(job.HyperParameters, name)
          ? (job.HyperParameters[name] ?? null)
          : null,
    }),
    algorithmSpecification: t.field({
      type: AlgorithmSpecificationRef,
      nullable: true,
      description: 'The algorithm used for training, and its metadata.',
      resolve: (job) => job.AlgorithmSpecification ?? null,
    }),
    roleArn: t.string({
      nullable: true,
      description: 'The IAM role the training job runs with.',
      resolve: (job) => job.RoleArn ?? null,
    }),
    inputDataConfig: t.field({
      nullable: false,
      type: [ChannelRef],
      description: 'The input data channels of the job.',
      resolve: (job) => job.InputDataConfig ?? [],
    }),
    outputDataConfig: t.field({
      type: OutputDataConfigRef,
      nullable: true,
      description: 'The S3 path (and KMS key) configured for the model artifacts.',
      resolve: (job) => job.OutputDataConfig ?? null,
    }),
    resourceConfig: t.field({
      type: ResourceConfigRef,
      nullable: true,
      description: 'The ML compute instances and storage volumes configured for training.',
      resolve: (job) => job.ResourceConfig ?? null,
    }),
    warmPoolStatus: t.field({
      type: WarmPoolStatusRef,
      nullable: true,
      description: 'The state of the warm pool that keeps the job’s instances, if one does.',
      resolve: (job) => job.WarmPoolStatus ?? null,
    }),
    vpcConfig: t.field({
      type: VpcConfigRef,
      nullable: true,
      description: 'The VPC the training job has access to, if any.',
      resolve: (job) => job.VpcConfig ?? null,
    }),
    stoppingCondition: t.field({
      type: StoppingConditionRef,
      nullable: true,
      description:
        'The time limits after which SageMaker ends the job (with SIGTERM and 120 seconds to save artifacts).',
      resolve: (job) => job.StoppingCondition ?? null,
    }),
    creationTime: t.field({
      nullable: false,
      type: 'DateTime',
      description: 'When the training job was created.',
      resolve: (job) => present(job.CreationTime, 'TrainingJob.CreationTime'),
    }),
    trainingStartTime: t.field({
      type: 'DateTime',
      nullable: true,
      description:
        'When training started on the instances; billing runs from here to trainingEndTime.',
      resolve: (job) => job.TrainingStartTime ?? null,
    }),
    trainingEndTime: t.field({
      type: 'DateTime',
      nullable: true,
      description:
        'When training ended on the instances: after the artifacts were uploaded, or when the failure was detected.',
      resolve: (job) => job.TrainingEndTime ?? null,
    }),
    lastModifiedTime: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When the status of the training job last changed.',
      resolve: (job) => job.LastModifiedTime ?? null,
    }),
    trainingTimeInSeconds: t.field({
      type: 'NonNegativeInt',
      nullable: true,
      description: 'The training time in seconds.',
      resolve: (job) => job.TrainingTimeInSeconds ?? null,
    }),
    billableTimeInSeconds: t.field({
      type: 'NonNegativeInt',
      nullable: true,
      description:
        'The billable time in seconds (less than trainingTimeInSeconds with Spot savings).',
      resolve: (job) => job.BillableTimeInSeconds ?? null,
    }),
    finalMetricDataList: t.field({
      nullable: false,
      type: [MetricDataRef],
      description: 'The final values of the metrics the job emitted, set when it completes.',
      resolve: (job) => job.FinalMetricDataList ?? [],
    }),
    metric: t.float({
      nullable: true,
      description: 'The final value of the named metric, or null when the job did not emit it.',
      args: { name: t.arg.string({ required: true, description: 'e.g. validation:accuracy' }) },
      resolve: (job, { name }) =>
        job.FinalMetricDataList?.find((metric) => metric.MetricName === name)?.Value ?? null,
    }),
    enableNetworkIsolation: t.boolean({
      nullable: true,
      description: 'Whether the job runs with network isolation (no traffic beyond its VPC).',
      resolve: (job) => job.EnableNetworkIsolation ?? null,
    }),
    enableInterContainerTrafficEncryption: t.boolean({
      nullable: true,
      description:
        'Whether traffic between the instances of a distributed job is encrypted (safer, possibly slower).',
      resolve: (job) => job.EnableInterContainerTrafficEncryption ?? null,
    }),
    enableManagedSpotTraining: t.boolean({
      nullable: true,
      description: 'Whether the job runs on EC2 Spot instances (managed Spot training).',
      resolve: (job) => job.EnableManagedSpotTraining ?? null,
    }),
    checkpointConfig: t.field({
      type: CheckpointConfigRef,
      nullable: true,
      description: 'Where the job saves checkpoints, if it does.',
      resolve: (job) => job.CheckpointConfig ?? null,
    }),
    debugHookConfig: t.field({
      type: DebugHookConfigRef,
      nullable: true,
      description: 'The Debugger hook parameters, tensor collections and storage paths.',
      resolve: (job) => job.DebugHookConfig ?? null,
    }),
    experimentConfig: t.field({
      type: ExperimentConfigRef,
      nullable: true,
      description: 'The experiment and trial the job belongs to as a trial component.',
      resolve: (job) => job.ExperimentConfig ?? null,
    }),
    debugRuleConfigurations: t.field({
      nullable: false,
      type: [DebugRuleConfigurationRef],
      description: 'The Debugger rules configured for the job.',
      resolve: (job) => job.DebugRuleConfigurations ?? [],
    }),
    tensorBoardOutputConfig: t.field({
      type: TensorBoardOutputConfigRef,
      nullable: true,
      description: 'Where Debugger writes TensorBoard output, if configured.',
      resolve: (job) => job.TensorBoardOutputConfig ?? null,
    }),
    debugRuleEvaluationStatuses: t.field({
      nullable: false,
      type: [DebugRuleEvaluationStatusRef],
      description: 'The evaluation status of each Debugger rule of the job.',
      resolve: (job) => job.DebugRuleEvaluationStatuses ?? [],
    }),
    outputModelPackageArn: t.string({
      nullable: true,
      description: 'The ARN of the model package the job registered its model as, if any.',
      resolve: (job) => job.OutputModelPackageArn ?? null,
    }),
    modelPackageConfig: t.field({
      type: ModelPackageConfigRef,
      nullable: true,
      description: 'The model package group the job registers its model in, if any.',
      resolve: (job) => job.ModelPackageConfig ?? null,
    }),
    profilerConfig: t.field({
      type: ProfilerConfigRef,
      nullable: true,
      description: 'How Debugger profiles the job, if configured.',
      resolve: (job) => job.ProfilerConfig ?? null,
    }),
    environment: t.field({
      nullable: false,
      type: [KeyValuePairRef],
      description: 'The environment variables of the training container, sorted by name.',
      resolve: (job) => keyValuePairs(job.Environment),
    }),
    retryStrategy: t.field({
      type: RetryStrategyRef,
      nullable: true,
      description: 'How often the job is retried after an InternalServerError, if it is.',
      resolve: (job) => job.RetryStrategy ?? null,
    }),
    tags: t.field({
      nullable: false,
      type: [TagRef],
      description: 'The tags on the training job.',
      resolve: listMember('Tags'),
    }),
  }),
});

builder.queryField('trainingJob', (t) =>
  t.field({
    type: TrainingJob,
    nullable: true,
    description: 'The training job with this name, or null when there is none.',
    args: { name: t.arg.string({ required: true, description: 'The name of the training job.' }) },
    resolve: (_root, { name }) => requireName(name, TRAINING_JOB_NAME, 'a training job'),
  }),
);

// A federation entity keyed by ARN or by name (unique per account and region); a supergraph's
// representations batch into the same loader as node and list lookups.
builder.asEntity(TrainingJob, {
  key: [builder.selection<{ arn: string }>('arn'), builder.selection<{ name: string }>('name')],
  resolveReference: (ref, context) =>
    TrainingJob.getDataloader(context).load('arn' in ref ? ref.arn : ref.name),
});
