import type {
  Endpoint as EndpointRecord,
  HyperParameterTuningJobSearchEntity,
  ModelPackageGroup as ModelPackageGroupRecord,
  ModelPackage as ModelPackageRecord,
  SearchExpression,
  TrainingJob as TrainingJobRecord,
} from '@aws-sdk/client-sagemaker';
import { builder } from '../builder.js';
import type { Context } from '../context.js';
import { Endpoint } from './endpoint.js';
import { ModelPackage, ModelPackageGroup } from './model-package.js';
import {
  andExpressions,
  type CompiledSearch,
  connectionType,
  pageArgs,
  resolveSearchConnection,
  type SearchCollection,
} from './search-connection.js';
import { TrainingJob } from './training-job.js';
import { HyperParameterTuningJob } from './tuning-job.js';

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

/** The compiled Search of a collection: the context's guard AND-ed with the parent's. */
const compile = (
  guard: SearchExpression | undefined,
  parent?: SearchExpression,
): CompiledSearch => {
  const expression = andExpressions(guard, parent);
  return expression === undefined ? {} : { SearchExpression: expression };
};

builder.queryFields((t) => ({
  trainingJobs: t.field({
    type: TrainingJobConnection,
    description: 'Training jobs, page by page (one SageMaker Search per page).',
    args: pageArgs(t.arg),
    resolve: (_root, args, context) =>
      resolveSearchConnection(context, TRAINING_JOBS, compile(context.guards?.TrainingJob), args),
  }),
  hyperParameterTuningJobs: t.field({
    type: TuningJobConnection,
    description: 'Hyperparameter tuning jobs, page by page (one SageMaker Search per page).',
    args: pageArgs(t.arg),
    resolve: (_root, args, context) =>
      resolveSearchConnection(
        context,
        TUNING_JOBS,
        compile(context.guards?.HyperParameterTuningJob),
        args,
      ),
  }),
  endpoints: t.field({
    type: EndpointConnection,
    description: 'Endpoints, page by page (one SageMaker Search per page).',
    args: pageArgs(t.arg),
    resolve: (_root, args, context) =>
      resolveSearchConnection(context, ENDPOINTS, compile(context.guards?.Endpoint), args),
  }),
  modelPackages: t.field({
    type: ModelPackageConnection,
    description: 'Model packages (versions and unversioned packages), page by page.',
    args: pageArgs(t.arg),
    resolve: (_root, args, context) =>
      resolveSearchConnection(context, MODEL_PACKAGES, compile(context.guards?.ModelPackage), args),
  }),
  modelPackageGroups: t.field({
    type: ModelPackageGroupConnection,
    description: 'Model package groups, page by page (one SageMaker Search per page).',
    args: pageArgs(t.arg),
    resolve: (_root, args, context) =>
      resolveSearchConnection(
        context,
        MODEL_PACKAGE_GROUPS,
        compile(context.guards?.ModelPackageGroup),
        args,
      ),
  }),
}));

builder.objectField(HyperParameterTuningJob, 'trainingJobs', (t) =>
  t.field({
    type: TrainingJobConnection,
    description:
      'The training jobs this tuning job launched, page by page: a Search for training jobs whose tuningJobArn is this job’s ARN (one Search per tuning job and page).',
    args: pageArgs(t.arg),
    resolve: (job, args, context) =>
      resolveSearchConnection(
        context,
        TRAINING_JOBS,
        compile(context.guards?.TrainingJob, {
          Filters: [
            {
              Name: 'TuningJobArn',
              Operator: 'Equals',
              Value: job.HyperParameterTuningJobArn ?? '',
            },
          ],
        }),
        args,
      ),
  }),
);

builder.objectField(ModelPackageGroup, 'modelPackages', (t) =>
  t.field({
    type: ModelPackageConnection,
    description:
      'The versions in this group, page by page, newest first unless ordered otherwise (one Search per group and page).',
    args: pageArgs(t.arg),
    resolve: (group, args, context) =>
      resolveSearchConnection(
        context,
        MODEL_PACKAGES,
        {
          ...compile(context.guards?.ModelPackage, {
            Filters: [
              {
                Name: 'ModelPackageGroupName',
                Operator: 'Equals',
                Value: group.ModelPackageGroupName ?? '',
              },
            ],
          }),
          SortBy: 'CreationTime',
          SortOrder: 'Descending',
        },
        args,
      ),
  }),
);
