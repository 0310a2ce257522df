import * as crypto from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { decodeCursor, encodeCursor } from '../../src/connection/cursor.js';
import {
  buildConnection,
  type Connection,
  connectionFromAll,
  type FetchPage,
  readPageArgs,
} from '../../src/connection/page.js';

// createHmac counted: a cursor is signed only when it is read
vi.mock('node:crypto', async (original) => {
  const actual = await original<typeof import('node:crypto')>();
  return { ...actual, createHmac: vi.fn(actual.createHmac) };
});

const KEY = 'build-test-key';
const QUERY_ID = 'q1';
const QUERY = { query: QUERY_ID, key: KEY };

/**
 * A search-after upstream over `items`: a token names the position after an item, pages hold
 * at most `maxResults` (capped by `shortBy` results to imitate short pages), a NextToken only
 * when more follow. Records every call.
 */
const upstream = (items: readonly string[], options: { shortBy?: number; total?: number } = {}) => {
  const calls: Array<[string | undefined, number]> = [];
  const fetch: FetchPage<string> = async (token, maxResults) => {
    calls.push([token, maxResults]);
    const start = token === undefined ? 0 : Number(token.slice(1));
    const size = Math.max(1, maxResults - (options.shortBy ?? 0));
    const page = items.slice(start, start + size);
    const end = start + page.length;
    return {
      items: page,
      ...(end < items.length ? { nextToken: `@${end}` } : {}),
      totalHits: { value: options.total ?? items.length, exact: options.total === undefined },
    };
  };
  return { calls, fetch };
};

const items = (count: number) => Array.from({ length: count }, (_, at) => `item-${at}`);

const page = (
  fetch: FetchPage<string>,
  first: number,
  after?: string | null,
): Promise<Connection<string>> =>
  buildConnection(readPageArgs({ first, after }, QUERY), QUERY, fetch);

