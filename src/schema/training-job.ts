import type { MetricData, Tag, TrainingJob as TrainingJobRecord } from '@aws-sdk/client-sagemaker';
import { createGraphQLError } from 'graphql-yoga';
import { builder } from '../builder.js';
import { loadTrainingJobs, MAX_BATCH, TRAINING_JOB_NAME } from '../sagemaker/training-jobs.js';

export const TagRef = builder.objectRef<Tag>('Tag').implement({
  description: 'A key-value pair attached to a SageMaker resource.',
  fields: (t) => ({
    key: t.string({ resolve: (tag) => tag.Key ?? '' }),
    value: t.string({ resolve: (tag) => tag.Value ?? '' }),
  }),
});

export const MetricDataRef = builder.objectRef<MetricData>('MetricData').implement({
  description: 'The final value of a metric a training job emitted.',
  fields: (t) => ({
    metricName: t.string({ resolve: (metric) => metric.MetricName ?? '' }),
    value: t.float({ resolve: (metric) => metric.Value ?? 0 }),
    timestamp: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When the metric was last emitted.',
      resolve: (metric) => metric.Timestamp ?? null,
    }),
  }),
});

export const TrainingJob = builder.loadableNode<
  TrainingJobRecord | Error | null,
  [],
  'TrainingJob',
  string,
  string,
  string,
  TrainingJobRecord
>('TrainingJob', {
  description: 'A SageMaker training job. Its id is its ARN.',
  id: {
    resolve: (job) => job.TrainingJobArn ?? '',
  },
  loaderOptions: { maxBatchSize: MAX_BATCH },
  // Keyed by name (trainingJob) or ARN (node); both kinds share one Search per batch.
  load: (keys, context) => loadTrainingJobs(context.sagemaker, keys, context.logger),
  fields: (t) => ({
    arn: t.string({
      description: 'The ARN of the training job.',
      resolve: (job) => job.TrainingJobArn ?? '',
    }),
    name: t.string({
      description: 'The name of the training job.',
      resolve: (job) => job.TrainingJobName ?? '',
    }),
    trainingJobName: t.string({
      description: 'The name of the training job.',
      resolve: (job) => job.TrainingJobName ?? '',
    }),
    trainingJobStatus: t.string({
      description:
        'The status of the training job: InProgress, Completed, Failed, Stopping, Stopped or Deleting.',
      resolve: (job) => job.TrainingJobStatus ?? '',
    }),
    secondaryStatus: t.string({
      nullable: true,
      description:
        'Detailed status of the training job, e.g. Starting, Downloading, Training, Uploading, Completed.',
      resolve: (job) => job.SecondaryStatus ?? null,
    }),
    creationTime: t.field({
      type: 'DateTime',
      description: 'When the training job was created.',
      resolve: (job) => job.CreationTime ?? new Date(0),
    }),
    lastModifiedTime: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When the status of the training job was last modified.',
      resolve: (job) => job.LastModifiedTime ?? null,
    }),
    tags: t.field({
      type: [TagRef],
      description: 'The tags on the training job.',
      resolve: (job) => job.Tags ?? [],
    }),
    finalMetricDataList: t.field({
      type: [MetricDataRef],
      description: 'The final values of the metrics the training job emitted.',
      resolve: (job) => job.FinalMetricDataList ?? [],
    }),
    metric: t.float({
      nullable: true,
      description: 'The final value of the named metric, or null when the job did not emit it.',
      args: { name: t.arg.string({ required: true, description: 'e.g. validation:accuracy' }) },
      resolve: (job, { name }) =>
        job.FinalMetricDataList?.find((metric) => metric.MetricName === name)?.Value ?? null,
    }),
  }),
});

builder.queryField('trainingJob', (t) =>
  t.field({
    type: TrainingJob,
    nullable: true,
    description: 'The training job with this name, or null when there is none.',
    args: { name: t.arg.string({ required: true }) },
    resolve: (_root, { name }) => {
      if (!TRAINING_JOB_NAME.test(name)) {
        throw createGraphQLError(
          `Argument "name" must be a training job name (${TRAINING_JOB_NAME.source}), but got: ${JSON.stringify(name)}.`,
          { extensions: { code: 'BAD_USER_INPUT' } },
        );
      }
      return name;
    },
  }),
);
