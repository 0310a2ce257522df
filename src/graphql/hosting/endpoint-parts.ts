import type {
  AsyncInferenceConfig,
  CaptureContentTypeHeader,
  DataCaptureConfig,
  DataCaptureConfigSummary,
  DeployedImage,
  InstancePool,
  InstancePoolSummary,
  MetricsConfig,
  PendingDeploymentSummary,
  PendingProductionVariantSummary,
  ProductionVariantCapacityReservationConfig,
  ProductionVariantCoreDumpConfig,
  ProductionVariantManagedInstanceScaling,
  ProductionVariantRoutingConfig,
  ProductionVariantServerlessConfig,
  ProductionVariantStatus,
} from '@aws-sdk/client-sagemaker';
import { builder } from '../builder.js';
import { present } from '../common.js';

export const DeployedImageRef = builder.objectRef<DeployedImage>('DeployedImage').implement({
  description:
    'An inference image deployed on the instances of a variant, and its resolved digest.',
  fields: (t) => ({
    specifiedImage: t.string({
      nullable: true,
      description: 'The image path given when the model was created.',
      resolve: (image) => image.SpecifiedImage ?? null,
    }),
    resolvedImage: t.string({
      nullable: true,
      description: 'The digest path of the image actually hosted by the variant.',
      resolve: (image) => image.ResolvedImage ?? null,
    }),
    resolutionTime: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When the specified image path resolved to resolvedImage.',
      resolve: (image) => image.ResolutionTime ?? null,
    }),
  }),
});

export const ProductionVariantStatusRef = builder
  .objectRef<ProductionVariantStatus>('ProductionVariantStatus')
  .implement({
    description: 'A deployment stage or operational status of a variant.',
    fields: (t) => ({
      status: t.string({
        nullable: false,
        description:
          'Creating, Deleting, Updating, ActivatingTraffic or Baking (waiting after traffic moved, in a blue/green deployment). Values may grow.',
        resolve: (status) => present(status.Status, 'ProductionVariantStatus.Status'),
      }),
      statusMessage: t.string({
        nullable: true,
        description: 'A message that describes the status.',
        resolve: (status) => status.StatusMessage ?? null,
      }),
      startTime: t.field({
        type: 'DateTime',
        nullable: true,
        description: 'When this status began.',
        resolve: (status) => status.StartTime ?? null,
      }),
    }),
  });

export const ServerlessConfigRef = builder
  .objectRef<ProductionVariantServerlessConfig>('ProductionVariantServerlessConfig')
  .implement({
    description: 'The memory and concurrency of a serverless variant.',
    fields: (t) => ({
      memorySizeInMB: t.field({
        nullable: false,
        type: 'NonNegativeInt',
        description: 'The memory size, in 1 GB steps from 1024 to 6144 MB.',
        resolve: (config) =>
          present(config.MemorySizeInMB, 'ProductionVariantServerlessConfig.MemorySizeInMB'),
      }),
      maxConcurrency: t.field({
        nullable: false,
        type: 'NonNegativeInt',
        description: 'The most concurrent invocations the variant processes.',
        resolve: (config) =>
          present(config.MaxConcurrency, 'ProductionVariantServerlessConfig.MaxConcurrency'),
      }),
      provisionedConcurrency: t.field({
        type: 'NonNegativeInt',
        nullable: true,
        description: 'The provisioned concurrency (at most maxConcurrency), if any.',
        resolve: (config) => config.ProvisionedConcurrency ?? null,
      }),
    }),
  });

export const InstancePoolSummaryRef = builder
  .objectRef<InstancePoolSummary>('InstancePoolSummary')
  .implement({
    description: 'The instances of one type that currently serve a variant.',
    fields: (t) => ({
      instanceType: t.string({
        nullable: false,
        description: 'The ML compute instance type, e.g. ml.m5.xlarge.',
        resolve: (pool) => present(pool.InstanceType, 'InstancePoolSummary.InstanceType'),
      }),
      currentInstanceCount: t.field({
        nullable: false,
        type: 'NonNegativeInt',
        description: 'How many instances of this type serve the variant now.',
        resolve: (pool) =>
          present(pool.CurrentInstanceCount, 'InstancePoolSummary.CurrentInstanceCount'),
      }),
    }),
  });

