import type {
  AutoParameter,
  BestObjectiveNotImproving,
  CategoricalParameterRange,
  ContinuousParameterRange,
  ConvergenceDetected,
  FinalHyperParameterTuningJobObjectiveMetric,
  HyperbandStrategyConfig,
  HyperParameterAlgorithmSpecification,
  HyperParameterTrainingJobDefinition,
  HyperParameterTrainingJobSummary,
  HyperParameterTuningInstanceConfig,
  HyperParameterTuningJobCompletionDetails,
  HyperParameterTuningJobConfig,
  HyperParameterTuningJobConsumedResources,
  HyperParameterTuningJobObjective,
  HyperParameterTuningJobStrategyConfig,
  HyperParameterTuningJobWarmStartConfig,
  HyperParameterTuningResourceConfig,
  IntegerParameterRange,
  ObjectiveStatusCounters,
  ParameterRanges,
  ResourceLimits,
  TrainingJobStatusCounters,
  TuningJobCompletionCriteria,
} from '@aws-sdk/client-sagemaker';
import { builder } from '../builder.js';
import {
  HyperParameterRef,
  KeyValuePairRef,
  keyValuePairs,
  present,
  VpcConfigRef,
} from '../common.js';
import {
  ChannelRef,
  CheckpointConfigRef,
  MetricDefinitionRef,
  OutputDataConfigRef,
  ResourceConfigRef,
  RetryStrategyRef,
  StoppingConditionRef,
} from '../training-job/config.js';

const SCALING_TYPE =
  'How the range is searched: Auto, Linear, Logarithmic (values > 0) or ReverseLogarithmic (0 <= value < 1).';

export const HyperParameterTuningJobObjectiveRef = builder
  .objectRef<HyperParameterTuningJobObjective>('HyperParameterTuningJobObjective')
  .implement({
    description: 'The metric a tuning job optimises, and whether it minimises or maximises it.',
    fields: (t) => ({
      type: t.string({
        nullable: false,
        description: 'Minimize or Maximize.',
        resolve: (objective) => present(objective.Type, 'HyperParameterTuningJobObjective.Type'),
      }),
      metricName: t.string({
        nullable: false,
        description: 'The name of the objective metric, e.g. validation:auc.',
        resolve: (objective) =>
          present(objective.MetricName, 'HyperParameterTuningJobObjective.MetricName'),
      }),
    }),
  });

export const ResourceLimitsRef = builder.objectRef<ResourceLimits>('ResourceLimits').implement({
  description:
    'How many training jobs a tuning job may launch, how many at once, and for how long.',
  fields: (t) => ({
    maxNumberOfTrainingJobs: t.field({
      type: 'NonNegativeInt',
      nullable: true,
      description: 'The most training jobs the tuning job may launch.',
      resolve: (limits) => limits.MaxNumberOfTrainingJobs ?? null,
    }),
    maxParallelTrainingJobs: t.field({
      nullable: false,
      type: 'NonNegativeInt',
      description: 'The most training jobs the tuning job may run at the same time.',
      resolve: (limits) =>
        present(limits.MaxParallelTrainingJobs, 'ResourceLimits.MaxParallelTrainingJobs'),
    }),
    maxRuntimeInSeconds: t.field({
      type: 'NonNegativeInt',
      nullable: true,
      description: 'The longest the tuning job may run, in seconds.',
      resolve: (limits) => limits.MaxRuntimeInSeconds ?? null,
    }),
  }),
});

export const IntegerParameterRangeRef = builder
  .objectRef<IntegerParameterRange>('IntegerParameterRange')
  .implement({
    description: 'A range of integer values a tuning job searches for one hyperparameter.',
    fields: (t) => ({
      name: t.string({
        nullable: false,
        description: 'The name of the hyperparameter.',
        resolve: (range) => present(range.Name, 'IntegerParameterRange.Name'),
      }),
      minValue: t.string({
        nullable: false,
        description: 'The smallest value searched.',
        resolve: (range) => present(range.MinValue, 'IntegerParameterRange.MinValue'),
      }),
      maxValue: t.string({
        nullable: false,
        description: 'The largest value searched.',
        resolve: (range) => present(range.MaxValue, 'IntegerParameterRange.MaxValue'),
      }),
      scalingType: t.string({
        nullable: true,
        description: SCALING_TYPE,
        resolve: (range) => range.ScalingType ?? null,
      }),
    }),
  });

