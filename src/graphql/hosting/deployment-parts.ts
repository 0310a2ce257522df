import type {
  PendingDeploymentSummary,
  PendingProductionVariantSummary,
} from '@aws-sdk/client-sagemaker';
import { builder } from '../builder.js';
import { present } from '../common.js';
import {
  DeployedImageRef,
  InstancePoolSummaryRef,
  ManagedInstanceScalingRef,
  ProductionVariantStatusRef,
  RoutingConfigRef,
  ServerlessConfigRef,
} from './variant-parts.js';

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