export const InstancePoolRef = builder.objectRef<InstancePool>('InstancePool').implement({
  description: 'An instance type a variant may run on, with its provisioning priority.',
  fields: (t) => ({
    instanceType: t.string({
      nullable: false,
      description: 'The ML compute instance type, e.g. ml.g5.xlarge.',
      resolve: (pool) => present(pool.InstanceType, 'InstancePool.InstanceType'),
    }),
    priority: t.field({
      nullable: false,
      type: 'NonNegativeInt',
      description: 'The provisioning priority; SageMaker tries the lowest value first.',
      resolve: (pool) => present(pool.Priority, 'InstancePool.Priority'),
    }),
    modelNameOverride: t.string({
      nullable: true,
      description: 'A model to run on this pool instead of the variant’s model, if any.',
      resolve: (pool) => pool.ModelNameOverride ?? null,
    }),
  }),
});

export const ManagedInstanceScalingRef = builder
  .objectRef<ProductionVariantManagedInstanceScaling>('ProductionVariantManagedInstanceScaling')
  .implement({
    description: 'The range of instances the endpoint scales a variant within.',
    fields: (t) => ({
      status: t.string({
        nullable: true,
        description: 'ENABLED or DISABLED.',
        resolve: (scaling) => scaling.Status ?? null,
      }),
      minInstanceCount: t.field({
        type: 'NonNegativeInt',
        nullable: true,
        description: 'The fewest instances the variant keeps when traffic falls.',
        resolve: (scaling) => scaling.MinInstanceCount ?? null,
      }),
      maxInstanceCount: t.field({
        type: 'NonNegativeInt',
        nullable: true,
        description: 'The most instances the variant provisions when traffic grows.',
        resolve: (scaling) => scaling.MaxInstanceCount ?? null,
      }),
      scaleInPolicy: t.field({
        type: 'JSON',
        nullable: true,
        description:
          'How instances are scaled in (SageMaker’s ScaleInPolicy: Strategy, MaximumStepSize, CooldownInMinutes), if set.',
        resolve: (scaling) => scaling.ScaleInPolicy ?? null,
      }),
    }),
  });

export const RoutingConfigRef = builder
  .objectRef<ProductionVariantRoutingConfig>('ProductionVariantRoutingConfig')
  .implement({
    description: 'How the endpoint routes requests among the instances of a variant.',
    fields: (t) => ({
      routingStrategy: t.string({
        nullable: false,
        description: 'LEAST_OUTSTANDING_REQUESTS, RANDOM or PREFIX_AWARE. Values may grow.',
        resolve: (config) =>
          present(config.RoutingStrategy, 'ProductionVariantRoutingConfig.RoutingStrategy'),
      }),
      prefixAwareRoutingConfig: t.field({
        type: 'JSON',
        nullable: true,
        description:
          'The prefix-aware routing settings (SageMaker’s PrefixLength, ConcurrencyThreshold), if set.',
        resolve: (config) => config.PrefixAwareRoutingConfig ?? null,
      }),
    }),
  });

export const CoreDumpConfigRef = builder
  .objectRef<ProductionVariantCoreDumpConfig>('ProductionVariantCoreDumpConfig')
  .implement({
    description: 'Where a crashing model container’s core dump goes.',
    fields: (t) => ({
      destinationS3Uri: t.string({
        nullable: false,
        description: 'The S3 location for core dumps.',
        resolve: (config) =>
          present(config.DestinationS3Uri, 'ProductionVariantCoreDumpConfig.DestinationS3Uri'),
      }),
      kmsKeyId: t.string({
        nullable: true,
        description: 'The KMS key that encrypts the core dumps at rest, if any.',
        resolve: (config) => config.KmsKeyId ?? null,
      }),
    }),
  });

