import { SEARCH_LIMITS } from './limits.js';

/**
 * Packs `values` greedily, in order, into comma-separated `In` values of at most
 * {@link SEARCH_LIMITS.valueLength} characters each. The caller keeps out what an In list cannot
 * carry: values holding a comma, and values too long for a filter on their own. Pure.
 */
export function packIn(values: Iterable<string>): string[] {
  const packed: string[] = [];
  let current = '';
  for (const value of values) {
    if (current === '') current = value;
    else if (current.length + 1 + value.length <= SEARCH_LIMITS.valueLength) {
      current += `,${value}`;
    } else {
      packed.push(current);
      current = value;
    }
  }
  if (current !== '') packed.push(current);
  return packed;
}
