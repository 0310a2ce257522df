import type { FilterInput, OrderInput, SortDirectionInput } from '../../search/inputs.js';
import type { NestedFieldSpec, OperatorKind, SearchResource } from '../../search/property-spec.js';
import { SEARCH_SPECS } from '../../search/specs.js';
import { builder } from '../builder.js';
import {
  HyperParameterFilter,
  MetricFilter,
  OPERATOR_INPUT,
  SortDirection,
  TagFilter,
} from './operator-inputs.js';

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
 * The `<Type>Filter` input of a resource, built from its spec in `src/search/` (one file per family)
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
