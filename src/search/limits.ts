/**
 * SageMaker's Search limits (see the Search API reference): what the compiler enforces on user
 * filters and what the batch functions keep to when they In-list keys.
 */
export const SEARCH_LIMITS = {
  /** Items in one Filters, NestedFilters or SubExpressions list. */
  listItems: 20,
  /** Filters, NestedFilters (and their filters) and SubExpressions, counted recursively. */
  elements: 50,
  /** Contains filters in one search. */
  contains: 1,
  /** Characters in one Filter.Value. */
  valueLength: 1024,
  /** Characters in a property name (Filter.Name, SortBy), e.g. `Metrics.<name>`. */
  propertyLength: 255,
} as const;
