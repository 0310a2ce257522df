import type {
  Filter,
  NestedFilters,
  SearchExpression,
  SearchRequest,
} from '@aws-sdk/client-sagemaker';
import { chunk } from './chunk.js';
import { clip, echo } from './echo.js';
import { checkInputBounds } from './input-bounds.js';
import { SearchInputError } from './input-error.js';
import type { FilterInput, OrderInput } from './inputs.js';
import { LINE_TERMINATOR, SEARCH_LIMITS, TIMESTAMP_RANGE } from './limits.js';
import { packIn } from './pack-in.js';
import type {
  NestedFieldSpec,
  OperatorKind,
  ResourceSearchSpec,
  SearchResource,
} from './property-spec.js';
import { SEARCH_SPECS } from './specs.js';

/** A `<prefix><key>` property name within SageMaker's 255 characters. */
const propertyName = (prefix: string, key: string, path: string): string => {
  const name = `${prefix}${key}`;
  if (LINE_TERMINATOR.test(key)) {
    throw new SearchInputError(
      `${path} must not hold a line break: SageMaker Search property names match .+ on one line, but got ${echo(key)}.`,
    );
  }
  if (name.length > SEARCH_LIMITS.propertyLength) {
    throw new SearchInputError(
      `${path} makes the Search property ${prefix}<${key.length} characters> ${name.length} characters long; SageMaker Search allows ${SEARCH_LIMITS.propertyLength}.`,
      'FILTER_LIMIT_EXCEEDED',
    );
  }
  return name;
};

/** The part of a SearchRequest a filter and order compile to. */
export type CompiledSearch = Pick<SearchRequest, 'SearchExpression' | 'SortBy' | 'SortOrder'>;

export interface CompileOptions {
  /**
   * Mandatory filters (e.g. a tenant's tag or a parent's ARN) AND-ed at the top of every
   * expression, outside anything the user wrote; they count toward the limits.
   */
  readonly guard?: readonly Filter[];
}

type Operator = NonNullable<Filter['Operator']>;

/** How a property's value is written and which operators may merge into `In`. */
type ValueKind = 'text' | 'number' | 'timestamp' | 'boolean' | 'hyperParameter';

type Node =
  | { readonly type: 'filter'; readonly filter: Filter; readonly mergeable: boolean }
  | { readonly type: 'nested'; readonly list: string; readonly filters: readonly Filter[] }
  | { readonly type: 'and' | 'or'; readonly children: readonly Node[] };

const OPERATORS: Readonly<Record<string, Operator>> = {
  eq: 'Equals',
  ne: 'NotEquals',
  gt: 'GreaterThan',
  gte: 'GreaterThanOrEqualTo',
  lt: 'LessThan',
  lte: 'LessThanOrEqualTo',
  contains: 'Contains',
};

const NEGATED: Readonly<Partial<Record<Operator, Operator>>> = {
  Equals: 'NotEquals',
  NotEquals: 'Equals',
  GreaterThan: 'LessThanOrEqualTo',
  GreaterThanOrEqualTo: 'LessThan',
  LessThan: 'GreaterThanOrEqualTo',
  LessThanOrEqualTo: 'GreaterThan',
  Exists: 'NotExists',
  NotExists: 'Exists',
};

const RANGE = ['gt', 'gte', 'lt', 'lte'] as const;

/** The operators each operator input offers, in the order they compile. */
export const OPERATORS_OF: Readonly<Record<OperatorKind | 'hyperParameter', readonly string[]>> = {
  string: ['eq', 'ne', 'in', 'contains', 'exists'],
  enum: ['eq', 'ne', 'in'],
  int: ['eq', 'ne', ...RANGE, 'exists'],
  float: ['eq', 'ne', ...RANGE, 'exists'],
  dateTime: ['eq', ...RANGE, 'exists'],
  boolean: ['eq', 'exists'],
  hyperParameter: ['eq', 'ne', ...RANGE, 'exists'],
};

