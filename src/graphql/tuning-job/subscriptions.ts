import type { HyperParameterTuningJobSearchEntity } from '@aws-sdk/client-sagemaker';
import { TUNING_JOB_NAME } from '../../sagemaker/names.js';
import { byNameSubscription, type LiveFamily } from '../live/field.js';
import { HyperParameterTuningJob } from './node.js';

// The Search record carries the counters and the best job, so a poll needs no Describe.
const LIVE_TUNING_JOBS: LiveFamily<HyperParameterTuningJobSearchEntity> = {
  searchResource: 'HyperParameterTuningJob',
  nameProperty: 'HyperParameterTuningJobName',
  pick: (record) => record.HyperParameterTuningJob,
  identity: (job) => job.HyperParameterTuningJobArn ?? job.HyperParameterTuningJobName ?? '',
  modified: (job) => job.LastModifiedTime?.getTime() ?? 0,
  state: (job) => [
    job.HyperParameterTuningJobStatus,
    job.TrainingJobStatusCounters,
    job.ObjectiveStatusCounters,
    job.BestTrainingJob,
    job.OverallBestTrainingJob,
    job.FailureReason,
    job.LastModifiedTime,
  ],
};

const TERMINAL = new Set(['Completed', 'Failed', 'Stopped', 'Deleted']);

byNameSubscription('hyperParameterTuningJobUpdated', {
  type: HyperParameterTuningJob,
  family: LIVE_TUNING_JOBS,
  rule: TUNING_JOB_NAME,
  what: 'a hyperparameter tuning job',
  description:
    'The tuning job with this name: its current state first, then each change of status, training job and objective counters, best training job or lastModifiedTime; the stream completes after a terminal status. A slow consumer gets the latest state, not every intermediate one.',
  terminal: (job) => TERMINAL.has(job.HyperParameterTuningJobStatus ?? ''),
});
