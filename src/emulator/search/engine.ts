import type { SearchExpression, SearchRecord, SearchRequest } from '@aws-sdk/client-sagemaker';
import { validationError } from '../service-errors.js';
import { compileExpression } from './evaluate.js';
import {
  ARN_PROPERTY,
  defaultSortBy,
  isSearchableResource,
  NAME_PROPERTY,
  type SearchableResource,
} from './properties.js';
import { arnReader, createTopK, entryComparator, type SortEntry, sortValueReader } from './sort.js';
import { decodeToken, encodeToken, INVALID_TOKEN_MESSAGE, queryHash } from './token.js';
import type { Predicate } from './types.js';
import { DEFAULT_MAX_RESULTS, validateRequest } from './validate-request.js';
import { inItems } from './values.js';

export {
  NAME_PROPERTY,
  SEARCH_RESOURCE_TYPES,
  SEARCHABLE_RESOURCES,
} from './properties.js';
export { INVALID_TOKEN_MESSAGE } from './token.js';

/** Above this many matches TotalHits is a lower bound, as from an Elasticsearch-backed service. */
export const TOTAL_HITS_LIMIT = 10_000;

/**
 * An index the store may offer: the documents whose `property` (the resource's name or ARN
 * property) is one of `values`, or undefined to make the engine scan.
 */
type SearchLookup = (
  property: string,
  values: readonly string[],
) => ReadonlyArray<object> | undefined;

export interface SearchOptions {
  readonly lookup?: SearchLookup;
}

export interface SearchResult {
  Results: SearchRecord[];
  NextToken?: string;
  TotalHits: { Value: number; Relation: 'EqualTo' | 'GreaterThanOrEqualTo' };
}

interface LookupKey {
  property: string;
  values: string[];
}

/** The values an Equals/In filter on the name or ARN property selects, else undefined. */
const keyFilter = (
  resource: SearchableResource,
  filter: NonNullable<SearchExpression['Filters']>[number],
): LookupKey | undefined => {
  const { Name, Value } = filter;
  const operator = filter.Operator ?? 'Equals';
  if (Name !== NAME_PROPERTY[resource] && Name !== ARN_PROPERTY[resource]) return undefined;
  if (Value === undefined || (operator !== 'Equals' && operator !== 'In')) return undefined;
  return { property: Name, values: operator === 'In' ? [...new Set(inItems(Value))] : [Value] };
};

/**
 * Index lookups whose union holds every match: for an And expression its most selective key
 * filter; for an Or (the batch-by-key shape) the lookups of every filter and sub-expression, when
 * each of them has some. Undefined when the expression cannot be narrowed.
 */
const lookupKeys = (
  resource: SearchableResource,
  expression: SearchExpression | undefined,
): LookupKey[] | undefined => {
  if (!expression) return undefined;
  if ((expression.Operator ?? 'And') === 'And') {
    let best: LookupKey | undefined;
    for (const filter of expression.Filters ?? []) {
      const key = keyFilter(resource, filter);
      if (key && (!best || key.values.length < best.values.length)) best = key;
    }
    return best && [best];
  }
  if ((expression.NestedFilters ?? []).length > 0) return undefined;
  const keys: LookupKey[] = [];
  for (const filter of expression.Filters ?? []) {
    const key = keyFilter(resource, filter);
    if (!key) return undefined;
    keys.push(key);
  }
  for (const sub of expression.SubExpressions ?? []) {
    const subKeys = lookupKeys(resource, sub);
    if (!subKeys) return undefined;
    keys.push(...subKeys);
  }
  return keys.length > 0 ? keys : undefined;
};

/** The documents, or a function building them when a scan needs them (derived records). */
type SearchDocs = ReadonlyArray<object> | (() => ReadonlyArray<object>);

