import type {
  ResourceType,
  SageMakerClient,
  SearchExpression,
  SearchRecord,
  SearchRequest,
} from '@aws-sdk/client-sagemaker';
import { countElements } from '../../search/compile.js';
import { SEARCH_LIMITS } from '../../search/limits.js';
import type { WarnLogger } from '../logger.js';
import { searchPage } from '../search-page.js';
import { anyOfExpression, anyOfFilters } from './key-expression.js';
import { pages } from './pages.js';
import { MAX_BATCH } from './search.js';

/** One Search over the children of many parents, to be split per parent. */
export interface ParentSearch<T> {
  resource: ResourceType;
  /** The children's filter and order; the parents' keys are AND-ed with the filter. */
  search: Pick<SearchRequest, 'SearchExpression' | 'SortBy' | 'SortOrder'>;
  /** The Search property holding a child's parent key, e.g. `TuningJobArn`. */
  property: string;
  pick: (record: SearchRecord) => T | undefined;
  /** The parent key of an item, as `normalize` writes it. */
  valueOf: (item: T) => string | undefined;
  /** How keys compare (e.g. lower-cased ARNs); identity by default. */
  normalize?: (value: string) => string;
  /** The most results worth reading; beyond it the caller searches per parent. */
  readLimit: number;
}

/** `search`'s expression AND-ed with "the parent is one of `values`", or null if that cannot fit. */
function parentsExpression(
  search: ParentSearch<unknown>['search'],
  property: string,
  values: readonly string[],
): SearchExpression | null {
  let expression: SearchExpression;
  try {
    const anyOf = anyOfExpression(anyOfFilters(property, values));
    expression = search.SearchExpression
      ? { Operator: 'And', SubExpressions: [search.SearchExpression, anyOf] }
      : anyOf;
  } catch {
    return null;
  }
  return countElements(expression) > SEARCH_LIMITS.elements ? null : expression;
}

/**
 * The children of each parent in `values` (aligned with it, in Search order) from one Search over
 * all of them, read to the end in pages of 100 (at most MAX_UPSTREAM_PAGES). Null when that Search would not fit SageMaker's
 * limits, when its first page's TotalHits is not exact, or when it matches more than `readLimit`:
 * then searching per parent is the better plan. Throws the mapped error of a failed page.
 */
export async function searchGroupedByParent<T>(
  client: SageMakerClient,
  query: ParentSearch<T>,
  values: readonly string[],
  logger?: WarnLogger,
): Promise<T[][] | null> {
  const expression = parentsExpression(query.search, query.property, values);
  if (expression === null) return null;
  const { SortBy, SortOrder } = query.search;
  const normalize = query.normalize ?? ((value: string) => value);
  const groups = new Map<string, T[]>(values.map((value) => [normalize(value), []]));
  // The expression holds the client's filter: a rejection is its bad input.
  const read = pages(
    client,
    'Search',
    (token) =>
      searchPage(
        client,
        {
          Resource: query.resource,
          SearchExpression: expression,
          ...(SortBy === undefined ? {} : { SortBy }),
          ...(SortOrder === undefined ? {} : { SortOrder }),
          MaxResults: MAX_BATCH,
          ...(token === undefined ? {} : { NextToken: token }),
        },
        logger,
        { userInput: true },
      ),
    logger,
  );
  let first = true;
  for await (const page of read) {
    const hits = page.TotalHits;
    if (first && !(hits?.Relation === 'EqualTo' && hits.Value !== undefined)) return null;
    if (first && (hits?.Value ?? 0) > query.readLimit) return null;
    first = false;
    for (const record of page.Results ?? []) {
      const item = query.pick(record);
      const key = item === undefined ? undefined : query.valueOf(item);
      if (item !== undefined && key !== undefined) groups.get(key)?.push(item);
    }
  }
  return values.map((value) => groups.get(normalize(value)) ?? []);
}
