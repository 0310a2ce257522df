import type {
  HyperParameterTrainingJobSummary,
  HyperParameterTuningJobSearchEntity,
  TrainingJob as TrainingJobRecord,
} from '@aws-sdk/client-sagemaker';
import type { GraphQLResolveInfo } from 'graphql';
import { MAX_BATCH } from '../../sagemaker/batch/search.js';
import { loadTuningJobs } from '../../sagemaker/tuning-job.js';
import { listMember, present, TagRef } from '../common.js';
import type { Context } from '../context.js';
import { resourceNode } from '../resource-node.js';
import { selectsOnly } from '../selection.js';
import { TrainingJob } from '../training-job/node.js';
import {
  HyperParameterTuningJobConfigRef,
  HyperParameterTuningJobWarmStartConfigRef,
} from './config.js';
import {
  HyperParameterTuningJobCompletionDetailsRef,
  HyperParameterTuningJobConsumedResourcesRef,
  ObjectiveStatusCountersRef,
  TrainingJobStatusCountersRef,
} from './progress.js';
import { HyperParameterTrainingJobDefinitionRef } from './training-job-definition.js';
import { HyperParameterTrainingJobSummaryRef } from './training-job-summary.js';

/** Search records and Describe outputs alike; only Describe reports Autotune. */
type TuningJobModel = HyperParameterTuningJobSearchEntity & {
  Autotune?: { Mode: string | undefined } | undefined;
};

/** The training job fields a tuning job's own summary of it answers. */
const JOB_FIELDS_OF_SUMMARY: ReadonlySet<string> = new Set([
  'id',
  'arn',
  'name',
  'trainingJobName',
  'trainingJobArn',
]);

/**
 * A training job a tuning job names in a summary: what the summary answers when that is all
 * the query selects (no Search), otherwise its ARN for the loader. A guarded request always
 * loads: the job may be out of tenant.
 */
function summaryJob(
  summary: HyperParameterTrainingJobSummary | undefined,
  context: Context,
  info: GraphQLResolveInfo,
): TrainingJobRecord | string | null {
  const arn = summary?.TrainingJobArn;
  if (summary === undefined || arn === undefined) return null;
  const unguarded = context.guards?.TrainingJob === undefined;
  return unguarded && selectsOnly(info, JOB_FIELDS_OF_SUMMARY)
    ? { TrainingJobName: summary.TrainingJobName, TrainingJobArn: arn }
    : arn;
}