export const ContinuousParameterRangeRef = builder
  .objectRef<ContinuousParameterRange>('ContinuousParameterRange')
  .implement({
    description: 'A range of floating-point values a tuning job searches for one hyperparameter.',
    fields: (t) => ({
      name: t.string({
        nullable: false,
        description: 'The name of the hyperparameter.',
        resolve: (range) => present(range.Name, 'ContinuousParameterRange.Name'),
      }),
      minValue: t.string({
        nullable: false,
        description: 'The smallest value searched.',
        resolve: (range) => present(range.MinValue, 'ContinuousParameterRange.MinValue'),
      }),
      maxValue: t.string({
        nullable: false,
        description: 'The largest value searched.',
        resolve: (range) => present(range.MaxValue, 'ContinuousParameterRange.MaxValue'),
      }),
      scalingType: t.string({
        nullable: true,
        description: SCALING_TYPE,
        resolve: (range) => range.ScalingType ?? null,
      }),
    }),
  });

export const CategoricalParameterRangeRef = builder
  .objectRef<CategoricalParameterRange>('CategoricalParameterRange')
  .implement({
    description: 'The categories a tuning job tries for one hyperparameter.',
    fields: (t) => ({
      name: t.string({
        nullable: false,
        description: 'The name of the hyperparameter.',
        resolve: (range) => present(range.Name, 'CategoricalParameterRange.Name'),
      }),
      values: t.stringList({
        nullable: false,
        description: 'The categories tried.',
        resolve: (range) => range.Values ?? [],
      }),
    }),
  });

export const AutoParameterRef = builder.objectRef<AutoParameter>('AutoParameter').implement({
  description: 'A hyperparameter whose range Autotune chooses, with an example value.',
  fields: (t) => ({
    name: t.string({
      nullable: false,
      description: 'The name of the hyperparameter.',
      resolve: (parameter) => present(parameter.Name, 'AutoParameter.Name'),
    }),
    valueHint: t.string({
      nullable: false,
      description: 'An example value Autotune starts from.',
      resolve: (parameter) => present(parameter.ValueHint, 'AutoParameter.ValueHint'),
    }),
  }),
});

export const ParameterRangesRef = builder.objectRef<ParameterRanges>('ParameterRanges').implement({
  description: 'The hyperparameter ranges a tuning job searches, by kind.',
  fields: (t) => ({
    integerParameterRanges: t.field({
      nullable: false,
      type: [IntegerParameterRangeRef],
      description: 'Ranges of integer hyperparameters.',
      resolve: (ranges) => ranges.IntegerParameterRanges ?? [],
    }),
    continuousParameterRanges: t.field({
      nullable: false,
      type: [ContinuousParameterRangeRef],
      description: 'Ranges of continuous (floating-point) hyperparameters.',
      resolve: (ranges) => ranges.ContinuousParameterRanges ?? [],
    }),
    categoricalParameterRanges: t.field({
      nullable: false,
      type: [CategoricalParameterRangeRef],
      description: 'Categories of categorical hyperparameters.',
      resolve: (ranges) => ranges.CategoricalParameterRanges ?? [],
    }),
    autoParameters: t.field({
      nullable: false,
      type: [AutoParameterRef],
      description: 'Hyperparameters whose ranges Autotune chooses.',
      resolve: (ranges) => ranges.AutoParameters ?? [],
    }),
  }),
});

export const HyperbandStrategyConfigRef = builder
  .objectRef<HyperbandStrategyConfig>('HyperbandStrategyConfig')
  .implement({
    description: 'The resource bounds (such as epochs) of the Hyperband strategy.',
    fields: (t) => ({
      minResource: t.field({
        type: 'NonNegativeInt',
        nullable: true,
        description: 'The resources a training job may use before Hyperband may stop it.',
        resolve: (config) => config.MinResource ?? null,
      }),
      maxResource: t.field({
        type: 'NonNegativeInt',
        nullable: true,
        description: 'The resources after which Hyperband stops a training job.',
        resolve: (config) => config.MaxResource ?? null,
      }),
    }),
  });

export const HyperParameterTuningJobStrategyConfigRef = builder
  .objectRef<HyperParameterTuningJobStrategyConfig>('HyperParameterTuningJobStrategyConfig')
  .implement({
    description: 'The configuration of the search strategy (Hyperband only).',
    fields: (t) => ({
      hyperbandStrategyConfig: t.field({
        type: HyperbandStrategyConfigRef,
        nullable: true,
        description: 'The Hyperband configuration.',
        resolve: (config) => config.HyperbandStrategyConfig ?? null,
      }),
    }),
  });

