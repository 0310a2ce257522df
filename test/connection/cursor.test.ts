import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ConnectionArgumentError,
  decodeCursor,
  encodeCursor,
  FOREIGN_CURSOR_MESSAGE,
  queryHash,
} from '../../src/connection/cursor.js';
import { BACKWARD_PAGING_MESSAGE, readPageArgs } from '../../src/connection/page.js';

const COMPLETED_BY_CREATION = {
  SearchExpression: {
    Filters: [{ Name: 'TrainingJobStatus', Operator: 'Equals', Value: 'Completed' }],
  },
  SortBy: 'CreationTime',
  SortOrder: 'Ascending',
};

const rejection = (run: () => unknown): [string, string] | undefined => {
  try {
    run();
  } catch (error) {
    if (error instanceof ConnectionArgumentError) return [error.message, error.code];
    throw error;
  }
  return undefined;
};

const KEY = 'cursor-test-key-0123456789abcdef';
const SCOPE = { query: 'q1', key: KEY };
const TOKEN_CURSOR = 'sm2:eyJ0IjoiYWJjIiwibyI6MywicSI6InExIn0.BgALjyHZgnWJQQfTWupXeQ';
const FIRST_CURSOR = 'sm2:eyJ0IjpudWxsLCJvIjowLCJxIjoicTEifQ.t8Kfw2m4djhaE2r_0QHXcQ';

/** A cursor over any body, signed with KEY: well-formed MACs, so the body checks are reached. */
const signedBody = (value: unknown): string => {
  const signed = `sm2:${Buffer.from(JSON.stringify(value)).toString('base64url')}`;
  const mac = createHmac('sha256', KEY).update(signed).digest().subarray(0, 16);
  return `${signed}.${mac.toString('base64url')}`;
};

const invalidMessage = (cursor: string) =>
  `Argument "after" must be a cursor returned by this API (an endCursor or edge cursor), but got: ${cursor.length > 100 ? `${JSON.stringify(`${cursor.slice(0, 100)}…`)} (${cursor.length} characters)` : JSON.stringify(cursor)}.`;

describe('cursor codec', () => {
  it('writes sm2:, base64url JSON of token, offset and query, a dot and a 128-bit HMAC', () => {
    expect(encodeCursor({ token: 'abc', offset: 3 }, SCOPE)).toBe(TOKEN_CURSOR);
    expect(encodeCursor({ offset: 0 }, SCOPE)).toBe(FIRST_CURSOR);
    expect(
      JSON.parse(Buffer.from('eyJ0IjoiYWJjIiwibyI6MywicSI6InExIn0', 'base64url').toString()),
    ).toEqual({ t: 'abc', o: 3, q: 'q1' });
    // The same position under another key is another cursor.
    expect(
      encodeCursor({ offset: 0 }, { query: 'q1', key: 'another-key-0123456789abcdefghij' }),
    ).toBe('sm2:eyJ0IjpudWxsLCJvIjowLCJxIjoicTEifQ.i_OyPScr3JwBzO2uFo5EGQ');
  });

  it('reads back what it wrote', () => {
    expect(decodeCursor(TOKEN_CURSOR, KEY)).toEqual({ token: 'abc', offset: 3, query: 'q1' });
    expect(decodeCursor(FIRST_CURSOR, KEY)).toEqual({ offset: 0, query: 'q1' });
  });

  it('rejects forged, altered and foreign-key cursors before reading them', () => {
    const forgedBody = `sm2:${Buffer.from(JSON.stringify({ t: 'x'.repeat(9000), o: 0, q: 'q1' })).toString('base64url')}`;
    const cases = [
      // The unsigned sm1 format of before.
      'sm1:eyJ0IjpudWxsLCJvIjowLCJxIjoicTEifQ',
      // No MAC, a MAC of another body, a truncated MAC, a MAC of another key.
      'sm2:eyJ0IjpudWxsLCJvIjowLCJxIjoicTEifQ',
      `sm2:eyJ0IjoiYWJjIiwibyI6MywicSI6InExIn0.${FIRST_CURSOR.split('.')[1]}`,
      FIRST_CURSOR.slice(0, -2),
      'sm2:eyJ0IjpudWxsLCJvIjowLCJxIjoicTEifQ.i_OyPScr3JwBzO2uFo5EGQ',
      `${forgedBody}.AAAAAAAAAAAAAAAAAAAAAA`,
    ];
    for (const cursor of cases) {
      expect(rejection(() => decodeCursor(cursor, KEY))).toEqual([
        invalidMessage(cursor),
        'BAD_USER_INPUT',
      ]);
    }
  });

  it('rejects signed bodies it would not have written, echoing the value', () => {
    const cases = [
      'garbage',
      'sm2:!!!',
      'sm2:',
      signedBody([1, 2]),
      signedBody({ t: null, o: -1, q: 'q1' }),
      signedBody({ t: null, o: 101, q: 'q1' }),
      signedBody({ t: null, o: 1.5, q: 'q1' }),
      signedBody({ t: 7, o: 0, q: 'q1' }),
      signedBody({ t: '', o: 0, q: 'q1' }),
      signedBody({ t: null, o: 0 }),
      // Longer than SageMaker's NextToken (8192): never sent, even when signed.
      signedBody({ t: 'x'.repeat(8193), o: 0, q: 'q1' }),
    ];
    for (const cursor of cases) {
      expect(rejection(() => decodeCursor(cursor, KEY))).toEqual([
        invalidMessage(cursor),
        'BAD_USER_INPUT',
      ]);
    }
    expect(
      decodeCursor(signedBody({ t: 'x'.repeat(8192), o: 0, q: 'q1' }), KEY).token,
    ).toHaveLength(8192);
    const long = 'x'.repeat(200);
    expect(rejection(() => decodeCursor(long, KEY))?.[0]).toBe(
      `Argument "after" must be a cursor returned by this API (an endCursor or edge cursor), but got: "${'x'.repeat(100)}…" (200 characters).`,
    );
  });

  it('verifies exactly the cursors it wrote under its key (property)', () => {
    fc.assert(
      fc.property(
        fc.record({
          token: fc.option(fc.string({ minLength: 1, maxLength: 300 }), { nil: undefined }),
          offset: fc.integer({ min: 0, max: 100 }),
        }),
        fc.string({ minLength: 1, maxLength: 20 }),
        fc.string({ minLength: 1, maxLength: 40 }),
        fc.nat(),
        ({ token, offset }, query, key, at) => {
          const position = token === undefined ? { offset } : { token, offset };
          const cursor = encodeCursor(position, { query, key });
          expect(decodeCursor(cursor, key)).toEqual({ ...position, query });
          expect(() => decodeCursor(cursor, `${key}!`)).toThrow(ConnectionArgumentError);
          // Any one changed character breaks it.
          const index = at % cursor.length;
          const altered = `${cursor.slice(0, index)}${cursor[index] === 'A' ? 'B' : 'A'}${cursor.slice(index + 1)}`;
          expect(() => decodeCursor(altered, key)).toThrow(ConnectionArgumentError);
        },
      ),
      { numRuns: 300 },
    );
    // The last character of the MAC carries spare bits; changing them is an alteration too.
    const spare = `${FIRST_CURSOR.slice(0, -1)}${FIRST_CURSOR.endsWith('R') ? 'S' : 'R'}`;
    expect(() => decodeCursor(spare, KEY)).toThrow(ConnectionArgumentError);
  });
});

