import type { Filter, SearchExpression, Tag } from '@aws-sdk/client-sagemaker';
import { countElements } from '../../search/compile.js';
import { SEARCH_LIMITS } from '../../search/limits.js';

/**
 * A request's mandatory filters for one Search resource (its tenant guard, see
 * graphql/principal.ts), AND-ed onto every Search a batch function makes. Absent means
 * unrestricted: the batch functions then make exactly the calls they made before guards existed.
 */
export type KeyGuard = readonly Filter[];

const TAG_PREFIX = 'Tags.';

/** One guard filter evaluated on a record's tags as Search would evaluate it. Fails closed. */
function admitsFilter(filter: Filter, tags: readonly Tag[]): boolean {
  const name = filter.Name ?? '';
  // Describe answers are only checked by their tags; a guard on anything else cannot be.
  if (!name.startsWith(TAG_PREFIX)) return false;
  const key = name.slice(TAG_PREFIX.length);
  const values = tags.filter((tag) => tag.Key === key).map((tag) => tag.Value ?? '');
  switch (filter.Operator) {
    case 'Exists':
      return values.length > 0;
    case 'NotExists':
      return values.length === 0;
    case 'Equals':
      return filter.Value !== undefined && values.includes(filter.Value);
    case 'In': {
      // Search splits an In value on commas, so the check does too.
      const allowed = new Set((filter.Value ?? '').split(','));
      return values.some((value) => allowed.has(value));
    }
    default:
      return false;
  }
}

/**
 * Whether a record with `tags` passes `guard` (all its filters, as Search ANDs them): the check
 * for records found without Search (the Describe fallback), derived from the very filters the
 * Search carries rather than a second rule set. Unknown operators and non-tag properties fail
 * closed. Pure.
 */
export function guardAdmits(guard: KeyGuard, tags: readonly Tag[] | undefined): boolean {
  return guard.every((filter) => admitsFilter(filter, tags ?? []));
}

/**
 * `expression` AND-ed with `guard`, the guard's filters at the top and the expression as its one
 * sub-expression, so neither's lists grow; throws a RangeError beyond Search's element limit
 * (never for a tenant guard of one or two filters over 100 keys). Pure.
 */
export function guardedExpression(
  guard: KeyGuard | undefined,
  expression: SearchExpression,
): SearchExpression {
  if (guard === undefined || guard.length === 0) return expression;
  if (guard.length > SEARCH_LIMITS.listItems) {
    throw new RangeError(`A guard of ${guard.length} filters exceeds a Search filter list`);
  }
  const guarded: SearchExpression = {
    Operator: 'And',
    Filters: [...guard],
    SubExpressions: [expression],
  };
  const count = countElements(guarded);
  if (count > SEARCH_LIMITS.elements) {
    throw new RangeError(
      `A guarded expression needs ${count} elements; Search allows ${SEARCH_LIMITS.elements}`,
    );
  }
  return guarded;
}

/**
 * A stable string for `guard`, so what is learned under one guard (an out-of-tenant key) is
 * remembered for that guard alone. Filter order is kept: guards are built in one place, in one
 * order. Pure.
 */
export function guardKey(guard: KeyGuard): string {
  return JSON.stringify(
    guard.map((filter) => [filter.Name, filter.Operator, filter.Value ?? null]),
  );
}