export const BestObjectiveNotImprovingRef = builder
  .objectRef<BestObjectiveNotImproving>('BestObjectiveNotImproving')
  .implement({
    description: 'Stops a tuning job when the objective stops improving.',
    fields: (t) => ({
      maxNumberOfTrainingJobsNotImproving: t.field({
        type: 'NonNegativeInt',
        nullable: true,
        description:
          'How many training jobs in a row may fail to improve the objective by 1% or more before the tuning job stops.',
        resolve: (criteria) => criteria.MaxNumberOfTrainingJobsNotImproving ?? null,
      }),
    }),
  });

export const ConvergenceDetectedRef = builder
  .objectRef<ConvergenceDetected>('ConvergenceDetected')
  .implement({
    description: 'Stops a tuning job when automatic model tuning detects the model has converged.',
    fields: (t) => ({
      completeOnConvergence: t.string({
        nullable: true,
        description: 'Enabled or Disabled.',
        resolve: (criteria) => criteria.CompleteOnConvergence ?? null,
      }),
    }),
  });

export const TuningJobCompletionCriteriaRef = builder
  .objectRef<TuningJobCompletionCriteria>('TuningJobCompletionCriteria')
  .implement({
    description: 'When a tuning job stops before reaching its resource limits.',
    fields: (t) => ({
      targetObjectiveMetricValue: t.float({
        nullable: true,
        description: 'The objective value at which the tuning job stops.',
        resolve: (criteria) => criteria.TargetObjectiveMetricValue ?? null,
      }),
      bestObjectiveNotImproving: t.field({
        type: BestObjectiveNotImprovingRef,
        nullable: true,
        description: 'Stop when the objective stops improving.',
        resolve: (criteria) => criteria.BestObjectiveNotImproving ?? null,
      }),
      convergenceDetected: t.field({
        type: ConvergenceDetectedRef,
        nullable: true,
        description: 'Stop when the model has converged.',
        resolve: (criteria) => criteria.ConvergenceDetected ?? null,
      }),
    }),
  });

export const HyperParameterTuningJobConfigRef = builder
  .objectRef<HyperParameterTuningJobConfig>('HyperParameterTuningJobConfig')
  .implement({
    description: 'How a tuning job searches: strategy, objective, limits and ranges.',
    fields: (t) => ({
      strategy: t.string({
        nullable: false,
        description:
          'How hyperparameter combinations are chosen: Bayesian, Random, Hyperband or Grid.',
        resolve: (config) => present(config.Strategy, 'HyperParameterTuningJobConfig.Strategy'),
      }),
      strategyConfig: t.field({
        type: HyperParameterTuningJobStrategyConfigRef,
        nullable: true,
        description: 'The configuration of the strategy (Hyperband only).',
        resolve: (config) => config.StrategyConfig ?? null,
      }),
      hyperParameterTuningJobObjective: t.field({
        type: HyperParameterTuningJobObjectiveRef,
        nullable: true,
        description: 'The metric the training jobs are evaluated by.',
        resolve: (config) => config.HyperParameterTuningJobObjective ?? null,
      }),
      resourceLimits: t.field({
        nullable: false,
        type: ResourceLimitsRef,
        description: 'How many training jobs may run, how many at once, and for how long.',
        resolve: (config) =>
          present(config.ResourceLimits, 'HyperParameterTuningJobConfig.ResourceLimits'),
      }),
      parameterRanges: t.field({
        type: ParameterRangesRef,
        nullable: true,
        description: 'The hyperparameter ranges searched.',
        resolve: (config) => config.ParameterRanges ?? null,
      }),
      trainingJobEarlyStoppingType: t.string({
        nullable: true,
        description:
          'Off, or Auto (stop training jobs unlikely to beat the best so far). Off with Hyperband, which stops jobs itself.',
        resolve: (config) => config.TrainingJobEarlyStoppingType ?? null,
      }),
      tuningJobCompletionCriteria: t.field({
        type: TuningJobCompletionCriteriaRef,
        nullable: true,
        description: 'When the tuning job stops before reaching its resource limits.',
        resolve: (config) => config.TuningJobCompletionCriteria ?? null,
      }),
      randomSeed: t.int({
        nullable: true,
        description: 'The seed of the search, so that a rerun finds consistent configurations.',
        resolve: (config) => config.RandomSeed ?? null,
      }),
    }),
  });

