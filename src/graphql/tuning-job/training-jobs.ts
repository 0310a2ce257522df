import type { TrainingJobStatusCounters } from '@aws-sdk/client-sagemaker';
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

/**
 * The training jobs a tuning job launched, by its record's counters (every status counted once),
 * so that first pages pack into Searches without a probe; nothing when the record has none.
 */
function launched(counters: TrainingJobStatusCounters | undefined): { children?: number } {
  if (counters === undefined) return {};
  const { Completed, InProgress, RetryableError, NonRetryableError, Stopped } = counters;
  return {
    children:
      (Completed ?? 0) +
      (InProgress ?? 0) +
      (RetryableError ?? 0) +
      (NonRetryableError ?? 0) +
      (Stopped ?? 0),
  };
}

builder.objectField(HyperParameterTuningJob, 'trainingJobs', (t) =>
  t.field({
    type: TrainingJobConnection,
    description: `The training jobs this tuning job launched that match filter, page by page: a Search for training jobs whose tuningJobArn is this job’s ARN, AND-ed with the filter (first pages of many tuning jobs share Searches, packed by the jobs each tuning job’s counters say it launched, at most 100 to a Search; a tuning job that launched more, and every later page, costs one Search per tuning job and page). ${ORDER_NOTE}`,
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
        ...launched(job.TrainingJobStatusCounters),
      }),
  }),
);
