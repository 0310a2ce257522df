import { builder } from '../builder.js';
import type {
  BooleanFilterInput,
  DateTimeFilterInput,
  EnumFilterInput,
  FilterInput,
  HyperParameterFilterInput,
  MetricFilterInput,
  NumberFilterInput,
  OrderInput,
  SortDirectionInput,
  StringFilterInput,
  TagFilterInput,
} from '../search/inputs.js';
import {
  type NestedFieldSpec,
  type OperatorKind,
  SEARCH_SPECS,
  type SearchResource,
} from '../search/properties.js';

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

export const StringFilter = builder.inputRef<StringFilterInput>('StringFilter').implement({
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

export const EnumFilter = builder.inputRef<EnumFilterInput>('EnumFilter').implement({
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

export const IntFilter = builder.inputRef<NumberFilterInput>('IntFilter').implement({
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

export const FloatFilter = builder.inputRef<NumberFilterInput>('FloatFilter').implement({
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

export const DateTimeFilter = builder.inputRef<DateTimeFilterInput>('DateTimeFilter').implement({
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

export const BooleanFilter = builder.inputRef<BooleanFilterInput>('BooleanFilter').implement({
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

const OPERATOR_INPUT = {
  string: StringFilter,
  enum: EnumFilter,
  int: IntFilter,
  float: FloatFilter,
  dateTime: DateTimeFilter,
  boolean: BooleanFilter,
} as const;

// Fields come from the catalogue at run time, so Pothos cannot check them against the input
// shape statically; the `as never` casts below hand it the built map.
type FieldMap = Record<string, unknown>;

const nestedInputs = new Map<string, ReturnType<typeof nestedInput>>();

function nestedInput(spec: NestedFieldSpec) {
  return builder.inputRef<Record<string, unknown>>(spec.typeName).implement({
    description: `${spec.description} Only AND-ed conditions (no and/or/not), and the whole filter cannot be negated: SageMaker cannot say that no element matches.`,
    fields: (t) =>
      Object.fromEntries(
        Object.entries(spec.fields).map(([name, field]) => [
          name,
          t.field({ type: OPERATOR_INPUT[field.kind], description: field.description }),
        ]),
      ) as FieldMap as never,
  });
}

const nestedRef = (spec: NestedFieldSpec) => {
  let ref = nestedInputs.get(spec.typeName);
  if (!ref) {
    ref = nestedInput(spec);
    nestedInputs.set(spec.typeName, ref);
  }
  return ref;
};

const typeNameOf: Readonly<Record<SearchResource, string>> = {
  TrainingJob: 'TrainingJob',
  HyperParameterTuningJob: 'HyperParameterTuningJob',
  Endpoint: 'Endpoint',
  ModelPackage: 'ModelPackage',
  ModelPackageGroup: 'ModelPackageGroup',
};

/**
 * The `<Type>Filter` input of a resource, built from its catalogue in `src/search/properties.ts`
 * (which the compiler reads too, so the schema and the compilation cannot drift apart).
 */
export function resourceFilterInput(resource: SearchResource) {
  const spec = SEARCH_SPECS[resource];
  const name = `${typeNameOf[resource]}Filter`;
  const ref = builder.inputRef<FilterInput>(name);
  ref.implement({
    description: `Which ${spec.noun}s to return. Fields are AND-ed; and/or combine whole filters; not negates one (pushed down: eq↔ne, gt↔lte, in → none of). A comparison never matches a ${spec.noun} that lacks the property, even under ne or not. An omitted, null or empty filter matches every ${spec.noun}; inside and/or/not a filter must set at least one field, and lists must not be empty. Filters that exceed SageMaker Search limits after rewriting fail with FILTER_LIMIT_EXCEEDED before any call.`,
    fields: (t) => {
      const fields: FieldMap = {};
      for (const [fieldName, field] of Object.entries(spec.fields)) {
        fields[fieldName] = t.field({
          type:
            field.kind === 'nested' ? nestedRef(field) : OPERATOR_INPUT[field.kind as OperatorKind],
          description: field.description,
        });
      }
      if (spec.metrics) {
        fields.metrics = t.field({
          type: [MetricFilter],
          description: 'Conditions on final metrics, AND-ed (a non-empty list).',
        });
      }
      if (spec.hyperParameters) {
        fields.hyperParameters = t.field({
          type: [HyperParameterFilter],
          description: 'Conditions on hyperparameters, AND-ed (a non-empty list).',
        });
      }
      fields.tags = t.field({
        type: [TagFilter],
        description: 'Conditions on tags, AND-ed (a non-empty list).',
      });
      fields.and = t.field({
        type: [ref],
        description: 'Every one of these filters holds (a non-empty list).',
      });
      fields.or = t.field({
        type: [ref],
        description: 'At least one of these filters holds (a non-empty list).',
      });
      fields.not = t.field({
        type: ref,
        description:
          'This filter does not hold: each condition is negated (contains and list filters cannot be).',
      });
      return fields as never;
    },
  });
  return ref;
}

/** The `<Type>OrderField` enum and `<Type>Order` input of a resource. */
export function resourceOrderInput(resource: SearchResource) {
  const spec = SEARCH_SPECS[resource];
  const typeName = typeNameOf[resource];
  const fieldEnum = builder.enumType(`${typeName}OrderField`, {
    description: `A property to order ${spec.noun}s by.`,
    values: Object.fromEntries(
      Object.entries(spec.sortFields).map(([name, sort]) => [
        name,
        { value: name, description: sort.description },
      ]),
    ),
  });
  return builder.inputRef<OrderInput>(`${typeName}Order`).implement({
    description: spec.metrics
      ? `How to order ${spec.noun}s: by exactly one of field or metric (SageMaker sorts by one key; ties by ARN). Jobs lacking the key come last.`
      : `How to order ${spec.noun}s (SageMaker sorts by one key; ties by ARN). Resources lacking the key come last.`,
    fields: (t) => {
      const fields: FieldMap = {
        field: t.field({ type: fieldEnum, description: 'The property to order by.' }),
      };
      if (spec.metrics) {
        fields.metric = t.string({
          description: 'A final metric to order by, e.g. validation:accuracy.',
        });
      }
      fields.direction = t.field({
        type: SortDirection,
        required: true,
        defaultValue: 'DESC' as SortDirectionInput,
        description: 'The direction (default DESC).',
      });
      return fields as never;
    },
  });
}
