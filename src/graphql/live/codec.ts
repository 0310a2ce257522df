import { createHash } from 'node:crypto';

const DATE_TAG = '$date';

/**
 * A record as JSON text for Redis pub/sub, with its Dates tagged (`{"$date": ms}`) so that
 * {@link decodeRecord} gives back the same record: the node types read Date members, and
 * reviving every ISO-looking string would also turn tag values and hyperparameters into dates.
 */
export function encodeRecord(value: unknown): string {
  return JSON.stringify(value, function replacer(this: Record<string, unknown>, key, item) {
    const original = this[key];
    return original instanceof Date ? { [DATE_TAG]: original.getTime() } : item;
  });
}

/** The record {@link encodeRecord} wrote. Throws on text that is not JSON. */
export function decodeRecord(text: string): unknown {
  return JSON.parse(text, (_key, item: unknown) => {
    if (typeof item === 'object' && item !== null && !Array.isArray(item)) {
      const keys = Object.keys(item);
      const ms = (item as Record<string, unknown>)[DATE_TAG];
      if (keys.length === 1 && typeof ms === 'number') return new Date(ms);
    }
    return item;
  });
}

/** A short digest of `state` (the members that define a resource's state), to compare states by. */
export const fingerprintOf = (state: unknown): string =>
  createHash('sha256').update(encodeRecord(state)).digest('base64url').slice(0, 22);
