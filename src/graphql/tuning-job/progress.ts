import type {
  HyperParameterTuningJobCompletionDetails,
  HyperParameterTuningJobConsumedResources,
  ObjectiveStatusCounters,
  TrainingJobStatusCounters,
} from '@aws-sdk/client-sagemaker';
import { builder } from '../builder.js';

export const TrainingJobStatusCountersRef = builder
  .objectRef<TrainingJobStatusCounters>('TrainingJobStatusCounters')
  .implement({
    description: 'The training jobs a tuning job launched, counted by status.',
    fields: (t) => ({
      completed: t.field({
        nullable: false,
        type: 'NonNegativeInt',
        description: 'Completed training jobs.',
        resolve: (counters) => counters.Completed ?? 0,
      }),
      inProgress: t.field({
        nullable: false,
        type: 'NonNegativeInt',
        description: 'Training jobs in progress.',
        resolve: (counters) => counters.InProgress ?? 0,
      }),
      retryableError: t.field({
        nullable: false,
        type: 'NonNegativeInt',
        description: 'Training jobs that failed with an internal error and can be retried.',
        resolve: (counters) => counters.RetryableError ?? 0,
      }),
      nonRetryableError: t.field({
        nullable: false,
        type: 'NonNegativeInt',
        description: 'Training jobs that failed with a client error and cannot be retried.',
        resolve: (counters) => counters.NonRetryableError ?? 0,
      }),
      stopped: t.field({
        nullable: false,
        type: 'NonNegativeInt',
        description: 'Training jobs that were stopped manually.',
        resolve: (counters) => counters.Stopped ?? 0,
      }),
    }),
  });

export const ObjectiveStatusCountersRef = builder
  .objectRef<ObjectiveStatusCounters>('ObjectiveStatusCounters')
  .implement({
    description:
      'The training jobs a tuning job launched, counted by the status of their objective metric.',
    fields: (t) => ({
      succeeded: t.field({
        nullable: false,
        type: 'NonNegativeInt',
        description:
          'Training jobs whose final objective metric was evaluated and used by the tuning.',
        resolve: (counters) => counters.Succeeded ?? 0,
      }),
      pending: t.field({
        nullable: false,
        type: 'NonNegativeInt',
        description: 'Training jobs in progress whose objective metric is pending evaluation.',
        resolve: (counters) => counters.Pending ?? 0,
      }),
      failed: t.field({
        nullable: false,
        type: 'NonNegativeInt',
        description:
          'Training jobs whose objective metric was not evaluated (usually failed, or did not emit it).',
        resolve: (counters) => counters.Failed ?? 0,
      }),
    }),
  });

export const HyperParameterTuningJobCompletionDetailsRef = builder
  .objectRef<HyperParameterTuningJobCompletionDetails>('HyperParameterTuningJobCompletionDetails')
  .implement({
    description:
      'Whether a tuning job has converged, and how many training jobs stopped improving.',
    fields: (t) => ({
      numberOfTrainingJobsObjectiveNotImproving: t.expose(
        'NumberOfTrainingJobsObjectiveNotImproving',
        {
          type: 'NonNegativeInt',
          nullable: true,
          description: 'Training jobs that improved the objective by 1% or less.',
        },
      ),
      convergenceDetectedTime: t.expose('ConvergenceDetectedTime', {
        type: 'DateTime',
        nullable: true,
        description: 'When automatic model tuning detected that the model converged.',
      }),
    }),
  });

export const HyperParameterTuningJobConsumedResourcesRef = builder
  .objectRef<HyperParameterTuningJobConsumedResources>('HyperParameterTuningJobConsumedResources')
  .implement({
    description: 'The resources a tuning job has used.',
    fields: (t) => ({
      runtimeInSeconds: t.expose('RuntimeInSeconds', {
        type: 'NonNegativeInt',
        nullable: true,
        description: 'The wall clock runtime of the tuning job in seconds.',
      }),
    }),
  });
