import type { ContainerDefinition } from '@aws-sdk/client-sagemaker';
import { createGraphQLError } from 'graphql-yoga';
import { type Model as DescribedModel, loadModels } from '../../sagemaker/hosting.js';
import { RESOURCE_NAME } from '../../sagemaker/names.js';
import { builder } from '../builder.js';
import { KeyValuePairRef, keyValuePairs, present, TagRef, VpcConfigRef } from '../common.js';
import {
  AdditionalModelDataSourceRef,
  ModelDataSourceRef,
} from '../model-registry/inference-specification.js';
import { ModelPackage } from '../model-registry/model-package.js';
import { tagsOf } from '../tags.js';
import {
  DeploymentRecommendationRef,
  ImageConfigRef,
  InferenceExecutionConfigRef,
  MultiModelConfigRef,
} from './model-parts.js';

export const ContainerDefinitionRef = builder
  .objectRef<ContainerDefinition>('ContainerDefinition')
  .implement({
    description:
      'A container of a model: its inference image, model artifacts and environment, or the model package it is built from.',
    fields: (t) => ({
      containerHostname: t.string({
        nullable: true,
        description:
          'Identifies the container in an inference pipeline (logs, metrics, direct invocation); ignored for a single primary container.',
        resolve: (container) => container.ContainerHostname ?? null,
      }),
      image: t.string({
        nullable: true,
        description:
          'The registry path of the inference image (ECR or a registry in the VPC); null when the container comes from a model package.',
        resolve: (container) => container.Image ?? null,
      }),
      imageConfig: t.field({
        type: ImageConfigRef,
        nullable: true,
        description: 'Where the image is pulled from, when it is not the default ECR.',
        resolve: (container) => container.ImageConfig ?? null,
      }),
      mode: t.string({
        nullable: true,
        description: 'SingleModel or MultiModel: whether the container hosts one model or many.',
        resolve: (container) => container.Mode ?? null,
      }),
      modelDataUrl: t.string({
        nullable: true,
        description:
          'The S3 path of the model artifacts (a .tar.gz archive), e.g. a training job’s output.',
        resolve: (container) => container.ModelDataUrl ?? null,
      }),
      modelDataSource: t.field({
        type: ModelDataSourceRef,
        nullable: true,
        description:
          'Where the model data to deploy comes from, when given instead of modelDataUrl.',
        resolve: (container) => container.ModelDataSource ?? null,
      }),
      additionalModelDataSources: t.field({
        nullable: false,
        type: [AdditionalModelDataSourceRef],
        description: 'Model data available to the container besides its main model data.',
        resolve: (container) => container.AdditionalModelDataSources ?? [],
      }),
      environment: t.field({
        nullable: false,
        type: [KeyValuePairRef],
        description: 'The environment variables of the container, sorted by name.',
        resolve: (container) => keyValuePairs(container.Environment),
      }),
      modelPackageName: t.string({
        nullable: true,
        description: 'The name or ARN of the model package the container is created from, if any.',
        resolve: (container) => container.ModelPackageName ?? null,
      }),
      modelPackage: t.field({
        type: ModelPackage,
        nullable: true,
        description:
          'The model package the container is created from; null when it has none or the package no longer exists.',
        resolve: (container) => container.ModelPackageName ?? null,
      }),
      inferenceSpecificationName: t.string({
        nullable: true,
        description: 'The inference specification of the model package version used, if named.',
        resolve: (container) => container.InferenceSpecificationName ?? null,
      }),
      multiModelConfig: t.field({
        type: MultiModelConfigRef,
        nullable: true,
        description: 'Settings for a multi-model container, if any.',
        resolve: (container) => container.MultiModelConfig ?? null,
      }),
      containerMetricsConfig: t.field({
        type: 'JSON',
        nullable: true,
        description:
          'Which container metrics endpoints are scraped, and how often (SageMaker’s ContainerMetricsConfig, with SageMaker member names), if set.',
        resolve: (container) => container.ContainerMetricsConfig ?? null,
      }),
    }),
  });

export const Model = builder.loadableNode<
  DescribedModel | Error | null,
  [],
  'Model',
  string,
  string,
  string,
  DescribedModel
>('Model', {
  description:
    'A SageMaker model: the containers, artifacts and role an endpoint variant runs. Its id is its ARN.',
  id: {
    description: 'The global id of the model: its ARN.',
    resolve: (model) => model.ModelArn ?? '',
  },
  // Models have no Search: each costs a DescribeModel, a bounded number at a time, in one batch
  // per level (see EndpointConfig).
  load: (keys, context) => loadModels(context.sagemaker, keys, context.logger),
  fields: (t) => ({
    arn: t.string({
      nullable: false,
      description: 'The ARN of the model.',
      resolve: (model) => present(model.ModelArn, 'Model.ModelArn'),
    }),
    name: t.string({
      nullable: false,
      description: 'The name of the model (the same as modelName).',
      resolve: (model) => present(model.ModelName, 'Model.ModelName'),
    }),
    modelName: t.string({
      nullable: false,
      description: 'The name of the model.',
      resolve: (model) => present(model.ModelName, 'Model.ModelName'),
    }),
    modelArn: t.string({
      nullable: false,
      description: 'The ARN of the model (the same as arn and id).',
      resolve: (model) => present(model.ModelArn, 'Model.ModelArn'),
    }),
    primaryContainer: t.field({
      type: ContainerDefinitionRef,
      nullable: true,
      description: 'The container of a single-container model; null for an inference pipeline.',
      resolve: (model) => model.PrimaryContainer ?? null,
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
    inferenceExecutionConfig: t.field({
      type: InferenceExecutionConfigRef,
      nullable: true,
      description: 'How the containers of a multi-container model are called, if set.',
      resolve: (model) => model.InferenceExecutionConfig ?? null,
    }),
    executionRoleArn: t.string({
      nullable: true,
      description: 'The IAM role SageMaker assumes to deploy and run the model.',
      resolve: (model) => model.ExecutionRoleArn ?? null,
    }),
    vpcConfig: t.field({
      type: VpcConfigRef,
      nullable: true,
      description: 'The VPC the model has access to, if any.',
      resolve: (model) => model.VpcConfig ?? null,
    }),
    enableNetworkIsolation: t.boolean({
      nullable: true,
      description: 'Whether the model containers are cut off from all network traffic.',
      resolve: (model) => model.EnableNetworkIsolation ?? null,
    }),
    deploymentRecommendation: t.field({
      type: DeploymentRecommendationRef,
      nullable: true,
      description: 'The deployment configurations SageMaker recommends for the model, if any.',
      resolve: (model) => model.DeploymentRecommendation ?? null,
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
      description:
        'The tags on the model. DescribeModel omits them: costs one ListTags call per item, made only when selected.',
      resolve: (model, _args, context) => tagsOf(model.ModelArn, context),
    }),
  }),
});

/** Rejects a malformed name before any upstream call; SageMaker names share one pattern. */
export const requireResourceName = (name: string, what: string): string => {
  if (!RESOURCE_NAME.test(name)) {
    throw createGraphQLError(
      `Argument "name" must be ${what} name (${RESOURCE_NAME.source}), but got: ${JSON.stringify(name)}.`,
      { extensions: { code: 'BAD_USER_INPUT' } },
    );
  }
  return name;
};
