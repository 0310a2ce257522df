import type {
  Endpoint as EndpointRecord,
  ProductionVariant,
  ProductionVariantSummary,
} from '@aws-sdk/client-sagemaker';
import { createContextCache } from '@pothos/core';
import DataLoader from 'dataloader';
import { MAX_BATCH } from '../../sagemaker/batch/search.js';
import { describeEndpoints, type EndpointDetails, loadEndpoints } from '../../sagemaker/hosting.js';
import { builder } from '../builder.js';
import { listMember, present, TagRef } from '../common.js';
import type { Context } from '../context.js';
import { LEVEL_BATCHES } from '../level-schedule.js';
import { resourceNode } from '../resource-node.js';
import { PendingDeploymentSummaryRef } from './deployment-parts.js';
import { EndpointConfig, endpointConfigTenancy, ProductionVariantRef } from './endpoint-config.js';
import {
  AsyncInferenceConfigRef,
  DataCaptureConfigSummaryRef,
  MetricsConfigRef,
} from './endpoint-parts.js';
import { Model } from './model.js';
import {
  DeployedImageRef,
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
    new DataLoader<string, EndpointDetails | null>(
      (names) => describeEndpoints(context.sagemaker, names, context.logger),
      LEVEL_BATCHES,
    ),
);

const details = (endpoint: EndpointRecord, context: Context): Promise<EndpointDetails | null> =>
  endpointDetails(context).load(present(endpoint.EndpointName, 'Endpoint.EndpointName'));

/** The configured variant a runtime variant runs, found by name in the endpoint's configuration. */
async function configuredVariant(
  variant: RuntimeVariant,
  context: Context,
): Promise<ProductionVariant | null> {
  const configName = variant.endpoint.EndpointConfigName;
  if (configName === undefined) return null;
  // The endpoint's own configuration: it takes the endpoint's tenant (endpointConfigTenancy).
  const config = await endpointConfigTenancy.described(context).load(configName);
  if (config === null) return null;
  const variants = variant.shadow ? config.ShadowProductionVariants : config.ProductionVariants;
  return variants?.find((each) => each.VariantName === variant.summary.VariantName) ?? null;
}

const ProductionVariantSummaryRef = builder
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

// The endpoint's own configuration takes its tenant (endpointConfigTenancy): no call for the check.
const endpointConfigOf = (endpoint: EndpointRecord, _args: unknown, context: Context) =>
  endpoint.EndpointConfigName === undefined
    ? null
    : endpointConfigTenancy.described(context).load(endpoint.EndpointConfigName);

export const Endpoint = resourceNode<EndpointRecord>('Endpoint', {
  description:
    'A SageMaker endpoint: hosted models serving real-time inference. Its id is its ARN.',
  noun: 'endpoint',
  arnMember: 'EndpointArn',
  nameMember: 'EndpointName',
  loaderOptions: { maxBatchSize: MAX_BATCH },
  // Keyed by name or ARN; one Search per batch, Describe for what Search has not indexed yet.
  load: (keys, context) =>
    loadEndpoints(context.sagemaker, keys, context.logger, context.guards?.Endpoint),
  fields: (t) => ({
    endpointConfigName: t.exposeString('EndpointConfigName', {
      nullable: true,
      description: 'The name of the endpoint configuration the endpoint runs.',
    }),
    endpointConfig: t.field({
      type: EndpointConfig,
      nullable: true,
      description: 'The endpoint configuration the endpoint runs; null when it no longer exists.',
      resolve: endpointConfigOf,
    }),
    config: t.field({
      type: EndpointConfig,
      nullable: true,
      description: 'The endpoint configuration the endpoint runs; null when it no longer exists.',
      deprecationReason: 'Use endpointConfig.',
      resolve: endpointConfigOf,
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
    dataCaptureConfig: t.expose('DataCaptureConfig', {
      type: DataCaptureConfigSummaryRef,
      nullable: true,
      description: 'The data capture currently active on the endpoint, if any.',
    }),
    endpointStatus: t.string({
      nullable: false,
      description:
        'OutOfService, Creating, Updating, SystemUpdating, RollingBack, InService, Deleting, Failed or UpdateRollbackFailed. Values may grow.',
      resolve: (endpoint) => present(endpoint.EndpointStatus, 'Endpoint.EndpointStatus'),
    }),
    failureReason: t.exposeString('FailureReason', {
      nullable: true,
      description: 'Why the endpoint failed, if it did.',
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
      resolve: listMember('MonitoringSchedules'),
    }),
    tags: t.field({
      nullable: false,
      type: [TagRef],
      description: 'The tags on the endpoint.',
      resolve: listMember('Tags'),
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
