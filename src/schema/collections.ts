import type {
  Endpoint as EndpointRecord,
  HyperParameterTuningJobSearchEntity,
  ModelPackageGroup as ModelPackageGroupRecord,
  ModelPackage as ModelPackageRecord,
  TrainingJob as TrainingJobRecord,
} from '@aws-sdk/client-sagemaker';
import { builder } from '../builder.js';
import type { Context } from '../context.js';
import { Endpoint } from './endpoint.js';
import { EndpointFilterInput, EndpointOrderInput } from './endpoint-filter.js';
import { ModelPackage, ModelPackageGroup } from './model-package.js';
import { ModelPackageFilterInput, ModelPackageOrderInput } from './model-package-filter.js';
import {
  ModelPackageGroupFilterInput,
  ModelPackageGroupOrderInput,
} from './model-package-group-filter.js';
import { resolveNestedConnection } from './nested-connection.js';
import {
  type CollectionArgs,
  compileCollection,
  connectionComplexity,
  connectionType,
  pageArgs,
  resolveSearchConnection,
  type SearchCollection,
} from './search-connection.js';
import { TrainingJob } from './training-job.js';
import { TrainingJobFilterInput, TrainingJobOrderInput } from './training-job-filter.js';
import { HyperParameterTuningJob } from './tuning-job.js';
import {
  HyperParameterTuningJobFilterInput,
  HyperParameterTuningJobOrderInput,
} from './tuning-job-filter.js';

/** Primes a loader under each key a link may use (name and ARN). */
const primer =
  <T>(
    loaderOf: (context: Context) => { prime: (key: string, value: T) => unknown },
    keysOf: (item: T) => Array<string | undefined>,
  ) =>
  (context: Context, item: T): void => {
    const loader = loaderOf(context);
    for (const key of keysOf(item)) if (key !== undefined) loader.prime(key, item);
  };

const TRAINING_JOBS: SearchCollection<TrainingJobRecord> = {
  resource: 'TrainingJob',
  pick: (record) => record.TrainingJob,
  prime: primer<TrainingJobRecord>(
    (context) => TrainingJob.getDataloader(context),
    (job) => [job.TrainingJobName, job.TrainingJobArn],
  ),
};

const TUNING_JOBS: SearchCollection<HyperParameterTuningJobSearchEntity> = {
  resource: 'HyperParameterTuningJob',
  pick: (record) => record.HyperParameterTuningJob,
  prime: primer<HyperParameterTuningJobSearchEntity>(
    (context) => HyperParameterTuningJob.getDataloader(context),
    (job) => [job.HyperParameterTuningJobName, job.HyperParameterTuningJobArn],
  ),
};

const ENDPOINTS: SearchCollection<EndpointRecord> = {
  resource: 'Endpoint',
  pick: (record) => record.Endpoint,
  prime: primer<EndpointRecord>(
    (context) => Endpoint.getDataloader(context),
    (endpoint) => [endpoint.EndpointName, endpoint.EndpointArn],
  ),
};

const MODEL_PACKAGES: SearchCollection<ModelPackageRecord> = {
  resource: 'ModelPackage',
  pick: (record) => record.ModelPackage,
  prime: primer<ModelPackageRecord>(
    (context) => ModelPackage.getDataloader(context),
    // A versioned package shares its name with its group, so only its ARN is its key.
    (pkg) => [
      pkg.ModelPackageArn,
      pkg.ModelPackageVersion === undefined ? pkg.ModelPackageName : undefined,
    ],
  ),
};

const MODEL_PACKAGE_GROUPS: SearchCollection<ModelPackageGroupRecord> = {
  resource: 'ModelPackageGroup',
  pick: (record) => record.ModelPackageGroup,
  prime: primer<ModelPackageGroupRecord>(
    (context) => ModelPackageGroup.getDataloader(context),
    (group) => [group.ModelPackageGroupName, group.ModelPackageGroupArn],
  ),
};

const TrainingJobConnection = connectionType('TrainingJob', TrainingJob, 'training job');
const TuningJobConnection = connectionType(
  'HyperParameterTuningJob',
  HyperParameterTuningJob,
  'hyperparameter tuning job',
);
const EndpointConnection = connectionType('Endpoint', Endpoint, 'endpoint');
const ModelPackageConnection = connectionType('ModelPackage', ModelPackage, 'model package');
const ModelPackageGroupConnection = connectionType(
  'ModelPackageGroup',
  ModelPackageGroup,
  'model package group',
);

/** A page of a root collection. */
const resolveCollection = <T>(
  context: Context,
  collection: SearchCollection<T>,
  args: CollectionArgs,
) =>
  resolveSearchConnection(
    context,
    collection,
    compileCollection(context, collection.resource, args),
    args,
  );

const ORDER_NOTE =
  'Without orderBy, SageMaker’s order: most recently modified (or created) first, ties by ARN.';

