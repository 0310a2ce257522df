import type { ProductionVariant } from '@aws-sdk/client-sagemaker';
import {
  type EndpointConfig as EndpointConfigRecord,
  loadEndpointConfigs,
} from '../../sagemaker/hosting.js';
import { builder } from '../builder.js';
import { listMember, present, TagRef, VpcConfigRef } from '../common.js';
import type { Context } from '../context.js';
import { describedLoader, loadWithinTenants } from '../describe-tenancy.js';
import { resourceNode } from '../resource-node.js';
import { listedTags, tagsOf } from '../tags.js';
import {
  AsyncInferenceConfigRef,
  DataCaptureConfigRef,
  MetricsConfigRef,
} from './endpoint-parts.js';
import { Model } from './model.js';
import {
  CapacityReservationConfigRef,
  CoreDumpConfigRef,
  InstancePoolRef,
  ManagedInstanceScalingRef,
  RoutingConfigRef,
  ServerlessConfigRef,
} from './variant-parts.js';

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
      modelName: t.exposeString('ModelName', {
        nullable: true,
        description: 'The name of the model the variant hosts.',
      }),
      model: t.field({
        type: Model,
        nullable: true,
        description: 'The model the variant hosts; null when it no longer exists.',
        resolve: (variant) => variant.ModelName ?? null,
      }),
      initialInstanceCount: t.expose('InitialInstanceCount', {
        type: 'NonNegativeInt',
        nullable: true,
        description: 'How many instances the variant starts with; null for a serverless variant.',
      }),
      instanceType: t.exposeString('InstanceType', {
        nullable: true,
        description:
          'The ML compute instance type, e.g. ml.m5.xlarge (a string: AWS adds types every year); null for a serverless variant.',
      }),
      instancePools: t.field({
        nullable: false,
        type: [InstancePoolRef],
        description: 'The instance types the variant may run on, in provisioning priority.',
        resolve: listMember('InstancePools'),
      }),
      variantInstanceProvisionTimeoutInSeconds: t.expose(
        'VariantInstanceProvisionTimeoutInSeconds',
        {
          type: 'NonNegativeInt',
          nullable: true,
          description:
            'How long SageMaker retries provisioning after an insufficient capacity error, in seconds.',
        },
      ),
      initialVariantWeight: t.expose('InitialVariantWeight', {
        type: 'NonNegativeFloat',
        nullable: true,
        description:
          'The initial traffic weight; the variant gets weight / (sum of all weights) of the traffic. SageMaker’s default: 1.',
      }),
      acceleratorType: t.exposeString('AcceleratorType', {
        nullable: true,
        description:
          'The Elastic Inference accelerator (no longer supported by SageMaker), if any.',
      }),
      coreDumpConfig: t.expose('CoreDumpConfig', {
        type: CoreDumpConfigRef,
        nullable: true,
        description: 'Where core dumps of a crashing model container go, if configured.',
      }),
      serverlessConfig: t.expose('ServerlessConfig', {
        type: ServerlessConfigRef,
        nullable: true,
        description: 'The serverless configuration, for a serverless (not instance-based) variant.',
      }),
      volumeSizeInGB: t.expose('VolumeSizeInGB', {
        type: 'NonNegativeInt',
        nullable: true,
        description: 'The size of the storage volume of each instance, in GB.',
      }),
      modelDataDownloadTimeoutInSeconds: t.expose('ModelDataDownloadTimeoutInSeconds', {
        type: 'NonNegativeInt',
        nullable: true,
        description: 'How long downloading and extracting the model onto an instance may take.',
      }),
      containerStartupHealthCheckTimeoutInSeconds: t.expose(
        'ContainerStartupHealthCheckTimeoutInSeconds',
        {
          type: 'NonNegativeInt',
          nullable: true,
          description: 'How long the inference container has to pass its first health check.',
        },
      ),
      enableSSMAccess: t.exposeBoolean('EnableSSMAccess', {
        nullable: true,
        description: 'Whether Systems Manager (SSM) access to the variant’s containers is on.',
      }),
      managedInstanceScaling: t.expose('ManagedInstanceScaling', {
        type: ManagedInstanceScalingRef,
        nullable: true,
        description: 'The range of instances the variant scales within, if set.',
      }),
      routingConfig: t.expose('RoutingConfig', {
        type: RoutingConfigRef,
        nullable: true,
        description: 'How requests are routed among the variant’s instances, if set.',
      }),
      inferenceAmiVersion: t.exposeString('InferenceAmiVersion', {
        nullable: true,
        description:
          'The preconfigured machine image (drivers, CUDA) the instances run, if chosen.',
      }),
      capacityReservationConfig: t.expose('CapacityReservationConfig', {
        type: CapacityReservationConfigRef,
        nullable: true,
        description: 'The ML capacity reservation the instances are launched into, if any.',
      }),
    }),
  });

