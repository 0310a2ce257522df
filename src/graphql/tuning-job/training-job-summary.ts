import type {
  FinalHyperParameterTuningJobObjectiveMetric,
  HyperParameterTrainingJobSummary,
} from '@aws-sdk/client-sagemaker';
import { builder } from '../builder.js';
import { HyperParameterRef, keyValuePairs, present } from '../common.js';

const FinalHyperParameterTuningJobObjectiveMetricRef = builder
  .objectRef<FinalHyperParameterTuningJobObjectiveMetric>(
    'FinalHyperParameterTuningJobObjectiveMetric',
  )
  .implement({
    description:
      'The final value of the objective metric of a training job launched by a tuning job.',
    fields: (t) => ({
      type: t.exposeString('Type', { nullable: true, description: 'Minimize or Maximize.' }),
      metricName: t.string({
        nullable: false,
        description: 'The name of the objective metric.',
        resolve: (metric) =>
          present(metric.MetricName, 'FinalHyperParameterTuningJobObjectiveMetric.MetricName'),
      }),
      value: t.float({
        nullable: false,
        description: 'The value of the objective metric.',
        resolve: (metric) =>
          present(metric.Value, 'FinalHyperParameterTuningJobObjectiveMetric.Value'),
      }),
    }),
  });

export const HyperParameterTrainingJobSummaryRef = builder
  .objectRef<HyperParameterTrainingJobSummary>('HyperParameterTrainingJobSummary')
  .implement({
    description:
      'A training job launched by a tuning job, as the tuning job reports it: tuned hyperparameters and objective.',
    fields: (t) => ({
      trainingJobDefinitionName: t.exposeString('TrainingJobDefinitionName', {
        nullable: true,
        description: 'The name of the training job definition that launched it.',
      }),
      trainingJobName: t.string({
        nullable: false,
        description: 'The name of the training job.',
        resolve: (summary) =>
          present(summary.TrainingJobName, 'HyperParameterTrainingJobSummary.TrainingJobName'),
      }),
      trainingJobArn: t.string({
        nullable: false,
        description: 'The ARN of the training job.',
        resolve: (summary) =>
          present(summary.TrainingJobArn, 'HyperParameterTrainingJobSummary.TrainingJobArn'),
      }),
      tuningJobName: t.exposeString('TuningJobName', {
        nullable: true,
        description: 'The name of the tuning job that launched the training job.',
      }),
      creationTime: t.field({
        nullable: false,
        type: 'DateTime',
        description: 'When the training job was created.',
        resolve: (summary) =>
          present(summary.CreationTime, 'HyperParameterTrainingJobSummary.CreationTime'),
      }),
      trainingStartTime: t.expose('TrainingStartTime', {
        type: 'DateTime',
        nullable: true,
        description: 'When the training job started.',
      }),
      trainingEndTime: t.expose('TrainingEndTime', {
        type: 'DateTime',
        nullable: true,
        description: 'When the training job ended on its instances.',
      }),
      trainingJobStatus: t.string({
        nullable: false,
        description:
          'The status of the training job: InProgress, Completed, Failed, Stopping or Stopped.',
        resolve: (summary) =>
          present(summary.TrainingJobStatus, 'HyperParameterTrainingJobSummary.TrainingJobStatus'),
      }),
      tunedHyperParameters: t.field({
        nullable: false,
        type: [HyperParameterRef],
        description:
          'The values the tuning job chose for the hyperparameters it searched, sorted by key.',
        resolve: (summary) => keyValuePairs(summary.TunedHyperParameters),
      }),
      failureReason: t.exposeString('FailureReason', {
        nullable: true,
        description: 'Why the training job failed, if it did.',
      }),
      finalHyperParameterTuningJobObjectiveMetric: t.expose(
        'FinalHyperParameterTuningJobObjectiveMetric',
        {
          type: FinalHyperParameterTuningJobObjectiveMetricRef,
          nullable: true,
          description: 'The final value of the objective metric, once evaluated.',
        },
      ),
      objectiveStatus: t.exposeString('ObjectiveStatus', {
        nullable: true,
        description:
          'Succeeded (evaluated and used), Pending (awaiting evaluation) or Failed (not evaluated).',
      }),
    }),
  });
