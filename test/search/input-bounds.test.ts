import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileSearch } from '../../src/search/compile.js';
import { checkInputBounds } from '../../src/search/input-bounds.js';
import { SearchInputError } from '../../src/search/input-error.js';
import type { FilterInput } from '../../src/search/inputs.js';
import { INPUT_LIMITS, SEARCH_LIMITS } from '../../src/search/limits.js';

const failure = (run: () => unknown): { code: string; message: string } => {
  try {
    run();
  } catch (error) {
    if (error instanceof SearchInputError) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error('expected a SearchInputError');
};

/** An array that counts reads of its items, to show a rejection did not walk it. */
const counted = <T>(items: T[]): { list: T[]; reads: () => number } => {
  let reads = 0;
  const list = new Proxy(items, {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) reads += 1;
      return Reflect.get(target, key, receiver);
    },
  });
  return { list, reads: () => reads };
};

const nots = (levels: number): FilterInput => {
  let filter: FilterInput = { name: { eq: 'a' } };
  for (let i = 0; i < levels; i += 1) filter = { not: filter };
  return filter;
};

describe('input bounds: derived from SageMaker limits', () => {
  it('allows the most values an expression of 50 elements can carry, and 50 levels', () => {
    // 20 top-level filters + one sub-expression of 20 + one of 8: 50 elements, 48 filters.
    expect(INPUT_LIMITS.filters).toBe(48);
    // 512 one-character items and 511 commas make 1023 characters; 513 would make 1025.
    expect(INPUT_LIMITS.inItems * 2 - 1).toBeLessThanOrEqual(SEARCH_LIMITS.valueLength);
    expect((INPUT_LIMITS.inItems + 1) * 2 - 1).toBeGreaterThan(SEARCH_LIMITS.valueLength);
    expect(INPUT_LIMITS.values).toBe(24_576);
    expect(INPUT_LIMITS.depth).toBe(50);
  });

  it('compiles the largest in list that can fit, and rejects one more value', () => {
    // 48 × 512 distinct one- and two-character items: exactly fills 48 In filters? Not with
    // two-character items; what matters is that the bound passes it to the compiler.
    const values = Array.from({ length: INPUT_LIMITS.values }, (_, i) => i.toString(36));
    expect(() => checkInputBounds({ name: { in: values } })).not.toThrow();
    expect(failure(() => checkInputBounds({ name: { in: [...values, 'x'] } }))).toEqual({
      code: 'FILTER_LIMIT_EXCEEDED',
      message:
        'filter.name.in has 24577 items; a filter holds at most 24576 values in all, counting repeats (SageMaker Search fits at most 48 filters of up to 512 in items each).',
    });
  });
});

