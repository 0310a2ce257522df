import type {
  DeployedImage,
  InstancePool,
  InstancePoolSummary,
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
    specifiedImage: t.exposeString('SpecifiedImage', {
      nullable: true,
      description: 'The image path given when the model was created.',
    }),
    resolvedImage: t.exposeString('ResolvedImage', {
      nullable: true,
      description: 'The digest path of the image actually hosted by the variant.',
    }),
    resolutionTime: t.expose('ResolutionTime', {
      type: 'DateTime',
      nullable: true,
      description: 'When the specified image path resolved to resolvedImage.',
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
      statusMessage: t.exposeString('StatusMessage', {
        nullable: true,
        description: 'A message that describes the status.',
      }),
      startTime: t.expose('StartTime', {
        type: 'DateTime',
        nullable: true,
        description: 'When this status began.',
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
      provisionedConcurrency: t.expose('ProvisionedConcurrency', {
        type: 'NonNegativeInt',
        nullable: true,
        description: 'The provisioned concurrency (at most maxConcurrency), if any.',
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
    modelNameOverride: t.exposeString('ModelNameOverride', {
      nullable: true,
      description: 'A model to run on this pool instead of the variant’s model, if any.',
    }),
  }),
});

export const ManagedInstanceScalingRef = builder
  .objectRef<ProductionVariantManagedInstanceScaling>('ProductionVariantManagedInstanceScaling')
  .implement({
    description: 'The range of instances the endpoint scales a variant within.',
    fields: (t) => ({
      status: t.exposeString('Status', { nullable: true, description: 'ENABLED or DISABLED.' }),
      minInstanceCount: t.expose('MinInstanceCount', {
        type: 'NonNegativeInt',
        nullable: true,
        description: 'The fewest instances the variant keeps when traffic falls.',
      }),
      maxInstanceCount: t.expose('MaxInstanceCount', {
        type: 'NonNegativeInt',
        nullable: true,
        description: 'The most instances the variant provisions when traffic grows.',
      }),
      scaleInPolicy: t.expose('ScaleInPolicy', {
        type: 'JSON',
        nullable: true,
        description:
          'How instances are scaled in (SageMaker’s ScaleInPolicy: Strategy, MaximumStepSize, CooldownInMinutes), if set.',
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
      prefixAwareRoutingConfig: t.expose('PrefixAwareRoutingConfig', {
        type: 'JSON',
        nullable: true,
        description:
          'The prefix-aware routing settings (SageMaker’s PrefixLength, ConcurrencyThreshold), if set.',
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
      kmsKeyId: t.exposeString('KmsKeyId', {
        nullable: true,
        description: 'The KMS key that encrypts the core dumps at rest, if any.',
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
      capacityReservationPreference: t.exposeString('CapacityReservationPreference', {
        nullable: true,
        description: 'e.g. capacity-reservations-only.',
      }),
      mlReservationArn: t.exposeString('MlReservationArn', {
        nullable: true,
        description: 'The ARN of the ML capacity reservation.',
      }),
    }),
  });