export const HyperParameterTuningJob = resourceNode<TuningJobModel>('HyperParameterTuningJob', {
  description:
    'A SageMaker hyperparameter tuning job: it launches training jobs to find the hyperparameters that optimise an objective metric. Its id is its ARN.',
  noun: 'tuning job',
  arnMember: 'HyperParameterTuningJobArn',
  nameMember: 'HyperParameterTuningJobName',
  loaderOptions: { maxBatchSize: MAX_BATCH },
  load: (keys, context) =>
    loadTuningJobs(
      context.sagemaker,
      keys,
      context.logger,
      context.guards?.HyperParameterTuningJob,
    ),
  fields: (t) => ({
    hyperParameterTuningJobConfig: t.expose('HyperParameterTuningJobConfig', {
      type: HyperParameterTuningJobConfigRef,
      nullable: true,
      description: 'How the tuning job searches: strategy, objective, resource limits and ranges.',
    }),
    trainingJobDefinition: t.expose('TrainingJobDefinition', {
      type: HyperParameterTrainingJobDefinitionRef,
      nullable: true,
      description: 'The definition of the training jobs the tuning job launches, when it has one.',
    }),
    trainingJobDefinitions: t.field({
      nullable: false,
      type: [HyperParameterTrainingJobDefinitionRef],
      description:
        'The definitions of the training jobs the tuning job launches, when it has several.',
      resolve: listMember('TrainingJobDefinitions'),
    }),
    hyperParameterTuningJobStatus: t.string({
      nullable: false,
      description:
        'The status of the tuning job: InProgress, Completed, Failed, Stopping, Stopped, Deleting or DeleteFailed.',
      resolve: (job) =>
        present(
          job.HyperParameterTuningJobStatus,
          'HyperParameterTuningJob.HyperParameterTuningJobStatus',
        ),
    }),
    creationTime: t.field({
      nullable: false,
      type: 'DateTime',
      description: 'When the tuning job was created.',
      resolve: (job) => present(job.CreationTime, 'HyperParameterTuningJob.CreationTime'),
    }),
    hyperParameterTuningEndTime: t.expose('HyperParameterTuningEndTime', {
      type: 'DateTime',
      nullable: true,
      description: 'When the tuning job ended, if it has.',
    }),
    lastModifiedTime: t.expose('LastModifiedTime', {
      type: 'DateTime',
      nullable: true,
      description: 'When the status of the tuning job last changed.',
    }),
    trainingJobStatusCounters: t.expose('TrainingJobStatusCounters', {
      type: TrainingJobStatusCountersRef,
      nullable: true,
      description: 'The training jobs the tuning job launched, counted by status.',
    }),
    objectiveStatusCounters: t.expose('ObjectiveStatusCounters', {
      type: ObjectiveStatusCountersRef,
      nullable: true,
      description:
        'The training jobs the tuning job launched, counted by the status of their objective metric.',
    }),
    bestTrainingJobSummary: t.expose('BestTrainingJob', {
      type: HyperParameterTrainingJobSummaryRef,
      nullable: true,
      description:
        'The training job with the best objective so far, as the tuning job reports it (tuned hyperparameters, final objective); see bestTrainingJob for the job itself.',
    }),
    overallBestTrainingJobSummary: t.expose('OverallBestTrainingJob', {
      type: HyperParameterTrainingJobSummaryRef,
      nullable: true,
      description:
        'For a warm start tuning job of type IdenticalDataAndAlgorithm: the best training job of this job and its parents, as reported; see overallBestTrainingJob for the job itself.',
    }),
    warmStartConfig: t.expose('WarmStartConfig', {
      type: HyperParameterTuningJobWarmStartConfigRef,
      nullable: true,
      description: 'The earlier tuning jobs this one starts from, if any.',
    }),
    autotuneMode: t.string({
      nullable: true,
      description:
        'Enabled when Autotune chose the configuration; reported by DescribeHyperParameterTuningJob only, so usually null.',
      resolve: (job) => job.Autotune?.Mode ?? null,
    }),
    failureReason: t.exposeString('FailureReason', {
      nullable: true,
      description: 'Why the tuning job failed, if it did.',
    }),
    tuningJobCompletionDetails: t.expose('TuningJobCompletionDetails', {
      type: HyperParameterTuningJobCompletionDetailsRef,
      nullable: true,
      description:
        'Whether the tuning job converged, and how many training jobs stopped improving.',
    }),
    consumedResources: t.expose('ConsumedResources', {
      type: HyperParameterTuningJobConsumedResourcesRef,
      nullable: true,
      description: 'The resources the tuning job has used.',
    }),
    tags: t.field({
      nullable: false,
      type: [TagRef],
      description: 'The tags on the tuning job.',
      resolve: listMember('Tags'),
    }),
    bestTrainingJob: t.field({
      type: TrainingJob,
      nullable: true,
      description:
        'The training job with the best objective so far, or null when there is none yet. Selecting only what the tuning job names (id, arn, name, trainingJobName, trainingJobArn) costs no lookup: it answers the job the tuning job reports, which may since have been deleted (DeleteTrainingJob). Selecting more loads the job, and gives null when it no longer exists; a principal held to its tenants always loads it (the job may be out of tenant, and then it is null).',
      resolve: (job, _args, context, info) => summaryJob(job.BestTrainingJob, context, info),
    }),
    overallBestTrainingJob: t.field({
      type: TrainingJob,
      nullable: true,
      description:
        'The best training job of this tuning job and its warm start parents, or null when SageMaker reports none. Costs a lookup only as bestTrainingJob does.',
      resolve: (job, _args, context, info) => summaryJob(job.OverallBestTrainingJob, context, info),
    }),
  }),
});
