import type {
  HyperParameterAlgorithmSpecification,
  HyperParameterTrainingJobDefinition,
  HyperParameterTuningInstanceConfig,
  HyperParameterTuningResourceConfig,
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
import { HyperParameterTuningJobObjectiveRef } from './config.js';
import { ParameterRangesRef } from './ranges.js';

const HyperParameterAlgorithmSpecificationRef = builder
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

const HyperParameterTuningInstanceConfigRef = builder
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

const HyperParameterTuningResourceConfigRef = builder
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
