import type { TrainingJob as TrainingJobRecord } from '@aws-sdk/client-sagemaker';
import { loadTrainingJobs, MAX_BATCH } from '../../sagemaker/training-job.js';
import {
  HyperParameterRef,
  KeyValuePairRef,
  keyValuePairs,
  listMember,
  present,
  TagRef,
  VpcConfigRef,
} from '../common.js';
import { resourceNode } from '../resource-node.js';
import { AlgorithmSpecificationRef } from './algorithm-specification.js';
import {
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
  ProfilerConfigRef,
  TensorBoardOutputConfigRef,
} from './debugger.js';
import {
  ExperimentConfigRef,
  MetricDataRef,
  ModelArtifactsRef,
  ModelPackageConfigRef,
  SecondaryStatusTransitionRef,
  WarmPoolStatusRef,
} from './parts.js';

export const TrainingJob = resourceNode<TrainingJobRecord>('TrainingJob', {
  description: 'A SageMaker training job. Its id is its ARN.',
  noun: 'training job',
  arnMember: 'TrainingJobArn',
  nameMember: 'TrainingJobName',
  loaderOptions: { maxBatchSize: MAX_BATCH },
  // Keyed by name (trainingJob) or ARN (node); both kinds share one Search per batch.
  load: (keys, context) =>
    loadTrainingJobs(context.sagemaker, keys, context.logger, context.guards?.TrainingJob),
  fields: (t) => ({
    tuningJobArn: t.exposeString('TuningJobArn', {
      nullable: true,
      description:
        'The ARN of the hyperparameter tuning job that launched this training job, if one did.',
    }),
    labelingJobArn: t.exposeString('LabelingJobArn', {
      nullable: true,
      description: 'The ARN of the labeling job, if any.',
    }),
    autoMLJobArn: t.exposeString('AutoMLJobArn', {
      nullable: true,
      description: 'The ARN of the AutoML job that launched this training job, if one did.',
    }),
    modelArtifacts: t.expose('ModelArtifacts', {
      type: ModelArtifactsRef,
      nullable: true,
      description: 'Where the model artifacts are stored; null until the job has produced them.',
    }),
    trainingJobStatus: t.string({
      nullable: false,
      description:
        'The status of the training job: InProgress, Completed, Failed, Stopping or Stopped (see secondaryStatus for detail).',
      resolve: (job) => present(job.TrainingJobStatus, 'TrainingJob.TrainingJobStatus'),
    }),
    secondaryStatus: t.exposeString('SecondaryStatus', {
      nullable: true,
      description:
        'The detailed status: Starting, Downloading, Training, Uploading (InProgress); Completed; Failed; MaxRuntimeExceeded, Stopped (Stopped); Stopping. Values are subject to change.',
    }),
    secondaryStatusTransitions: t.field({
      nullable: false,
      type: [SecondaryStatusTransitionRef],
      description: 'Every secondary status the job has gone through, oldest first.',
      resolve: listMember('SecondaryStatusTransitions'),
    }),
    failureReason: t.exposeString('FailureReason', {
      nullable: true,
      description: 'Why the training job failed, if it did.',
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
    algorithmSpecification: t.expose('AlgorithmSpecification', {
      type: AlgorithmSpecificationRef,
      nullable: true,
      description: 'The algorithm used for training, and its metadata.',
    }),
    roleArn: t.exposeString('RoleArn', {
      nullable: true,
      description: 'The IAM role the training job runs with.',
    }),
    inputDataConfig: t.field({
      nullable: false,
      type: [ChannelRef],
      description: 'The input data channels of the job.',
      resolve: listMember('InputDataConfig'),
    }),
    outputDataConfig: t.expose('OutputDataConfig', {
      type: OutputDataConfigRef,
      nullable: true,
      description: 'The S3 path (and KMS key) configured for the model artifacts.',
    }),
    resourceConfig: t.expose('ResourceConfig', {
      type: ResourceConfigRef,
      nullable: true,
      description: 'The ML compute instances and storage volumes configured for training.',
    }),
    warmPoolStatus: t.expose('WarmPoolStatus', {
      type: WarmPoolStatusRef,
      nullable: true,
      description: 'The state of the warm pool that keeps the job’s instances, if one does.',
    }),
    vpcConfig: t.expose('VpcConfig', {
      type: VpcConfigRef,
      nullable: true,
      description: 'The VPC the training job has access to, if any.',
    }),
    stoppingCondition: t.expose('StoppingCondition', {
      type: StoppingConditionRef,
      nullable: true,
      description:
        'The time limits after which SageMaker ends the job (with SIGTERM and 120 seconds to save artifacts).',
    }),
    creationTime: t.field({
      nullable: false,
      type: 'DateTime',
      description: 'When the training job was created.',
      resolve: (job) => present(job.CreationTime, 'TrainingJob.CreationTime'),
    }),
    trainingStartTime: t.expose('TrainingStartTime', {
      type: 'DateTime',
      nullable: true,
      description:
        'When training started on the instances; billing runs from here to trainingEndTime.',
    }),
    trainingEndTime: t.expose('TrainingEndTime', {
      type: 'DateTime',
      nullable: true,
      description:
        'When training ended on the instances: after the artifacts were uploaded, or when the failure was detected.',
    }),
    lastModifiedTime: t.expose('LastModifiedTime', {
      type: 'DateTime',
      nullable: true,
      description: 'When the status of the training job last changed.',
    }),
    trainingTimeInSeconds: t.expose('TrainingTimeInSeconds', {
      type: 'NonNegativeInt',
      nullable: true,
      description: 'The training time in seconds.',
    }),
    billableTimeInSeconds: t.expose('BillableTimeInSeconds', {
      type: 'NonNegativeInt',
      nullable: true,
      description:
        'The billable time in seconds (less than trainingTimeInSeconds with Spot savings).',
    }),
    finalMetricDataList: t.field({
      nullable: false,
      type: [MetricDataRef],
      description: 'The final values of the metrics the job emitted, set when it completes.',
      resolve: listMember('FinalMetricDataList'),
    }),
    metric: t.float({
      nullable: true,
      description: 'The final value of the named metric, or null when the job did not emit it.',
      args: { name: t.arg.string({ required: true, description: 'e.g. validation:accuracy' }) },
      resolve: (job, { name }) =>
        job.FinalMetricDataList?.find((metric) => metric.MetricName === name)?.Value ?? null,
    }),
    enableNetworkIsolation: t.exposeBoolean('EnableNetworkIsolation', {
      nullable: true,
      description: 'Whether the job runs with network isolation (no traffic beyond its VPC).',
    }),
    enableInterContainerTrafficEncryption: t.exposeBoolean(
      'EnableInterContainerTrafficEncryption',
      {
        nullable: true,
        description:
          'Whether traffic between the instances of a distributed job is encrypted (safer, possibly slower).',
      },
    ),
    enableManagedSpotTraining: t.exposeBoolean('EnableManagedSpotTraining', {
      nullable: true,
      description: 'Whether the job runs on EC2 Spot instances (managed Spot training).',
    }),
    checkpointConfig: t.expose('CheckpointConfig', {
      type: CheckpointConfigRef,
      nullable: true,
      description: 'Where the job saves checkpoints, if it does.',
    }),
    debugHookConfig: t.expose('DebugHookConfig', {
      type: DebugHookConfigRef,
      nullable: true,
      description: 'The Debugger hook parameters, tensor collections and storage paths.',
    }),
    experimentConfig: t.expose('ExperimentConfig', {
      type: ExperimentConfigRef,
      nullable: true,
      description: 'The experiment and trial the job belongs to as a trial component.',
    }),
    debugRuleConfigurations: t.field({
      nullable: false,
      type: [DebugRuleConfigurationRef],
      description: 'The Debugger rules configured for the job.',
      resolve: listMember('DebugRuleConfigurations'),
    }),
    tensorBoardOutputConfig: t.expose('TensorBoardOutputConfig', {
      type: TensorBoardOutputConfigRef,
      nullable: true,
      description: 'Where Debugger writes TensorBoard output, if configured.',
    }),
    debugRuleEvaluationStatuses: t.field({
      nullable: false,
      type: [DebugRuleEvaluationStatusRef],
      description: 'The evaluation status of each Debugger rule of the job.',
      resolve: listMember('DebugRuleEvaluationStatuses'),
    }),
    outputModelPackageArn: t.exposeString('OutputModelPackageArn', {
      nullable: true,
      description: 'The ARN of the model package the job registered its model as, if any.',
    }),
    modelPackageConfig: t.expose('ModelPackageConfig', {
      type: ModelPackageConfigRef,
      nullable: true,
      description: 'The model package group the job registers its model in, if any.',
    }),
    profilerConfig: t.expose('ProfilerConfig', {
      type: ProfilerConfigRef,
      nullable: true,
      description: 'How Debugger profiles the job, if configured.',
    }),
    environment: t.field({
      nullable: false,
      type: [KeyValuePairRef],
      description: 'The environment variables of the training container, sorted by name.',
      resolve: (job) => keyValuePairs(job.Environment),
    }),
    retryStrategy: t.expose('RetryStrategy', {
      type: RetryStrategyRef,
      nullable: true,
      description: 'How often the job is retried after an InternalServerError, if it is.',
    }),
    tags: t.field({
      nullable: false,
      type: [TagRef],
      description: 'The tags on the training job.',
      resolve: listMember('Tags'),
    }),
  }),
});