const candidatesOf = (
  resource: SearchableResource,
  expression: SearchExpression | undefined,
  docs: SearchDocs,
  lookup: SearchLookup | undefined,
): ReadonlyArray<object> => {
  const all = (): ReadonlyArray<object> => (typeof docs === 'function' ? docs() : docs);
  const keys = lookup ? lookupKeys(resource, expression) : undefined;
  if (!lookup || !keys) return all();
  const found: object[] = [];
  for (const key of keys) {
    const docsOfKey = lookup(key.property, key.values);
    if (!docsOfKey) return all();
    found.push(...docsOfKey);
  }
  // Several values may reach one document (e.g. a name and an ARN index); count it once.
  return keys.length > 1 || (keys[0]?.values.length ?? 0) > 1 ? [...new Set(found)] : found;
};

interface Entry extends SortEntry {
  readonly doc: object;
}

/**
 * SageMaker Search over in-memory documents (the Search record shapes, `Date` timestamps, with
 * Tags), given as a list or as a function building one, called only when the query scans. Validates the request with SageMaker's limits and messages, evaluates the expression
 * (see `compileExpression`), orders by SortBy (default LastModifiedTime, or CreationTime where a
 * record has none; Descending by default; missing values last; ties by ARN ascending) and returns
 * one page of at most MaxResults (default 10) records keyed by the resource name.
 *
 * Paging is search-after: NextToken carries a hash of the query and the last returned sort value
 * and ARN, so pages stay stable while other records change; it is present only when more results
 * follow. TotalHits counts all matches, reported as 10 000 `GreaterThanOrEqualTo` above that.
 * `options.lookup` narrows the candidates for an Equals/In on the name (or ARN) property at the
 * top of an And expression, or for an Or whose every branch is so narrowed (a batch by key); the
 * full predicate still runs, so results equal a scan.
 *
 * A resource type the emulator holds no records of (Experiment, Pipeline, Project, ...) is valid
 * and matches nothing: an empty page, TotalHits 0, and any NextToken is foreign.
 */
export const runSearch = (
  request: SearchRequest,
  docs: SearchDocs,
  options?: SearchOptions,
): SearchResult => {
  const resource = validateRequest(request);
  if (!isSearchableResource(resource)) {
    if (request.NextToken) throw validationError(INVALID_TOKEN_MESSAGE);
    return { Results: [], TotalHits: { Value: 0, Relation: 'EqualTo' } };
  }
  const expression = request.SearchExpression ?? undefined;
  const predicate: Predicate | undefined = expression
    ? compileExpression(resource, expression)
    : undefined;
  const sortBy = request.SortBy ?? defaultSortBy(resource);
  const sortOrder = request.SortOrder ?? 'Descending';
  const readSortValue = sortValueReader(resource, sortBy);
  const readArn = arnReader(resource);
  const hash = queryHash(resource, expression, sortBy, sortOrder);
  const after = request.NextToken ? decodeToken(request.NextToken, hash) : undefined;
  const compare = entryComparator(sortOrder === 'Descending');
  const limit = request.MaxResults ?? DEFAULT_MAX_RESULTS;
  const page = createTopK<Entry>(limit, compare);

  let total = 0;
  let remaining = 0;
  for (const doc of candidatesOf(resource, expression, docs, options?.lookup)) {
    if (predicate && !predicate(doc)) continue;
    total += 1;
    const entry: Entry = { doc, key: readSortValue(doc), arn: readArn(doc) };
    if (after && compare(entry, after) <= 0) continue;
    remaining += 1;
    page.offer(entry);
  }

  const entries = page.result();
  const last = entries[entries.length - 1];
  const result: SearchResult = {
    Results: entries.map((entry) => ({ [resource]: entry.doc }) as SearchRecord),
    TotalHits:
      total > TOTAL_HITS_LIMIT
        ? { Value: TOTAL_HITS_LIMIT, Relation: 'GreaterThanOrEqualTo' }
        : { Value: total, Relation: 'EqualTo' },
  };
  if (remaining > entries.length && last) result.NextToken = encodeToken(hash, last);
  return result;
};
