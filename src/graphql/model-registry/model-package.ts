import type {
  ModelPackageGroup as ModelPackageGroupRecord,
  ModelPackage as ModelPackageRecord,
  TrainingJob as TrainingJobRecord,
} from '@aws-sdk/client-sagemaker';
import { createContextCache } from '@pothos/core';
import DataLoader from 'dataloader';
import { createGraphQLError } from 'graphql-yoga';
import { parseArn } from '../../sagemaker/arn.js';
import { MAX_BATCH } from '../../sagemaker/batch/search.js';
import {
  loadModelPackageGroups,
  loadModelPackages,
  loadModelPackagesByModelDataUrl,
} from '../../sagemaker/model-registry.js';
import { MODEL_PACKAGE_ARN_NAME, RESOURCE_NAME } from '../../sagemaker/names.js';
import { loadTrainingJobsByModelArtifacts } from '../../sagemaker/training-job.js';
import { Algorithm } from '../algorithm/node.js';
import { builder } from '../builder.js';
import { KeyValuePairRef, keyValuePairs, present, TagRef } from '../common.js';
import type { Context } from '../context.js';
import { selectsOnly } from '../selection.js';
import { TrainingJob } from '../training-job/node.js';
import { InferenceSpecificationRef } from './inference-specification.js';
import {
  AdditionalInferenceSpecificationRef,
  DriftCheckBaselinesRef,
  MetadataPropertiesRef,
  ModelLifeCycleRef,
  ModelMetricsRef,
  ModelPackageModelCardRef,
  ModelPackageSecurityConfigRef,
  ModelPackageStatusDetailsRef,
  ModelPackageValidationSpecificationRef,
  SourceAlgorithmRef,
  UserContextRef,
} from './parts.js';

const badInput = (message: string) =>
  createGraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });

const newestFirst = (a: ModelPackageRecord, b: ModelPackageRecord): number =>
  (b.CreationTime?.getTime() ?? 0) - (a.CreationTime?.getTime() ?? 0) ||
  (b.ModelPackageVersion ?? 0) - (a.ModelPackageVersion ?? 0);

/** The group's fields its name alone answers (its versions are found by the group's name). */
const GROUP_FIELDS_OF_NAME: ReadonlySet<string> = new Set([
  'name',
  'modelPackageGroupName',
  'modelPackages',
]);

/** The model artifact URLs of a package's containers, the key of its training job link. */
const modelDataUrls = (pkg: ModelPackageRecord): string[] => [
  ...new Set(
    (pkg.InferenceSpecification?.Containers ?? [])
      .map((container) => container.ModelDataUrl)
      .filter((url) => url !== undefined),
  ),
];

// Per-request loaders for the links that are not lookups by a node's own key.
const packagesByModelDataUrl = createContextCache(
  (context: Context) =>
    new DataLoader<string, ModelPackageRecord[]>(
      (urls) => loadModelPackagesByModelDataUrl(context.sagemaker, urls, context.logger),
      { maxBatchSize: MAX_BATCH },
    ),
);

const trainingJobsByArtifact = createContextCache(
  (context: Context) =>
    new DataLoader<string, TrainingJobRecord[]>(
      (urls) => loadTrainingJobsByModelArtifacts(context.sagemaker, urls, context.logger),
      { maxBatchSize: MAX_BATCH },
    ),
);

export const ModelPackageGroup = builder.loadableNode<
  ModelPackageGroupRecord | Error | null,
  [],
  'ModelPackageGroup',
  string,
  string,
  string,
  ModelPackageGroupRecord
