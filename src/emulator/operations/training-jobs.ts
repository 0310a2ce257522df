import type {
  AlgorithmSpecification,
  Tag,
  TrainingJob,
  TrainingJobSummary,
} from '@aws-sdk/client-sagemaker';
import { sampleMetric } from '../lifecycle/metrics.js';
import { listPage, timeKey } from '../list.js';
import { createPrng, hashString } from '../prng.js';
import { type Request, requiredObject, requiredString, resourceName } from '../request-members.js';
import { resourceInUse, validationError } from '../service-errors.js';
import { findAlgorithm } from './algorithms.js';
import {
  copy,
  type Operation,
  type OperationContext,
  visibleFrom,
  withoutTags,
} from './context.js';

export const TRAINING_JOB_STATUSES = [
  'InProgress',
  'Completed',
  'Failed',
  'Stopping',
  'Stopped',
] as const;

const notFound = () => validationError('Requested resource not found.');

const mustFind = (context: OperationContext, name: string): TrainingJob =>
  context.store.require('TrainingJob', name, notFound);

const describeTrainingJob: Operation = (request, context) =>
  withoutTags(mustFind(context, requiredString(request, 'TrainingJobName')));

const summary = (job: TrainingJob): TrainingJobSummary => ({
  TrainingJobName: job.TrainingJobName,
  TrainingJobArn: job.TrainingJobArn,
  CreationTime: job.CreationTime,
  TrainingEndTime: job.TrainingEndTime,
  LastModifiedTime: job.LastModifiedTime,
  TrainingJobStatus: job.TrainingJobStatus,
  SecondaryStatus: job.SecondaryStatus,
  WarmPoolStatus: job.WarmPoolStatus,
});

const listTrainingJobs: Operation = (request, context) => {
  const page = listPage({
    operation: 'ListTrainingJobs',
    request,
    items: context.store.all('TrainingJob'),
    id: (job) => job.TrainingJobName ?? '',
    name: (job) => job.TrainingJobName,
    created: (job) => job.CreationTime,
    modified: (job) => job.LastModifiedTime,
    status: { of: (job) => job.TrainingJobStatus, values: TRAINING_JOB_STATUSES },
    sortBy: {
      Name: (job) => job.TrainingJobName,
      CreationTime: (job) => timeKey(job.CreationTime),
      Status: (job) => job.TrainingJobStatus,
    },
  });
  return { TrainingJobSummaries: page.items.map(summary), NextToken: page.nextToken };
};

const metricNames = (context: OperationContext, spec: AlgorithmSpecification): string[] => {
  const own = spec.MetricDefinitions?.map((definition) => definition.Name ?? '') ?? [];
  if (own.length > 0) return own;
  const algorithm = spec.AlgorithmName ? findAlgorithm(context, spec.AlgorithmName) : undefined;
  const inherited =
    algorithm?.TrainingSpecification?.MetricDefinitions?.map(
      (definition) => definition.Name ?? '',
    ) ?? [];
  return inherited.length > 0 ? inherited : ['train:loss'];
};

const createTrainingJob: Operation = (request, context) => {
  const name = resourceName(request, 'TrainingJobName');
  const spec = requiredObject(
    request,
    'AlgorithmSpecification',
  ) as unknown as AlgorithmSpecification;
  requiredString(request, 'RoleArn');
  requiredObject(request, 'OutputDataConfig');
  requiredObject(request, 'ResourceConfig');
  requiredObject(request, 'StoppingCondition');
  if (!spec.TrainingImage && !spec.AlgorithmName) {
    throw validationError(
      'Either TrainingImage or AlgorithmName must be specified in AlgorithmSpecification.',
    );
  }
  if (spec.AlgorithmName && !findAlgorithm(context, spec.AlgorithmName)) {
    throw validationError(`Algorithm ${spec.AlgorithmName} does not exist.`);
  }
  const existing = context.store.get('TrainingJob', name);
  if (existing) {
    throw resourceInUse(
      `Training job names must be unique within an AWS account and region, and a training job with this name already exists (${existing.TrainingJobArn})`,
    );
  }
  const input = copy(request) as Request & TrainingJob;
  const job: TrainingJob = {
    ...input,
    TrainingJobName: name,
    TrainingJobStatus: 'InProgress',
    SecondaryStatus: 'Starting',
    CreationTime: new Date(context.now),
    LastModifiedTime: new Date(context.now),
    EnableNetworkIsolation: input.EnableNetworkIsolation ?? false,
    EnableInterContainerTrafficEncryption: input.EnableInterContainerTrafficEncryption ?? false,
    EnableManagedSpotTraining: input.EnableManagedSpotTraining ?? false,
    Tags: (input.Tags as Tag[] | undefined) ?? [],
  };
  const stored = context.store.put('TrainingJob', job, visibleFrom(context));
  const prng = createPrng(hashString(name));
  const quality = prng.next();
  context.lifecycle.trackTraining(name, {
    ...context.timings.training,
    outcome: 'Completed',
    metrics: metricNames(context, spec).map((metric) => ({
      MetricName: metric,
      Value: sampleMetric(metric, prng, quality),
    })),
  });
  context.lifecycle.advance(context.now);
  return { TrainingJobArn: stored.TrainingJobArn };
};

const stopTrainingJob: Operation = (request, context) => {
  const name = requiredString(request, 'TrainingJobName');
  const job = mustFind(context, name);
  if (!context.lifecycle.stopTraining(name, context.now)) {
    throw validationError(
      `The request was rejected because the training job is in status ${job.TrainingJobStatus}.`,
    );
  }
  return {};
};

export const trainingJobOperations: Record<string, Operation> = {
  DescribeTrainingJob: describeTrainingJob,
  ListTrainingJobs: listTrainingJobs,
  CreateTrainingJob: createTrainingJob,
  StopTrainingJob: stopTrainingJob,
};
