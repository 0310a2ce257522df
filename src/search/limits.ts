/**
 * SageMaker's Search limits (see the Search API reference and the service model's Search input
 * shapes, src/sagemaker/service-model/constraints.generated.ts, which test/search/limits.test.ts
 * checks these against): what the compiler enforces on user filters and what the batch functions
 * keep to when they In-list keys.
 */
export const SEARCH_LIMITS = {
  /** Items in one Filters, NestedFilters or SubExpressions list (FilterList and friends: max). */
  listItems: 20,
  /** Filters, NestedFilters (and their filters) and SubExpressions, counted recursively. */
  elements: 50,
  /** Contains filters in one search. */
  contains: 1,
  /** Characters in one Filter.Value (FilterValue: min 1, max 1024). */
  valueLength: 1024,
  /** Characters in a property name (Filter.Name, SortBy: ResourcePropertyName max), e.g. `Metrics.<name>`. */
  propertyLength: 255,
} as const;

/**
 * FilterValue and ResourcePropertyName both have the pattern `.+`, which SageMaker matches
 * against the whole value as Java does: `.` stops at line terminators, so a value or name holding
 * one is rejected by the service.
 */
export const LINE_TERMINATOR = /[\n\r\u0085\u2028\u2029]/;

/**
 * The timestamps a filter may compare with, as `YYYY-mm-ddTHH:MM:SS` in UTC. The format's four
 * digits end at 9999; SageMaker rejects years 0000 and 0001 and documents no lower bound, and its
 * API carries timestamps as epoch seconds, so the epoch is the earliest value certain to be taken.
 * No SageMaker resource predates 2017, so no answer is lost below it.
 */
export const TIMESTAMP_RANGE = {
  min: Date.UTC(1970, 0, 1),
  max: Date.UTC(9999, 11, 31, 23, 59, 59, 999),
} as const;

/**
 * The most Filters one expression can hold: a top-level list of 20, then sub-expressions that
 * each cost one element and hold up to 20 more, within 50 elements: 20 + 20 + 8 = 48.
 */
const MAX_FILTERS = (() => {
  const { elements, listItems } = SEARCH_LIMITS;
  const rest = elements - listItems;
  return listItems + rest - Math.ceil(rest / (listItems + 1));
})();

/** The most items one In value can carry: one character each, comma-separated, in 1024. */
const MAX_IN_ITEMS = Math.floor((SEARCH_LIMITS.valueLength + 1) / 2);

/**
 * Bounds on the typed filter input itself, derived from the limits above and checked before
 * compilation, so that no input costs more work than the largest one SageMaker could take.
 */
export const INPUT_LIMITS = {
  filters: MAX_FILTERS,
  inItems: MAX_IN_ITEMS,
  /**
   * Values in one filter, counting repeats (each `in` item, each operator value): every value
   * is a Filter or an item of an In list, so 48 × 512 = 24 576 is the most that can ever fit.
   * Every list (in, and, or, metrics, hyperParameters, tags) costs at least a value per item.
   */
  values: MAX_FILTERS * MAX_IN_ITEMS,
  /**
   * Levels of and/or/not. Each level SageMaker can see is a sub-expression, which costs an
   * element, so no expression nests deeper than 50; deeper input only adds levels that vanish.
   */
  depth: SEARCH_LIMITS.elements,
} as const;
