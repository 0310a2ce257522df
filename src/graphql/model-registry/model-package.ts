import type {
  ModelPackage as ModelPackageRecord,
  TrainingJob as TrainingJobRecord,
} from '@aws-sdk/client-sagemaker';
import { createContextCache } from '@pothos/core';
import DataLoader from 'dataloader';
import { MAX_BATCH } from '../../sagemaker/batch/search.js';
import { loadModelPackages } from '../../sagemaker/model-registry.js';
import { loadTrainingJobsByModelArtifacts } from '../../sagemaker/training-job.js';
import { builder } from '../builder.js';
import { KeyValuePairRef, keyValuePairs, listMember, present, TagRef } from '../common.js';
import type { Context } from '../context.js';
import { LEVEL_BATCHES } from '../level-schedule.js';
import { selectsOnly } from '../selection.js';
import { TrainingJob } from '../training-job/node.js';
import {
  ModelLifeCycleRef,
  ModelPackageModelCardRef,
  ModelPackageSecurityConfigRef,
} from './governance.js';
import {
  AdditionalInferenceSpecificationRef,
  InferenceSpecificationRef,
} from './inference-specification.js';
import { DriftCheckBaselinesRef, ModelMetricsRef } from './metrics.js';
import { ModelPackageGroup } from './model-package-group.js';
import { MetadataPropertiesRef, SourceAlgorithmRef, UserContextRef } from './provenance.js';
import {
  ModelPackageStatusDetailsRef,
  ModelPackageValidationSpecificationRef,
} from './validation.js';

/**
 * The group's fields a version answers alone: the name it holds, the ARN that follows from its
 * own (a version's `…:model-package/<group>/<n>` is in the group `…:model-package-group/<group>`),
 * and the versions, found by the group's name.
 */
const GROUP_FIELDS_OF_NAME: ReadonlySet<string> = new Set([
  'id',
  'arn',
  'name',
  'modelPackageGroupName',
  'modelPackageGroupArn',
  'modelPackages',
]);

/** The ARN of the group a version's ARN is in; undefined for an unversioned package's. */
const groupArnOf = (packageArn: string | undefined): string | undefined => {
  const match = /^(arn:[^:]+:sagemaker:[^:]*:\d{12}):model-package\/([^/]+)\/\d+$/.exec(
    packageArn ?? '',
  );
  return match === null ? undefined : `${match[1]}:model-package-group/${match[2]}`;
};

/** The model artifact URLs of a package's containers, the key of its training job link. */
const modelDataUrls = (pkg: ModelPackageRecord): string[] => [
  ...new Set(
    (pkg.InferenceSpecification?.Containers ?? [])
      .map((container) => container.ModelDataUrl)
      .filter((url) => url !== undefined),
  ),
];

// Per-request loader of the training job link, which is not a lookup by a node's own key.
const trainingJobsByArtifact = createContextCache(
  (context: Context) =>
    new DataLoader<string, TrainingJobRecord[]>(
      (urls) =>
        loadTrainingJobsByModelArtifacts(
          context.sagemaker,
          urls,
          context.logger,
          context.guards?.TrainingJob,
        ),
      { ...LEVEL_BATCHES, maxBatchSize: MAX_BATCH },
    ),
);

