import type { Filter, SearchExpression } from '@aws-sdk/client-sagemaker';
import { SEARCH_LIMITS } from '../../search/limits.js';
import { packIn } from '../../search/pack-in.js';

/**
 * Filters matching any of `values` on `property`: an `Equals` for each value that holds a comma
 * (In cannot carry it), then the rest in comma-separated `In` lists packed up to 1024 characters.
 * Throws a RangeError for a value longer than a filter value may be. Pure.
 */
export function anyOfFilters(property: string, values: Iterable<string>): Filter[] {
  const distinct = [...new Set(values)];
  for (const value of distinct) {
    if (value.length === 0 || value.length > SEARCH_LIMITS.valueLength) {
      throw new RangeError(
        `A ${property} of ${value.length} characters cannot be searched (1..${SEARCH_LIMITS.valueLength})`,
      );
    }
  }
  return [
    ...distinct
      .filter((value) => value.includes(','))
      .map((value): Filter => ({ Name: property, Operator: 'Equals', Value: value })),
    ...packIn(distinct.filter((value) => !value.includes(','))).map(
      (value): Filter => ({ Name: property, Operator: 'In', Value: value }),
    ),
  ];
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
