import type {
  AlgorithmStatusDetails,
  AlgorithmStatusItem,
  AlgorithmValidationProfile,
  AlgorithmValidationSpecification,
  ChannelSpecification,
  HyperParameterSpecification,
  ParameterRange,
  TrainingJobDefinition,
  TrainingSpecification,
} from '@aws-sdk/client-sagemaker';
import { createGraphQLError } from 'graphql-yoga';
import { type Algorithm as AlgorithmRecord, loadAlgorithms } from '../../sagemaker/algorithm.js';
import { ALGORITHM_NAME } from '../../sagemaker/names.js';
import { builder } from '../builder.js';
import { HyperParameterRef, keyValuePairs, present, TagRef } from '../common.js';
import {
  AdditionalS3DataSourceRef,
  InferenceSpecificationRef,
} from '../model-registry/inference-specification.js';
import { tagsOf } from '../tags.js';
import {
  ChannelRef,
  MetricDefinitionRef,
  OutputDataConfigRef,
  ResourceConfigRef,
  StoppingConditionRef,
} from '../training-job/config.js';
import { TrainingJob } from '../training-job/node.js';
import { TransformJobDefinitionRef } from '../transform-job-definition.js';
import { HyperParameterTuningJobObjectiveRef } from '../tuning-job/config.js';

interface ValueRange {
  minValue: string;
  maxValue: string;
}

const ValueRangeRef = builder.objectRef<ValueRange>('ParameterValueRange').implement({
  description: 'The smallest and largest values allowed for a numeric hyperparameter.',
  fields: (t) => ({
    minValue: t.exposeString('minValue', {
      nullable: false,
      description: 'The smallest value allowed.',
    }),
    maxValue: t.exposeString('maxValue', {
      nullable: false,
      description: 'The largest value allowed.',
    }),
  }),
});

const valueRange = (
  range: { MinValue?: string | undefined; MaxValue?: string | undefined } | undefined,
  member: string,
): ValueRange | null =>
  range === undefined
    ? null
    : {
        minValue: present(range.MinValue, `${member}.MinValue`),
        maxValue: present(range.MaxValue, `${member}.MaxValue`),
      };

export const ParameterRangeRef = builder.objectRef<ParameterRange>('ParameterRange').implement({
  description: 'The values allowed for a hyperparameter; one of the members is set, by its type.',
  fields: (t) => ({
    integerParameterRangeSpecification: t.field({
      type: ValueRangeRef,
      nullable: true,
      description: 'The integer values allowed, for an Integer hyperparameter.',
      resolve: (range) =>
        valueRange(range.IntegerParameterRangeSpecification, 'IntegerParameterRangeSpecification'),
    }),
    continuousParameterRangeSpecification: t.field({
      type: ValueRangeRef,
      nullable: true,
      description: 'The floating-point values allowed, for a Continuous hyperparameter.',
      resolve: (range) =>
        valueRange(
          range.ContinuousParameterRangeSpecification,
          'ContinuousParameterRangeSpecification',
        ),
    }),
    categoricalParameterRangeSpecification: t.stringList({
      nullable: true,
      description: 'The categories allowed, for a Categorical hyperparameter.',
      resolve: (range) => range.CategoricalParameterRangeSpecification?.Values ?? null,
    }),
  }),
});

export const HyperParameterSpecificationRef = builder
  .objectRef<HyperParameterSpecification>('HyperParameterSpecification')
  .implement({
    description: 'A hyperparameter an algorithm accepts.',
    fields: (t) => ({
      name: t.string({
        nullable: false,
        description: 'The name of the hyperparameter.',
        resolve: (spec) => present(spec.Name, 'HyperParameterSpecification.Name'),
      }),
      description: t.string({
        nullable: true,
        description: 'A brief description of the hyperparameter.',
        resolve: (spec) => spec.Description ?? null,
      }),
      type: t.string({
        nullable: false,
        description: 'Integer, Continuous, Categorical or FreeText.',
        resolve: (spec) => present(spec.Type, 'HyperParameterSpecification.Type'),
      }),
      range: t.field({
        type: ParameterRangeRef,
        nullable: true,
        description: 'The values allowed, if restricted.',
        resolve: (spec) => spec.Range ?? null,
      }),
      isTunable: t.boolean({
        nullable: true,
        description: 'Whether a tuning job may tune the hyperparameter.',
        resolve: (spec) => spec.IsTunable ?? null,
      }),
      isRequired: t.boolean({
        nullable: true,
        description: 'Whether a training job must set the hyperparameter.',
        resolve: (spec) => spec.IsRequired ?? null,
      }),
      defaultValue: t.string({
        nullable: true,
        description:
          'The value used when a training job does not set it (never for a required one).',
        resolve: (spec) => spec.DefaultValue ?? null,
      }),
    }),
  });

