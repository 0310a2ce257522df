import type {
  AlgorithmStatusDetails,
  AlgorithmStatusItem,
  AlgorithmValidationProfile,
  AlgorithmValidationSpecification,
  TrainingJobDefinition,
} from '@aws-sdk/client-sagemaker';
import { builder } from '../builder.js';
import { HyperParameterRef, keyValuePairs, listMember, present } from '../common.js';
import {
  ChannelRef,
  OutputDataConfigRef,
  ResourceConfigRef,
  StoppingConditionRef,
} from '../training-job/config.js';
import { TransformJobDefinitionRef } from '../transform-job-definition.js';

const TrainingJobDefinitionRef = builder
  .objectRef<TrainingJobDefinition>('TrainingJobDefinition')
  .implement({
    description: 'A training job as SageMaker runs it to validate an algorithm.',
    fields: (t) => ({
      trainingInputMode: t.string({
        nullable: false,
        description: 'How the algorithm reads its data: File, Pipe or FastFile.',
        resolve: (definition) =>
          present(definition.TrainingInputMode, 'TrainingJobDefinition.TrainingInputMode'),
      }),
      hyperParameters: t.field({
        nullable: false,
        type: [HyperParameterRef],
        description: 'The hyperparameters of the job, sorted by key.',
        resolve: (definition) => keyValuePairs(definition.HyperParameters),
      }),
      inputDataConfig: t.field({
        nullable: false,
        type: [ChannelRef],
        description: 'The input data channels of the job.',
        resolve: listMember('InputDataConfig'),
      }),
      outputDataConfig: t.field({
        nullable: false,
        type: OutputDataConfigRef,
        description: 'Where the job stores its model artifacts.',
        resolve: (definition) =>
          present(definition.OutputDataConfig, 'TrainingJobDefinition.OutputDataConfig'),
      }),
      resourceConfig: t.field({
        nullable: false,
        type: ResourceConfigRef,
        description: 'The instances and storage of the job.',
        resolve: (definition) =>
          present(definition.ResourceConfig, 'TrainingJobDefinition.ResourceConfig'),
      }),
      stoppingCondition: t.field({
        nullable: false,
        type: StoppingConditionRef,
        description: 'The time limits of the job.',
        resolve: (definition) =>
          present(definition.StoppingCondition, 'TrainingJobDefinition.StoppingCondition'),
      }),
    }),
  });

const AlgorithmValidationProfileRef = builder
  .objectRef<AlgorithmValidationProfile>('AlgorithmValidationProfile')
  .implement({
    description:
      'A training job, and optionally a batch transform job, that validate an algorithm.',
    fields: (t) => ({
      profileName: t.string({
        nullable: false,
        description: 'The name of the profile.',
        resolve: (profile) =>
          present(profile.ProfileName, 'AlgorithmValidationProfile.ProfileName'),
      }),
      trainingJobDefinition: t.field({
        nullable: false,
        type: TrainingJobDefinitionRef,
        description: 'The training job SageMaker runs.',
        resolve: (profile) =>
          present(
            profile.TrainingJobDefinition,
            'AlgorithmValidationProfile.TrainingJobDefinition',
          ),
      }),
      transformJobDefinition: t.expose('TransformJobDefinition', {
        type: TransformJobDefinitionRef,
        nullable: true,
        description: 'The batch transform job SageMaker runs, if any.',
      }),
    }),
  });

export const AlgorithmValidationSpecificationRef = builder
  .objectRef<AlgorithmValidationSpecification>('AlgorithmValidationSpecification')
  .implement({
    description: 'The jobs SageMaker runs to validate an algorithm, and the role they run with.',
    fields: (t) => ({
      validationRole: t.string({
        nullable: false,
        description: 'The IAM role the validation jobs run with.',
        resolve: (spec) =>
          present(spec.ValidationRole, 'AlgorithmValidationSpecification.ValidationRole'),
      }),
      validationProfiles: t.field({
        nullable: false,
        type: [AlgorithmValidationProfileRef],
        description: 'The validation profiles (SageMaker supports one).',
        resolve: listMember('ValidationProfiles'),
      }),
    }),
  });

const AlgorithmStatusItemRef = builder
  .objectRef<AlgorithmStatusItem>('AlgorithmStatusItem')
  .implement({
    description: 'The status of one validation or image scan of an algorithm.',
    fields: (t) => ({
      name: t.string({
        nullable: false,
        description: 'The name of the item the status is about.',
        resolve: (item) => present(item.Name, 'AlgorithmStatusItem.Name'),
      }),
      status: t.string({
        nullable: false,
        description: 'NotStarted, InProgress, Completed or Failed.',
        resolve: (item) => present(item.Status, 'AlgorithmStatusItem.Status'),
      }),
      failureReason: t.exposeString('FailureReason', {
        nullable: true,
        description: 'Why it failed, if it did.',
      }),
    }),
  });

export const AlgorithmStatusDetailsRef = builder
  .objectRef<AlgorithmStatusDetails>('AlgorithmStatusDetails')
  .implement({
    description: 'The validation and image scan statuses of an algorithm.',
    fields: (t) => ({
      validationStatuses: t.field({
        nullable: false,
        type: [AlgorithmStatusItemRef],
        description: 'The status of each validation.',
        resolve: listMember('ValidationStatuses'),
      }),
      imageScanStatuses: t.field({
        nullable: false,
        type: [AlgorithmStatusItemRef],
        description: 'The status of each scan of the algorithm image.',
        resolve: listMember('ImageScanStatuses'),
      }),
    }),
  });
