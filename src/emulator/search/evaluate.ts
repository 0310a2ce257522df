import type { Filter, NestedFilters, SearchExpression } from '@aws-sdk/client-sagemaker';
import { validationError } from '../service-errors.js';
import { accessorFor, elementsAccessor } from './access.js';
import { assertNestedList, resolveProperty, type SearchableResource } from './properties.js';
import type { Predicate, Property } from './types.js';
import {
  badValue,
  booleanValue,
  hyperParameterNumber,
  inItems,
  isIntegerLiteral,
  numberValue,
  storedSeconds,
  timestampValue,
} from './values.js';

type Test = (value: unknown) => boolean;
type Comparison = (a: number, b: number) => boolean;

const RANGE: Readonly<Record<string, Comparison>> = {
  Equals: (a, b) => a === b,
  GreaterThan: (a, b) => a > b,
  GreaterThanOrEqualTo: (a, b) => a >= b,
  LessThan: (a, b) => a < b,
  LessThanOrEqualTo: (a, b) => a <= b,
};

const always: Test = () => true;

const isRange = (operator: string): boolean =>
  operator !== 'Equals' && RANGE[operator] !== undefined;

/** The value test of Equals / range / In / Contains (NotEquals is built from Equals). */
const valueTest = (property: Property, operator: string, value: string): Test => {
  const { name, kind } = property;
  if (
    isRange(operator) &&
    property.source !== 'hyperParameter' &&
    (kind === 'text' || kind === 'boolean')
  ) {
    throw validationError(
      `Operator '${operator}' is not supported for ${kind} property '${name}': GreaterThan, GreaterThanOrEqualTo, LessThan and LessThanOrEqualTo apply to numeric and timestamp properties.`,
    );
  }
  if ((operator === 'In' || operator === 'Contains') && kind !== 'text') {
    throw validationError(
      `Operator '${operator}' is only supported for text properties; '${name}' is a ${kind} property.`,
    );
  }
  const compare = RANGE[operator === 'NotEquals' ? 'Equals' : operator];
  if (operator === 'In') {
    const items = new Set(inItems(value));
    return (v) => typeof v === 'string' && items.has(v);
  }
  if (operator === 'Contains') return (v) => typeof v === 'string' && v.includes(value);
  if (!compare) throw validationError(`Operator '${operator}' is not supported.`);
  switch (kind) {
    case 'number': {
      const wanted = numberValue(value);
      if (wanted === undefined) throw badValue(value, name, `a number (${name} is numeric)`);
      return (v) => typeof v === 'number' && compare(v, wanted);
    }
    case 'timestamp': {
      const wanted = timestampValue(value);
      if (wanted === undefined) {
        throw badValue(value, name, 'a timestamp in the format YYYY-mm-ddTHH:MM:SS');
      }
      return (v) => {
        const seconds = storedSeconds(v);
        return seconds !== undefined && compare(seconds, wanted);
      };
    }
    case 'boolean': {
      const wanted = booleanValue(value);
      if (wanted === undefined) throw badValue(value, name, 'a boolean (true or false)');
      return (v) => v === wanted;
    }
    case 'text':
      return property.source === 'hyperParameter'
        ? hyperParameterTest(name, operator, value, compare)
        : (v) => v === value;
  }
};

/**
 * Hyperparameters are stored as strings. A numeric Value compares numerically with numeric
 * hyperparameters, by AWS's rule: decimal hyperparameters are compared as decimals when the Value
 * is a decimal, and truncated to integers when the Value is an integer (so `lr >= 0` and `lr = 0`
 * both hold for `lr = 0.5`). Equals/NotEquals otherwise compare the text; a range operator needs a
 * numeric Value and never matches a non-numeric hyperparameter.
 */
const hyperParameterTest = (
  name: string,
  operator: string,
  value: string,
  compare: Comparison,
): Test => {
  const wanted = numberValue(value);
  if (wanted === undefined) {
    if (isRange(operator)) {
      throw badValue(value, name, `a number (${operator} compares hyperparameters numerically)`);
    }
    return (v) => v === value;
  }
  const truncate = isIntegerLiteral(value);
  return (v) => {
    const stored = hyperParameterNumber(v);
    if (stored === undefined) return v === value;
    return compare(truncate ? Math.trunc(stored) : stored, wanted);
  };
};

/**
 * Compiles one Filter into a predicate over a document (or, inside NestedFilters, over one list
 * element: `nested` is the list's path). A path through a list matches if any value on it
 * matches. NotEquals matches when the property exists and no value equals Value: a missing
 * property matches neither Equals nor NotEquals.
 */
const compileFilter = (
  resource: SearchableResource,
  filter: Filter,
  nested?: { readonly name: string; readonly segments: readonly string[] },
): Predicate => {
  const name = filter.Name as string;
  if (nested && !name.startsWith(`${nested.name}.`)) {
    throw validationError(
      `Nested filter property '${name}' must start with '${nested.name}.', its NestedPropertyName.`,
    );
  }
  const property = resolveProperty(resource, name);
  const any = accessorFor(property, nested?.segments);
  const operator = filter.Operator ?? 'Equals';
  if (operator === 'Exists') return (root) => any(root, always);
  if (operator === 'NotExists') return (root) => !any(root, always);
  const test = valueTest(property, operator, filter.Value as string);
  if (operator === 'NotEquals') return (root) => any(root, always) && !any(root, test);
  return (root) => any(root, test);
};

/** One element of the NestedPropertyName list must satisfy all of the nested filter's Filters. */
const compileNested = (resource: SearchableResource, nested: NestedFilters): Predicate => {
  const listName = nested.NestedPropertyName as string;
  assertNestedList(resource, listName);
  const segments = listName.split('.');
  const filters = (nested.Filters ?? []).map((filter) =>
    compileFilter(resource, filter, { name: listName, segments }),
  );
  const elements = elementsAccessor(segments);
  const all = combine(filters, 'And');
  return (root) => elements(root, all);
};

const combine = (parts: readonly Predicate[], operator: string): Predicate => {
  const [first] = parts;
  if (parts.length === 1 && first) return first;
  if (operator === 'Or') {
    return (root) => {
      for (const part of parts) if (part(root)) return true;
      return false;
    };
  }
  return (root) => {
    for (const part of parts) if (!part(root)) return false;
    return true;
  };
};

/**
 * Compiles a (validated) SearchExpression once into a predicate of closures with the property
 * accessors and parsed Values resolved up front. Filters, NestedFilters and SubExpressions are
 * combined with the expression's Operator (And by default). Unknown properties, operators that do
 * not fit the property's type and unparsable Values throw a ValidationException.
 */
export const compileExpression = (
  resource: SearchableResource,
  expression: SearchExpression,
): Predicate => {
  const parts: Predicate[] = [
    ...(expression.Filters ?? []).map((filter) => compileFilter(resource, filter)),
    ...(expression.NestedFilters ?? []).map((nested) => compileNested(resource, nested)),
    ...(expression.SubExpressions ?? []).map((sub) => compileExpression(resource, sub)),
  ];
  return combine(parts, expression.Operator ?? 'And');
};
