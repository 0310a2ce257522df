import type {
  AutoParameter,
  CategoricalParameterRange,
  ContinuousParameterRange,
  IntegerParameterRange,
  ParameterRanges,
} from '@aws-sdk/client-sagemaker';
import { builder } from '../builder.js';
import { listMember, present } from '../common.js';

const SCALING_TYPE =
  'How the range is searched: Auto, Linear, Logarithmic (values > 0) or ReverseLogarithmic (0 <= value < 1).';

const IntegerParameterRangeRef = builder
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

const ContinuousParameterRangeRef = builder
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

const CategoricalParameterRangeRef = builder
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

const AutoParameterRef = builder.objectRef<AutoParameter>('AutoParameter').implement({
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
