import type { Filter, SearchExpression } from '@aws-sdk/client-sagemaker';

/** SageMaker's Search limits (see the Search API reference). */
export const SEARCH_LIMITS = {
  /** Items in one Filters, NestedFilters or SubExpressions list. */
  listItems: 20,
  /** Filters, NestedFilters and SubExpressions counted recursively. */
  elements: 50,
  /** Characters in one Filter.Value. */
  valueLength: 1024,
} as const;

/**
 * Filters matching any of `values` on `property`: comma-separated `In` lists packed greedily up to
 * 1024 characters, and an `Equals` for a value that holds a comma (In cannot carry it). Throws a
 * RangeError for a value longer than a filter value may be. Pure.
 */
export function anyOfFilters(property: string, values: Iterable<string>): Filter[] {
  const filters: Filter[] = [];
  let current = '';
  const flush = (): void => {
    if (current !== '') filters.push({ Name: property, Operator: 'In', Value: current });
    current = '';
  };
  for (const value of new Set(values)) {
    if (value.length === 0 || value.length > SEARCH_LIMITS.valueLength) {
      throw new RangeError(
        `A ${property} of ${value.length} characters cannot be searched (1..${SEARCH_LIMITS.valueLength})`,
      );
    }
    if (value.includes(',')) filters.push({ Name: property, Operator: 'Equals', Value: value });
    else if (current === '') current = value;
    else if (current.length + 1 + value.length <= SEARCH_LIMITS.valueLength) {
      current = `${current},${value}`;
    } else {
      flush();
      current = value;
    }
  }
  flush();
  return filters;
}

/**
 * An expression true when any of `filters` holds: the filters themselves under `Or`, the first 20
 * at the top and the rest in Or sub-expressions of up to 20 each. Throws a RangeError when that
 * exceeds 20 sub-expressions or 50 elements (far beyond 100 keys of SageMaker name/ARN lengths). Pure.
 */
export function anyOfExpression(filters: readonly Filter[]): SearchExpression {
  if (filters.length === 0) throw new RangeError('An expression needs at least one filter');
  const { listItems, elements } = SEARCH_LIMITS;
  if (filters.length === 1) return { Filters: [...filters] };
  const top = filters.slice(0, listItems);
  const rest: SearchExpression[] = [];
  for (let at = listItems; at < filters.length; at += listItems) {
    rest.push({ Operator: 'Or', Filters: filters.slice(at, at + listItems) });
  }
  const count = filters.length + rest.length;
  if (rest.length > listItems || count > elements) {
    throw new RangeError(
      `${filters.length} filters need ${count} expression elements; Search allows ${elements}`,
    );
  }
  return rest.length === 0
    ? { Operator: 'Or', Filters: top }
    : { Operator: 'Or', Filters: top, SubExpressions: rest };
}

/**
 * The Search expression matching exactly the resources named in `names` (on `nameProperty`) or
 * identified in `arns` (on `arnProperty`): In filters packed under SageMaker's 1024-character
 * value limit, combined with Or when there are several. Keys are used as given (callers
 * lower-case ARNs, as SageMaker stores them). Pure.
 */
export function keyExpression(
  nameProperty: string,
  arnProperty: string,
  names: readonly string[],
  arns: readonly string[] = [],
): SearchExpression {
  return anyOfExpression([
    ...anyOfFilters(nameProperty, names),
    ...anyOfFilters(arnProperty, arns),
  ]);
}