const VALUE_KIND: Readonly<Record<OperatorKind | 'hyperParameter', ValueKind>> = {
  string: 'text',
  enum: 'text',
  int: 'number',
  float: 'number',
  dateTime: 'timestamp',
  boolean: 'boolean',
  hyperParameter: 'hyperParameter',
};

const limitError = (message: string) => new SearchInputError(message, 'FILTER_LIMIT_EXCEEDED');

const isRecord = (value: unknown): value is Readonly<Record<string, unknown>> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);

/** The members of an input object that are set (neither undefined nor null), in order. */
const setMembers = (record: Readonly<Record<string, unknown>>): string[] =>
  Object.keys(record).filter((key) => record[key] !== undefined && record[key] !== null);

/**
 * A Filter.Value SageMaker can take (FilterValue: 1..1024 characters matching `.+` as a whole,
 * so no line terminators). `given` is the value before formatting, when it differs.
 */
const checkValue = (value: string, path: string, given = value): string => {
  if (value.length === 0) {
    throw new SearchInputError(
      `${path} must not be empty: SageMaker Search compares non-empty values (use exists: false to find resources without the property).`,
    );
  }
  if (value.length > SEARCH_LIMITS.valueLength) {
    const sent = given === value ? '' : ` as sent (${echo(value.slice(-8))} at its end)`;
    throw limitError(
      `${path} is ${value.length} characters long${sent}; SageMaker Search allows at most ${SEARCH_LIMITS.valueLength} per value.`,
    );
  }
  if (LINE_TERMINATOR.test(value)) {
    throw new SearchInputError(
      `${path} must not hold a line break: SageMaker Search values match .+ on one line, but got ${echo(given)}.`,
    );
  }
  return value;
};

/** A number SageMaker can read: finite (JSON has no NaN or Infinity). */
const finite = (value: unknown, path: string): string => {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new SearchInputError(`${path} must be a finite number, but got ${clip(String(value))}.`);
  }
  return String(value);
};

const INTEGER = /^[+-]?\d+$/;

/**
 * Hyperparameter Values are sent as decimals: SageMaker truncates decimal hyperparameters to
 * integers when the Value is an integer literal, so `gt: 0` would not match `0.5`.
 */
const decimal = (text: string): string => (INTEGER.test(text) ? `${text}.0` : text);

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * `YYYY-mm-ddTHH:MM:SS` in UTC, SageMaker's timestamp format (fractions are dropped), for a
 * DateTime value (a Date, or an ISO 8601 string from callers that skip the scalar) within
 * {@link TIMESTAMP_RANGE}.
 */
const timestamp = (value: unknown, path: string): string => {
  const date =
    value instanceof Date
      ? value
      : typeof value === 'string' && ISO_DATE_TIME.test(value)
        ? new Date(value)
        : undefined;
  const ms = date?.getTime();
  if (ms === undefined || Number.isNaN(ms)) {
    const shown = typeof value === 'string' ? echo(value) : typeof value;
    throw new SearchInputError(`${path} must be an ISO 8601 date-time, but got ${shown}.`);
  }
  if (ms < TIMESTAMP_RANGE.min || ms > TIMESTAMP_RANGE.max) {
    const shown = typeof value === 'string' ? echo(value) : (date as Date).toISOString();
    throw new SearchInputError(
      `${path} must be a date-time from 1970-01-01T00:00:00Z to 9999-12-31T23:59:59Z (SageMaker Search compares timestamps as YYYY-mm-ddTHH:MM:SS from the epoch on), but got ${shown}.`,
    );
  }
  return (date as Date).toISOString().slice(0, 19);
};

