import {
  CREATION_TIME,
  field,
  LAST_MODIFIED_TIME,
  type ResourceSearchSpec,
} from './property-spec.js';

export const TUNING_JOB: ResourceSearchSpec = {
  resource: 'HyperParameterTuningJob',
  noun: 'hyperparameter tuning job',
  metrics: false,
  hyperParameters: false,
  fields: {
    name: field('string', 'HyperParameterTuningJobName', 'The name of the tuning job.'),
    arn: field('string', 'HyperParameterTuningJobArn', 'The ARN of the tuning job.'),
    status: field(
      'enum',
      'HyperParameterTuningJobStatus',
      'The status: Completed, InProgress, Failed, Stopped, Stopping, Deleting or DeleteFailed.',
    ),
    creationTime: CREATION_TIME,
    lastModifiedTime: LAST_MODIFIED_TIME,
    endTime: field('dateTime', 'HyperParameterTuningEndTime', 'When the tuning job ended.'),
    strategy: field(
      'enum',
      'HyperParameterTuningJobConfig.Strategy',
      'The search strategy: Bayesian, Random, Hyperband or Grid.',
    ),
    objectiveMetricName: field(
      'string',
      'HyperParameterTuningJobConfig.HyperParameterTuningJobObjective.MetricName',
      'The name of the objective metric.',
    ),
    objectiveType: field(
      'enum',
      'HyperParameterTuningJobConfig.HyperParameterTuningJobObjective.Type',
      'Whether the objective is maximized or minimized: Maximize or Minimize.',
    ),
    maxNumberOfTrainingJobs: field(
      'int',
      'HyperParameterTuningJobConfig.ResourceLimits.MaxNumberOfTrainingJobs',
      'The maximum number of training jobs the tuning job may launch.',
    ),
    maxParallelTrainingJobs: field(
      'int',
      'HyperParameterTuningJobConfig.ResourceLimits.MaxParallelTrainingJobs',
      'The maximum number of training jobs run at once.',
    ),
    trainingImage: field(
      'string',
      'TrainingJobDefinition.AlgorithmSpecification.TrainingImage',
      'The training image of the (single) training job definition.',
    ),
    algorithmName: field(
      'string',
      'TrainingJobDefinition.AlgorithmSpecification.AlgorithmName',
      'The algorithm of the (single) training job definition.',
    ),
    instanceType: field(
      'enum',
      'TrainingJobDefinition.ResourceConfig.InstanceType',
      'The instance type of the (single) training job definition.',
    ),
    bestTrainingJobName: field(
      'string',
      'BestTrainingJob.TrainingJobName',
      'The name of the best training job so far.',
    ),
    bestObjectiveValue: field(
      'float',
      'BestTrainingJob.FinalHyperParameterTuningJobObjectiveMetric.Value',
      'The objective metric value of the best training job so far.',
    ),
    completedTrainingJobs: field(
      'int',
      'TrainingJobStatusCounters.Completed',
      'The number of training jobs that completed.',
    ),
    failureReason: field('string', 'FailureReason', 'Why the tuning job failed, if it did.'),
  },
  sortFields: {
    NAME: { property: 'HyperParameterTuningJobName', description: 'By name.' },
    STATUS: { property: 'HyperParameterTuningJobStatus', description: 'By status.' },
    CREATION_TIME: { property: 'CreationTime', description: 'By creation time.' },
    LAST_MODIFIED_TIME: { property: 'LastModifiedTime', description: 'By last modification.' },
    END_TIME: { property: 'HyperParameterTuningEndTime', description: 'By end time.' },
    BEST_OBJECTIVE_VALUE: {
      property: 'BestTrainingJob.FinalHyperParameterTuningJobObjectiveMetric.Value',
      description: 'By the objective value of the best training job.',
    },
  },
};
