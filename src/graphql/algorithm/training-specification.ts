import type {
  ChannelSpecification,
  HyperParameterSpecification,
  ParameterRange,
  TrainingSpecification,
} from '@aws-sdk/client-sagemaker';
import { builder } from '../builder.js';
import { listMember, present } from '../common.js';
import { AdditionalS3DataSourceRef } from '../model-registry/inference-specification.js';
import { MetricDefinitionRef } from '../training-job/config.js';
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

const ParameterRangeRef = builder.objectRef<ParameterRange>('ParameterRange').implement({
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

const HyperParameterSpecificationRef = builder
  .objectRef<HyperParameterSpecification>('HyperParameterSpecification')
  .implement({
    description: 'A hyperparameter an algorithm accepts.',
    fields: (t) => ({
      name: t.string({
        nullable: false,
        description: 'The name of the hyperparameter.',
        resolve: (spec) => present(spec.Name, 'HyperParameterSpecification.Name'),
      }),
      description: t.exposeString('Description', {
        nullable: true,
        description: 'A brief description of the hyperparameter.',
      }),
      type: t.string({
        nullable: false,
        description: 'Integer, Continuous, Categorical or FreeText.',
        resolve: (spec) => present(spec.Type, 'HyperParameterSpecification.Type'),
      }),
      range: t.expose('Range', {
        type: ParameterRangeRef,
        nullable: true,
        description: 'The values allowed, if restricted.',
      }),
      isTunable: t.exposeBoolean('IsTunable', {
        nullable: true,
        description: 'Whether a tuning job may tune the hyperparameter.',
      }),
      isRequired: t.exposeBoolean('IsRequired', {
        nullable: true,
        description: 'Whether a training job must set the hyperparameter.',
      }),
      defaultValue: t.exposeString('DefaultValue', {
        nullable: true,
        description:
          'The value used when a training job does not set it (never for a required one).',
      }),
    }),
  });

const ChannelSpecificationRef = builder
  .objectRef<ChannelSpecification>('ChannelSpecification')
  .implement({
    description: 'An input channel an algorithm reads.',
    fields: (t) => ({
      name: t.string({
        nullable: false,
        description: 'The name of the channel, e.g. train or validation.',
        resolve: (channel) => present(channel.Name, 'ChannelSpecification.Name'),
      }),
      description: t.exposeString('Description', {
        nullable: true,
        description: 'A brief description of the channel.',
      }),
      isRequired: t.exposeBoolean('IsRequired', {
        nullable: true,
        description: 'Whether a training job must provide the channel.',
      }),
      supportedContentTypes: t.stringList({
        nullable: false,
        description: 'The MIME types of the data the channel accepts.',
        resolve: listMember('SupportedContentTypes'),
      }),
      supportedCompressionTypes: t.stringList({
        nullable: false,
        description: 'The compression types accepted (None, Gzip).',
        resolve: listMember('SupportedCompressionTypes'),
      }),
      supportedInputModes: t.stringList({
        nullable: false,
        description: 'The input modes accepted: File, Pipe, FastFile.',
        resolve: listMember('SupportedInputModes'),
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
      trainingImageDigest: t.exposeString('TrainingImageDigest', {
        nullable: true,
        description: 'The digest that identifies the training image.',
      }),
      supportedHyperParameters: t.field({
        nullable: false,
        type: [HyperParameterSpecificationRef],
        description: 'The hyperparameters the algorithm accepts.',
        resolve: listMember('SupportedHyperParameters'),
      }),
      supportedTrainingInstanceTypes: t.stringList({
        nullable: false,
        description: 'The instance types the algorithm can train on.',
        resolve: listMember('SupportedTrainingInstanceTypes'),
      }),
      supportsDistributedTraining: t.exposeBoolean('SupportsDistributedTraining', {
        nullable: true,
        description: 'Whether the algorithm trains on more than one instance.',
      }),
      metricDefinitions: t.field({
        nullable: false,
        type: [MetricDefinitionRef],
        description: 'The metrics the algorithm emits and how they are parsed from its logs.',
        resolve: listMember('MetricDefinitions'),
      }),
      trainingChannels: t.field({
        nullable: false,
        type: [ChannelSpecificationRef],
        description: 'The input channels the algorithm reads.',
        resolve: listMember('TrainingChannels'),
      }),
      supportedTuningJobObjectiveMetrics: t.field({
        nullable: false,
        type: [HyperParameterTuningJobObjectiveRef],
        description: 'The metrics a tuning job can use as its objective.',
        resolve: listMember('SupportedTuningJobObjectiveMetrics'),
      }),
      additionalS3DataSource: t.expose('AdditionalS3DataSource', {
        type: AdditionalS3DataSourceRef,
        nullable: true,
        description: 'An additional S3 data source used during training.',
      }),
    }),
  });