>('ModelPackageGroup', {
  description:
    'A model package group of the model registry: the versions of one model. Its id is its ARN.',
  id: {
    description: 'The ARN of the model package group.',
    resolve: (group) => group.ModelPackageGroupArn ?? '',
  },
  loaderOptions: { maxBatchSize: MAX_BATCH },
  // Keyed by name (modelPackageGroup, ModelPackage.group) or ARN (node).
  load: (keys, context) => loadModelPackageGroups(context.sagemaker, keys, context.logger),
  fields: (t) => ({
    arn: t.string({
      description: 'The ARN of the model package group.',
      resolve: (group) => present(group.ModelPackageGroupArn, 'ModelPackageGroup.Arn'),
    }),
    name: t.string({
      description: 'The name of the model package group (the same as modelPackageGroupName).',
      resolve: (group) => present(group.ModelPackageGroupName, 'ModelPackageGroup.Name'),
    }),
    modelPackageGroupName: t.string({
      description: 'The name of the model package group.',
      resolve: (group) => present(group.ModelPackageGroupName, 'ModelPackageGroup.Name'),
    }),
    modelPackageGroupArn: t.string({
      description: 'The ARN of the model package group (the same as arn and id).',
      resolve: (group) => present(group.ModelPackageGroupArn, 'ModelPackageGroup.Arn'),
    }),
    modelPackageGroupDescription: t.string({
      nullable: true,
      description: 'The description of the model package group.',
      resolve: (group) => group.ModelPackageGroupDescription ?? null,
    }),
    modelPackageGroupStatus: t.string({
      description:
        'The status of the group: Pending, InProgress, Completed, Failed, Deleting or DeleteFailed.',
      resolve: (group) => present(group.ModelPackageGroupStatus, 'ModelPackageGroup.Status'),
    }),
    creationTime: t.field({
      type: 'DateTime',
      description: 'When the model package group was created.',
      resolve: (group) => present(group.CreationTime, 'ModelPackageGroup.CreationTime'),
    }),
    createdBy: t.field({
      type: UserContextRef,
      nullable: true,
      description: 'Who created the model package group.',
      resolve: (group) => group.CreatedBy ?? null,
    }),
    tags: t.field({
      type: [TagRef],
      description: 'The tags on the model package group.',
      resolve: (group) => group.Tags ?? [],
    }),
  }),
});

export const ModelPackage = builder.loadableNode<
  ModelPackageRecord | Error | null,
  [],
  'ModelPackage',
  string,
  string,
  string,
  ModelPackageRecord