// Not resourceNode: the published schema has this node's arn and name fields nullable and
// version between name and modelPackageName, which the helper's non-null quartet cannot give.
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
  loaderOptions: { ...LEVEL_BATCHES, maxBatchSize: MAX_BATCH },
  // Keyed by ARN (modelPackage, node, model containers) or by an unversioned package's name.
  load: (keys, context) =>
    loadModelPackages(context.sagemaker, keys, context.logger, context.guards?.ModelPackage),
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
    version: t.exposeInt('ModelPackageVersion', {
      nullable: true,
      description: 'The version within its group (from 1); null for an unversioned package.',
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
    modelPackageGroupName: t.exposeString('ModelPackageGroupName', {
      nullable: true,
      description: 'The group the package is a version of; null for an unversioned package.',
    }),
    modelPackageVersion: t.exposeInt('ModelPackageVersion', {
      nullable: true,
      description: 'The version number (the same as version).',
    }),
    modelPackageRegistrationType: t.exposeString('ModelPackageRegistrationType', {
      nullable: true,
      description: 'Logged (metadata only) or Registered (deployable, with approval status).',
    }),
    modelPackageDescription: t.exposeString('ModelPackageDescription', {
      nullable: true,
      description: 'The description of the model package.',
    }),
    creationTime: t.field({
      type: 'DateTime',
      description: 'When the model package was created.',
      resolve: (pkg) => present(pkg.CreationTime, 'ModelPackage.CreationTime'),
    }),
    inferenceSpecification: t.expose('InferenceSpecification', {
      type: InferenceSpecificationRef,
      nullable: true,
      description: 'How the model serves inferences: its containers and instance types.',
    }),
    sourceAlgorithms: t.field({
      type: [SourceAlgorithmRef],
      description:
        'The algorithms used to create the model package (SourceAlgorithmSpecification).',
      resolve: (pkg) => pkg.SourceAlgorithmSpecification?.SourceAlgorithms ?? [],
    }),
    validationSpecification: t.expose('ValidationSpecification', {
      type: ModelPackageValidationSpecificationRef,
      nullable: true,
      description: 'The batch transform jobs SageMaker runs to validate the model package.',
    }),
    modelPackageStatus: t.string({
      description: 'The status: Pending, InProgress, Completed, Failed or Deleting.',
      resolve: (pkg) => present(pkg.ModelPackageStatus, 'ModelPackage.ModelPackageStatus'),
    }),
    modelPackageStatusDetails: t.expose('ModelPackageStatusDetails', {
      type: ModelPackageStatusDetailsRef,
      nullable: true,
      description: 'The validation and image scan statuses.',
    }),
    certifyForMarketplace: t.exposeBoolean('CertifyForMarketplace', {
      nullable: true,
      description: 'Whether the model package is to be certified for listing on AWS Marketplace.',
    }),
    modelApprovalStatus: t.exposeString('ModelApprovalStatus', {
      nullable: true,
      description:
        'The approval status: Approved, Rejected or PendingManualApproval (versioned packages).',
    }),
    approvalDescription: t.exposeString('ApprovalDescription', {
      nullable: true,
      description: 'The description given when the approval status was set.',
    }),
    createdBy: t.expose('CreatedBy', {
      type: UserContextRef,
      nullable: true,
      description: 'Who created the model package.',
    }),
    lastModifiedTime: t.expose('LastModifiedTime', {
      type: 'DateTime',
      nullable: true,
      description: 'When the model package was last modified.',
    }),
    lastModifiedBy: t.expose('LastModifiedBy', {
      type: UserContextRef,
      nullable: true,
      description: 'Who last modified the model package.',
    }),
    metadataProperties: t.expose('MetadataProperties', {
      type: MetadataPropertiesRef,
      nullable: true,
      description: 'Where the model package came from: repository, commit, project, producer.',
    }),
    modelMetrics: t.expose('ModelMetrics', {
      type: ModelMetricsRef,
      nullable: true,
      description: 'Reports on the quality, data quality, bias and explainability of the model.',
    }),
    customerMetadataProperties: t.field({
      type: [KeyValuePairRef],
      description: 'Free-form metadata of the model package, sorted by key.',
      resolve: (pkg) => keyValuePairs(pkg.CustomerMetadataProperties),
    }),
    driftCheckBaselines: t.expose('DriftCheckBaselines', {
      type: DriftCheckBaselinesRef,
      nullable: true,
      description: 'The baselines Model Monitor checks drift against for this model.',
    }),
    domain: t.exposeString('Domain', {
      nullable: true,
      description: 'The machine learning domain, e.g. COMPUTER_VISION or MACHINE_LEARNING.',
    }),
    task: t.exposeString('Task', {
      nullable: true,
      description: 'The machine learning task, e.g. CLASSIFICATION or IMAGE_CLASSIFICATION.',
    }),
    samplePayloadUrl: t.exposeString('SamplePayloadUrl', {
      nullable: true,
      description: 'The S3 path of a sample payload (a single .tar.gz).',
    }),
    additionalInferenceSpecifications: t.field({
      type: [AdditionalInferenceSpecificationRef],
      description: 'Further ways to run inference with the model package.',
      resolve: listMember('AdditionalInferenceSpecifications'),
    }),
    sourceUri: t.exposeString('SourceUri', {
      nullable: true,
      description: 'The URI of the source of the model package (e.g. a model in a hub).',
    }),
    securityConfig: t.expose('SecurityConfig', {
      type: ModelPackageSecurityConfigRef,
      nullable: true,
      description: 'How the model package is encrypted.',
    }),
    modelCard: t.expose('ModelCard', {
      type: ModelPackageModelCardRef,
      nullable: true,
      description: 'The model card of the model package.',
    }),
    modelLifeCycle: t.expose('ModelLifeCycle', {
      type: ModelLifeCycleRef,
      nullable: true,
      description: 'Where the model package stands in its lifecycle.',
    }),
    skipModelValidation: t.exposeString('SkipModelValidation', {
      nullable: true,
      description: 'Which validation is skipped on registration: All or None.',
    }),
    tags: t.field({
      type: [TagRef],
      description: 'The tags on the model package.',
      resolve: listMember('Tags'),
    }),
    group: t.field({
      type: ModelPackageGroup,
      nullable: true,
      description:
        'The group the package is a version of; null for an unversioned package. Selecting only what the version answers (id, arn, name, modelPackageGroupName, modelPackageGroupArn, modelPackages) costs no lookup of the group, except for a principal held to its tenants (the group may be out of tenant, and then it is null).',
      resolve: (pkg, _args, context, info) => {
        const name = pkg.ModelPackageGroupName;
        if (name === undefined) return null;
        // A version cannot outlive its group (SageMaker refuses to delete a group that holds
        // versions), so what the name answers needs no Search; the rest loads the group. A
        // guarded request always loads it: the group may be out of tenant, and then it is null.
        const unguarded = context.guards?.ModelPackageGroup === undefined;
        const arn = groupArnOf(pkg.ModelPackageArn);
        return unguarded && arn !== undefined && selectsOnly(info, GROUP_FIELDS_OF_NAME)
          ? { ModelPackageGroupName: name, ModelPackageGroupArn: arn }
          : name;
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
