import type {
  ExperimentConfig,
  MetricData,
  ModelArtifacts,
  ModelPackageConfig,
  SecondaryStatusTransition,
  WarmPoolStatus,
} from '@aws-sdk/client-sagemaker';
import { builder } from '../builder.js';
import { present } from '../common.js';

export const MetricDataRef = builder.objectRef<MetricData>('MetricData').implement({
  description: 'The final value of a metric a training job emitted to CloudWatch.',
  fields: (t) => ({
    metricName: t.string({
      nullable: false,
      description: 'The name of the metric, e.g. validation:auc.',
      resolve: (metric) => present(metric.MetricName, 'MetricData.MetricName'),
    }),
    value: t.float({
      nullable: false,
      description: 'The value of the metric.',
      resolve: (metric) => present(metric.Value, 'MetricData.Value'),
    }),
    timestamp: t.expose('Timestamp', {
      type: 'DateTime',
      nullable: true,
      description: 'When the algorithm emitted the metric.',
    }),
  }),
});

export const ModelArtifactsRef = builder.objectRef<ModelArtifacts>('ModelArtifacts').implement({
  description: 'Where the model artifacts of a training job are stored.',
  fields: (t) => ({
    s3ModelArtifacts: t.string({
      nullable: false,
      description: 'The S3 object with the model artifacts, e.g. s3://bucket/prefix/model.tar.gz.',
      resolve: (artifacts) =>
        present(artifacts.S3ModelArtifacts, 'ModelArtifacts.S3ModelArtifacts'),
    }),
  }),
});

export const SecondaryStatusTransitionRef = builder
  .objectRef<SecondaryStatusTransition>('SecondaryStatusTransition')
  .implement({
    description: 'A secondary status a training job went through, and when.',
    fields: (t) => ({
      status: t.string({
        nullable: false,
        description:
          'The secondary status, e.g. Starting, Downloading, Training, Uploading, Completed, Failed, MaxRuntimeExceeded, Stopped.',
        resolve: (transition) => present(transition.Status, 'SecondaryStatusTransition.Status'),
      }),
      startTime: t.field({
        nullable: false,
        type: 'DateTime',
        description: 'When the job entered this status.',
        resolve: (transition) =>
          present(transition.StartTime, 'SecondaryStatusTransition.StartTime'),
      }),
      endTime: t.expose('EndTime', {
        type: 'DateTime',
        nullable: true,
        description: 'When the job left this status or ended; null while it is current.',
      }),
      statusMessage: t.exposeString('StatusMessage', {
        nullable: true,
        description:
          'A detailed description of the progress within the status. Subject to change: for display, not for logic.',
      }),
    }),
  });

export const ExperimentConfigRef = builder
  .objectRef<ExperimentConfig>('ExperimentConfig')
  .implement({
    description: 'The experiment and trial a job is associated with as a trial component.',
    fields: (t) => ({
      experimentName: t.exposeString('ExperimentName', {
        nullable: true,
        description: 'The name of the experiment.',
      }),
      trialName: t.exposeString('TrialName', {
        nullable: true,
        description: 'The name of the trial.',
      }),
      trialComponentDisplayName: t.exposeString('TrialComponentDisplayName', {
        nullable: true,
        description: 'The display name of the trial component (defaults to its name).',
      }),
      runName: t.exposeString('RunName', {
        nullable: true,
        description: 'The name of the experiment run.',
      }),
    }),
  });

export const WarmPoolStatusRef = builder.objectRef<WarmPoolStatus>('WarmPoolStatus').implement({
  description: 'The state of the warm pool that keeps a training job’s instances for reuse.',
  fields: (t) => ({
    status: t.string({
      nullable: false,
      description: 'The warm pool status: Available, Terminated, Reused or InUse.',
      resolve: (pool) => present(pool.Status, 'WarmPoolStatus.Status'),
    }),
    resourceRetainedBillableTimeInSeconds: t.expose('ResourceRetainedBillableTimeInSeconds', {
      type: 'NonNegativeInt',
      nullable: true,
      description: 'The billable time the warm pool has retained the instances.',
    }),
    reusedByJob: t.exposeString('ReusedByJob', {
      nullable: true,
      description: 'The name of the training job that reused the warm pool.',
    }),
  }),
});

export const ModelPackageConfigRef = builder
  .objectRef<ModelPackageConfig>('ModelPackageConfig')
  .implement({
    description: 'The model package group a training job registers its output model in.',
    fields: (t) => ({
      modelPackageGroupArn: t.string({
        nullable: false,
        description: 'The ARN of the model package group.',
        resolve: (config) =>
          present(config.ModelPackageGroupArn, 'ModelPackageConfig.ModelPackageGroupArn'),
      }),
      sourceModelPackageArn: t.exposeString('SourceModelPackageArn', {
        nullable: true,
        description: 'The ARN of the model package the output model derives from.',
      }),
    }),
  });