/** Writes an operator's value as a Filter.Value for a property of `kind`. */
const formatValue = (kind: ValueKind, value: unknown, path: string): string => {
  switch (kind) {
    case 'text':
      return checkValue(String(value), path);
    case 'number':
      return finite(value, path);
    case 'timestamp':
      return timestamp(value, path);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'hyperParameter': {
      const text = typeof value === 'number' ? finite(value, path) : String(value);
      // Trimmed and made decimal first: the Value SageMaker gets is what must fit.
      return checkValue(decimal(text.trim()), path, text);
    }
  }
};

/** Can this Equals value go into a comma-delimited `In` list (which trims its items)? */
const inSafe = (value: string): boolean => !value.includes(',') && value.trim() === value;

const leaf = (filter: Filter, mergeable = false): Node => ({ type: 'filter', filter, mergeable });

const junction = (type: 'and' | 'or', children: readonly Node[]): Node => {
  const [only] = children;
  return children.length === 1 && only ? only : { type, children };
};

/** Counts of what a compilation used, for errors that name every place. */
interface Context {
  readonly spec: ResourceSearchSpec;
  readonly contains: string[];
}

const nonEmptyList = (value: unknown, path: string): readonly unknown[] => {
  if (!Array.isArray(value)) throw new SearchInputError(`${path} must be a list.`);
  if (value.length === 0) {
    throw new SearchInputError(
      `${path} must not be empty: give at least one item, or leave it out.`,
    );
  }
  return value;
};

/**
 * The conditions of one operator object (`{ eq, in, gt, ... }`) on `property`, negated when under
 * an odd number of `not`s. `in` is an Or of equalities (merged into `In` later); negated, an And
 * of NotEquals. Negating `contains` is an error: SageMaker has no "does not contain".
 */
const operatorNodes = (
  ctx: Context,
  kind: OperatorKind | 'hyperParameter',
  property: string,
  operators: unknown,
  path: string,
  negated: boolean,
): Node[] => {
  const allowed = OPERATORS_OF[kind];
  if (!isRecord(operators)) throw new SearchInputError(`${path} must be an object of operators.`);
  const valueKind = VALUE_KIND[kind];
  const nodes: Node[] = [];
  // Negated conditions that compile to NotEquals, grouped under an Exists (see below).
  const unequal: Node[] = [];
  let needsExists = false;
  for (const name of setMembers(operators)) {
    const value = operators[name];
    const at = `${path}.${name}`;
    if (!allowed.includes(name)) {
      throw new SearchInputError(
        `${at} is not an operator of this filter; use one of ${allowed.join(', ')}.`,
      );
    }
    if (name === 'exists') {
      const exists = value === true;
      nodes.push(leaf({ Name: property, Operator: exists !== negated ? 'Exists' : 'NotExists' }));
      continue;
    }
    if (name === 'in') {
      const values = nonEmptyList(value, at).map((item, i) =>
        formatValue(valueKind, item, `${at}[${i}]`),
      );
      const parts = [...new Set(values)].map((item) =>
        negated
          ? leaf({ Name: property, Operator: 'NotEquals', Value: item })
          : leaf({ Name: property, Operator: 'Equals', Value: item }, inSafe(item)),
      );
      if (negated) unequal.push(junction('and', parts));
      else nodes.push(junction('or', parts));
      continue;
    }
    const operator = OPERATORS[name] as Operator;
    if (operator === 'Contains') {
      if (negated) {
        throw new SearchInputError(
          `${at} cannot be negated: SageMaker Search has no "does not contain" operator.`,
        );
      }
      ctx.contains.push(at);
    }
    const formatted = formatValue(valueKind, value, at);
    const mergeable =
      operator === 'Equals' && !negated && valueKind === 'text' && inSafe(formatted);
    const compiled = negated ? (NEGATED[operator] as Operator) : operator;
    if (compiled === 'NotEquals') needsExists = true;
    (compiled === 'NotEquals' && negated ? unequal : nodes).push(
      leaf(
        {
          Name: property,
          Operator: compiled,
          Value: formatted,
        },
        mergeable,
      ),
    );
  }
  if (nodes.length + unequal.length === 0) {
    throw new SearchInputError(
      `${path} has no operator: give at least one of ${allowed.join(', ')}, or leave the field out.`,
    );
  }
  // AWS does not document whether NotEquals matches a resource lacking the property (engines of
  // this kind commonly do); an Exists beside every NotEquals makes ne and not mean what they
  // promise either way. The parent ANDs these nodes, or ORs them when negated: there the
  // NotEquals are grouped under one Exists.
  const exists = leaf({ Name: property, Operator: 'Exists' });
  if (unequal.length > 0) nodes.push(junction('and', [exists, junction('or', unequal)]));
  else if (needsExists && operators.exists !== true) nodes.push(exists);
  return nodes;
};

