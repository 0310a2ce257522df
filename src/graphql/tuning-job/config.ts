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
  listMember,
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
    maxNumberOfTrainingJobs: t.expose('MaxNumberOfTrainingJobs', {
      type: 'NonNegativeInt',
      nullable: true,
      description: 'The most training jobs the tuning job may launch.',
    }),
    maxParallelTrainingJobs: t.field({
      nullable: false,
      type: 'NonNegativeInt',
      description: 'The most training jobs the tuning job may run at the same time.',
      resolve: (limits) =>
        present(limits.MaxParallelTrainingJobs, 'ResourceLimits.MaxParallelTrainingJobs'),
    }),
    maxRuntimeInSeconds: t.expose('MaxRuntimeInSeconds', {
      type: 'NonNegativeInt',
      nullable: true,
      description: 'The longest the tuning job may run, in seconds.',
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
      scalingType: t.exposeString('ScalingType', { nullable: true, description: SCALING_TYPE }),
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
      scalingType: t.exposeString('ScalingType', { nullable: true, description: SCALING_TYPE }),
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
        resolve: listMember('Values'),
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
      resolve: listMember('IntegerParameterRanges'),
    }),
    continuousParameterRanges: t.field({
      nullable: false,
      type: [ContinuousParameterRangeRef],
      description: 'Ranges of continuous (floating-point) hyperparameters.',
      resolve: listMember('ContinuousParameterRanges'),
    }),
    categoricalParameterRanges: t.field({
      nullable: false,
      type: [CategoricalParameterRangeRef],
      description: 'Categories of categorical hyperparameters.',
      resolve: listMember('CategoricalParameterRanges'),
    }),
    autoParameters: t.field({
      nullable: false,
      type: [AutoParameterRef],
      description: 'Hyperparameters whose ranges Autotune chooses.',
      resolve: listMember('AutoParameters'),
    }),
  }),
});

export const HyperbandStrategyConfigRef = builder
  .objectRef<HyperbandStrategyConfig>('HyperbandStrategyConfig')
  .implement({
    description: 'The resource bounds (such as epochs) of the Hyperband strategy.',
    fields: (t) => ({
      minResource: t.expose('MinResource', {
        type: 'NonNegativeInt',
        nullable: true,
        description: 'The resources a training job may use before Hyperband may stop it.',
      }),
      maxResource: t.expose('MaxResource', {
        type: 'NonNegativeInt',
        nullable: true,
        description: 'The resources after which Hyperband stops a training job.',
      }),
    }),
  });

export const HyperParameterTuningJobStrategyConfigRef = builder
  .objectRef<HyperParameterTuningJobStrategyConfig>('HyperParameterTuningJobStrategyConfig')
  .implement({
    description: 'The configuration of the search strategy (Hyperband only).',
    fields: (t) => ({
      hyperbandStrategyConfig: t.expose('HyperbandStrategyConfig', {
        type: HyperbandStrategyConfigRef,
        nullable: true,
        description: 'The Hyperband configuration.',
      }),
    }),
  });

export const BestObjectiveNotImprovingRef = builder
  .objectRef<BestObjectiveNotImproving>('BestObjectiveNotImproving')
  .implement({
    description: 'Stops a tuning job when the objective stops improving.',
    fields: (t) => ({
      maxNumberOfTrainingJobsNotImproving: t.expose('MaxNumberOfTrainingJobsNotImproving', {
        type: 'NonNegativeInt',
        nullable: true,
        description:
          'How many training jobs in a row may fail to improve the objective by 1% or more before the tuning job stops.',
      }),
    }),
  });

export const ConvergenceDetectedRef = builder
  .objectRef<ConvergenceDetected>('ConvergenceDetected')
  .implement({
    description: 'Stops a tuning job when automatic model tuning detects the model has converged.',
    fields: (t) => ({
      completeOnConvergence: t.exposeString('CompleteOnConvergence', {
        nullable: true,
        description: 'Enabled or Disabled.',
      }),
    }),
  });

