import type { HyperParameterTuningJobSearchEntity } from '@aws-sdk/client-sagemaker';
import {
  connectionType,
  rootCollectionField,
  searchCollection,
} from '../connections/search-connection.js';
import { resourceFilterInput, resourceOrderInput } from '../filters/resource-inputs.js';
import { HyperParameterTuningJob } from './node.js';

/** `HyperParameterTuningJobFilter`: its fields are `SEARCH_SPECS.HyperParameterTuningJob` in src/search/tuning-job.ts. */
const HyperParameterTuningJobFilterInput = resourceFilterInput('HyperParameterTuningJob');

/** `HyperParameterTuningJobOrder`: one sort key and a direction. */
const HyperParameterTuningJobOrderInput = resourceOrderInput('HyperParameterTuningJob');

const TUNING_JOBS = searchCollection<HyperParameterTuningJobSearchEntity>(
  'HyperParameterTuningJob',
  (record) => record.HyperParameterTuningJob,
  (context) => HyperParameterTuningJob.getDataloader(context),
  (job) => [job.HyperParameterTuningJobName, job.HyperParameterTuningJobArn],
);

rootCollectionField('hyperParameterTuningJobs', {
  type: connectionType(
    'HyperParameterTuningJob',
    HyperParameterTuningJob,
    'hyperparameter tuning job',
  ),
  collection: TUNING_JOBS,
  filter: HyperParameterTuningJobFilterInput,
  order: HyperParameterTuningJobOrderInput,
  what: 'Hyperparameter tuning jobs',
  which: 'Which tuning jobs.',
});
