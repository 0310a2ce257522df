import { describe, expect, it } from 'vitest';
import { chunk } from '../../src/search/chunk.js';
import { SEARCH_LIMITS } from '../../src/search/limits.js';
import { packIn } from '../../src/search/pack-in.js';

describe('packIn', () => {
  it('joins short values into one In value, in order', () => {
    expect(packIn(['b', 'a', 'c'])).toEqual(['b,a,c']);
  });

  it('starts a new value where the next would pass 1024 characters', () => {
    const [a, b, c] = ['a'.repeat(500), 'b'.repeat(500), 'c'.repeat(500)] as const;
    expect(packIn([a, b, c])).toEqual([`${a},${b}`, c]);
    const exact = 'x'.repeat(SEARCH_LIMITS.valueLength - 2);
    expect(packIn([exact, 'y'])).toEqual([`${exact},y`]);
    expect(packIn([exact, 'yz'])).toEqual([exact, 'yz']);
  });

  it('packs nothing into nothing', () => {
    expect(packIn([])).toEqual([]);
  });
});

describe('chunk', () => {
  it('splits into consecutive lists of at most the size', () => {
    expect(chunk([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(chunk([1, 2], 2)).toEqual([[1, 2]]);
    expect(chunk([], 2)).toEqual([]);
  });
});