/** A list filter (NestedFilters): one element must satisfy every condition; never negated. */
const nestedNode = (
  ctx: Context,
  spec: NestedFieldSpec,
  input: unknown,
  path: string,
  negated: boolean,
): Node => {
  if (negated) {
    throw new SearchInputError(
      `${path} cannot be negated: SageMaker Search cannot say that no element of ${spec.list} matches.`,
    );
  }
  if (!isRecord(input)) throw new SearchInputError(`${path} must be an object.`);
  const filters: Filter[] = [];
  for (const name of setMembers(input)) {
    const operators = input[name];
    const field = spec.fields[name];
    const at = `${path}.${name}`;
    if (!field) throw new SearchInputError(`${at} is not a field of ${spec.typeName}.`);
    for (const node of operatorNodes(ctx, field.kind, field.property, operators, at, false)) {
      if (node.type === 'filter') {
        filters.push(node.filter);
        continue;
      }
      // An `in`: inside a nested filter it must be one In filter (there is no Or there).
      const values = node.type === 'or' ? node.children : [];
      const items = values.map((child) =>
        child.type === 'filter' ? (child.filter.Value ?? '') : '',
      );
      const unsafe = items.find((item) => !inSafe(item));
      if (unsafe !== undefined) {
        throw new SearchInputError(
          `${at}.in holds ${echo(unsafe)}, which has a comma or surrounding spaces; inside ${path} in takes plain values (use eq for a single such value).`,
        );
      }
      const joined = items.join(',');
      if (joined.length > SEARCH_LIMITS.valueLength) {
        throw limitError(
          `${at}.in needs ${joined.length} characters as one comma-separated list; inside ${path} SageMaker Search allows ${SEARCH_LIMITS.valueLength} (a nested filter cannot be split).`,
        );
      }
      filters.push({ Name: field.property, Operator: 'In', Value: joined });
    }
  }
  if (filters.length === 0) {
    throw new SearchInputError(
      `${path} has no condition: set at least one of ${Object.keys(spec.fields).join(', ')}, or leave it out.`,
    );
  }
  if (filters.length > SEARCH_LIMITS.listItems) {
    throw limitError(
      `${path} has ${filters.length} conditions; SageMaker Search allows ${SEARCH_LIMITS.listItems} per nested filter.`,
    );
  }
  return { type: 'nested', list: spec.list, filters };
};

/** Operator lists keyed by name (`metrics`, `hyperParameters`) or key (`tags`). */
const namedNodes = (
  ctx: Context,
  items: unknown,
  path: string,
  keyField: 'name' | 'key',
  prefix: string,
  kind: OperatorKind | 'hyperParameter',
  negated: boolean,
): Node[] =>
  nonEmptyList(items, path).flatMap((item, i) => {
    const at = `${path}[${i}]`;
    const key = isRecord(item) ? item[keyField] : undefined;
    if (typeof key !== 'string' || key.length === 0) {
      throw new SearchInputError(`${at}.${keyField} must not be empty.`);
    }
    const { [keyField]: _key, ...operators } = item as Readonly<Record<string, unknown>>;
    return operatorNodes(
      ctx,
      kind,
      propertyName(prefix, key, `${at}.${keyField}`),
      operators,
      at,
      negated,
    );
  });