>('ModelPackage', {
  description:
    'A model package: a versioned model in a model package group, or an unversioned package. Its id is its ARN.',
  id: {
    description: 'The ARN of the model package.',
    resolve: (pkg) => pkg.ModelPackageArn ?? '',
  },
  loaderOptions: { maxBatchSize: MAX_BATCH },
  // Keyed by ARN (modelPackage, node, model containers) or by an unversioned package's name.
  load: (keys, context) => loadModelPackages(context.sagemaker, keys, context.logger),
  fields: (t) => ({
    arn: t.string({
      description: 'The ARN of the model package.',
      resolve: (pkg) => present(pkg.ModelPackageArn, 'ModelPackage.ModelPackageArn'),
    }),
    name: t.string({
      description:
        'The full name of the model package: for a versioned package the name of its group (see version).',
      resolve: (pkg) =>
        present(pkg.ModelPackageName ?? pkg.ModelPackageGroupName, 'ModelPackage.ModelPackageName'),
    }),
    version: t.int({
      nullable: true,
      description: 'The version within its group (from 1); null for an unversioned package.',
      resolve: (pkg) => pkg.ModelPackageVersion ?? null,
    }),
    modelPackageName: t.string({
      description: 'The name of the model package (for a versioned package, its group name).',
      resolve: (pkg) =>
        present(pkg.ModelPackageName ?? pkg.ModelPackageGroupName, 'ModelPackage.ModelPackageName'),
    }),
    modelPackageArn: t.string({
      description: 'The ARN of the model package (the same as arn and id).',
      resolve: (pkg) => present(pkg.ModelPackageArn, 'ModelPackage.ModelPackageArn'),
    }),
    modelPackageGroupName: t.string({
      nullable: true,
      description: 'The group the package is a version of; null for an unversioned package.',
      resolve: (pkg) => pkg.ModelPackageGroupName ?? null,
    }),
    modelPackageVersion: t.int({
      nullable: true,
      description: 'The version number (the same as version).',
      resolve: (pkg) => pkg.ModelPackageVersion ?? null,
    }),
    modelPackageRegistrationType: t.string({
      nullable: true,
      description: 'Logged (metadata only) or Registered (deployable, with approval status).',
      resolve: (pkg) => pkg.ModelPackageRegistrationType ?? null,
    }),
    modelPackageDescription: t.string({
      nullable: true,
      description: 'The description of the model package.',
      resolve: (pkg) => pkg.ModelPackageDescription ?? null,
    }),
    creationTime: t.field({
      type: 'DateTime',
      description: 'When the model package was created.',
      resolve: (pkg) => present(pkg.CreationTime, 'ModelPackage.CreationTime'),
    }),
    inferenceSpecification: t.field({
      type: InferenceSpecificationRef,
      nullable: true,
      description: 'How the model serves inferences: its containers and instance types.',
      resolve: (pkg) => pkg.InferenceSpecification ?? null,
    }),
    sourceAlgorithms: t.field({
      type: [SourceAlgorithmRef],
      description:
        'The algorithms used to create the model package (SourceAlgorithmSpecification).',
      resolve: (pkg) => pkg.SourceAlgorithmSpecification?.SourceAlgorithms ?? [],
    }),
    validationSpecification: t.field({
      type: ModelPackageValidationSpecificationRef,
      nullable: true,
      description: 'The batch transform jobs SageMaker runs to validate the model package.',
      resolve: (pkg) => pkg.ValidationSpecification ?? null,
    }),
    modelPackageStatus: t.string({
      description: 'The status: Pending, InProgress, Completed, Failed or Deleting.',
      resolve: (pkg) => present(pkg.ModelPackageStatus, 'ModelPackage.ModelPackageStatus'),
    }),
    modelPackageStatusDetails: t.field({
      type: ModelPackageStatusDetailsRef,
      nullable: true,
      description: 'The validation and image scan statuses.',
      resolve: (pkg) => pkg.ModelPackageStatusDetails ?? null,
    }),
    certifyForMarketplace: t.boolean({
      nullable: true,
      description: 'Whether the model package is to be certified for listing on AWS Marketplace.',
      resolve: (pkg) => pkg.CertifyForMarketplace ?? null,
    }),
    modelApprovalStatus: t.string({
      nullable: true,
      description:
        'The approval status: Approved, Rejected or PendingManualApproval (versioned packages).',
      resolve: (pkg) => pkg.ModelApprovalStatus ?? null,
    }),
    approvalDescription: t.string({
      nullable: true,
      description: 'The description given when the approval status was set.',
      resolve: (pkg) => pkg.ApprovalDescription ?? null,
    }),
    createdBy: t.field({
      type: UserContextRef,
      nullable: true,
      description: 'Who created the model package.',
      resolve: (pkg) => pkg.CreatedBy ?? null,
    }),
    lastModifiedTime: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When the model package was last modified.',
      resolve: (pkg) => pkg.LastModifiedTime ?? null,
    }),
    lastModifiedBy: t.field({
      type: UserContextRef,
      nullable: true,
      description: 'Who last modified the model package.',
      resolve: (pkg) => pkg.LastModifiedBy ?? null,
    }),
    metadataProperties: t.field({
      type: MetadataPropertiesRef,
      nullable: true,
      description: 'Where the model package came from: repository, commit, project, producer.',
      resolve: (pkg) => pkg.MetadataProperties ?? null,
    }),
    modelMetrics: t.field({
      type: ModelMetricsRef,
      nullable: true,
      description: 'Reports on the quality, data quality, bias and explainability of the model.',
      resolve: (pkg) => pkg.ModelMetrics ?? null,
    }),
    customerMetadataProperties: t.field({
      type: [KeyValuePairRef],
      description: 'Free-form metadata of the model package, sorted by key.',
      resolve: (pkg) => keyValuePairs(pkg.CustomerMetadataProperties),
    }),
    driftCheckBaselines: t.field({
      type: DriftCheckBaselinesRef,
      nullable: true,
      description: 'The baselines Model Monitor checks drift against for this model.',
      resolve: (pkg) => pkg.DriftCheckBaselines ?? null,
    }),
    domain: t.string({
      nullable: true,
      description: 'The machine learning domain, e.g. COMPUTER_VISION or MACHINE_LEARNING.',
      resolve: (pkg) => pkg.Domain ?? null,
    }),
    task: t.string({
      nullable: true,
      description: 'The machine learning task, e.g. CLASSIFICATION or IMAGE_CLASSIFICATION.',
      resolve: (pkg) => pkg.Task ?? null,
    }),
    samplePayloadUrl: t.string({
      nullable: true,
      description: 'The S3 path of a sample payload (a single .tar.gz).',
      resolve: (pkg) => pkg.SamplePayloadUrl ?? null,
    }),
    additionalInferenceSpecifications: t.field({
      type: [AdditionalInferenceSpecificationRef],
      description: 'Further ways to run inference with the model package.',
      resolve: (pkg) => pkg.AdditionalInferenceSpecifications ?? [],
    }),
    sourceUri: t.string({
      nullable: true,
      description: 'The URI of the source of the model package (e.g. a model in a hub).',
      resolve: (pkg) => pkg.SourceUri ?? null,
    }),
    securityConfig: t.field({
      type: ModelPackageSecurityConfigRef,
      nullable: true,
      description: 'How the model package is encrypted.',
      resolve: (pkg) => pkg.SecurityConfig ?? null,
    }),
    modelCard: t.field({
      type: ModelPackageModelCardRef,
      nullable: true,
      description: 'The model card of the model package.',
      resolve: (pkg) => pkg.ModelCard ?? null,
    }),
    modelLifeCycle: t.field({
      type: ModelLifeCycleRef,
      nullable: true,
      description: 'Where the model package stands in its lifecycle.',
      resolve: (pkg) => pkg.ModelLifeCycle ?? null,
    }),
    skipModelValidation: t.string({
      nullable: true,
      description: 'Which validation is skipped on registration: All or None.',
      resolve: (pkg) => pkg.SkipModelValidation ?? null,
    }),
    tags: t.field({
      type: [TagRef],
      description: 'The tags on the model package.',
      resolve: (pkg) => pkg.Tags ?? [],
    }),
    group: t.field({
      type: ModelPackageGroup,
      nullable: true,
      description:
        'The group the package is a version of; null for an unversioned package. Selecting only what the name answers (name, modelPackageGroupName, modelPackages) costs no lookup of the group.',
      resolve: (pkg, _args, _context, info) => {
        const name = pkg.ModelPackageGroupName;
        if (name === undefined) return null;
        // A version cannot outlive its group (SageMaker refuses to delete a group that holds
        // versions), so what the name answers needs no Search; the rest loads the group.
        return selectsOnly(info, GROUP_FIELDS_OF_NAME) ? { ModelPackageGroupName: name } : name;
      },
    }),
    trainingJob: t.field({
      type: TrainingJob,
      nullable: true,
      description:
        'The training job whose model artifacts a container of this package serves (its ModelArtifacts.S3ModelArtifacts is the container’s modelDataUrl); null when there is none.',
      resolve: async (pkg, _args, context) => {
        const loader = trainingJobsByArtifact(context);
        const found = await Promise.all(modelDataUrls(pkg).map((url) => loader.load(url)));
        return found.flat()[0] ?? null;
      },
    }),
  }),
});