/**
 * Endpoint configs have no Search and their Describe carries no tags. Reached from an endpoint
 * (`Endpoint.config`, a variant's configuration) a config is the one that endpoint runs, so it
 * takes the endpoint's tenant, already checked: no call. Reached from a client's name or id it
 * is checked by its own tags: one ListTags beside its Describe.
 */
export const endpointConfigTenancy = {
  resource: 'endpoint-config',
  described: describedLoader(loadEndpointConfigs),
  tagsOf: (records: readonly EndpointConfigRecord[], context: Context) =>
    listedTags(records, (config) => config.EndpointConfigArn, context),
};

export const EndpointConfig = resourceNode<EndpointConfigRecord>('EndpointConfig', {
  description:
    'A SageMaker endpoint configuration: the variants (models, instances, weights) an endpoint deploys. Its id is its ARN.',
  noun: 'endpoint configuration',
  arnMember: 'EndpointConfigArn',
  nameMember: 'EndpointConfigName',
  // No Search for endpoint configs: each costs a DescribeEndpointConfig. No maxBatchSize either:
  // batches of 100 would split a level into waves that finish apart (so the next level splits
  // too) and each run its own 8 calls in flight; one batch keeps the level whole and bounded.
  load: (keys, context) => loadWithinTenants(keys, context, endpointConfigTenancy),
  fields: (t) => ({
    productionVariants: t.field({
      nullable: false,
      type: [ProductionVariantRef],
      description: 'The variants the configuration deploys, one per hosted model.',
      resolve: listMember('ProductionVariants'),
    }),
    shadowProductionVariants: t.field({
      nullable: false,
      type: [ProductionVariantRef],
      description:
        'The variants deployed in shadow mode, receiving a copy of the production traffic.',
      resolve: listMember('ShadowProductionVariants'),
    }),
    dataCaptureConfig: t.expose('DataCaptureConfig', {
      type: DataCaptureConfigRef,
      nullable: true,
      description: 'How inference requests and responses are captured, if they are.',
    }),
    kmsKeyId: t.exposeString('KmsKeyId', {
      nullable: true,
      description: 'The KMS key that encrypts the storage volumes of the instances, if any.',
    }),
    asyncInferenceConfig: t.expose('AsyncInferenceConfig', {
      type: AsyncInferenceConfigRef,
      nullable: true,
      description: 'How asynchronous inference is served, for an asynchronous endpoint.',
    }),
    explainerConfig: t.expose('ExplainerConfig', {
      type: 'JSON',
      nullable: true,
      description:
        'The SageMaker Clarify explainer settings (SageMaker’s ExplainerConfig, with SageMaker member names), if any.',
    }),
    executionRoleArn: t.exposeString('ExecutionRoleArn', {
      nullable: true,
      description: 'The IAM role assigned to the endpoint configuration, if any.',
    }),
    vpcConfig: t.expose('VpcConfig', {
      type: VpcConfigRef,
      nullable: true,
      description: 'The VPC the hosted models have access to, if any.',
    }),
    enableNetworkIsolation: t.exposeBoolean('EnableNetworkIsolation', {
      nullable: true,
      description: 'Whether all model containers of the endpoint are cut off from the network.',
    }),
    metricsConfig: t.expose('MetricsConfig', {
      type: MetricsConfigRef,
      nullable: true,
      description: 'Which utilization metrics are published, if configured.',
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
