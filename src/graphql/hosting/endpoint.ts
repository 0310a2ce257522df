import type {
  Endpoint as EndpointRecord,
  ProductionVariant,
  ProductionVariantSummary,
} from '@aws-sdk/client-sagemaker';
import { createContextCache } from '@pothos/core';
import DataLoader from 'dataloader';
import { MAX_BATCH } from '../../sagemaker/batch/search.js';
import {
  describeEndpoints,
  type EndpointConfig as EndpointConfigRecord,
  type EndpointDetails,
  loadEndpointConfigs,
  loadEndpoints,
} from '../../sagemaker/hosting.js';
import { builder } from '../builder.js';
import { present, TagRef, VpcConfigRef } from '../common.js';
import type { Context } from '../context.js';
import { tagsOf } from '../tags.js';
import { PendingDeploymentSummaryRef } from './deployment-parts.js';
import {
  AsyncInferenceConfigRef,
  DataCaptureConfigRef,
  DataCaptureConfigSummaryRef,
  MetricsConfigRef,
} from './endpoint-parts.js';
import { Model, requireResourceName } from './model.js';
import {
  CapacityReservationConfigRef,
  CoreDumpConfigRef,
  DeployedImageRef,
  InstancePoolRef,
  InstancePoolSummaryRef,
  ManagedInstanceScalingRef,
  ProductionVariantStatusRef,
  RoutingConfigRef,
  ServerlessConfigRef,
} from './variant-parts.js';

/** A runtime variant with the endpoint it runs on, so it can find its configuration. */
interface RuntimeVariant {
  summary: ProductionVariantSummary;
  endpoint: EndpointRecord;
  shadow: boolean;
}

// The Endpoint Search record lacks what only DescribeEndpoint returns; one Describe per endpoint
// per request, shared by all such fields.
const endpointDetails = createContextCache(
  (context: Context) =>
    // One batch per level: each name costs its own DescribeEndpoint anyway (see EndpointConfig).
    new DataLoader<string, EndpointDetails | null>((names) =>
      describeEndpoints(context.sagemaker, names, context.logger),
    ),
);

const details = (endpoint: EndpointRecord, context: Context): Promise<EndpointDetails | null> =>
  endpointDetails(context).load(present(endpoint.EndpointName, 'Endpoint.EndpointName'));

