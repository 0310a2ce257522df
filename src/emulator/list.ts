import { createHash } from 'node:crypto';
import {
  optionalDate,
  optionalEnum,
  optionalInt,
  optionalString,
  type Request,
} from './request-members.js';
import { validationError } from './service-errors.js';

type SortValue = string | number | undefined;

export interface ListSpec<R> {
  operation: string;
  request: Request;
  items: Iterable<R>;
  /** A unique key per item: the tie-breaker that makes the order total, so pages never overlap. */
  id: (item: R) => string;
  /** What NameContains matches against. */
  name: (item: R) => string | undefined;
  created: (item: R) => Date | undefined;
  /** Present when the API accepts LastModifiedTimeBefore/After. */
  modified?: (item: R) => Date | undefined;
  /** Present when the API accepts StatusEquals: the status and its enum. */
  status?: { of: (item: R) => string | undefined; values: readonly string[] };
  /** SortBy values the API accepts, each with its sort key. */
  sortBy: Readonly<Record<string, (item: R) => SortValue>>;
  defaultSortBy?: string;
  defaultSortOrder?: 'Ascending' | 'Descending';
  /** Further API-specific filtering. */
  filter?: (item: R) => boolean;
  maxResults?: { default: number; min: number; max: number };
}

export interface ListPage<R> {
  items: R[];
  nextToken?: string;
}

interface TokenBody {
  q: string;
  k: [SortValue, string];
}

const compareValues = (a: SortValue, b: SortValue): number => {
  if (a === b) return 0;
  // Items without a sort value go last in ascending order, as missing metrics do on AWS.
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  return a < b ? -1 : 1;
};

const fingerprint = (operation: string, request: Request): string => {
  const { NextToken: _token, MaxResults: _max, ...rest } = request;
  const keys = Object.keys(rest).sort();
  return createHash('sha256')
    .update(operation)
    .update(JSON.stringify(rest, keys))
    .digest('base64url')
    .slice(0, 16);
};

const decodeToken = (token: string, expected: string): TokenBody['k'] => {
  try {
    const body = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as TokenBody;
    if (body.q === expected && Array.isArray(body.k) && typeof body.k[1] === 'string') {
      // JSON turns a missing sort value into null; restore it.
      return [body.k[0] ?? undefined, body.k[1]];
    }
  } catch {
    // fall through: any undecodable token is invalid
  }
  throw validationError('Invalid pagination token.');
};

/**
 * Filters, sorts and pages a List* call the way SageMaker does: filters apply before paging,
 * the order is total (ties broken by id), and NextToken is opaque, bound to the request that made
 * it and positional by key, so items created between pages are neither repeated nor skipped.
 */
export const listPage = <R>(spec: ListSpec<R>): ListPage<R> => {
  const { request } = spec;
  const limits = spec.maxResults ?? { default: 10, min: 1, max: 100 };
  const maxResults = optionalInt(request, 'MaxResults', limits.min, limits.max) ?? limits.default;
  const sortNames = Object.keys(spec.sortBy);
  const sortBy = optionalEnum(request, 'SortBy', sortNames) ?? spec.defaultSortBy ?? 'CreationTime';
  const sortOrder =
    optionalEnum(request, 'SortOrder', ['Ascending', 'Descending'] as const) ??
    spec.defaultSortOrder ??
    'Descending';
  const nameContains = optionalString(request, 'NameContains');
  const createdAfter = optionalDate(request, 'CreationTimeAfter')?.getTime();
  const createdBefore = optionalDate(request, 'CreationTimeBefore')?.getTime();
  const modifiedAfter = spec.modified
    ? optionalDate(request, 'LastModifiedTimeAfter')?.getTime()
    : undefined;
  const modifiedBefore = spec.modified
    ? optionalDate(request, 'LastModifiedTimeBefore')?.getTime()
    : undefined;
  const status = spec.status
    ? optionalEnum(request, 'StatusEquals', spec.status.values)
    : undefined;
  const sortKey = spec.sortBy[sortBy] ?? (() => undefined);
  const query = fingerprint(spec.operation, request);
  const token = optionalString(request, 'NextToken');
  const after = token ? decodeToken(token, query) : undefined;
  const direction = sortOrder === 'Ascending' ? 1 : -1;
  const compare = (a: [SortValue, string], b: [SortValue, string]): number =>
    direction * (compareValues(a[0], b[0]) || compareValues(a[1], b[1]));

  const matches: Array<{ item: R; key: [SortValue, string] }> = [];
  for (const item of spec.items) {
    if (nameContains !== undefined && !(spec.name(item) ?? '').includes(nameContains)) continue;
    if (createdAfter !== undefined || createdBefore !== undefined) {
      const created = spec.created(item)?.getTime();
      if (created === undefined) continue;
      if (createdAfter !== undefined && created <= createdAfter) continue;
      if (createdBefore !== undefined && created >= createdBefore) continue;
    }
    if (spec.modified && (modifiedAfter !== undefined || modifiedBefore !== undefined)) {
      const modified = spec.modified(item)?.getTime();
      if (modified === undefined) continue;
      if (modifiedAfter !== undefined && modified <= modifiedAfter) continue;
      if (modifiedBefore !== undefined && modified >= modifiedBefore) continue;
    }
    if (status !== undefined && spec.status?.of(item) !== status) continue;
    if (spec.filter && !spec.filter(item)) continue;
    const key: [SortValue, string] = [sortKey(item), spec.id(item)];
    if (after && compare(key, after) <= 0) continue;
    matches.push({ item, key });
  }
  matches.sort((a, b) => compare(a.key, b.key));
  const page = matches.slice(0, maxResults);
  const last = page.at(-1);
  if (matches.length <= maxResults || !last) return { items: page.map((m) => m.item) };
  const body: TokenBody = { q: query, k: last.key };
  return {
    items: page.map((m) => m.item),
    nextToken: Buffer.from(JSON.stringify(body)).toString('base64url'),
  };
};

/** Epoch ms of a Date, for sort keys. */
export const timeKey = (date: Date | undefined): number | undefined => date?.getTime();
