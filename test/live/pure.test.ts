import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { enqueueBounded } from '../../src/graphql/live/bounded-queue.js';
import { decodeRecord, encodeRecord, fingerprintOf } from '../../src/graphql/live/codec.js';
import { createSeenStates } from '../../src/graphql/live/seen-states.js';
import { advanceWatermark, watermarkFilter } from '../../src/graphql/live/watermark.js';

const T0 = Date.UTC(2025, 0, 15, 12, 0, 0);

describe('watermark', () => {
  it('is the latest time read, floored to its second, and never goes back', () => {
    expect(advanceWatermark(0, [T0 + 1500, T0 + 200])).toBe(T0 + 1000);
    expect(advanceWatermark(T0 + 5000, [T0 + 1500])).toBe(T0 + 5000);
    expect(advanceWatermark(T0, [])).toBe(T0);
    expect(advanceWatermark(T0, [Number.NaN])).toBe(T0);
  });

  it('is asked for as LastModifiedTime >= the second, in SageMaker’s format', () => {
    expect(watermarkFilter(T0 + 1999)).toEqual({
      Name: 'LastModifiedTime',
      Operator: 'GreaterThanOrEqualTo',
      Value: '2025-01-15T12:00:01',
    });
    expect(watermarkFilter(-5).Value).toBe('1970-01-01T00:00:00');
  });
});

describe('seen states across polls', () => {
  it('delivers each distinct state of each resource once, in order, whatever polls re-read', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }),
        // each step: which resource changes, and how much the clock moved (ms) before it did
        fc.array(fc.record({ r: fc.nat(), dt: fc.integer({ min: 0, max: 2500 }) }), {
          minLength: 1,
          maxLength: 40,
        }),
        (resources, steps) => {
          // A change stamps LastModifiedTime with the clock, which never runs backwards; a poll
          // sees every resource whose current state is at or after the watermark, as Search does.
          let clock = T0;
          const current = Array.from({ length: resources }, () => ({ version: 0, modified: T0 }));
          const seen = createSeenStates();
          const delivered = current.map((): number[] => []);
          let watermark = 0;
          const poll = () => {
            const read = current.flatMap((state, r) =>
              state.modified >= watermark ? [{ r, state }] : [],
            );
            for (const { r, state } of read) {
              const print = fingerprintOf([state.version, state.modified]);
              if (seen.admit(`r${r}`, print, state.modified)) delivered[r]?.push(state.version);
            }
            watermark = advanceWatermark(
              watermark,
              read.map(({ state }) => state.modified),
            );
            seen.prune(watermark);
          };
          poll();
          for (const { r, dt } of steps) {
            clock += dt;
            const at = r % resources;
            current[at] = { version: (current[at]?.version ?? 0) + 1, modified: clock };
            if (dt % 2 === 0) poll();
            poll();
          }
          current.forEach((state, r) => {
            const versions = delivered[r] ?? [];
            // strictly increasing: no state twice, none out of order
            expect(versions).toEqual([...new Set(versions)].sort((a, b) => a - b));
            // the latest state is always delivered
            expect(versions.at(-1)).toBe(state.version);
          });
        },
      ),
    );
  });

  it('forgets resources modified before the watermark’s second', () => {
    const seen = createSeenStates();
    seen.admit('a', 'x', T0);
    seen.admit('b', 'y', T0 + 2500);
    seen.prune(T0 + 2100);
    expect(seen.size).toBe(1);
    expect(seen.admit('b', 'y', T0 + 2500)).toBe(false);
    expect(seen.admit('b', 'older', T0)).toBe(false);
  });
});

describe('bounded queue', () => {
  const item = fc.record({ id: fc.constantFrom<string>('a', 'b', 'c', 'd'), n: fc.nat() });

  it('never holds more than the bound and always ends with the latest state', () => {
    fc.assert(
      fc.property(
        fc.array(item, { maxLength: 60 }),
        fc.integer({ min: 1, max: 8 }),
        (items, bound) => {
          let queue: Array<{ id: string; n: number }> = [];
          for (const next of items) {
            queue = enqueueBounded(queue, next, bound, (event) => event.id);
            expect(queue.length).toBeLessThanOrEqual(bound);
            expect(queue.at(-1)).toBe(next);
          }
          // nothing reordered: the kept events are a subsequence of what was pushed
          let from = 0;
          for (const kept of queue) {
            from = items.indexOf(kept, from) + 1;
            expect(from).toBeGreaterThan(0);
          }
        },
      ),
    );
  });

  it('drops the superseded state of the same resource first', () => {
    const queue = [
      { id: 'a', n: 1 },
      { id: 'b', n: 1 },
    ];
    expect(enqueueBounded(queue, { id: 'b', n: 2 }, 2, (event) => event.id)).toEqual([
      { id: 'a', n: 1 },
      { id: 'b', n: 2 },
    ]);
    expect(enqueueBounded(queue, { id: 'c', n: 1 }, 2, (event) => event.id)).toEqual([
      { id: 'b', n: 1 },
      { id: 'c', n: 1 },
    ]);
  });
});

describe('record codec', () => {
  it('gives back Dates as Dates and leaves date-like strings alone', () => {
    const record = {
      LastModifiedTime: new Date(T0),
      Tags: [{ Value: '2025-01-15T12:00:00.000Z' }],
    };
    expect(decodeRecord(encodeRecord(record))).toEqual(record);
    expect(fingerprintOf(record)).toBe(fingerprintOf(decodeRecord(encodeRecord(record))));
  });
});
