import type { TrainingJob as TrainingJobRecord } from '@aws-sdk/client-sagemaker';
import {
  connectionType,
  rootCollectionField,
  searchCollection,
} from '../connections/search-connection.js';
import { resourceFilterInput, resourceOrderInput } from '../filters/resource-inputs.js';
import { TrainingJob } from './node.js';

/** `TrainingJobFilter`: its fields are `SEARCH_SPECS.TrainingJob` in src/search/training-job.ts. */
export const TrainingJobFilterInput = resourceFilterInput('TrainingJob');

/** `TrainingJobOrder`: one sort key (a field or a metric) and a direction. */
export const TrainingJobOrderInput = resourceOrderInput('TrainingJob');

export const TRAINING_JOBS = searchCollection<TrainingJobRecord>(
  'TrainingJob',
  (record) => record.TrainingJob,
  (context) => TrainingJob.getDataloader(context),
  (job) => [job.TrainingJobName, job.TrainingJobArn],
);

export const TrainingJobConnection = connectionType('TrainingJob', TrainingJob, 'training job');

rootCollectionField('trainingJobs', {
  type: TrainingJobConnection,
  collection: TRAINING_JOBS,
  filter: TrainingJobFilterInput,
  order: TrainingJobOrderInput,
  what: 'Training jobs',
  which: 'Which training jobs.',
});