describe('queryHash', () => {
  it('pins the hash of a query, whatever the key order and absent members', () => {
    expect(queryHash('TrainingJob', COMPLETED_BY_CREATION)).toBe('TvelFQ_cUN4hRTuK');
    expect(
      queryHash('TrainingJob', {
        SortOrder: 'Ascending',
        SortBy: 'CreationTime',
        SearchExpression: {
          Filters: [{ Value: 'Completed', Operator: 'Equals', Name: 'TrainingJobStatus' }],
        },
        NextToken: undefined,
      }),
    ).toBe('TvelFQ_cUN4hRTuK');
    expect(queryHash('TrainingJob', {})).toBe('tksisCNudFQLFMYG');
  });

  it('tells apart resources, filters, sort keys and orders', () => {
    const hashes = new Set([
      queryHash('TrainingJob', COMPLETED_BY_CREATION),
      queryHash('HyperParameterTuningJob', COMPLETED_BY_CREATION),
      queryHash('TrainingJob', { ...COMPLETED_BY_CREATION, SortOrder: 'Descending' }),
      queryHash('TrainingJob', { ...COMPLETED_BY_CREATION, SortBy: 'TrainingJobName' }),
      queryHash('TrainingJob', { ...COMPLETED_BY_CREATION, SearchExpression: undefined }),
    ]);
    expect(hashes.size).toBe(5);
  });
});

describe('readPageArgs', () => {
  const query = SCOPE;
  const after = encodeCursor({ token: 'tok', offset: 4 }, query);

  it('defaults first to 20 and starts at the top without a cursor', () => {
    expect(readPageArgs({}, query)).toEqual({ first: 20, offset: 0, resumed: false });
    expect(readPageArgs({ first: null, after: null, last: null, before: null }, query)).toEqual({
      first: 20,
      offset: 0,
      resumed: false,
    });
  });

  it('resumes at the cursor of the same query', () => {
    expect(readPageArgs({ first: 100, after }, query)).toEqual({
      first: 100,
      token: 'tok',
      offset: 4,
      resumed: true,
    });
  });

  it('rejects first outside 1..100, naming the value', () => {
    for (const first of [0, -3, 101]) {
      expect(rejection(() => readPageArgs({ first }, query))).toEqual([
        `Argument "first" must be between 1 and 100, but got: ${first}.`,
        'BAD_USER_INPUT',
      ]);
    }
  });

  it('rejects backward paging', () => {
    expect(rejection(() => readPageArgs({ last: 5 }, query))).toEqual([
      BACKWARD_PAGING_MESSAGE,
      'BAD_USER_INPUT',
    ]);
    expect(rejection(() => readPageArgs({ first: 5, before: after }, query))).toEqual([
      BACKWARD_PAGING_MESSAGE,
      'BAD_USER_INPUT',
    ]);
  });

  it('rejects a cursor of another query', () => {
    expect(rejection(() => readPageArgs({ after }, { query: 'q2', key: KEY }))).toEqual([
      FOREIGN_CURSOR_MESSAGE,
      'BAD_USER_INPUT',
    ]);
  });
});