/**
 * One filter object as a tree of conditions, negation pushed down (De Morgan): its fields are
 * AND-ed (OR-ed when negated). Undefined when it sets no condition at all.
 */
const filterNode = (
  ctx: Context,
  input: unknown,
  path: string,
  negated: boolean,
): Node | undefined => {
  if (!isRecord(input)) throw new SearchInputError(`${path} must be a filter object.`);
  const { spec } = ctx;
  const parts: Node[] = [];
  for (const name of setMembers(input)) {
    const value = input[name];
    const at = `${path}.${name}`;
    if (name === 'and' || name === 'or') {
      const children = nonEmptyList(value, at).map((item, i) =>
        childNode(ctx, item, `${at}[${i}]`, negated),
      );
      parts.push(junction((name === 'and') !== negated ? 'and' : 'or', children));
    } else if (name === 'not') {
      parts.push(childNode(ctx, value, at, !negated));
    } else if (name === 'tags') {
      parts.push(...namedNodes(ctx, value, at, 'key', 'Tags.', 'string', negated));
    } else if (name === 'metrics' && spec.metrics) {
      parts.push(...namedNodes(ctx, value, at, 'name', 'Metrics.', 'float', negated));
    } else if (name === 'hyperParameters' && spec.hyperParameters) {
      parts.push(
        ...namedNodes(ctx, value, at, 'name', 'HyperParameters.', 'hyperParameter', negated),
      );
    } else {
      const field = spec.fields[name];
      if (!field) throw new SearchInputError(`${at} is not a filter field of ${spec.noun}s.`);
      if (field.kind === 'nested') parts.push(nestedNode(ctx, field, value, at, negated));
      else parts.push(...operatorNodes(ctx, field.kind, field.property, value, at, negated));
    }
  }
  return parts.length === 0 ? undefined : junction(negated ? 'or' : 'and', parts);
};

/** A filter inside and, or or not, which must set a condition. */
const childNode = (ctx: Context, input: unknown, path: string, negated: boolean): Node => {
  const node = filterNode(ctx, input, path, negated);
  if (!node) {
    throw new SearchInputError(
      `${path} has no condition: a filter inside and, or or not must set at least one field.`,
    );
  }
  return node;
};

/**
 * Equalities on one text property under an Or become `In` lists (order of first appearance).
 * Values are kept in a Set per property: a list scan per value made this quadratic.
 */
const mergeEqualities = (children: readonly Node[]): Node[] => {
  const groups = new Map<string, Set<string>>();
  for (const node of children) {
    if (node.type !== 'filter' || !node.mergeable) continue;
    const name = node.filter.Name as string;
    const values = groups.get(name) ?? new Set<string>();
    values.add(node.filter.Value as string);
    groups.set(name, values);
  }
  const merged: Node[] = [];
  for (const node of children) {
    if (node.type !== 'filter' || !node.mergeable) {
      merged.push(node);
      continue;
    }
    const name = node.filter.Name as string;
    const values = groups.get(name);
    if (!values) continue;
    groups.delete(name);
    if (values.size === 1) merged.push(node);
    else {
      for (const value of packIn(values)) {
        merged.push(
          leaf({ Name: name, Operator: value.includes(',') ? 'In' : 'Equals', Value: value }),
        );
      }
    }
  }
  return merged;
};

/** Flattens nested And/And and Or/Or and drops one-child junctions. */
const flatten = (node: Node): Node => {
  if (node.type !== 'and' && node.type !== 'or') return node;
  const children: Node[] = [];
  for (const child of node.children.map(flatten)) {
    // A loop, not push(...): spreading a long list passes every item as an argument.
    if (child.type === node.type)
      for (const grandchild of child.children) children.push(grandchild);
    else children.push(child);
  }
  return junction(node.type, children);
};