builder.queryFields((t) => ({
  trainingJobs: t.field({
    type: TrainingJobConnection,
    description: `Training jobs matching filter, page by page (one SageMaker Search per page). ${ORDER_NOTE}`,
    args: {
      filter: t.arg({ type: TrainingJobFilterInput, description: 'Which training jobs.' }),
      orderBy: t.arg({ type: TrainingJobOrderInput, description: 'The order of the results.' }),
      ...pageArgs(t.arg),
    },
    complexity: connectionComplexity,
    resolve: (_root, args, context) => resolveCollection(context, TRAINING_JOBS, args),
  }),
  hyperParameterTuningJobs: t.field({
    type: TuningJobConnection,
    description: `Hyperparameter tuning jobs matching filter, page by page (one SageMaker Search per page). ${ORDER_NOTE}`,
    args: {
      filter: t.arg({
        type: HyperParameterTuningJobFilterInput,
        description: 'Which tuning jobs.',
      }),
      orderBy: t.arg({
        type: HyperParameterTuningJobOrderInput,
        description: 'The order of the results.',
      }),
      ...pageArgs(t.arg),
    },
    complexity: connectionComplexity,
    resolve: (_root, args, context) => resolveCollection(context, TUNING_JOBS, args),
  }),
  endpoints: t.field({
    type: EndpointConnection,
    description: `Endpoints matching filter, page by page (one SageMaker Search per page). ${ORDER_NOTE}`,
    args: {
      filter: t.arg({ type: EndpointFilterInput, description: 'Which endpoints.' }),
      orderBy: t.arg({ type: EndpointOrderInput, description: 'The order of the results.' }),
      ...pageArgs(t.arg),
    },
    complexity: connectionComplexity,
    resolve: (_root, args, context) => resolveCollection(context, ENDPOINTS, args),
  }),
  modelPackages: t.field({
    type: ModelPackageConnection,
    description: `Model packages (versions and unversioned packages) matching filter, page by page (one SageMaker Search per page). ${ORDER_NOTE}`,
    args: {
      filter: t.arg({ type: ModelPackageFilterInput, description: 'Which model packages.' }),
      orderBy: t.arg({ type: ModelPackageOrderInput, description: 'The order of the results.' }),
      ...pageArgs(t.arg),
    },
    complexity: connectionComplexity,
    resolve: (_root, args, context) => resolveCollection(context, MODEL_PACKAGES, args),
  }),
  modelPackageGroups: t.field({
    type: ModelPackageGroupConnection,
    description: `Model package groups matching filter, page by page (one SageMaker Search per page). ${ORDER_NOTE}`,
    args: {
      filter: t.arg({
        type: ModelPackageGroupFilterInput,
        description: 'Which model package groups.',
      }),
      orderBy: t.arg({
        type: ModelPackageGroupOrderInput,
        description: 'The order of the results.',
      }),
      ...pageArgs(t.arg),
    },
    complexity: connectionComplexity,
    resolve: (_root, args, context) => resolveCollection(context, MODEL_PACKAGE_GROUPS, args),
  }),
}));

builder.objectField(HyperParameterTuningJob, 'trainingJobs', (t) =>
  t.field({
    type: TrainingJobConnection,
    description: `The training jobs this tuning job launched that match filter, page by page: a Search for training jobs whose tuningJobArn is this job’s ARN, AND-ed with the filter (first pages of many tuning jobs share a few Searches when they launched at most 300 matching jobs together; otherwise, and for later pages, one Search per tuning job and page). ${ORDER_NOTE}`,
    args: {
      filter: t.arg({
        type: TrainingJobFilterInput,
        description: 'Which of the training jobs.',
      }),
      orderBy: t.arg({ type: TrainingJobOrderInput, description: 'The order of the results.' }),
      ...pageArgs(t.arg),
    },
    complexity: connectionComplexity,
    resolve: (job, args, context) =>
      resolveNestedConnection(context, TRAINING_JOBS, args, {
        property: 'TuningJobArn',
        value: job.HyperParameterTuningJobArn ?? '',
        // SageMaker lower-cases names in ARNs; compare ARNs case-insensitively.
        valueOf: (item) => item.TuningJobArn?.toLowerCase(),
        normalize: (value) => value.toLowerCase(),
      }),
  }),
);

builder.objectField(ModelPackageGroup, 'modelPackages', (t) =>
  t.field({
    type: ModelPackageConnection,
    description:
      'The versions in this group that match filter, page by page, newest first unless orderBy says otherwise (first pages of many groups share a few Searches when they hold at most 300 matching versions together; otherwise, and for later pages, one Search per group and page).',
    args: {
      filter: t.arg({ type: ModelPackageFilterInput, description: 'Which of the versions.' }),
      orderBy: t.arg({
        type: ModelPackageOrderInput,
        description: 'The order of the results (default: newest first).',
      }),
      ...pageArgs(t.arg),
    },
    complexity: connectionComplexity,
    resolve: (group, args, context) =>
      resolveNestedConnection(context, MODEL_PACKAGES, args, {
        property: 'ModelPackageGroupName',
        value: group.ModelPackageGroupName ?? '',
        valueOf: (item) => item.ModelPackageGroupName,
        defaultOrder: { SortBy: 'CreationTime', SortOrder: 'Descending' },
      }),
  }),
);
