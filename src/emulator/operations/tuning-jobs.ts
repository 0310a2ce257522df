import type {
  HyperParameterTuningJobSearchEntity,
  HyperParameterTuningJobSummary,
  Tag,
} from '@aws-sdk/client-sagemaker';
import { refreshTuningJob, summarizeChild } from '../lifecycle/tuning.js';
import { listPage, timeKey } from '../list.js';
import { type Request, requiredObject, requiredString, resourceName } from '../request-members.js';
import { resourceInUse, resourceNotFound, validationError } from '../service-errors.js';
import {
  copy,
  type Operation,
  type OperationContext,
  visibleFrom,
  withoutTags,
} from './context.js';
import { TRAINING_JOB_STATUSES } from './training-jobs.js';

type TuningJob = HyperParameterTuningJobSearchEntity;

const TUNING_STATUSES = [
  'Completed',
  'InProgress',
  'Failed',
  'Stopped',
  'Stopping',
  'Deleting',
  'DeleteFailed',
] as const;

const mustFind = (context: OperationContext, name: string): TuningJob =>
  context.store.require('HyperParameterTuningJob', name, () =>
    resourceNotFound(`Amazon SageMaker can't find a tuning job with name ${name}`),
  );

const describeTuningJob: Operation = (request, context) =>
  withoutTags(mustFind(context, requiredString(request, 'HyperParameterTuningJobName')));

const summary = (job: TuningJob): HyperParameterTuningJobSummary => ({
  HyperParameterTuningJobName: job.HyperParameterTuningJobName,
  HyperParameterTuningJobArn: job.HyperParameterTuningJobArn,
  HyperParameterTuningJobStatus: job.HyperParameterTuningJobStatus,
  Strategy: job.HyperParameterTuningJobConfig?.Strategy,
  CreationTime: job.CreationTime,
  HyperParameterTuningEndTime: job.HyperParameterTuningEndTime,
  LastModifiedTime: job.LastModifiedTime,
  TrainingJobStatusCounters: job.TrainingJobStatusCounters,
  ObjectiveStatusCounters: job.ObjectiveStatusCounters,
  ResourceLimits: job.HyperParameterTuningJobConfig?.ResourceLimits,
});

const listTuningJobs: Operation = (request, context) => {
  const page = listPage({
    operation: 'ListHyperParameterTuningJobs',
    request,
    items: context.store.all('HyperParameterTuningJob'),
    id: (job) => job.HyperParameterTuningJobName ?? '',
    name: (job) => job.HyperParameterTuningJobName,
    created: (job) => job.CreationTime,
    modified: (job) => job.LastModifiedTime,
    status: { of: (job) => job.HyperParameterTuningJobStatus, values: TUNING_STATUSES },
    sortBy: {
      Name: (job) => job.HyperParameterTuningJobName,
      Status: (job) => job.HyperParameterTuningJobStatus,
      CreationTime: (job) => timeKey(job.CreationTime),
    },
    defaultSortBy: 'Name',
    defaultSortOrder: 'Ascending',
  });
  return { HyperParameterTuningJobSummaries: page.items.map(summary), NextToken: page.nextToken };
};

const listTrainingJobsForTuningJob: Operation = (request, context) => {
  const job = mustFind(context, requiredString(request, 'HyperParameterTuningJobName'));
  const children = job.HyperParameterTuningJobArn
    ? context.store.byIndex('TrainingJob', 'TuningJobArn', job.HyperParameterTuningJobArn)
    : [];
  const summaries = children.map((child) => summarizeChild(job, child));
  const byMetric = request.SortBy === 'FinalObjectiveMetricValue';
  const page = listPage({
    operation: 'ListTrainingJobsForHyperParameterTuningJob',
    request,
    items: summaries,
    id: (child) => child.TrainingJobName ?? '',
    name: (child) => child.TrainingJobName,
    created: (child) => child.CreationTime,
    status: { of: (child) => child.TrainingJobStatus, values: TRAINING_JOB_STATUSES },
    sortBy: {
      Name: (child) => child.TrainingJobName,
      CreationTime: (child) => timeKey(child.CreationTime),
      Status: (child) => child.TrainingJobStatus,
      FinalObjectiveMetricValue: (child) =>
        child.FinalHyperParameterTuningJobObjectiveMetric?.Value,
    },
    // Sorting by the objective lists only the jobs that reported it, as AWS documents.
    filter: byMetric
      ? (child) => child.FinalHyperParameterTuningJobObjectiveMetric?.Value !== undefined
      : undefined,
    defaultSortBy: 'Name',
    defaultSortOrder: 'Ascending',
  });
  return { TrainingJobSummaries: page.items, NextToken: page.nextToken };
};

const createTuningJob: Operation = (request, context) => {
  const name = resourceName(request, 'HyperParameterTuningJobName');
  if (name.length > 32) {
    throw validationError(
      `1 validation error detected: Value '${name}' at 'hyperParameterTuningJobName' failed to satisfy constraint: Member must have length less than or equal to 32`,
    );
  }
  const config = requiredObject(request, 'HyperParameterTuningJobConfig') as Request &
    NonNullable<TuningJob['HyperParameterTuningJobConfig']>;
  if (!request.TrainingJobDefinition && !request.TrainingJobDefinitions) {
    throw validationError(
      'Either TrainingJobDefinition or TrainingJobDefinitions must be specified.',
    );
  }
  if (context.store.get('HyperParameterTuningJob', name)) {
    throw resourceInUse(
      `Resource Already Exists: Hyper Parameter Tuning Job with name ${name} already exists. Choose a different name.`,
    );
  }
  const input = copy(request) as Request & TuningJob;
  const job: TuningJob = {
    ...input,
    HyperParameterTuningJobName: name,
    HyperParameterTuningJobStatus: 'InProgress',
    CreationTime: new Date(context.now),
    LastModifiedTime: new Date(context.now),
    TrainingJobDefinition: input.TrainingJobDefinition ?? input.TrainingJobDefinitions?.[0],
    Tags: (input.Tags as Tag[] | undefined) ?? [],
  };
  const stored = context.store.put('HyperParameterTuningJob', job, visibleFrom(context));
  const limits = config.ResourceLimits;
  const total = Math.max(1, Math.min(limits?.MaxNumberOfTrainingJobs ?? 10, 500));
  const parallel = Math.max(1, Math.min(limits?.MaxParallelTrainingJobs ?? 1, total));
  const timings = context.timings.training;
  refreshTuningJob(stored, [], false);
  context.lifecycle.trackTuning(name, {
    total,
    parallel,
    spacingMs:
      timings.startingMs + timings.downloadingMs + timings.trainingMs + timings.uploadingMs,
    launched: 0,
    childTimings: timings,
  });
  context.lifecycle.advance(context.now);
  return { HyperParameterTuningJobArn: stored.HyperParameterTuningJobArn };
};

const stopTuningJob: Operation = (request, context) => {
  const name = requiredString(request, 'HyperParameterTuningJobName');
  const job = mustFind(context, name);
  if (!context.lifecycle.stopTuning(name, context.now)) {
    throw validationError(
      `The request was rejected because the tuning job is in status ${job.HyperParameterTuningJobStatus}.`,
    );
  }
  return {};
};

export const tuningJobOperations: Record<string, Operation> = {
  DescribeHyperParameterTuningJob: describeTuningJob,
  ListHyperParameterTuningJobs: listTuningJobs,
  ListTrainingJobsForHyperParameterTuningJob: listTrainingJobsForTuningJob,
  CreateHyperParameterTuningJob: createTuningJob,
  StopHyperParameterTuningJob: stopTuningJob,
};
