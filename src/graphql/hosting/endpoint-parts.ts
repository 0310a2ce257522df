import type {
  AsyncInferenceConfig,
  CaptureContentTypeHeader,
  DataCaptureConfig,
  DataCaptureConfigSummary,
  MetricsConfig,
} from '@aws-sdk/client-sagemaker';
import { builder } from '../builder.js';
import { listMember, present } from '../common.js';

export const DataCaptureConfigSummaryRef = builder
  .objectRef<DataCaptureConfigSummary>('DataCaptureConfigSummary')
  .implement({
    description: 'The data capture currently active on an endpoint.',
    fields: (t) => ({
      enableCapture: t.boolean({
        nullable: false,
        description: 'Whether data capture is enabled.',
        resolve: (config) =>
          present(config.EnableCapture, 'DataCaptureConfigSummary.EnableCapture'),
      }),
      captureStatus: t.string({
        nullable: false,
        description: 'Whether capture currently works: Started or Stopped.',
        resolve: (config) =>
          present(config.CaptureStatus, 'DataCaptureConfigSummary.CaptureStatus'),
      }),
      currentSamplingPercentage: t.field({
        nullable: false,
        type: 'NonNegativeInt',
        description: 'The percentage of requests captured.',
        resolve: (config) =>
          present(
            config.CurrentSamplingPercentage,
            'DataCaptureConfigSummary.CurrentSamplingPercentage',
          ),
      }),
      destinationS3Uri: t.string({
        nullable: false,
        description: 'The S3 location the captured data goes to.',
        resolve: (config) =>
          present(config.DestinationS3Uri, 'DataCaptureConfigSummary.DestinationS3Uri'),
      }),
      kmsKeyId: t.exposeString('KmsKeyId', {
        nullable: true,
        description: 'The KMS key that encrypts the captured data in S3, if any.',
      }),
    }),
  });

const CaptureContentTypeHeaderRef = builder
  .objectRef<CaptureContentTypeHeader>('CaptureContentTypeHeader')
  .implement({
    description: 'Which content types are captured as CSV or JSON (others are base64 encoded).',
    fields: (t) => ({
      csvContentTypes: t.stringList({
        nullable: false,
        description: 'The content types captured as CSV.',
        resolve: listMember('CsvContentTypes'),
      }),
      jsonContentTypes: t.stringList({
        nullable: false,
        description: 'The content types captured as JSON.',
        resolve: listMember('JsonContentTypes'),
      }),
    }),
  });

export const DataCaptureConfigRef = builder
  .objectRef<DataCaptureConfig>('DataCaptureConfig')
  .implement({
    description: 'How an endpoint configuration captures inference requests and responses.',
    fields: (t) => ({
      enableCapture: t.boolean({
        nullable: false,
        description: 'Whether data capture is enabled (SageMaker’s default: true).',
        resolve: (config) => config.EnableCapture ?? true,
      }),
      initialSamplingPercentage: t.field({
        nullable: false,
        type: 'NonNegativeInt',
        description: 'The percentage of requests to capture.',
        resolve: (config) =>
          present(config.InitialSamplingPercentage, 'DataCaptureConfig.InitialSamplingPercentage'),
      }),
      destinationS3Uri: t.string({
        nullable: false,
        description: 'The S3 location the captured data goes to.',
        resolve: (config) => present(config.DestinationS3Uri, 'DataCaptureConfig.DestinationS3Uri'),
      }),
      kmsKeyId: t.exposeString('KmsKeyId', {
        nullable: true,
        description: 'The KMS key that encrypts the captured data in S3, if any.',
      }),
      captureModes: t.stringList({
        nullable: false,
        description: 'What is captured: Input, Output, or both (SageMaker’s CaptureOptions).',
        resolve: (config) =>
          (config.CaptureOptions ?? []).flatMap((option) =>
            option.CaptureMode === undefined ? [] : [option.CaptureMode],
          ),
      }),
      captureContentTypeHeader: t.expose('CaptureContentTypeHeader', {
        type: CaptureContentTypeHeaderRef,
        nullable: true,
        description: 'Which content types are captured as CSV or JSON, if set.',
      }),
    }),
  });

export const AsyncInferenceConfigRef = builder
  .objectRef<AsyncInferenceConfig>('AsyncInferenceConfig')
  .implement({
    description: 'How an endpoint serves asynchronous inference requests.',
    fields: (t) => ({
      maxConcurrentInvocationsPerInstance: t.field({
        type: 'NonNegativeInt',
        nullable: true,
        description:
          'The most concurrent requests sent to the model container per instance; null lets SageMaker choose.',
        resolve: (config) => config.ClientConfig?.MaxConcurrentInvocationsPerInstance ?? null,
      }),
      s3OutputPath: t.string({
        nullable: true,
        description: 'The S3 location inference responses are uploaded to.',
        resolve: (config) => config.OutputConfig?.S3OutputPath ?? null,
      }),
      s3FailurePath: t.string({
        nullable: true,
        description: 'The S3 location failed inference responses are uploaded to.',
        resolve: (config) => config.OutputConfig?.S3FailurePath ?? null,
      }),
      kmsKeyId: t.string({
        nullable: true,
        description: 'The KMS key that encrypts the inference output in S3, if any.',
        resolve: (config) => config.OutputConfig?.KmsKeyId ?? null,
      }),
      notificationConfig: t.field({
        type: 'JSON',
        nullable: true,
        description:
          'The SNS topics notified of results (SageMaker’s AsyncInferenceNotificationConfig, with SageMaker member names), if set.',
        resolve: (config) => config.OutputConfig?.NotificationConfig ?? null,
      }),
    }),
  });

export const MetricsConfigRef = builder.objectRef<MetricsConfig>('MetricsConfig').implement({
  description: 'Which utilization metrics an endpoint publishes to CloudWatch, and how often.',
  fields: (t) => ({
    enableEnhancedMetrics: t.exposeBoolean('EnableEnhancedMetrics', {
      nullable: true,
      description: 'Whether metrics at instance and container granularity are published.',
    }),
    enableDetailedObservability: t.exposeBoolean('EnableDetailedObservability', {
      nullable: true,
      description: 'Whether container-level inference metrics are scraped and published.',
    }),
    metricPublishFrequencyInSeconds: t.expose('MetricPublishFrequencyInSeconds', {
      type: 'NonNegativeInt',
      nullable: true,
      description: 'How often metrics are published, in seconds (SageMaker’s default: 60).',
    }),
  }),
});