export const ChannelSpecificationRef = builder
  .objectRef<ChannelSpecification>('ChannelSpecification')
  .implement({
    description: 'An input channel an algorithm reads.',
    fields: (t) => ({
      name: t.string({
        nullable: false,
        description: 'The name of the channel, e.g. train or validation.',
        resolve: (channel) => present(channel.Name, 'ChannelSpecification.Name'),
      }),
      description: t.string({
        nullable: true,
        description: 'A brief description of the channel.',
        resolve: (channel) => channel.Description ?? null,
      }),
      isRequired: t.boolean({
        nullable: true,
        description: 'Whether a training job must provide the channel.',
        resolve: (channel) => channel.IsRequired ?? null,
      }),
      supportedContentTypes: t.stringList({
        nullable: false,
        description: 'The MIME types of the data the channel accepts.',
        resolve: (channel) => channel.SupportedContentTypes ?? [],
      }),
      supportedCompressionTypes: t.stringList({
        nullable: false,
        description: 'The compression types accepted (None, Gzip).',
        resolve: (channel) => channel.SupportedCompressionTypes ?? [],
      }),
      supportedInputModes: t.stringList({
        nullable: false,
        description: 'The input modes accepted: File, Pipe, FastFile.',
        resolve: (channel) => channel.SupportedInputModes ?? [],
      }),
    }),
  });

export const TrainingSpecificationRef = builder
  .objectRef<TrainingSpecification>('TrainingSpecification')
  .implement({
    description:
      'How an algorithm trains: image, hyperparameters, instances, metrics and channels.',
    fields: (t) => ({
      trainingImage: t.string({
        nullable: false,
        description: 'The ECR path of the training image.',
        resolve: (spec) => present(spec.TrainingImage, 'TrainingSpecification.TrainingImage'),
      }),
      trainingImageDigest: t.string({
        nullable: true,
        description: 'The digest that identifies the training image.',
        resolve: (spec) => spec.TrainingImageDigest ?? null,
      }),
      supportedHyperParameters: t.field({
        nullable: false,
        type: [HyperParameterSpecificationRef],
        description: 'The hyperparameters the algorithm accepts.',
        resolve: (spec) => spec.SupportedHyperParameters ?? [],
      }),
      supportedTrainingInstanceTypes: t.stringList({
        nullable: false,
        description: 'The instance types the algorithm can train on.',
        resolve: (spec) => spec.SupportedTrainingInstanceTypes ?? [],
      }),
      supportsDistributedTraining: t.boolean({
        nullable: true,
        description: 'Whether the algorithm trains on more than one instance.',
        resolve: (spec) => spec.SupportsDistributedTraining ?? null,
      }),
      metricDefinitions: t.field({
        nullable: false,
        type: [MetricDefinitionRef],
        description: 'The metrics the algorithm emits and how they are parsed from its logs.',
        resolve: (spec) => spec.MetricDefinitions ?? [],
      }),
      trainingChannels: t.field({
        nullable: false,
        type: [ChannelSpecificationRef],
        description: 'The input channels the algorithm reads.',
        resolve: (spec) => spec.TrainingChannels ?? [],
      }),
      supportedTuningJobObjectiveMetrics: t.field({
        nullable: false,
        type: [HyperParameterTuningJobObjectiveRef],
        description: 'The metrics a tuning job can use as its objective.',
        resolve: (spec) => spec.SupportedTuningJobObjectiveMetrics ?? [],
      }),
      additionalS3DataSource: t.field({
        type: AdditionalS3DataSourceRef,
        nullable: true,
        description: 'An additional S3 data source used during training.',
        resolve: (spec) => spec.AdditionalS3DataSource ?? null,
      }),
    }),
  });

export const TrainingJobDefinitionRef = builder
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
        resolve: (definition) => definition.InputDataConfig ?? [],
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

export const AlgorithmValidationProfileRef = builder
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
      transformJobDefinition: t.field({
        type: TransformJobDefinitionRef,
        nullable: true,
        description: 'The batch transform job SageMaker runs, if any.',
        resolve: (profile) => profile.TransformJobDefinition ?? null,
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
        resolve: (spec) => spec.ValidationProfiles ?? [],
      }),
    }),
  });

export const AlgorithmStatusItemRef = builder
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
      failureReason: t.string({
        nullable: true,
        description: 'Why it failed, if it did.',
        resolve: (item) => item.FailureReason ?? null,
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
        resolve: (details) => details.ValidationStatuses ?? [],
      }),
      imageScanStatuses: t.field({
        nullable: false,
        type: [AlgorithmStatusItemRef],
        description: 'The status of each scan of the algorithm image.',
        resolve: (details) => details.ImageScanStatuses ?? [],
      }),
    }),
  });

export const Algorithm = builder.loadableNode<
  AlgorithmRecord | Error | null,
  [],
  'Algorithm',
  string,
  string,
  string,
  AlgorithmRecord