describe('buildConnection', () => {
  it('signs a cursor only when it is read, once', async () => {
    const signed = vi.mocked(crypto.createHmac);
    const { fetch } = upstream(items(100));
    signed.mockClear();
    const result = await page(fetch, 100);
    // a query that selects `nodes` reads no cursor: before, 100 HMACs per page
    expect(result.edges).toHaveLength(100);
    expect(signed).toHaveBeenCalledTimes(0);
    const fifth = result.edges[4]?.cursor;
    expect(result.edges[4]?.cursor).toBe(fifth);
    expect(signed).toHaveBeenCalledTimes(1);
    expect(result.pageInfo.endCursor).toBe(result.edges[99]?.cursor);
    expect(signed).toHaveBeenCalledTimes(2);
    expect(decodeCursor(fifth ?? '', KEY)).toEqual({ query: QUERY_ID, offset: 5 });
  });

  it('takes the first page in one call and ends it on the NextToken', async () => {
    const { calls, fetch } = upstream(items(10));
    const result = await page(fetch, 3);
    expect(calls).toEqual([[undefined, 3]]);
    expect(result.edges.map((edge) => edge.node)).toEqual(['item-0', 'item-1', 'item-2']);
    expect(result.edges.map((edge) => decodeCursor(edge.cursor, KEY))).toEqual([
      { offset: 1, query: QUERY_ID },
      { offset: 2, query: QUERY_ID },
      { token: '@3', offset: 0, query: QUERY_ID },
    ]);
    expect(result.pageInfo).toEqual({
      hasNextPage: true,
      hasPreviousPage: false,
      startCursor: result.edges[0]?.cursor,
      endCursor: encodeCursor({ token: '@3', offset: 0 }, QUERY),
    });
    expect([result.totalCount, result.totalCountIsExact]).toEqual([10, true]);
  });

  it('resumes from an edge in the middle of an upstream page with one call', async () => {
    const { calls, fetch } = upstream(items(10));
    const result = await page(fetch, 4, encodeCursor({ token: '@3', offset: 2 }, QUERY));
    expect(calls).toEqual([['@3', 6]]);
    expect(result.edges.map((edge) => edge.node)).toEqual(['item-5', 'item-6', 'item-7', 'item-8']);
    expect(decodeCursor(result.pageInfo.endCursor ?? '', KEY)).toEqual({
      token: '@9',
      offset: 0,
      query: QUERY_ID,
    });
    expect(result.pageInfo.hasPreviousPage).toBe(true);
  });

  it('makes a second call only when the page runs past an upstream page of 100', async () => {
    const { calls, fetch } = upstream(items(300));
    const result = await page(fetch, 100, encodeCursor({ offset: 60 }, QUERY));
    expect(calls).toEqual([
      [undefined, 100],
      ['@100', 60],
    ]);
    expect(result.edges.map((edge) => edge.node)).toEqual(items(300).slice(60, 160));
    expect(decodeCursor(result.edges[39]?.cursor ?? '', KEY)).toEqual({
      token: '@100',
      offset: 0,
      query: QUERY_ID,
    });
    expect(decodeCursor(result.pageInfo.endCursor ?? '', KEY)).toEqual({
      token: '@160',
      offset: 0,
      query: QUERY_ID,
    });
  });

  it('reports the last page without a next page, and an empty result', async () => {
    const last = await page(upstream(items(5)).fetch, 5);
    expect(last.pageInfo.hasNextPage).toBe(false);
    expect(decodeCursor(last.pageInfo.endCursor ?? '', KEY)).toEqual({
      offset: 5,
      query: QUERY_ID,
    });
    const { calls, fetch } = upstream(items(5));
    const after = await page(fetch, 5, last.pageInfo.endCursor);
    expect(calls).toEqual([[undefined, 10]]);
    expect(after.edges).toEqual([]);
    expect(after.pageInfo).toEqual({
      hasNextPage: false,
      hasPreviousPage: true,
      startCursor: null,
      endCursor: null,
    });
    const none = await page(upstream([]).fetch, 20);
    expect([none.edges, none.pageInfo.hasNextPage, none.totalCount]).toEqual([[], false, 0]);
  });

  it('passes a lower bound through as inexact', async () => {
    const result = await page(upstream(items(3), { total: 10_000 }).fetch, 2);
    expect([result.totalCount, result.totalCountIsExact]).toEqual([10_000, false]);
  });

  it('visits every item exactly once in order, for any sizes and short upstream pages', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 260 }),
        fc.integer({ min: 1, max: 100 }),
        fc.integer({ min: 0, max: 5 }),
        fc.integer({ min: 0, max: 99 }),
        async (count, first, shortBy, resumeAt) => {
          const all = items(count);
          const { calls, fetch } = upstream(all, { shortBy });
          const seen: string[] = [];
          let after: string | null = null;
          let pages = 0;
          for (;;) {
            const before = calls.length;
            const result: Connection<string> = await page(fetch, first, after);
            expect(calls.length - before).toBeLessThanOrEqual(2);
            seen.push(...result.edges.map((edge) => edge.node));
            pages += 1;
            expect(pages).toBeLessThan(count + 3);
            if (!result.pageInfo.hasNextPage) break;
            // Resume from an arbitrary edge now and then, as a client may.
            const edge = result.edges[resumeAt % Math.max(result.edges.length, 1)];
            if (edge !== undefined && resumeAt % 3 === 0) {
              seen.splice(seen.length - result.edges.length + (resumeAt % result.edges.length) + 1);
              after = edge.cursor;
            } else {
              after = result.pageInfo.endCursor;
            }
          }
          expect(seen).toEqual(all);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('connectionFromAll', () => {
  it('builds a first page with offset cursors that buildConnection resumes', async () => {
    const all = items(12);
    const first = connectionFromAll(all, readPageArgs({ first: 5 }, QUERY), QUERY);
    expect(first.edges.map((edge) => edge.node)).toEqual(all.slice(0, 5));
    expect(first.edges.map((edge) => decodeCursor(edge.cursor, KEY))).toEqual(
      [1, 2, 3, 4, 5].map((offset) => ({ offset, query: QUERY_ID })),
    );
    expect(first.pageInfo).toEqual({
      hasNextPage: true,
      hasPreviousPage: false,
      startCursor: encodeCursor({ offset: 1 }, QUERY),
      endCursor: encodeCursor({ offset: 5 }, QUERY),
    });
    expect([first.totalCount, first.totalCountIsExact]).toEqual([12, true]);
    const { calls, fetch } = upstream(all);
    const next = await page(fetch, 10, first.pageInfo.endCursor);
    expect(calls).toEqual([[undefined, 15]]);
    expect(next.edges.map((edge) => edge.node)).toEqual(all.slice(5));
    const whole = connectionFromAll(all, readPageArgs({ first: 12 }, QUERY), QUERY);
    expect(whole.pageInfo.hasNextPage).toBe(false);
    expect(() =>
      connectionFromAll(all, readPageArgs({ after: first.pageInfo.endCursor }, QUERY), QUERY),
    ).toThrow(RangeError);
  });
});
