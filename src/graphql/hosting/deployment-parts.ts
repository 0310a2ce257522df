import type {
  PendingDeploymentSummary,
  PendingProductionVariantSummary,
} from '@aws-sdk/client-sagemaker';
import { builder } from '../builder.js';
import { listMember, present } from '../common.js';
import {
  DeployedImageRef,
  InstancePoolSummaryRef,
  ManagedInstanceScalingRef,
  ProductionVariantStatusRef,
  RoutingConfigRef,
  ServerlessConfigRef,
} from './variant-parts.js';

const PendingProductionVariantSummaryRef = builder
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
        resolve: listMember('DeployedImages'),
      }),
      currentWeight: t.expose('CurrentWeight', {
        type: 'NonNegativeFloat',
        nullable: true,
        description: 'The traffic weight the variant has now.',
      }),
      desiredWeight: t.expose('DesiredWeight', {
        type: 'NonNegativeFloat',
        nullable: true,
        description:
          'The traffic weight this deployment gives the variant (from its endpoint configuration).',
      }),
      currentInstanceCount: t.expose('CurrentInstanceCount', {
        type: 'NonNegativeInt',
        nullable: true,
        description: 'How many instances serve the variant now.',
      }),
      desiredInstanceCount: t.expose('DesiredInstanceCount', {
        type: 'NonNegativeInt',
        nullable: true,
        description: 'How many instances this deployment gives the variant.',
      }),
      instanceType: t.exposeString('InstanceType', {
        nullable: true,
        description: 'The ML compute instance type of the variant, e.g. ml.m5.xlarge.',
      }),
      instancePools: t.field({
        nullable: false,
        type: [InstancePoolSummaryRef],
        description: 'The instances per type serving the variant now.',
        resolve: listMember('InstancePools'),
      }),
      acceleratorType: t.exposeString('AcceleratorType', {
        nullable: true,
        description:
          'The Elastic Inference accelerator (no longer supported by SageMaker), if any.',
      }),
      variantStatus: t.field({
        nullable: false,
        type: [ProductionVariantStatusRef],
        description: 'The deployment stages the variant is in.',
        resolve: listMember('VariantStatus'),
      }),
      currentServerlessConfig: t.expose('CurrentServerlessConfig', {
        type: ServerlessConfigRef,
        nullable: true,
        description: 'The serverless configuration in effect now, for a serverless variant.',
      }),
      desiredServerlessConfig: t.expose('DesiredServerlessConfig', {
        type: ServerlessConfigRef,
        nullable: true,
        description:
          'The serverless configuration this deployment applies, for a serverless variant.',
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
        resolve: listMember('ProductionVariants'),
      }),
      shadowProductionVariants: t.field({
        nullable: false,
        type: [PendingProductionVariantSummaryRef],
        description: 'The shadow variants being deployed.',
        resolve: listMember('ShadowProductionVariants'),
      }),
      startTime: t.expose('StartTime', {
        type: 'DateTime',
        nullable: true,
        description: 'When the deployment started.',
      }),
    }),
  });
