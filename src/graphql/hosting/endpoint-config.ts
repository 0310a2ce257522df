import type { ProductionVariant } from '@aws-sdk/client-sagemaker';
import {
  type EndpointConfig as EndpointConfigRecord,
  loadEndpointConfigs,
} from '../../sagemaker/hosting.js';
import { builder } from '../builder.js';
import { present, TagRef, VpcConfigRef } from '../common.js';
import { tagsOf } from '../tags.js';
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