export const ProductionVariantRef = builder
  .objectRef<ProductionVariant>('ProductionVariant')
  .implement({
    description:
      'A model an endpoint configuration hosts, with the instances and traffic weight configured for it.',
    fields: (t) => ({
      variantName: t.string({
        nullable: false,
        description: 'The name of the variant, e.g. AllTraffic, champion or challenger.',
        resolve: (variant) => present(variant.VariantName, 'ProductionVariant.VariantName'),
      }),
      modelName: t.string({
        nullable: true,
        description: 'The name of the model the variant hosts.',
        resolve: (variant) => variant.ModelName ?? null,
      }),
      model: t.field({
        type: Model,
        nullable: true,
        description: 'The model the variant hosts; null when it no longer exists.',
        resolve: (variant) => variant.ModelName ?? null,
      }),
      initialInstanceCount: t.field({
        type: 'NonNegativeInt',
        nullable: true,
        description: 'How many instances the variant starts with; null for a serverless variant.',
        resolve: (variant) => variant.InitialInstanceCount ?? null,
      }),
      instanceType: t.string({
        nullable: true,
        description:
          'The ML compute instance type, e.g. ml.m5.xlarge (a string: AWS adds types every year); null for a serverless variant.',
        resolve: (variant) => variant.InstanceType ?? null,
      }),
      instancePools: t.field({
        nullable: false,
        type: [InstancePoolRef],
        description: 'The instance types the variant may run on, in provisioning priority.',
        resolve: (variant) => variant.InstancePools ?? [],
      }),
      variantInstanceProvisionTimeoutInSeconds: t.field({
        type: 'NonNegativeInt',
        nullable: true,
        description:
          'How long SageMaker retries provisioning after an insufficient capacity error, in seconds.',
        resolve: (variant) => variant.VariantInstanceProvisionTimeoutInSeconds ?? null,
      }),
      initialVariantWeight: t.field({
        type: 'NonNegativeFloat',
        nullable: true,
        description:
          'The initial traffic weight; the variant gets weight / (sum of all weights) of the traffic. SageMaker’s default: 1.',
        resolve: (variant) => variant.InitialVariantWeight ?? null,
      }),
      acceleratorType: t.string({
        nullable: true,
        description:
          'The Elastic Inference accelerator (no longer supported by SageMaker), if any.',
        resolve: (variant) => variant.AcceleratorType ?? null,
      }),
      coreDumpConfig: t.field({
        type: CoreDumpConfigRef,
        nullable: true,
        description: 'Where core dumps of a crashing model container go, if configured.',
        resolve: (variant) => variant.CoreDumpConfig ?? null,
      }),
      serverlessConfig: t.field({
        type: ServerlessConfigRef,
        nullable: true,
        description: 'The serverless configuration, for a serverless (not instance-based) variant.',
        resolve: (variant) => variant.ServerlessConfig ?? null,
      }),
      volumeSizeInGB: t.field({
        type: 'NonNegativeInt',
        nullable: true,
        description: 'The size of the storage volume of each instance, in GB.',
        resolve: (variant) => variant.VolumeSizeInGB ?? null,
      }),
      modelDataDownloadTimeoutInSeconds: t.field({
        type: 'NonNegativeInt',
        nullable: true,
        description: 'How long downloading and extracting the model onto an instance may take.',
        resolve: (variant) => variant.ModelDataDownloadTimeoutInSeconds ?? null,
      }),
      containerStartupHealthCheckTimeoutInSeconds: t.field({
        type: 'NonNegativeInt',
        nullable: true,
        description: 'How long the inference container has to pass its first health check.',
        resolve: (variant) => variant.ContainerStartupHealthCheckTimeoutInSeconds ?? null,
      }),
      enableSSMAccess: t.boolean({
        nullable: true,
        description: 'Whether Systems Manager (SSM) access to the variant’s containers is on.',
        resolve: (variant) => variant.EnableSSMAccess ?? null,
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
      inferenceAmiVersion: t.string({
        nullable: true,
        description:
          'The preconfigured machine image (drivers, CUDA) the instances run, if chosen.',
        resolve: (variant) => variant.InferenceAmiVersion ?? null,
      }),
      capacityReservationConfig: t.field({
        type: CapacityReservationConfigRef,
        nullable: true,
        description: 'The ML capacity reservation the instances are launched into, if any.',
        resolve: (variant) => variant.CapacityReservationConfig ?? null,
      }),
    }),
  });

export const EndpointConfig = builder.loadableNode<
  EndpointConfigRecord | Error | null,
  [],
  'EndpointConfig',
  string,
  string,
  string,
  EndpointConfigRecord
>('EndpointConfig', {
  description:
    'A SageMaker endpoint configuration: the variants (models, instances, weights) an endpoint deploys. Its id is its ARN.',
  id: {
    description: 'The global id of the endpoint configuration: its ARN.',
    resolve: (config) => config.EndpointConfigArn ?? '',
  },
  // No Search for endpoint configs: each costs a DescribeEndpointConfig. No maxBatchSize either:
  // batches of 100 would split a level into waves that finish apart (so the next level splits
  // too) and each run its own 8 calls in flight; one batch keeps the level whole and bounded.
  load: (keys, context) => loadEndpointConfigs(context.sagemaker, keys, context.logger),
  fields: (t) => ({
    arn: t.string({
      nullable: false,
      description: 'The ARN of the endpoint configuration.',
      resolve: (config) => present(config.EndpointConfigArn, 'EndpointConfig.EndpointConfigArn'),
    }),
    name: t.string({
      nullable: false,
      description: 'The name of the endpoint configuration (the same as endpointConfigName).',
      resolve: (config) => present(config.EndpointConfigName, 'EndpointConfig.EndpointConfigName'),
    }),
    endpointConfigName: t.string({
      nullable: false,
      description: 'The name of the endpoint configuration.',
      resolve: (config) => present(config.EndpointConfigName, 'EndpointConfig.EndpointConfigName'),
    }),
    endpointConfigArn: t.string({
      nullable: false,
      description: 'The ARN of the endpoint configuration (the same as arn and id).',
      resolve: (config) => present(config.EndpointConfigArn, 'EndpointConfig.EndpointConfigArn'),
    }),
    productionVariants: t.field({
      nullable: false,
      type: [ProductionVariantRef],
      description: 'The variants the configuration deploys, one per hosted model.',
      resolve: (config) => config.ProductionVariants ?? [],
    }),
    shadowProductionVariants: t.field({
      nullable: false,
      type: [ProductionVariantRef],
      description:
        'The variants deployed in shadow mode, receiving a copy of the production traffic.',
      resolve: (config) => config.ShadowProductionVariants ?? [],
    }),
    dataCaptureConfig: t.field({
      type: DataCaptureConfigRef,
      nullable: true,
      description: 'How inference requests and responses are captured, if they are.',
      resolve: (config) => config.DataCaptureConfig ?? null,
    }),
    kmsKeyId: t.string({
      nullable: true,
      description: 'The KMS key that encrypts the storage volumes of the instances, if any.',
      resolve: (config) => config.KmsKeyId ?? null,
    }),
    asyncInferenceConfig: t.field({
      type: AsyncInferenceConfigRef,
      nullable: true,
      description: 'How asynchronous inference is served, for an asynchronous endpoint.',
      resolve: (config) => config.AsyncInferenceConfig ?? null,
    }),
    explainerConfig: t.field({
      type: 'JSON',
      nullable: true,
      description:
        'The SageMaker Clarify explainer settings (SageMaker’s ExplainerConfig, with SageMaker member names), if any.',
      resolve: (config) => config.ExplainerConfig ?? null,
    }),
    executionRoleArn: t.string({
      nullable: true,
      description: 'The IAM role assigned to the endpoint configuration, if any.',
      resolve: (config) => config.ExecutionRoleArn ?? null,
    }),
    vpcConfig: t.field({
      type: VpcConfigRef,
      nullable: true,
      description: 'The VPC the hosted models have access to, if any.',
      resolve: (config) => config.VpcConfig ?? null,
    }),
    enableNetworkIsolation: t.boolean({
      nullable: true,
      description: 'Whether all model containers of the endpoint are cut off from the network.',
      resolve: (config) => config.EnableNetworkIsolation ?? null,
    }),
    metricsConfig: t.field({
      type: MetricsConfigRef,
      nullable: true,
      description: 'Which utilization metrics are published, if configured.',
      resolve: (config) => config.MetricsConfig ?? null,
    }),
    creationTime: t.field({
      nullable: false,
      type: 'DateTime',
      description: 'When the endpoint configuration was created.',
      resolve: (config) => present(config.CreationTime, 'EndpointConfig.CreationTime'),
    }),
    tags: t.field({
      nullable: false,
      type: [TagRef],
      description:
        'The tags on the endpoint configuration. DescribeEndpointConfig omits them: costs one ListTags call per item, made only when selected.',
      resolve: (config, _args, context) => tagsOf(config.EndpointConfigArn, context),
    }),
  }),
});

/** The configured variant a runtime variant runs, found by name in the endpoint's configuration. */
async function configuredVariant(
  variant: RuntimeVariant,
  context: Context,
): Promise<ProductionVariant | null> {
  const configName = variant.endpoint.EndpointConfigName;
  if (configName === undefined) return null;
  const config = await EndpointConfig.getDataloader(context).load(configName);
  if (config === null) return null;
  const variants = variant.shadow ? config.ShadowProductionVariants : config.ProductionVariants;
  return variants?.find((each) => each.VariantName === variant.summary.VariantName) ?? null;
}

export const ProductionVariantSummaryRef = builder
  .objectRef<RuntimeVariant>('ProductionVariantSummary')
  .implement({
    description:
      'A variant as it runs on an endpoint now: traffic weights, instance counts, deployed images and status.',
    fields: (t) => ({
      variantName: t.string({
        nullable: false,
        description: 'The name of the variant.',
        resolve: ({ summary }) =>
          present(summary.VariantName, 'ProductionVariantSummary.VariantName'),
      }),
      configuration: t.field({
        type: ProductionVariantRef,
        nullable: true,
        description:
          'The variant as the endpoint’s configuration defines it (by variant name); null when that configuration or variant no longer exists.',
        resolve: (variant, _args, context) => configuredVariant(variant, context),
      }),
      model: t.field({
        type: Model,
        nullable: true,
        description:
          'The model the variant runs, per the endpoint’s configuration; null when the configuration or model no longer exists.',
        resolve: async (variant, _args, context) =>
          (await configuredVariant(variant, context))?.ModelName ?? null,
      }),
      deployedImages: t.field({
        nullable: false,
        type: [DeployedImageRef],
        description: 'The inference images deployed on the variant’s instances, with digests.',
        resolve: ({ summary }) => summary.DeployedImages ?? [],
      }),
      currentWeight: t.field({
        type: 'NonNegativeFloat',
        nullable: true,
        description:
          'The traffic weight in effect; the variant gets weight / (sum of all weights) of the traffic. Null while the endpoint is being created.',
        resolve: ({ summary }) => summary.CurrentWeight ?? null,
      }),
      desiredWeight: t.field({
        type: 'NonNegativeFloat',
        nullable: true,
        description:
          'The requested traffic weight; differs from currentWeight while an update is in progress.',
        resolve: ({ summary }) => summary.DesiredWeight ?? null,
      }),
      currentInstanceCount: t.field({
        type: 'NonNegativeInt',
        nullable: true,
        description: 'How many instances serve the variant now; null while it is being created.',
        resolve: ({ summary }) => summary.CurrentInstanceCount ?? null,
      }),
      desiredInstanceCount: t.field({
        type: 'NonNegativeInt',
        nullable: true,
        description:
          'The requested number of instances; differs from currentInstanceCount while scaling.',
        resolve: ({ summary }) => summary.DesiredInstanceCount ?? null,
      }),
      instancePools: t.field({
        nullable: false,
        type: [InstancePoolSummaryRef],
        description: 'The instances per type serving the variant now.',
        resolve: ({ summary }) => summary.InstancePools ?? [],
      }),
      variantStatus: t.field({
        nullable: false,
        type: [ProductionVariantStatusRef],
        description: 'The deployment stages or operational statuses the variant is in.',
        resolve: ({ summary }) => summary.VariantStatus ?? [],
      }),
      currentServerlessConfig: t.field({
        type: ServerlessConfigRef,
        nullable: true,
        description: 'The serverless configuration in effect, for a serverless variant.',
        resolve: ({ summary }) => summary.CurrentServerlessConfig ?? null,
      }),
      desiredServerlessConfig: t.field({
        type: ServerlessConfigRef,
        nullable: true,
        description: 'The requested serverless configuration, for a serverless variant.',
        resolve: ({ summary }) => summary.DesiredServerlessConfig ?? null,
      }),
      managedInstanceScaling: t.field({
        type: ManagedInstanceScalingRef,
        nullable: true,
        description: 'The range of instances the variant scales within, if set.',
        resolve: ({ summary }) => summary.ManagedInstanceScaling ?? null,
      }),
      routingConfig: t.field({
        type: RoutingConfigRef,
        nullable: true,
        description: 'How requests are routed among the variant’s instances, if set.',
        resolve: ({ summary }) => summary.RoutingConfig ?? null,
      }),
      capacityReservation: t.field({
        type: 'JSON',
        nullable: true,
        description:
          'The ML capacity reservation in use and its instance counts (SageMaker’s ProductionVariantCapacityReservationSummary, with SageMaker member names), if any.',
        resolve: ({ summary }) => summary.CapacityReservationConfig ?? null,
      }),
    }),
  });

const runtimeVariants = (
  endpoint: EndpointRecord,
  summaries: ProductionVariantSummary[] | undefined,
  shadow: boolean,
): RuntimeVariant[] => (summaries ?? []).map((summary) => ({ summary, endpoint, shadow }));

export const Endpoint = builder.loadableNode<
  EndpointRecord | Error | null,
  [],
  'Endpoint',
  string,
  string,
  string,
  EndpointRecord
>('Endpoint', {
  description:
    'A SageMaker endpoint: hosted models serving real-time inference. Its id is its ARN.',
  id: {
    description: 'The global id of the endpoint: its ARN.',
    resolve: (endpoint) => endpoint.EndpointArn ?? '',
  },
  loaderOptions: { maxBatchSize: MAX_BATCH },
  // Keyed by name or ARN; one Search per batch, Describe for what Search has not indexed yet.
  load: (keys, context) => loadEndpoints(context.sagemaker, keys, context.logger),
  fields: (t) => ({
    arn: t.string({
      nullable: false,
      description: 'The ARN of the endpoint.',
      resolve: (endpoint) => present(endpoint.EndpointArn, 'Endpoint.EndpointArn'),
    }),
    name: t.string({
      nullable: false,
      description: 'The name of the endpoint (the same as endpointName).',
      resolve: (endpoint) => present(endpoint.EndpointName, 'Endpoint.EndpointName'),
    }),
    endpointName: t.string({
      nullable: false,
      description: 'The name of the endpoint.',
      resolve: (endpoint) => present(endpoint.EndpointName, 'Endpoint.EndpointName'),
    }),
    endpointArn: t.string({
      nullable: false,
      description: 'The ARN of the endpoint (the same as arn and id).',
      resolve: (endpoint) => present(endpoint.EndpointArn, 'Endpoint.EndpointArn'),
    }),
    endpointConfigName: t.string({
      nullable: true,
      description: 'The name of the endpoint configuration the endpoint runs.',
      resolve: (endpoint) => endpoint.EndpointConfigName ?? null,
    }),
    config: t.field({
      type: EndpointConfig,
      nullable: true,
      description: 'The endpoint configuration the endpoint runs; null when it no longer exists.',
      resolve: (endpoint) => endpoint.EndpointConfigName ?? null,
    }),
    productionVariants: t.field({
      nullable: false,
      type: [ProductionVariantSummaryRef],
      description: 'The variants hosted on the endpoint, with their runtime state.',
      resolve: (endpoint) => runtimeVariants(endpoint, endpoint.ProductionVariants, false),
    }),
    shadowProductionVariants: t.field({
      nullable: false,
      type: [ProductionVariantSummaryRef],
      description:
        'The shadow variants hosted on the endpoint, receiving a copy of the production traffic.',
      resolve: (endpoint) => runtimeVariants(endpoint, endpoint.ShadowProductionVariants, true),
    }),
    dataCaptureConfig: t.field({
      type: DataCaptureConfigSummaryRef,
      nullable: true,
      description: 'The data capture currently active on the endpoint, if any.',
      resolve: (endpoint) => endpoint.DataCaptureConfig ?? null,
    }),
    endpointStatus: t.string({
      nullable: false,
      description:
        'OutOfService, Creating, Updating, SystemUpdating, RollingBack, InService, Deleting, Failed or UpdateRollbackFailed. Values may grow.',
      resolve: (endpoint) => present(endpoint.EndpointStatus, 'Endpoint.EndpointStatus'),
    }),
    failureReason: t.string({
      nullable: true,
      description: 'Why the endpoint failed, if it did.',
      resolve: (endpoint) => endpoint.FailureReason ?? null,
    }),
    creationTime: t.field({
      nullable: false,
      type: 'DateTime',
      description: 'When the endpoint was created.',
      resolve: (endpoint) => present(endpoint.CreationTime, 'Endpoint.CreationTime'),
    }),
    lastModifiedTime: t.field({
      nullable: false,
      type: 'DateTime',
      description: 'When the endpoint was last modified.',
      resolve: (endpoint) => present(endpoint.LastModifiedTime, 'Endpoint.LastModifiedTime'),
    }),
    monitoringSchedules: t.field({
      nullable: false,
      type: ['JSON'],
      description:
        'The Model Monitor schedules of the endpoint (SageMaker’s MonitoringSchedule, with SageMaker member names).',
      resolve: (endpoint) => endpoint.MonitoringSchedules ?? [],
    }),
    tags: t.field({
      nullable: false,
      type: [TagRef],
      description: 'The tags on the endpoint.',
      resolve: (endpoint) => endpoint.Tags ?? [],
    }),
    pendingDeploymentSummary: t.field({
      type: PendingDeploymentSummaryRef,
      nullable: true,
      description:
        'The deployment in progress while the endpoint is created or updated with a new configuration. Costs one DescribeEndpoint per endpoint (shared with the other Describe-only fields).',
      resolve: async (endpoint, _args, context) =>
        (await details(endpoint, context))?.PendingDeploymentSummary ?? null,
    }),
    lastDeploymentConfig: t.field({
      type: 'JSON',
      nullable: true,
      description:
        'The most recent deployment policy (SageMaker’s DeploymentConfig: blue/green or rolling update, auto-rollback alarms, with SageMaker member names). Costs one DescribeEndpoint per endpoint (shared).',
      resolve: async (endpoint, _args, context) =>
        (await details(endpoint, context))?.LastDeploymentConfig ?? null,
    }),
    asyncInferenceConfig: t.field({
      type: AsyncInferenceConfigRef,
      nullable: true,
      description:
        'How asynchronous inference is served, for an asynchronous endpoint. Costs one DescribeEndpoint per endpoint (shared).',
      resolve: async (endpoint, _args, context) =>
        (await details(endpoint, context))?.AsyncInferenceConfig ?? null,
    }),
    explainerConfig: t.field({
      type: 'JSON',
      nullable: true,
      description:
        'The SageMaker Clarify explainer settings (SageMaker’s ExplainerConfig, with SageMaker member names), if any. Costs one DescribeEndpoint per endpoint (shared).',
      resolve: async (endpoint, _args, context) =>
        (await details(endpoint, context))?.ExplainerConfig ?? null,
    }),
    metricsConfig: t.field({
      type: MetricsConfigRef,
      nullable: true,
      description:
        'Which utilization metrics are published, if configured. Costs one DescribeEndpoint per endpoint (shared).',
      resolve: async (endpoint, _args, context) =>
        (await details(endpoint, context))?.MetricsConfig ?? null,
    }),
  }),
});

builder.queryFields((t) => ({
  endpoint: t.field({
    type: Endpoint,
    nullable: true,
    description: 'The endpoint with this name, or null when there is none.',
    args: { name: t.arg.string({ required: true, description: 'The name of the endpoint.' }) },
    resolve: (_root, { name }) => requireResourceName(name, 'an endpoint'),
  }),
  endpointConfig: t.field({
    type: EndpointConfig,
    nullable: true,
    description: 'The endpoint configuration with this name, or null when there is none.',
    args: {
      name: t.arg.string({
        required: true,
        description: 'The name of the endpoint configuration.',
      }),
    },
    resolve: (_root, { name }) => requireResourceName(name, 'an endpoint configuration'),
  }),
}));

// A federation entity keyed by ARN or by name (unique per account and region); a supergraph's
// representations batch into the same loader as node and list lookups.
builder.asEntity(Endpoint, {
  key: [builder.selection<{ arn: string }>('arn'), builder.selection<{ name: string }>('name')],
  resolveReference: (ref, context) =>
    Endpoint.getDataloader(context).load('arn' in ref ? ref.arn : ref.name),
});
