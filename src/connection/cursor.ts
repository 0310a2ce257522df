import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { echo } from '../search/echo.js';

/**
 * The version prefix of every cursor; a new wire format gets a new prefix. `sm1:` (unsigned
 * JSON) is no longer read: its cursors were forgeable.
 */
const CURSOR_PREFIX = 'sm2:';

/** The MAC's length: HMAC-SHA256 truncated to 128 bits (RFC 2104 §5 allows it; 22 characters). */
const MAC_BYTES = 16;

/** SageMaker's limit on NextToken (the service model's NextToken: at most 8192 characters). */
const MAX_NEXT_TOKEN_LENGTH = 8192;

/** No cursor this codec writes is longer (a token of 8192 characters and the rest, in base64). */
const MAX_CURSOR_LENGTH = 12_000;

/** The key that signs cursors (CURSOR_SECRET, or a random per-process key). */
export type CursorKey = string | Uint8Array;

/**
 * What a cursor is bound to: the query it continues ({@link queryHash}) and the key that signs
 * it. Everything that narrows the query (filter, order, parent, tenant guard) is in the hash.
 */
export interface CursorScope {
  query: string;
  key: CursorKey;
}

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

const mac = (key: CursorKey, signed: string): Buffer =>
  createHmac('sha256', key).update(signed, 'utf8').digest().subarray(0, MAC_BYTES);

/**
 * Encodes a position of the query `scope.query` as an opaque cursor: {@link CURSOR_PREFIX},
 * base64url JSON `{ t: NextToken | null, o: offset, q: query }`, a dot and the base64url
 * HMAC-SHA256 (128 bits) of everything before the dot under `scope.key`. The query hash is
 * inside what is signed, so a cursor cannot be moved to another query (or tenant guard) either.
 */
export function encodeCursor(position: PagePosition, scope: CursorScope): string {
  const body = JSON.stringify({ t: position.token ?? null, o: position.offset, q: scope.query });
  const signed = `${CURSOR_PREFIX}${Buffer.from(body, 'utf8').toString('base64url')}`;
  return `${signed}.${mac(scope.key, signed).toString('base64url')}`;
}

/**
 * Decodes a cursor written by {@link encodeCursor} under `key`. Anything else (another prefix, a
 * MAC that does not verify — a forged or altered cursor, or one signed with another key — bad
 * base64 or JSON, missing or mistyped members, a token longer than SageMaker takes) throws a
 * {@link ConnectionArgumentError} echoing the value. The MAC is checked before the body is read.
 */
export function decodeCursor(cursor: string, key: CursorKey): Cursor {
  const invalid = () =>
    new ConnectionArgumentError(
      `Argument "after" must be a cursor returned by this API (an endCursor or edge cursor), but got: ${echo(cursor)}.`,
    );
  if (!cursor.startsWith(CURSOR_PREFIX) || cursor.length > MAX_CURSOR_LENGTH) throw invalid();
  const dot = cursor.lastIndexOf('.');
  if (dot < 0) throw invalid();
  const signed = cursor.slice(0, dot);
  // Compared as text: base64url decoding ignores a last character's spare bits, text does not.
  const given = Buffer.from(cursor.slice(dot + 1), 'utf8');
  const expected = Buffer.from(mac(key, signed).toString('base64url'), 'utf8');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw invalid();
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(signed.slice(CURSOR_PREFIX.length), 'base64url').toString());
  } catch {
    throw invalid();
  }
  if (typeof parsed !== 'object' || parsed === null) throw invalid();
  const { t, o, q } = parsed as Record<string, unknown>;
  if (
    (t !== null && (typeof t !== 'string' || t === '' || t.length > MAX_NEXT_TOKEN_LENGTH)) ||
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