export const HyperParameterAlgorithmSpecificationRef = builder
  .objectRef<HyperParameterAlgorithmSpecification>('HyperParameterAlgorithmSpecification')
  .implement({
    description:
      'The algorithm the training jobs of a tuning job run: an image or an algorithm resource.',
    fields: (t) => ({
      trainingImage: t.string({
        nullable: true,
        description: 'The registry path of the training image; set when no algorithmName is.',
        resolve: (spec) => spec.TrainingImage ?? null,
      }),
      trainingInputMode: t.string({
        nullable: false,
        description: 'How the algorithm reads its data: File, Pipe or FastFile.',
        resolve: (spec) =>
          present(spec.TrainingInputMode, 'HyperParameterAlgorithmSpecification.TrainingInputMode'),
      }),
      algorithmName: t.string({
        nullable: true,
        description: 'The name or ARN of the algorithm resource; set when no trainingImage is.',
        resolve: (spec) => spec.AlgorithmName ?? null,
      }),
      metricDefinitions: t.field({
        nullable: false,
        type: [MetricDefinitionRef],
        description: 'The metrics the algorithm emits and how they are parsed from its logs.',
        resolve: (spec) => spec.MetricDefinitions ?? [],
      }),
    }),
  });

export const HyperParameterTuningInstanceConfigRef = builder
  .objectRef<HyperParameterTuningInstanceConfig>('HyperParameterTuningInstanceConfig')
  .implement({
    description: 'One instance configuration the training jobs of a tuning job may run on.',
    fields: (t) => ({
      instanceType: t.string({
        nullable: false,
        description: 'The instance type, e.g. ml.m5.xlarge.',
        resolve: (config) =>
          present(config.InstanceType, 'HyperParameterTuningInstanceConfig.InstanceType'),
      }),
      instanceCount: t.field({
        nullable: false,
        type: 'NonNegativeInt',
        description: 'The number of instances.',
        resolve: (config) =>
          present(config.InstanceCount, 'HyperParameterTuningInstanceConfig.InstanceCount'),
      }),
      volumeSizeInGB: t.field({
        nullable: false,
        type: 'NonNegativeInt',
        description: 'The size of the storage volume in GB.',
        resolve: (config) =>
          present(config.VolumeSizeInGB, 'HyperParameterTuningInstanceConfig.VolumeSizeInGB'),
      }),
    }),
  });

export const HyperParameterTuningResourceConfigRef = builder
  .objectRef<HyperParameterTuningResourceConfig>('HyperParameterTuningResourceConfig')
  .implement({
    description:
      'The instances and storage of the training jobs of a tuning job, possibly several configurations in order of preference.',
    fields: (t) => ({
      instanceType: t.string({
        nullable: true,
        description: 'The instance type, when there is one configuration.',
        resolve: (config) => config.InstanceType ?? null,
      }),
      instanceCount: t.field({
        type: 'NonNegativeInt',
        nullable: true,
        description: 'The number of instances, when there is one configuration.',
        resolve: (config) => config.InstanceCount ?? null,
      }),
      volumeSizeInGB: t.field({
        type: 'NonNegativeInt',
        nullable: true,
        description: 'The size of the storage volume in GB, when there is one configuration.',
        resolve: (config) => config.VolumeSizeInGB ?? null,
      }),
      volumeKmsKeyId: t.string({
        nullable: true,
        description: 'The KMS key that encrypts the storage volumes.',
        resolve: (config) => config.VolumeKmsKeyId ?? null,
      }),
      allocationStrategy: t.string({
        nullable: true,
        description: 'How instanceConfigs are chosen (Prioritized: in the order given).',
        resolve: (config) => config.AllocationStrategy ?? null,
      }),
      instanceConfigs: t.field({
        nullable: false,
        type: [HyperParameterTuningInstanceConfigRef],
        description: 'The instance configurations, in order of preference.',
        resolve: (config) => config.InstanceConfigs ?? [],
      }),
    }),
  });