/**
 * Drops repeated filters from an And or Or (which are idempotent), keeping the first: e.g. the
 * Exists that `ne` on a property and `not: { eq }` on it both bring.
 */
const distinct = (children: readonly Node[]): Node[] => {
  const seen = new Set<string>();
  return children.filter((node) => {
    if (node.type !== 'filter') return true;
    const { Name, Operator, Value } = node.filter;
    const key = JSON.stringify([Name, Operator, Value]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
};

/**
 * Merges equalities under every Or (after flattening, so equalities from all branches meet) and
 * drops repeated filters.
 */
const merge = (node: Node): Node => {
  if (node.type !== 'and' && node.type !== 'or') return node;
  const children = distinct(node.children.map(merge));
  return junction(node.type, node.type === 'or' ? mergeEqualities(children) : children);
};

/**
 * One expression of `operator` over the given items, each list at most 20 long: overflowing
 * Filters and NestedFilters move into sub-expressions of the same operator (20 each). More than
 * 20 sub-expressions would exceed the 50-element limit anyway, which `compileSearch` reports.
 */
const splitLists = (
  operator: 'And' | 'Or',
  filters: readonly Filter[],
  nested: readonly NestedFilters[],
  subs: readonly SearchExpression[],
): SearchExpression => {
  const { listItems } = SEARCH_LIMITS;
  const allSubs = [
    ...subs,
    ...chunk(filters.slice(listItems), listItems).map((part) => splitLists(operator, part, [], [])),
    ...chunk(nested.slice(listItems), listItems).map((part) => splitLists(operator, [], part, [])),
  ];
  const top = filters.slice(0, listItems);
  const topNested = nested.slice(0, listItems);
  const expression: SearchExpression = {};
  if (top.length + topNested.length + allSubs.length > 1) expression.Operator = operator;
  if (top.length > 0) expression.Filters = top;
  if (topNested.length > 0) expression.NestedFilters = topNested;
  if (allSubs.length > 0) expression.SubExpressions = allSubs;
  return expression;
};

const emit = (node: Node): SearchExpression => {
  if (node.type === 'filter') return { Filters: [node.filter] };
  if (node.type === 'nested') {
    return { NestedFilters: [{ NestedPropertyName: node.list, Filters: [...node.filters] }] };
  }
  const filters: Filter[] = [];
  const nested: NestedFilters[] = [];
  const subs: SearchExpression[] = [];
  for (const child of node.children) {
    if (child.type === 'filter') filters.push(child.filter);
    else if (child.type === 'nested') {
      nested.push({ NestedPropertyName: child.list, Filters: [...child.filters] });
    } else subs.push(emit(child));
  }
  return splitLists(node.type === 'and' ? 'And' : 'Or', filters, nested, subs);
};

/** Filters, NestedFilters (with their filters) and SubExpressions, counted recursively. */
export const countElements = (expression: SearchExpression): number =>
  (expression.Filters?.length ?? 0) +
  (expression.NestedFilters ?? []).reduce((sum, n) => sum + 1 + (n.Filters?.length ?? 0), 0) +
  (expression.SubExpressions ?? []).reduce((sum, sub) => sum + 1 + countElements(sub), 0);

const compileOrder = (spec: ResourceSearchSpec, orderBy: OrderInput): CompiledSearch => {
  const SortOrder = orderBy.direction === 'ASC' ? 'Ascending' : 'Descending';
  const hasField = orderBy.field !== undefined && orderBy.field !== null;
  const hasMetric = orderBy.metric !== undefined && orderBy.metric !== null;
  if (hasMetric && !spec.metrics) {
    throw new SearchInputError(`orderBy.metric is not available for ${spec.noun}s.`);
  }
  if (hasField === hasMetric) {
    throw new SearchInputError(
      spec.metrics
        ? `orderBy takes exactly one of field or metric, but got ${hasField ? 'both' : 'neither'}.`
        : 'orderBy needs a field.',
    );
  }
  if (hasMetric) {
    const metric = orderBy.metric as string;
    if (metric.length === 0) throw new SearchInputError('orderBy.metric must not be empty.');
    return { SortBy: propertyName('Metrics.', metric, 'orderBy.metric'), SortOrder };
  }
  const sort = spec.sortFields[orderBy.field as string];
  if (!sort) {
    throw new SearchInputError(
      `orderBy.field ${echo(String(orderBy.field))} is not a sort field of ${spec.noun}s; use one of ${Object.keys(spec.sortFields).join(', ')}.`,
    );
  }
  return { SortBy: sort.property, SortOrder };
};

/**
 * Compiles a typed filter and order into the SearchExpression, SortBy and SortOrder of a
 * SageMaker Search request, or throws a `SearchInputError` (code BAD_USER_INPUT or
 * FILTER_LIMIT_EXCEEDED) naming the rule and the offending input path, before any call is made.
 *
 * Semantics: fields of one filter object are AND-ed; `and`/`or` combine filter objects; `not` is
 * pushed down to the conditions (eq↔ne, gt↔lte, gte↔lt, exists↔not exists, `in` → all ne).
 * A comparison (eq, ne, gt, ..., in) never matches a resource that lacks the property, negated or
 * not: every NotEquals is AND-ed with an Exists on its property, so this holds whatever SageMaker
 * does with a missing property under NotEquals (it does not say). Omitted or null members add no condition; an omitted, null or empty top-level filter
 * matches everything; empty operator objects, empty lists and condition-less filters inside
 * `and`/`or`/`not` are rejected.
 *
 * Before any of that, the input is bounded (`checkInputBounds`): at most 24 576 values in all and
 * 50 levels of and/or/not, the most any expression SageMaker takes can use, so compilation is
 * linear in an input of bounded size.
 *
 * Rewrites to fit SageMaker's limits: nested And/Or are flattened, equalities on one text
 * property under Or are merged into `In` lists of at most 1024 characters, lists longer than 20
 * are split into sub-expressions. What still exceeds 50 elements or one `contains` is rejected.
 * `guard` filters are AND-ed at the top level, so no user input can escape them. Pure.
 */
export function compileSearch(
  resource: SearchResource,
  filter: FilterInput | null | undefined,
  orderBy?: OrderInput | null,
  options: CompileOptions = {},
): CompiledSearch {
  const spec = SEARCH_SPECS[resource];
  // Size and depth first: compilation recurses and allocates in proportion to the input.
  checkInputBounds(filter);
  const ctx: Context = { spec, contains: [] };
  const user =
    filter === undefined || filter === null ? undefined : filterNode(ctx, filter, 'filter', false);
  const guard = (options.guard ?? []).map((g) => leaf(g));
  for (const g of options.guard ?? []) if (g.Operator === 'Contains') ctx.contains.push('guard');
  const parts = user ? [...guard, user] : guard;
  const result: CompiledSearch = orderBy ? compileOrder(spec, orderBy) : {};
  if (parts.length === 0) return result;
  if (ctx.contains.length > SEARCH_LIMITS.contains) {
    throw limitError(
      `The filter uses ${ctx.contains.length} contains conditions (${ctx.contains.join(', ')}); SageMaker Search allows ${SEARCH_LIMITS.contains} per search.`,
    );
  }
  const expression = emit(merge(flatten(junction('and', parts))));
  const elements = countElements(expression);
  if (elements > SEARCH_LIMITS.elements) {
    throw limitError(
      `The filter needs ${elements} Search elements (filters, nested filters and sub-expressions) after rewriting; SageMaker Search allows ${SEARCH_LIMITS.elements}. Use fewer conditions or shorter in lists.`,
    );
  }
  return { SearchExpression: expression, ...result };
}