describe('input bounds: size', () => {
  it('rejects a 200 000-item in list without reading its items', () => {
    const { list, reads } = counted(Array.from({ length: 200_000 }, (_, i) => `v${i}`));
    const { code, message } = failure(() => compileSearch('TrainingJob', { name: { in: list } }));
    expect(code).toBe('FILTER_LIMIT_EXCEEDED');
    expect(message).toContain('filter.name.in has 200000 items');
    expect(reads()).toBe(0);
  });

  it.each([
    ['and', (n: number) => ({ and: Array.from({ length: n }, () => ({ name: { eq: 'a' } })) })],
    ['or', (n: number) => ({ or: Array.from({ length: n }, () => ({ name: { eq: 'a' } })) })],
    ['tags', (n: number) => ({ tags: Array.from({ length: n }, () => ({ key: 't', eq: 'a' })) })],
    [
      'metrics',
      (n: number) => ({ metrics: Array.from({ length: n }, () => ({ name: 'm', gt: 1 })) }),
    ],
    [
      'hyperParameters',
      (n: number) => ({ hyperParameters: Array.from({ length: n }, () => ({ name: 'h', gt: 1 })) }),
    ],
  ])('caps %s lists', (name, make) => {
    const { code, message } = failure(() =>
      compileSearch('TrainingJob', make(INPUT_LIMITS.values + 1)),
    );
    expect(code).toBe('FILTER_LIMIT_EXCEEDED');
    expect(message).toContain(`filter.${name} has 24577 items`);
  });

  it('caps the values of many lists together, and in list filters', () => {
    const half = Array.from({ length: INPUT_LIMITS.values / 2 }, (_, i) => `v${i}`);
    const filter = { name: { in: half }, status: { in: half }, trainingImage: { eq: 'x' } };
    const { code, message } = failure(() => compileSearch('TrainingJob', filter));
    expect(code).toBe('FILTER_LIMIT_EXCEEDED');
    expect(message).toMatch(
      /^filter\.name\.in has 12288 items; .*, and 12289 are used before it\.$/,
    );
    // Short lists whose items hold more than one value each: the count stops the walk.
    const or = Array.from({ length: 13_000 }, (_, i) => ({ name: { eq: `${i}`, ne: 'x' } }));
    expect(failure(() => compileSearch('TrainingJob', { or })).message).toMatch(
      /^filter has more than 24576 values \(counted up to filter\.or\[12288\]\.name\.(eq|ne)\); /,
    );
    const nested = { inputChannel: { name: { in: [...half, ...half, 'x'] } } };
    expect(failure(() => compileSearch('TrainingJob', nested)).message).toContain(
      'filter.inputChannel.name.in has 24577 items',
    );
  });

  it('never lets a list past the bound reach the compiler (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3 }),
        fc.integer({ min: 1, max: 1000 }),
        (used, over) => {
          const list = Array.from({ length: INPUT_LIMITS.values - used + over }, () => 'v');
          const filter = { instanceCount: { gt: 1 }, name: { in: list } };
          const extra = Array.from({ length: used }, () => ({ status: { eq: 'x' } }));
          expect(failure(() => checkInputBounds({ and: [filter, ...extra] })).code).toBe(
            'FILTER_LIMIT_EXCEEDED',
          );
        },
      ),
      { numRuns: 30 },
    );
  });
});

describe('input bounds: depth', () => {
  it('rejects 3000 nested nots cleanly instead of overflowing the stack', () => {
    const { code, message } = failure(() => compileSearch('TrainingJob', nots(3_000)));
    expect(code).toBe('FILTER_LIMIT_EXCEEDED');
    expect(message).toMatch(
      /^filter\.not\.not[.not]*… \(210 characters\) nests and\/or\/not more than 50 levels deep; SageMaker Search expressions cannot nest deeper than their 50 elements\.$/,
    );
    expect(message.length).toBeLessThan(300);
  });

  it('is iterative: a million levels are rejected, not a RangeError', () => {
    expect(failure(() => checkInputBounds(nots(1_000_000))).code).toBe('FILTER_LIMIT_EXCEEDED');
  });

  it('compiles 50 levels of and/or/not, and rejects 51', () => {
    expect(compileSearch('TrainingJob', nots(50)).SearchExpression).toEqual({
      Filters: [{ Name: 'TrainingJobName', Operator: 'Equals', Value: 'a' }],
    });
    let mixed: FilterInput = { name: { eq: 'a' } };
    for (let i = 0; i < 51; i += 1) {
      mixed = i % 3 === 0 ? { and: [mixed] } : i % 3 === 1 ? { or: [mixed] } : { not: mixed };
    }
    expect(failure(() => compileSearch('TrainingJob', mixed)).code).toBe('FILTER_LIMIT_EXCEEDED');
  });

  it('rejects values nested deeper than any filter field', () => {
    let deep: unknown = 'a';
    for (let i = 0; i < 100_000; i += 1) deep = [deep];
    expect(failure(() => compileSearch('TrainingJob', { name: { eq: deep } }))).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'filter.name.eq[0][0] nests deeper than any filter field allows.',
    });
  });
});