export const HyperParameterTrainingJobDefinitionRef = builder
  .objectRef<HyperParameterTrainingJobDefinition>('HyperParameterTrainingJobDefinition')
  .implement({
    description: 'The definition of the training jobs a tuning job launches.',
    fields: (t) => ({
      definitionName: t.string({
        nullable: true,
        description: 'The name of the definition, when a tuning job has several.',
        resolve: (definition) => definition.DefinitionName ?? null,
      }),
      tuningObjective: t.field({
        type: HyperParameterTuningJobObjectiveRef,
        nullable: true,
        description: 'The objective metric of this definition, when a tuning job has several.',
        resolve: (definition) => definition.TuningObjective ?? null,
      }),
      hyperParameterRanges: t.field({
        type: ParameterRangesRef,
        nullable: true,
        description: 'The hyperparameter ranges of this definition, when a tuning job has several.',
        resolve: (definition) => definition.HyperParameterRanges ?? null,
      }),
      staticHyperParameters: t.field({
        nullable: false,
        type: [HyperParameterRef],
        description: 'The hyperparameters every training job gets unchanged, sorted by key.',
        resolve: (definition) => keyValuePairs(definition.StaticHyperParameters),
      }),
      algorithmSpecification: t.field({
        nullable: false,
        type: HyperParameterAlgorithmSpecificationRef,
        description: 'The algorithm the training jobs run.',
        resolve: (definition) =>
          present(
            definition.AlgorithmSpecification,
            'HyperParameterTrainingJobDefinition.AlgorithmSpecification',
          ),
      }),
      roleArn: t.string({
        nullable: false,
        description: 'The IAM role the training jobs run with.',
        resolve: (definition) =>
          present(definition.RoleArn, 'HyperParameterTrainingJobDefinition.RoleArn'),
      }),
      inputDataConfig: t.field({
        nullable: false,
        type: [ChannelRef],
        description: 'The input data channels of the training jobs.',
        resolve: (definition) => definition.InputDataConfig ?? [],
      }),
      vpcConfig: t.field({
        type: VpcConfigRef,
        nullable: true,
        description: 'The VPC the training jobs have access to, if any.',
        resolve: (definition) => definition.VpcConfig ?? null,
      }),
      outputDataConfig: t.field({
        nullable: false,
        type: OutputDataConfigRef,
        description: 'Where the training jobs store their model artifacts.',
        resolve: (definition) =>
          present(
            definition.OutputDataConfig,
            'HyperParameterTrainingJobDefinition.OutputDataConfig',
          ),
      }),
      resourceConfig: t.field({
        type: ResourceConfigRef,
        nullable: true,
        description:
          'The instances and storage of the training jobs (or see hyperParameterTuningResourceConfig).',
        resolve: (definition) => definition.ResourceConfig ?? null,
      }),
      hyperParameterTuningResourceConfig: t.field({
        type: HyperParameterTuningResourceConfigRef,
        nullable: true,
        description:
          'The instance configurations of the training jobs, when given instead of resourceConfig.',
        resolve: (definition) => definition.HyperParameterTuningResourceConfig ?? null,
      }),
      stoppingCondition: t.field({
        nullable: false,
        type: StoppingConditionRef,
        description: 'The time limits of each training job.',
        resolve: (definition) =>
          present(
            definition.StoppingCondition,
            'HyperParameterTrainingJobDefinition.StoppingCondition',
          ),
      }),
      enableNetworkIsolation: t.boolean({
        nullable: true,
        description: 'Whether the training containers run with network isolation.',
        resolve: (definition) => definition.EnableNetworkIsolation ?? null,
      }),
      enableInterContainerTrafficEncryption: t.boolean({
        nullable: true,
        description:
          'Whether traffic between the instances of a distributed training job is encrypted.',
        resolve: (definition) => definition.EnableInterContainerTrafficEncryption ?? null,
      }),
      enableManagedSpotTraining: t.boolean({
        nullable: true,
        description: 'Whether the training jobs run on EC2 Spot instances.',
        resolve: (definition) => definition.EnableManagedSpotTraining ?? null,
      }),
      checkpointConfig: t.field({
        type: CheckpointConfigRef,
        nullable: true,
        description: 'Where the training jobs save checkpoints, if they do.',
        resolve: (definition) => definition.CheckpointConfig ?? null,
      }),
      retryStrategy: t.field({
        type: RetryStrategyRef,
        nullable: true,
        description: 'How often a training job is retried after an InternalServerError, if it is.',
        resolve: (definition) => definition.RetryStrategy ?? null,
      }),
      environment: t.field({
        nullable: false,
        type: [KeyValuePairRef],
        description: 'The environment variables of the training containers, sorted by name.',
        resolve: (definition) => keyValuePairs(definition.Environment),
      }),
    }),
  });

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

