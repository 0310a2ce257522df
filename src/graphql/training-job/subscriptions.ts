import type { TrainingJob as TrainingJobRecord } from '@aws-sdk/client-sagemaker';
import { TRAINING_JOB_NAME } from '../../sagemaker/training-job.js';
import { builder } from '../builder.js';
import { byNameSubscription, hubOf, type LiveFamily, watchSpec } from '../live/field.js';
import { TrainingJobFilterInput } from './collection.js';
import { TrainingJob } from './node.js';

const LIVE_TRAINING_JOBS: LiveFamily<TrainingJobRecord> = {
  searchResource: 'TrainingJob',
  nameProperty: 'TrainingJobName',
  pick: (record) => record.TrainingJob,
  identity: (job) => job.TrainingJobArn ?? job.TrainingJobName ?? '',
  modified: (job) => job.LastModifiedTime?.getTime() ?? 0,
  state: (job) => [
    job.TrainingJobStatus,
    job.SecondaryStatus,
    job.FinalMetricDataList,
    job.FailureReason,
    job.LastModifiedTime,
  ],
};

const TERMINAL = new Set(['Completed', 'Failed', 'Stopped']);

byNameSubscription('trainingJobUpdated', {
  type: TrainingJob,
  family: LIVE_TRAINING_JOBS,
  rule: TRAINING_JOB_NAME,
  what: 'a training job',
  description:
    'The training job with this name: its current state first, then each change of status, secondary status, final metrics or lastModifiedTime; the stream completes after a terminal status (Completed, Failed, Stopped). A job not there yet (or outside your tenants) sends nothing until it appears. A slow consumer gets the latest state, not every intermediate one.',
  terminal: (job) => TERMINAL.has(job.TrainingJobStatus ?? ''),
});

builder.subscriptionField('trainingJobsUpdated', (t) =>
  t.field({
    type: TrainingJob,
    nullable: false,
    description:
      'Every training job matching filter that changes from now on (new matching jobs included), once per distinct state. Subscribers with the same filter (and tenants) share one poller.',
    args: { filter: t.arg({ type: TrainingJobFilterInput, description: 'Which training jobs.' }) },
    subscribe: (_root, { filter }, context) =>
      hubOf(context).watch(watchSpec(context, LIVE_TRAINING_JOBS, { filter })),
    resolve: (job) => job,
  }),
);
