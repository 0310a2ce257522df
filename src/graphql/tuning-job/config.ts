import type {
  BestObjectiveNotImproving,
  ConvergenceDetected,
  HyperbandStrategyConfig,
  HyperParameterTuningJobConfig,
  HyperParameterTuningJobObjective,
  HyperParameterTuningJobStrategyConfig,
  HyperParameterTuningJobWarmStartConfig,
  ResourceLimits,
  TuningJobCompletionCriteria,
} from '@aws-sdk/client-sagemaker';
import { builder } from '../builder.js';
import { present } from '../common.js';
import { ParameterRangesRef } from './ranges.js';

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

const ResourceLimitsRef = builder.objectRef<ResourceLimits>('ResourceLimits').implement({
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

const HyperbandStrategyConfigRef = builder
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

const HyperParameterTuningJobStrategyConfigRef = builder
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

const BestObjectiveNotImprovingRef = builder
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

const ConvergenceDetectedRef = builder
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

const TuningJobCompletionCriteriaRef = builder
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