export const FinalHyperParameterTuningJobObjectiveMetricRef = builder
  .objectRef<FinalHyperParameterTuningJobObjectiveMetric>(
    'FinalHyperParameterTuningJobObjectiveMetric',
  )
  .implement({
    description:
      'The final value of the objective metric of a training job launched by a tuning job.',
    fields: (t) => ({
      type: t.string({
        nullable: true,
        description: 'Minimize or Maximize.',
        resolve: (metric) => metric.Type ?? null,
      }),
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
      trainingJobDefinitionName: t.string({
        nullable: true,
        description: 'The name of the training job definition that launched it.',
        resolve: (summary) => summary.TrainingJobDefinitionName ?? null,
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
      tuningJobName: t.string({
        nullable: true,
        description: 'The name of the tuning job that launched the training job.',
        resolve: (summary) => summary.TuningJobName ?? null,
      }),
      creationTime: t.field({
        nullable: false,
        type: 'DateTime',
        description: 'When the training job was created.',
        resolve: (summary) =>
          present(summary.CreationTime, 'HyperParameterTrainingJobSummary.CreationTime'),
      }),
      trainingStartTime: t.field({
        type: 'DateTime',
        nullable: true,
        description: 'When the training job started.',
        resolve: (summary) => summary.TrainingStartTime ?? null,
      }),
      trainingEndTime: t.field({
        type: 'DateTime',
        nullable: true,
        description: 'When the training job ended on its instances.',
        resolve: (summary) => summary.TrainingEndTime ?? null,
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
      failureReason: t.string({
        nullable: true,
        description: 'Why the training job failed, if it did.',
        resolve: (summary) => summary.FailureReason ?? null,
      }),
      finalHyperParameterTuningJobObjectiveMetric: t.field({
        type: FinalHyperParameterTuningJobObjectiveMetricRef,
        nullable: true,
        description: 'The final value of the objective metric, once evaluated.',
        resolve: (summary) => summary.FinalHyperParameterTuningJobObjectiveMetric ?? null,
      }),
      objectiveStatus: t.string({
        nullable: true,
        description:
          'Succeeded (evaluated and used), Pending (awaiting evaluation) or Failed (not evaluated).',
        resolve: (summary) => summary.ObjectiveStatus ?? null,
      }),
    }),
  });

export const HyperParameterTuningJobWarmStartConfigRef = builder
  .objectRef<HyperParameterTuningJobWarmStartConfig>('HyperParameterTuningJobWarmStartConfig')
  .implement({
    description: 'The earlier tuning jobs a tuning job starts from, and how it uses them.',
    fields: (t) => ({
      parentHyperParameterTuningJobNames: t.stringList({
        nullable: false,
        description: 'The names of the parent tuning jobs (see warmStartParents for the jobs).',
        resolve: (config) =>
          (config.ParentHyperParameterTuningJobs ?? []).flatMap((parent) =>
            parent.HyperParameterTuningJobName === undefined
              ? []
              : [parent.HyperParameterTuningJobName],
          ),
      }),
      warmStartType: t.string({
        nullable: false,
        description:
          'IdenticalDataAndAlgorithm (same data and image, new ranges or limits) or TransferLearning (data, ranges or image may change).',
        resolve: (config) =>
          present(config.WarmStartType, 'HyperParameterTuningJobWarmStartConfig.WarmStartType'),
      }),
    }),
  });

export const HyperParameterTuningJobCompletionDetailsRef = builder
  .objectRef<HyperParameterTuningJobCompletionDetails>('HyperParameterTuningJobCompletionDetails')
  .implement({
    description:
      'Whether a tuning job has converged, and how many training jobs stopped improving.',
    fields: (t) => ({
      numberOfTrainingJobsObjectiveNotImproving: t.field({
        type: 'NonNegativeInt',
        nullable: true,
        description: 'Training jobs that improved the objective by 1% or less.',
        resolve: (details) => details.NumberOfTrainingJobsObjectiveNotImproving ?? null,
      }),
      convergenceDetectedTime: t.field({
        type: 'DateTime',
        nullable: true,
        description: 'When automatic model tuning detected that the model converged.',
        resolve: (details) => details.ConvergenceDetectedTime ?? null,
      }),
    }),
  });

export const HyperParameterTuningJobConsumedResourcesRef = builder
  .objectRef<HyperParameterTuningJobConsumedResources>('HyperParameterTuningJobConsumedResources')
  .implement({
    description: 'The resources a tuning job has used.',
    fields: (t) => ({
      runtimeInSeconds: t.field({
        type: 'NonNegativeInt',
        nullable: true,
        description: 'The wall clock runtime of the tuning job in seconds.',
        resolve: (resources) => resources.RuntimeInSeconds ?? null,
      }),
    }),
  });
