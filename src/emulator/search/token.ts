import { validationError } from '../service-errors.js';
import type { SortEntry } from './sort.js';

const canonical = (value: unknown): string => {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
};

// cyrb53: a fast 53-bit string hash; tokens only need to tell queries apart, not resist forgery.
const hash53 = (text: string): string => {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
};

/** Identifies the query a token belongs to: resource, expression, sort property and order. */
export const queryHash = (
  resource: string,
  expression: unknown,
  sortBy: string,
  sortOrder: string,
): string => hash53(canonical({ resource, expression, sortBy, sortOrder }));

export const INVALID_TOKEN_MESSAGE =
  'Invalid NextToken: the token does not match the request (Resource, SearchExpression, SortBy and SortOrder must be those of the request that returned it).';

/**
 * Encodes the position after `last` (search-after: the last returned sort value and ARN) for
 * the query `hash`, as opaque base64url JSON.
 */
export const encodeToken = (hash: string, last: SortEntry): string =>
  Buffer.from(JSON.stringify({ q: hash, k: last.key ?? null, a: last.arn })).toString('base64url');

/**
 * Decodes a NextToken for the query `hash`; a token of another query, or one this codec did not
 * write, is a ValidationException.
 */
export const decodeToken = (token: string, hash: string): SortEntry => {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
  } catch {
    throw validationError(INVALID_TOKEN_MESSAGE);
  }
  if (typeof parsed !== 'object' || parsed === null) throw validationError(INVALID_TOKEN_MESSAGE);
  const { q, k, a } = parsed as Record<string, unknown>;
  const keyOk =
    k === null || typeof k === 'string' || (typeof k === 'number' && Number.isFinite(k));
  if (q !== hash || typeof a !== 'string' || !keyOk) throw validationError(INVALID_TOKEN_MESSAGE);
  return { key: k ?? undefined, arn: a };
};