export const CapacityReservationConfigRef = builder
  .objectRef<ProductionVariantCapacityReservationConfig>(
    'ProductionVariantCapacityReservationConfig',
  )
  .implement({
    description: 'The ML capacity reservation a variant’s instances are launched into.',
    fields: (t) => ({
      capacityReservationPreference: t.string({
        nullable: true,
        description: 'e.g. capacity-reservations-only.',
        resolve: (config) => config.CapacityReservationPreference ?? null,
      }),
      mlReservationArn: t.string({
        nullable: true,
        description: 'The ARN of the ML capacity reservation.',
        resolve: (config) => config.MlReservationArn ?? null,
      }),
    }),
  });

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
      kmsKeyId: t.string({
        nullable: true,
        description: 'The KMS key that encrypts the captured data in S3, if any.',
        resolve: (config) => config.KmsKeyId ?? null,
      }),
    }),
  });

export const CaptureContentTypeHeaderRef = builder
  .objectRef<CaptureContentTypeHeader>('CaptureContentTypeHeader')
  .implement({
    description: 'Which content types are captured as CSV or JSON (others are base64 encoded).',
    fields: (t) => ({
      csvContentTypes: t.stringList({
        nullable: false,
        description: 'The content types captured as CSV.',
        resolve: (header) => header.CsvContentTypes ?? [],
      }),
      jsonContentTypes: t.stringList({
        nullable: false,
        description: 'The content types captured as JSON.',
        resolve: (header) => header.JsonContentTypes ?? [],
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
      kmsKeyId: t.string({
        nullable: true,
        description: 'The KMS key that encrypts the captured data in S3, if any.',
        resolve: (config) => config.KmsKeyId ?? null,
      }),
      captureModes: t.stringList({
        nullable: false,
        description: 'What is captured: Input, Output, or both (SageMaker’s CaptureOptions).',
        resolve: (config) =>
          (config.CaptureOptions ?? []).flatMap((option) =>
            option.CaptureMode === undefined ? [] : [option.CaptureMode],
          ),
      }),
      captureContentTypeHeader: t.field({
        type: CaptureContentTypeHeaderRef,
        nullable: true,
        description: 'Which content types are captured as CSV or JSON, if set.',
        resolve: (config) => config.CaptureContentTypeHeader ?? null,
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
    enableEnhancedMetrics: t.boolean({
      nullable: true,
      description: 'Whether metrics at instance and container granularity are published.',
      resolve: (config) => config.EnableEnhancedMetrics ?? null,
    }),
    enableDetailedObservability: t.boolean({
      nullable: true,
      description: 'Whether container-level inference metrics are scraped and published.',
      resolve: (config) => config.EnableDetailedObservability ?? null,
    }),
    metricPublishFrequencyInSeconds: t.field({
      type: 'NonNegativeInt',
      nullable: true,
      description: 'How often metrics are published, in seconds (SageMaker’s default: 60).',
      resolve: (config) => config.MetricPublishFrequencyInSeconds ?? null,
    }),
  }),
});

export const PendingProductionVariantSummaryRef = builder
  .objectRef<PendingProductionVariantSummary>('PendingProductionVariantSummary')
  .implement({
    description: 'A variant as an in-progress deployment is making it.',
    fields: (t) => ({
      variantName: t.string({
        nullable: false,
        description: 'The name of the variant.',
        resolve: (variant) =>
          present(variant.VariantName, 'PendingProductionVariantSummary.VariantName'),
      }),
      deployedImages: t.field({
        nullable: false,
        type: [DeployedImageRef],
        description: 'The inference images being deployed, with their resolved digests.',
        resolve: (variant) => variant.DeployedImages ?? [],
      }),
      currentWeight: t.field({
        type: 'NonNegativeFloat',
        nullable: true,
        description: 'The traffic weight the variant has now.',
        resolve: (variant) => variant.CurrentWeight ?? null,
      }),
      desiredWeight: t.field({
        type: 'NonNegativeFloat',
        nullable: true,
        description:
          'The traffic weight this deployment gives the variant (from its endpoint configuration).',
        resolve: (variant) => variant.DesiredWeight ?? null,
      }),
      currentInstanceCount: t.field({
        type: 'NonNegativeInt',
        nullable: true,
        description: 'How many instances serve the variant now.',
        resolve: (variant) => variant.CurrentInstanceCount ?? null,
      }),
      desiredInstanceCount: t.field({
        type: 'NonNegativeInt',
        nullable: true,
        description: 'How many instances this deployment gives the variant.',
        resolve: (variant) => variant.DesiredInstanceCount ?? null,
      }),
      instanceType: t.string({
        nullable: true,
        description: 'The ML compute instance type of the variant, e.g. ml.m5.xlarge.',
        resolve: (variant) => variant.InstanceType ?? null,
      }),
      instancePools: t.field({
        nullable: false,
        type: [InstancePoolSummaryRef],
        description: 'The instances per type serving the variant now.',
        resolve: (variant) => variant.InstancePools ?? [],
      }),
      acceleratorType: t.string({
        nullable: true,
        description:
          'The Elastic Inference accelerator (no longer supported by SageMaker), if any.',
        resolve: (variant) => variant.AcceleratorType ?? null,
      }),
      variantStatus: t.field({
        nullable: false,
        type: [ProductionVariantStatusRef],
        description: 'The deployment stages the variant is in.',
        resolve: (variant) => variant.VariantStatus ?? [],
      }),
      currentServerlessConfig: t.field({
        type: ServerlessConfigRef,
        nullable: true,
        description: 'The serverless configuration in effect now, for a serverless variant.',
        resolve: (variant) => variant.CurrentServerlessConfig ?? null,
      }),
      desiredServerlessConfig: t.field({
        type: ServerlessConfigRef,
        nullable: true,
        description:
          'The serverless configuration this deployment applies, for a serverless variant.',
        resolve: (variant) => variant.DesiredServerlessConfig ?? null,
      }),
      managedInstanceScaling: t.field({
        type: ManagedInstanceScalingRef,
        nullable: true,
        description: 'The range of instances the variant scales within, if set.',
        resolve: (variant) => variant.ManagedInstanceScaling ?? null,
      }),
      routingConfig: t.field({
        type: RoutingConfigRef,
        nullable: true,
        description: 'How requests are routed among the variant’s instances, if set.',
        resolve: (variant) => variant.RoutingConfig ?? null,
      }),
    }),
  });

export const PendingDeploymentSummaryRef = builder
  .objectRef<PendingDeploymentSummary>('PendingDeploymentSummary')
  .implement({
    description: 'An in-progress deployment of a new endpoint configuration.',
    fields: (t) => ({
      endpointConfigName: t.string({
        nullable: false,
        description: 'The endpoint configuration being deployed.',
        resolve: (summary) =>
          present(summary.EndpointConfigName, 'PendingDeploymentSummary.EndpointConfigName'),
      }),
      productionVariants: t.field({
        nullable: false,
        type: [PendingProductionVariantSummaryRef],
        description: 'The variants being deployed.',
        resolve: (summary) => summary.ProductionVariants ?? [],
      }),
      shadowProductionVariants: t.field({
        nullable: false,
        type: [PendingProductionVariantSummaryRef],
        description: 'The shadow variants being deployed.',
        resolve: (summary) => summary.ShadowProductionVariants ?? [],
      }),
      startTime: t.field({
        type: 'DateTime',
        nullable: true,
        description: 'When the deployment started.',
        resolve: (summary) => summary.StartTime ?? null,
      }),
    }),
  });