>('Algorithm', {
  description: 'A SageMaker algorithm resource (own or from AWS Marketplace). Its id is its ARN.',
  id: {
    description: 'The global id of the algorithm: its ARN.',
    resolve: (algorithm) => present(algorithm.AlgorithmArn, 'Algorithm.AlgorithmArn'),
  },
  load: (keys, context) => loadAlgorithms(context.sagemaker, keys, context.logger),
  fields: (t) => ({
    arn: t.string({
      nullable: false,
      description: 'The ARN of the algorithm.',
      resolve: (algorithm) => present(algorithm.AlgorithmArn, 'Algorithm.AlgorithmArn'),
    }),
    name: t.string({
      nullable: false,
      description: 'The name of the algorithm (the same as algorithmName).',
      resolve: (algorithm) => present(algorithm.AlgorithmName, 'Algorithm.AlgorithmName'),
    }),
    algorithmName: t.string({
      nullable: false,
      description: 'The name of the algorithm.',
      resolve: (algorithm) => present(algorithm.AlgorithmName, 'Algorithm.AlgorithmName'),
    }),
    algorithmArn: t.string({
      nullable: false,
      description: 'The ARN of the algorithm (the same as arn and id).',
      resolve: (algorithm) => present(algorithm.AlgorithmArn, 'Algorithm.AlgorithmArn'),
    }),
    algorithmDescription: t.string({
      nullable: true,
      description: 'A brief summary of the algorithm.',
      resolve: (algorithm) => algorithm.AlgorithmDescription ?? null,
    }),
    creationTime: t.field({
      nullable: false,
      type: 'DateTime',
      description: 'When the algorithm was created.',
      resolve: (algorithm) => present(algorithm.CreationTime, 'Algorithm.CreationTime'),
    }),
    trainingSpecification: t.field({
      nullable: false,
      type: TrainingSpecificationRef,
      description: 'How the algorithm trains.',
      resolve: (algorithm) =>
        present(algorithm.TrainingSpecification, 'Algorithm.TrainingSpecification'),
    }),
    inferenceSpecification: t.field({
      type: InferenceSpecificationRef,
      nullable: true,
      description: 'How models trained by the algorithm serve inferences, if specified.',
      resolve: (algorithm) => algorithm.InferenceSpecification ?? null,
    }),
    validationSpecification: t.field({
      type: AlgorithmValidationSpecificationRef,
      nullable: true,
      description: 'The jobs SageMaker runs to validate the algorithm, if any.',
      resolve: (algorithm) => algorithm.ValidationSpecification ?? null,
    }),
    algorithmStatus: t.string({
      nullable: false,
      description: 'Pending, InProgress, Completed, Failed or Deleting.',
      resolve: (algorithm) => present(algorithm.AlgorithmStatus, 'Algorithm.AlgorithmStatus'),
    }),
    algorithmStatusDetails: t.field({
      type: AlgorithmStatusDetailsRef,
      nullable: true,
      description: 'The validation and image scan statuses of the algorithm.',
      resolve: (algorithm) => algorithm.AlgorithmStatusDetails ?? null,
    }),
    productId: t.string({
      nullable: true,
      description: 'The AWS Marketplace product ID of the algorithm, if listed.',
      resolve: (algorithm) => algorithm.ProductId ?? null,
    }),
    certifyForMarketplace: t.boolean({
      nullable: true,
      description: 'Whether the algorithm is certified to be listed in AWS Marketplace.',
      resolve: (algorithm) => algorithm.CertifyForMarketplace ?? null,
    }),
    tags: t.field({
      nullable: false,
      type: [TagRef],
      description:
        'The tags on the algorithm. DescribeAlgorithm omits them: costs one ListTags call per item, made only when selected.',
      resolve: (algorithm, _args, context) => tagsOf(algorithm.AlgorithmArn, context),
    }),
  }),
});

builder.objectField(TrainingJob, 'algorithm', (t) =>
  t.field({
    type: Algorithm,
    nullable: true,
    description:
      'The algorithm resource the job trained with (algorithmSpecification.algorithmName), or null when it used a training image or the algorithm no longer exists.',
    resolve: (job) => job.AlgorithmSpecification?.AlgorithmName ?? null,
  }),
);

builder.queryField('algorithm', (t) =>
  t.field({
    type: Algorithm,
    nullable: true,
    description: 'The algorithm with this name, or null when there is none.',
    args: { name: t.arg.string({ required: true, description: 'The name of the algorithm.' }) },
    resolve: (_root, { name }) => {
      if (!ALGORITHM_NAME.test(name)) {
        throw createGraphQLError(
          `Argument "name" must be an algorithm name (${ALGORITHM_NAME.source}), but got: ${JSON.stringify(name)}.`,
          { extensions: { code: 'BAD_USER_INPUT' } },
        );
      }
      return name;
    },
  }),
);
