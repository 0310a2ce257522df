import type {
  BooleanFilterInput,
  DateTimeFilterInput,
  EnumFilterInput,
  HyperParameterFilterInput,
  MetricFilterInput,
  NumberFilterInput,
  StringFilterInput,
  TagFilterInput,
} from '../../search/inputs.js';
import { builder } from '../builder.js';

const ABSENT =
  'A comparison never matches a resource that lacks the property, negated (ne, not) or not; use exists to test presence.';
const NULLS =
  'An omitted or null operator adds no condition; an object with no operator at all is rejected.';

export const SortDirection = builder.enumType('SortDirection', {
  description: 'The direction of an order.',
  values: {
    ASC: { value: 'ASC', description: 'Smallest (or earliest, or first alphabetically) first.' },
    DESC: { value: 'DESC', description: 'Largest (or latest, or last alphabetically) first.' },
  } as const,
});

const existsField = {
  description:
    'true: the resource has the property; false: it has not (exists: false is the only way to match a missing property).',
};

const StringFilter = builder.inputRef<StringFilterInput>('StringFilter').implement({
  description: `Conditions on a text property, AND-ed. Text compares exactly (case-sensitive). ${NULLS} ${ABSENT}`,
  fields: (t) => ({
    eq: t.string({ description: 'Equal to this value.' }),
    ne: t.string({ description: 'Present and not equal to this value.' }),
    in: t.stringList({
      description:
        'Equal to one of these values (a non-empty list; sent as SageMaker In lists, so long lists cost several filters).',
    }),
    contains: t.string({
      description:
        'Contains this substring. SageMaker allows one contains per search and cannot negate it.',
    }),
    exists: t.boolean(existsField),
  }),
});

const EnumFilter = builder.inputRef<EnumFilterInput>('EnumFilter').implement({
  description: `Conditions on an enum-like text property (a status, an instance type), AND-ed. Values are SageMaker's spelling (e.g. InProgress, ml.p4d.24xlarge) and stay open strings, as AWS adds values. ${NULLS} ${ABSENT}`,
  fields: (t) => ({
    eq: t.string({ description: 'Equal to this value.' }),
    ne: t.string({ description: 'Present and not equal to this value.' }),
    in: t.stringList({ description: 'Equal to one of these values (a non-empty list).' }),
  }),
});

const numberFields = <T extends 'Int' | 'Float'>(type: T) =>
  ({
    eq: { type, description: 'Equal to this value.' },
    ne: { type, description: 'Present and not equal to this value.' },
    gt: { type, description: 'Greater than this value.' },
    gte: { type, description: 'Greater than or equal to this value.' },
    lt: { type, description: 'Less than this value.' },
    lte: { type, description: 'Less than or equal to this value.' },
  }) as const;

const IntFilter = builder.inputRef<NumberFilterInput>('IntFilter').implement({
  description: `Conditions on an integer property, AND-ed. ${NULLS} ${ABSENT}`,
  fields: (t) => {
    const f = numberFields('Int');
    return {
      eq: t.int(f.eq),
      ne: t.int(f.ne),
      gt: t.int(f.gt),
      gte: t.int(f.gte),
      lt: t.int(f.lt),
      lte: t.int(f.lte),
      exists: t.boolean(existsField),
    };
  },
});

const FloatFilter = builder.inputRef<NumberFilterInput>('FloatFilter').implement({
  description: `Conditions on a numeric property, AND-ed. ${NULLS} ${ABSENT}`,
  fields: (t) => {
    const f = numberFields('Float');
    return {
      eq: t.float(f.eq),
      ne: t.float(f.ne),
      gt: t.float(f.gt),
      gte: t.float(f.gte),
      lt: t.float(f.lt),
      lte: t.float(f.lte),
      exists: t.boolean(existsField),
    };
  },
});

const DateTimeFilter = builder.inputRef<DateTimeFilterInput>('DateTimeFilter').implement({
  description: `Conditions on a timestamp, AND-ed. SageMaker compares timestamps to the second (fractions of a second are dropped). ${NULLS} ${ABSENT}`,
  fields: (t) => ({
    eq: t.field({ type: 'DateTime', description: 'In this second.' }),
    gt: t.field({ type: 'DateTime', description: 'After this time.' }),
    gte: t.field({ type: 'DateTime', description: 'At or after this time.' }),
    lt: t.field({ type: 'DateTime', description: 'Before this time.' }),
    lte: t.field({ type: 'DateTime', description: 'At or before this time.' }),
    exists: t.boolean(existsField),
  }),
});

const BooleanFilter = builder.inputRef<BooleanFilterInput>('BooleanFilter').implement({
  description: `Conditions on a boolean property, AND-ed. ${NULLS} ${ABSENT}`,
  fields: (t) => ({
    eq: t.boolean({ description: 'Equal to this value.' }),
    exists: t.boolean(existsField),
  }),
});

export const MetricFilter = builder.inputRef<MetricFilterInput>('MetricFilter').implement({
  description: `Conditions on one final metric of a training job (FinalMetricDataList), AND-ed. ${NULLS} A job without the metric matches only exists: false.`,
  fields: (t) => {
    const f = numberFields('Float');
    return {
      name: t.string({ required: true, description: 'The metric name, e.g. validation:accuracy.' }),
      eq: t.float(f.eq),
      ne: t.float(f.ne),
      gt: t.float(f.gt),
      gte: t.float(f.gte),
      lt: t.float(f.lt),
      lte: t.float(f.lte),
      exists: t.boolean(existsField),
    };
  },
});

export const HyperParameterFilter = builder
  .inputRef<HyperParameterFilterInput>('HyperParameterFilter')
  .implement({
    description: `Conditions on one hyperparameter of a training job, AND-ed. Hyperparameters are strings; a numeric value compares numerically with numeric hyperparameters (as decimals: 1 equals 1.0), other values compare as text. Range operators never match a non-numeric hyperparameter. ${NULLS} A job without the hyperparameter matches only exists: false.`,
    fields: (t) => {
      const f = numberFields('Float');
      return {
        name: t.string({ required: true, description: 'The hyperparameter name, e.g. eta.' }),
        eq: t.string({ description: 'Equal to this value (numerically when both are numbers).' }),
        ne: t.string({ description: 'Present and not equal to this value.' }),
        gt: t.float(f.gt),
        gte: t.float(f.gte),
        lt: t.float(f.lt),
        lte: t.float(f.lte),
        exists: t.boolean(existsField),
      };
    },
  });

export const TagFilter = builder.inputRef<TagFilterInput>('TagFilter').implement({
  description: `Conditions on the value of one tag, AND-ed. ${NULLS} A resource without the tag matches only exists: false.`,
  fields: (t) => ({
    key: t.string({ required: true, description: 'The tag key.' }),
    eq: t.string({ description: 'The value equals this.' }),
    ne: t.string({ description: 'The tag is present and its value is not this.' }),
    in: t.stringList({ description: 'The value is one of these (a non-empty list).' }),
    contains: t.string({
      description:
        'The value contains this substring (one contains per search; cannot be negated).',
    }),
    exists: t.boolean(existsField),
  }),
});

/** The operator input of each kind of property. */
export const OPERATOR_INPUT = {
  string: StringFilter,
  enum: EnumFilter,
  int: IntFilter,
  float: FloatFilter,
  dateTime: DateTimeFilter,
  boolean: BooleanFilter,
} as const;
