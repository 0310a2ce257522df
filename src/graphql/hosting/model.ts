import type { ContainerDefinition, Tag } from '@aws-sdk/client-sagemaker';
import { type Model as DescribedModel, loadModels } from '../../sagemaker/hosting.js';
import { searchModelTags } from '../../sagemaker/model-tags.js';
import { builder } from '../builder.js';
import {
  KeyValuePairRef,
  keyValuePairs,
  listMember,
  present,
  TagRef,
  VpcConfigRef,
} from '../common.js';
import type { Context } from '../context.js';
import { describedLoader, loadWithinTenants } from '../describe-tenancy.js';
import {
  AdditionalModelDataSourceRef,
  ModelDataSourceRef,
} from '../model-registry/inference-specification.js';
import { ModelPackage } from '../model-registry/model-package.js';
import { resourceNode } from '../resource-node.js';
import { listedTags, primeTags, tagsOf } from '../tags.js';
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

/**
 * Models come from Describe, which carries no tags, and are checked on every path by their own
 * tags (an endpoint configuration may host another tenant's model): one Search per level reads
 * them (`searchModelTags`), and a ListTags answers each model Search has not indexed yet.
 */
const modelTenancy = {
  resource: 'model',
  described: describedLoader(loadModels),
  tagsOf: async (records: readonly DescribedModel[], context: Context) => {
    const searched = await searchedModelTags(records, context);
    const unsearched = records.filter((model) => !searched.has(nameKey(model)));
    const listed = await listedTags(unsearched, (model) => model.ModelArn, context);
    const byModel = new Map(unsearched.map((model, at) => [model, listed[at] ?? []]));
    return records.map((model) => searched.get(nameKey(model)) ?? byModel.get(model) ?? []);
  },
};

const nameKey = (model: DescribedModel): string => model.ModelName?.toLowerCase() ?? '';

/**
 * The tags Search returns for `records`, by lower-cased name, primed into the request's tags
 * loader so `tags` fields cost nothing more. A failed Search is logged and costs the ListTags
 * fallback instead: the check stays exact, only dearer.
 */
async function searchedModelTags(
  records: readonly DescribedModel[],
  context: Context,
): Promise<Map<string, Tag[]>> {
  const names = records.map((model) => model.ModelName).filter((name) => name !== undefined);
  if (names.length === 0) return new Map();
  try {
    const found = await searchModelTags(context.sagemaker, names, context.logger);
    for (const model of records) {
      const tags = found.get(nameKey(model));
      if (tags !== undefined && model.ModelArn !== undefined)
        primeTags(model.ModelArn, tags, context);
    }
    return found;
  } catch (error) {
    context.logger.warn({ err: error }, 'model tag Search failed; checking tenants by ListTags');
    return new Map();
  }
}

export const Model = resourceNode<DescribedModel>('Model', {
  description:
    'A SageMaker model: the containers, artifacts and role an endpoint variant runs. Its id is its ARN.',
  noun: 'model',
  arnMember: 'ModelArn',
  nameMember: 'ModelName',
  // Models have no Search: each costs a DescribeModel, a bounded number at a time, in one batch
  // per level (see EndpointConfig).
  load: (keys, context) => loadWithinTenants(keys, context, modelTenancy),
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
      description:
        'The tags on the model. DescribeModel omits them: costs one ListTags call per item, made only when selected.',
      resolve: (model, _args, context) => tagsOf(model.ModelArn, context),
    }),
  }),
});