builder.objectField(SourceAlgorithmRef, 'algorithm', (t) =>
  t.field({
    type: Algorithm,
    nullable: true,
    description:
      'The algorithm resource of this account with that name; null for one that is not (e.g. an AWS Marketplace algorithm).',
    resolve: (source) => source.AlgorithmName ?? null,
  }),
);

builder.objectField(TrainingJob, 'modelPackages', (t) =>
  t.field({
    type: [ModelPackage],
    description:
      'The model packages with a container that serves this job’s model artifacts (modelDataUrl is its ModelArtifacts.S3ModelArtifacts), newest first.',
    resolve: async (job, _args, context) => {
      const url = job.ModelArtifacts?.S3ModelArtifacts;
      if (url === undefined) return [];
      return [...(await packagesByModelDataUrl(context).load(url))].sort(newestFirst);
    },
  }),
);

builder.queryFields((t) => ({
  modelPackage: t.field({
    type: ModelPackage,
    nullable: true,
    description: 'The model package with this ARN, or null when there is none.',
    args: {
      arn: t.arg.string({
        required: true,
        description: 'e.g. arn:aws:sagemaker:us-east-1:123456789012:model-package/my-group/3',
      }),
    },
    resolve: (_root, { arn }) => {
      const parsed = parseArn(arn);
      if (
        parsed?.resourceType !== 'model-package' ||
        !MODEL_PACKAGE_ARN_NAME.test(parsed.resourceName)
      ) {
        throw badInput(
          `Argument "arn" must be a model package ARN (arn:aws:sagemaker:<region>:<account>:model-package/<name>[/<version>]), but got: ${JSON.stringify(arn)}.`,
        );
      }
      return arn;
    },
  }),
  modelPackageGroup: t.field({
    type: ModelPackageGroup,
    nullable: true,
    description: 'The model package group with this name, or null when there is none.',
    args: { name: t.arg.string({ required: true }) },
    resolve: (_root, { name }) => {
      if (!RESOURCE_NAME.test(name)) {
        throw badInput(
          `Argument "name" must be a model package group name (${RESOURCE_NAME.source}), but got: ${JSON.stringify(name)}.`,
        );
      }
      return name;
    },
  }),
}));

// A federation entity keyed by ARN or by name (unique per account and region); a supergraph's
// representations batch into the same loader as node and list lookups.
builder.asEntity(ModelPackageGroup, {
  key: [builder.selection<{ arn: string }>('arn'), builder.selection<{ name: string }>('name')],
  resolveReference: (ref, context) =>
    ModelPackageGroup.getDataloader(context).load('arn' in ref ? ref.arn : ref.name),
});

// A federation entity keyed by ARN (versioned packages share their group's name); a
// supergraph's representations batch into the same loader as node and list lookups.
builder.asEntity(ModelPackage, {
  key: builder.selection<{ arn: string }>('arn'),
  resolveReference: (ref, context) => ModelPackage.getDataloader(context).load(ref.arn),
});
