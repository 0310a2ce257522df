import { builder } from '../builder.js';
import { resolveNestedConnection } from '../connections/nested-connection.js';
import { connectionComplexity, ORDER_NOTE, pageArgs } from '../connections/search-connection.js';
import {
  TRAINING_JOBS,
  TrainingJobConnection,
  TrainingJobFilterInput,
  TrainingJobOrderInput,
} from '../training-job/collection.js';
import { HyperParameterTuningJob } from './node.js';

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
