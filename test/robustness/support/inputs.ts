import fc from 'fast-check';
import {
  type GraphQLInputType,
  type GraphQLNamedType,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
} from 'graphql';
import { schema } from '../../../src/graphql/index.js';
import { oddDateTime, oddString } from './strings.js';

/** How deep `and`/`or`/`not` (any input object reaching itself) nest in ordinary cases. */
const MAX_DEPTH = 3;

const int = (): fc.Arbitrary<number> =>
  fc.oneof(
    fc.integer({ min: -5, max: 200 }),
    fc.constantFrom(0, -1, 100, 101, 2 ** 31 - 1, -(2 ** 31), 86_400 * 365),
  );

const float = (): fc.Arbitrary<number> =>
  fc.oneof(
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.constantFrom(0, -0, 0.5, 1e-300, 1e300, Number.MAX_SAFE_INTEGER, 0.1 + 0.2),
  );

const scalar = (name: string): fc.Arbitrary<unknown> => {
  switch (name) {
    case 'Int':
    case 'NonNegativeInt':
    case 'PositiveInt':
      return int();
    case 'Float':
      return float();
    case 'Boolean':
      return fc.boolean();
    case 'DateTime':
      return oddDateTime();
    case 'JSON':
      return fc.jsonValue({ maxDepth: 3 });
    default:
      return oddString();
  }
};

/** Whether values of `type` are leaves (scalars, enums): lists of them may be long. */
const isLeaf = (type: GraphQLNamedType): boolean => isScalarType(type) || isEnumType(type);

const cache = new Map<string, fc.Arbitrary<unknown>>();

/**
 * Values of a GraphQL input type, read from the schema: every field of every input object, so a
 * new filter field is fuzzed without touching this file. Mostly valid shapes with hostile
 * values (odd strings, bad dates, out-of-range numbers, long lists, nesting up to MAX_DEPTH),
 * with a few wrong ones (explicit nulls, unknown enum values) that coercion must reject.
 */
export function inputValue(type: GraphQLInputType, depth = 0): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return inputValue(type.ofType, depth);
  if (isListType(type)) {
    const item = inputValue(type.ofType, depth + 1);
    const leaf = isLeaf(getNamedType(type.ofType));
    return fc.oneof(
      { weight: 8, arbitrary: fc.array(item, { minLength: 1, maxLength: 3 }) },
      { weight: 1, arbitrary: fc.constant([]) },
      {
        weight: depth === 0 ? 2 : 1,
        arbitrary: fc.array(item, { minLength: 15, maxLength: leaf ? 200 : 30 }),
      },
    );
  }
  const key = `${type.name}@${depth}`;
  const known = cache.get(key);
  if (known) return known;
  let made: fc.Arbitrary<unknown>;
  if (isEnumType(type)) {
    const values = type.getValues().map((value) => value.name);
    made = fc.oneof(
      { weight: 9, arbitrary: fc.constantFrom(...values) },
      { weight: 1, arbitrary: oddString() },
    );
  } else if (isScalarType(type)) {
    made = scalar(type.name);
  } else {
    const fields = Object.values(type.getFields()).filter(
      // beyond MAX_DEPTH, drop the fields that nest further (and/or/not, nested list filters)
      (field) => depth < MAX_DEPTH || !isInputObjectType(getNamedType(field.type)),
    );
    const model: Record<string, fc.Arbitrary<unknown>> = {};
    const required: string[] = [];
    const optional: string[] = [];
    for (const field of fields) {
      const value = inputValue(field.type, depth + 1);
      if (isNonNullType(field.type)) {
        required.push(field.name);
        model[field.name] = value;
      } else {
        optional.push(field.name);
        // an explicit null must mean the same as an omitted field
        model[field.name] = fc.oneof(
          { weight: 19, arbitrary: value },
          { weight: 1, arbitrary: fc.constant(null) },
        );
      }
    }
    // A few fields per object, as a list of entries rather than a record: a filter with every
    // field set is rare in life and hides the interesting cases, and a list shrinks by dropping
    // entries, so counterexamples come out minimal.
    const choices = optional.map((name) =>
      (model[name] ?? fc.constant(null)).map((value): [string, unknown] => [name, value]),
    );
    const entries =
      choices.length === 0
        ? fc.constant<Array<[string, unknown]>>([])
        : fc.array(fc.oneof(...choices), {
            minLength: depth === 0 ? 0 : 1,
            maxLength: depth === 0 ? 4 : 2,
          });
    const needed = fc.record(
      Object.fromEntries(required.map((name) => [name, model[name] ?? fc.constant(null)])),
    );
    made = fc
      .tuple(needed, entries)
      .map(([fixed, picked]) => ({ ...fixed, ...Object.fromEntries(picked) }));
  }
  cache.set(key, made);
  return made;
}

/** The schema's input object called `name`. */
export function inputType(name: string): GraphQLInputType {
  const type = schema.getType(name);
  if (!isInputObjectType(type)) throw new Error(`${name} is not an input type`);
  return type;
}

/**
 * One filter wrapped in a long chain of `and`/`or`/`not` (8..80 levels), past any sane depth: the
 * gateway must refuse it cheaply rather than recurse through it.
 */
export function deepFilter(name: string): fc.Arbitrary<unknown> {
  return fc
    .tuple(
      inputValue(inputType(name), MAX_DEPTH),
      fc.array(fc.constantFrom('and', 'or', 'not'), { minLength: 8, maxLength: 80 }),
    )
    .map(([leaf, path]) =>
      path.reduce<unknown>(
        (inner, node) => (node === 'not' ? { not: inner } : { [node]: [inner] }),
        leaf,
      ),
    );
}
