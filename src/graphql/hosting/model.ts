import type { ContainerDefinition } from '@aws-sdk/client-sagemaker';
import { MAX_BATCH } from '../../sagemaker/batch/search.js';
import { type Model as DescribedModel, loadModels } from '../../sagemaker/hosting.js';
import { builder } from '../builder.js';
import {
  KeyValuePairRef,
  keyValuePairs,
  listMember,
  present,
  TagRef,
  VpcConfigRef,
} from '../common.js';
import {
  AdditionalModelDataSourceRef,
  ModelDataSourceRef,
} from '../model-registry/inference-specification.js';
import { ModelPackage } from '../model-registry/model-package.js';
import { resourceNode } from '../resource-node.js';

import {
  DeploymentRecommendationRef,
  ImageConfigRef,
  InferenceExecutionConfigRef,
  MultiModelConfigRef,
} from './model-parts.js';

const ContainerDefinitionRef = builder
  .objectRef<ContainerDefinition>('ContainerDefinition')
  .implement({
    description:
      'A container of a model: its inference image, model artifacts and environment, or the model package it is built from.',
    fields: (t) => ({
      containerHostname: t.exposeString('ContainerHostname', {
        nullable: true,
        description:
          'Identifies the container in an inference pipeline (logs, metrics, direct invocation); ignored for a single primary container.',
      }),
      image: t.exposeString('Image', {
        nullable: true,
        description:
          'The registry path of the inference image (ECR or a registry in the VPC); null when the container comes from a model package.',
      }),
      imageConfig: t.expose('ImageConfig', {
        type: ImageConfigRef,
        nullable: true,
        description: 'Where the image is pulled from, when it is not the default ECR.',
      }),
      mode: t.exposeString('Mode', {
        nullable: true,
        description: 'SingleModel or MultiModel: whether the container hosts one model or many.',
      }),
      modelDataUrl: t.exposeString('ModelDataUrl', {
        nullable: true,
        description:
          'The S3 path of the model artifacts (a .tar.gz archive), e.g. a training job’s output.',
      }),
      modelDataSource: t.expose('ModelDataSource', {
        type: ModelDataSourceRef,
        nullable: true,
        description:
          'Where the model data to deploy comes from, when given instead of modelDataUrl.',
      }),
      additionalModelDataSources: t.field({
        nullable: false,
        type: [AdditionalModelDataSourceRef],
        description: 'Model data available to the container besides its main model data.',
        resolve: listMember('AdditionalModelDataSources'),
      }),
      environment: t.field({
        nullable: false,
        type: [KeyValuePairRef],
        description: 'The environment variables of the container, sorted by name.',
        resolve: (container) => keyValuePairs(container.Environment),
      }),
      modelPackageName: t.exposeString('ModelPackageName', {
        nullable: true,
        description: 'The name or ARN of the model package the container is created from, if any.',
      }),
      modelPackage: t.field({
        type: ModelPackage,
        nullable: true,
        description:
          'The model package the container is created from; null when it has none or the package no longer exists.',
        resolve: (container) => container.ModelPackageName ?? null,
      }),
      inferenceSpecificationName: t.exposeString('InferenceSpecificationName', {
        nullable: true,
        description: 'The inference specification of the model package version used, if named.',
      }),
      multiModelConfig: t.expose('MultiModelConfig', {
        type: MultiModelConfigRef,
        nullable: true,
        description: 'Settings for a multi-model container, if any.',
      }),
      containerMetricsConfig: t.expose('ContainerMetricsConfig', {
        type: 'JSON',
        nullable: true,
        description:
          'Which container metrics endpoints are scraped, and how often (SageMaker’s ContainerMetricsConfig, with SageMaker member names), if set.',
      }),
    }),
  });

export const Model = resourceNode<DescribedModel>('Model', {
  description:
    'A SageMaker model: the containers, artifacts and role an endpoint variant runs. Its id is its ARN.',
  noun: 'model',
  arnMember: 'ModelArn',
  nameMember: 'ModelName',
  // One Search per 100 models (Search covers models, with their tags), so the tenant guard is
  // checked on the records at no extra call; Describe only for what Search has not indexed yet.
  loaderOptions: { maxBatchSize: MAX_BATCH },
  load: (keys, context) => loadModels(context.sagemaker, keys, context.logger, context.tenantGuard),
  fields: (t) => ({
    primaryContainer: t.expose('PrimaryContainer', {
      type: ContainerDefinitionRef,
      nullable: true,
      description: 'The container of a single-container model; null for an inference pipeline.',
    }),
    containers: t.field({
      nullable: false,
      type: [ContainerDefinitionRef],
      description:
        'The containers of the model: those of an inference pipeline, or the primary container alone.',
      resolve: (model) =>
        model.Containers !== undefined && model.Containers.length > 0
          ? model.Containers
          : model.PrimaryContainer === undefined
            ? []
            : [model.PrimaryContainer],
    }),
    inferenceExecutionConfig: t.expose('InferenceExecutionConfig', {
      type: InferenceExecutionConfigRef,
      nullable: true,
      description: 'How the containers of a multi-container model are called, if set.',
    }),
    executionRoleArn: t.exposeString('ExecutionRoleArn', {
      nullable: true,
      description: 'The IAM role SageMaker assumes to deploy and run the model.',
    }),
    vpcConfig: t.expose('VpcConfig', {
      type: VpcConfigRef,
      nullable: true,
      description: 'The VPC the model has access to, if any.',
    }),
    enableNetworkIsolation: t.exposeBoolean('EnableNetworkIsolation', {
      nullable: true,
      description: 'Whether the model containers are cut off from all network traffic.',
    }),
    deploymentRecommendation: t.expose('DeploymentRecommendation', {
      type: DeploymentRecommendationRef,
      nullable: true,
      description: 'The deployment configurations SageMaker recommends for the model, if any.',
    }),
    creationTime: t.field({
      nullable: false,
      type: 'DateTime',
      description: 'When the model was created.',
      resolve: (model) => present(model.CreationTime, 'Model.CreationTime'),
    }),
    tags: t.field({
      nullable: false,
      type: [TagRef],
      description: 'The tags on the model.',
      resolve: listMember('Tags'),
    }),
  }),
});
