import { createHash } from 'node:crypto';

/** The version prefix of every cursor; a new wire format gets a new prefix. */
const CURSOR_PREFIX = 'sm1:';

/** The largest `first`: SageMaker's Search returns at most 100 results per call. */
export const MAX_PAGE_SIZE = 100;

/** Where a page starts: skip `offset` results of the upstream page that `token` opens. */
export interface PagePosition {
  /** The upstream NextToken of that page; absent for the first page of the query. */
  token?: string;
  offset: number;
}

/** A decoded cursor: a position within the query identified by `query` (see {@link queryHash}). */
export interface Cursor extends PagePosition {
  query: string;
}

/** A connection argument a client must change; the GraphQL layer reports it as BAD_USER_INPUT. */
export class ConnectionArgumentError extends Error {
  readonly code = 'BAD_USER_INPUT';

  constructor(message: string) {
    super(message);
    this.name = 'ConnectionArgumentError';
  }
}

export const FOREIGN_CURSOR_MESSAGE =
  'Argument "after" is a cursor of another query: a cursor only continues the query (resource, filter, orderBy and parent) that returned it.';

const canonical = (value: unknown): string => {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, member]) => member !== undefined && member !== null)
      .sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([key, member]) => `${JSON.stringify(key)}:${canonical(member)}`).join(',')}}`;
  }
  return JSON.stringify(value);
};

/**
 * Identifies a query for cursor binding: a hash of the resource and the compiled Search (its
 * expression, including any guard, SortBy and SortOrder). Key order and absent members do not
 * matter, so equal queries always hash alike.
 */
export function queryHash(resource: string, search: unknown): string {
  return createHash('sha256')
    .update(canonical({ resource, search }))
    .digest('base64url')
    .slice(0, 16);
}

/**
 * Encodes a position of the query `query` as an opaque cursor: {@link CURSOR_PREFIX} and
 * base64url JSON `{ t: NextToken | null, o: offset, q: query }`. Clients never see the raw token.
 */
export function encodeCursor(position: PagePosition, query: string): string {
  const body = JSON.stringify({ t: position.token ?? null, o: position.offset, q: query });
  return `${CURSOR_PREFIX}${Buffer.from(body, 'utf8').toString('base64url')}`;
}

const quoted = (value: string): string =>
  JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}…` : value);

/**
 * Decodes a cursor written by {@link encodeCursor}. Anything else (another prefix, bad base64 or
 * JSON, missing or mistyped members) throws a {@link ConnectionArgumentError} echoing the value.
 */
export function decodeCursor(cursor: string): Cursor {
  const invalid = () =>
    new ConnectionArgumentError(
      `Argument "after" must be a cursor returned by this API (an endCursor or edge cursor), but got: ${quoted(cursor)}.`,
    );
  if (!cursor.startsWith(CURSOR_PREFIX)) throw invalid();
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor.slice(CURSOR_PREFIX.length), 'base64url').toString());
  } catch {
    throw invalid();
  }
  if (typeof parsed !== 'object' || parsed === null) throw invalid();
  const { t, o, q } = parsed as Record<string, unknown>;
  if (
    (t !== null && (typeof t !== 'string' || t === '')) ||
    typeof o !== 'number' ||
    !Number.isInteger(o) ||
    o < 0 ||
    o > MAX_PAGE_SIZE ||
    typeof q !== 'string'
  ) {
    throw invalid();
  }
  return t === null ? { offset: o, query: q } : { token: t, offset: o, query: q };
}