export const TuningJobCompletionCriteriaRef = builder
  .objectRef<TuningJobCompletionCriteria>('TuningJobCompletionCriteria')
  .implement({
    description: 'When a tuning job stops before reaching its resource limits.',
    fields: (t) => ({
      targetObjectiveMetricValue: t.exposeFloat('TargetObjectiveMetricValue', {
        nullable: true,
        description: 'The objective value at which the tuning job stops.',
      }),
      bestObjectiveNotImproving: t.expose('BestObjectiveNotImproving', {
        type: BestObjectiveNotImprovingRef,
        nullable: true,
        description: 'Stop when the objective stops improving.',
      }),
      convergenceDetected: t.expose('ConvergenceDetected', {
        type: ConvergenceDetectedRef,
        nullable: true,
        description: 'Stop when the model has converged.',
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
      strategyConfig: t.expose('StrategyConfig', {
        type: HyperParameterTuningJobStrategyConfigRef,
        nullable: true,
        description: 'The configuration of the strategy (Hyperband only).',
      }),
      hyperParameterTuningJobObjective: t.expose('HyperParameterTuningJobObjective', {
        type: HyperParameterTuningJobObjectiveRef,
        nullable: true,
        description: 'The metric the training jobs are evaluated by.',
      }),
      resourceLimits: t.field({
        nullable: false,
        type: ResourceLimitsRef,
        description: 'How many training jobs may run, how many at once, and for how long.',
        resolve: (config) =>
          present(config.ResourceLimits, 'HyperParameterTuningJobConfig.ResourceLimits'),
      }),
      parameterRanges: t.expose('ParameterRanges', {
        type: ParameterRangesRef,
        nullable: true,
        description: 'The hyperparameter ranges searched.',
      }),
      trainingJobEarlyStoppingType: t.exposeString('TrainingJobEarlyStoppingType', {
        nullable: true,
        description:
          'Off, or Auto (stop training jobs unlikely to beat the best so far). Off with Hyperband, which stops jobs itself.',
      }),
      tuningJobCompletionCriteria: t.expose('TuningJobCompletionCriteria', {
        type: TuningJobCompletionCriteriaRef,
        nullable: true,
        description: 'When the tuning job stops before reaching its resource limits.',
      }),
      randomSeed: t.exposeInt('RandomSeed', {
        nullable: true,
        description: 'The seed of the search, so that a rerun finds consistent configurations.',
      }),
    }),
  });

export const HyperParameterAlgorithmSpecificationRef = builder
  .objectRef<HyperParameterAlgorithmSpecification>('HyperParameterAlgorithmSpecification')
  .implement({
    description:
      'The algorithm the training jobs of a tuning job run: an image or an algorithm resource.',
    fields: (t) => ({
      trainingImage: t.exposeString('TrainingImage', {
        nullable: true,
        description: 'The registry path of the training image; set when no algorithmName is.',
      }),
      trainingInputMode: t.string({
        nullable: false,
        description: 'How the algorithm reads its data: File, Pipe or FastFile.',
        resolve: (spec) =>
          present(spec.TrainingInputMode, 'HyperParameterAlgorithmSpecification.TrainingInputMode'),
      }),
      algorithmName: t.exposeString('AlgorithmName', {
        nullable: true,
        description: 'The name or ARN of the algorithm resource; set when no trainingImage is.',
      }),
      metricDefinitions: t.field({
        nullable: false,
        type: [MetricDefinitionRef],
        description: 'The metrics the algorithm emits and how they are parsed from its logs.',
        resolve: listMember('MetricDefinitions'),
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
      instanceType: t.exposeString('InstanceType', {
        nullable: true,
        description: 'The instance type, when there is one configuration.',
      }),
      instanceCount: t.expose('InstanceCount', {
        type: 'NonNegativeInt',
        nullable: true,
        description: 'The number of instances, when there is one configuration.',
      }),
      volumeSizeInGB: t.expose('VolumeSizeInGB', {
        type: 'NonNegativeInt',
        nullable: true,
        description: 'The size of the storage volume in GB, when there is one configuration.',
      }),
      volumeKmsKeyId: t.exposeString('VolumeKmsKeyId', {
        nullable: true,
        description: 'The KMS key that encrypts the storage volumes.',
      }),
      allocationStrategy: t.exposeString('AllocationStrategy', {
        nullable: true,
        description: 'How instanceConfigs are chosen (Prioritized: in the order given).',
      }),
      instanceConfigs: t.field({
        nullable: false,
        type: [HyperParameterTuningInstanceConfigRef],
        description: 'The instance configurations, in order of preference.',
        resolve: listMember('InstanceConfigs'),
      }),
    }),
  });

export const HyperParameterTrainingJobDefinitionRef = builder
  .objectRef<HyperParameterTrainingJobDefinition>('HyperParameterTrainingJobDefinition')
  .implement({
    description: 'The definition of the training jobs a tuning job launches.',
    fields: (t) => ({
      definitionName: t.exposeString('DefinitionName', {
        nullable: true,
        description: 'The name of the definition, when a tuning job has several.',
      }),
      tuningObjective: t.expose('TuningObjective', {
        type: HyperParameterTuningJobObjectiveRef,
        nullable: true,
        description: 'The objective metric of this definition, when a tuning job has several.',
      }),
      hyperParameterRanges: t.expose('HyperParameterRanges', {
        type: ParameterRangesRef,
        nullable: true,
        description: 'The hyperparameter ranges of this definition, when a tuning job has several.',
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
        resolve: listMember('InputDataConfig'),
      }),
      vpcConfig: t.expose('VpcConfig', {
        type: VpcConfigRef,
        nullable: true,
        description: 'The VPC the training jobs have access to, if any.',
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
      resourceConfig: t.expose('ResourceConfig', {
        type: ResourceConfigRef,
        nullable: true,
        description:
          'The instances and storage of the training jobs (or see hyperParameterTuningResourceConfig).',
      }),
      hyperParameterTuningResourceConfig: t.expose('HyperParameterTuningResourceConfig', {
        type: HyperParameterTuningResourceConfigRef,
        nullable: true,
        description:
          'The instance configurations of the training jobs, when given instead of resourceConfig.',
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
      enableNetworkIsolation: t.exposeBoolean('EnableNetworkIsolation', {
        nullable: true,
        description: 'Whether the training containers run with network isolation.',
      }),
      enableInterContainerTrafficEncryption: t.exposeBoolean(
        'EnableInterContainerTrafficEncryption',
        {
          nullable: true,
          description:
            'Whether traffic between the instances of a distributed training job is encrypted.',
        },
      ),
      enableManagedSpotTraining: t.exposeBoolean('EnableManagedSpotTraining', {
        nullable: true,
        description: 'Whether the training jobs run on EC2 Spot instances.',
      }),
      checkpointConfig: t.expose('CheckpointConfig', {
        type: CheckpointConfigRef,
        nullable: true,
        description: 'Where the training jobs save checkpoints, if they do.',
      }),
      retryStrategy: t.expose('RetryStrategy', {
        type: RetryStrategyRef,
        nullable: true,
        description: 'How often a training job is retried after an InternalServerError, if it is.',
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
