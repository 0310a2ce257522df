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

describe('cursor codec', () => {
  it('writes the versioned prefix and base64url JSON of token, offset and query', () => {
    expect(encodeCursor({ token: 'abc', offset: 3 }, 'q1')).toBe(
      'sm1:eyJ0IjoiYWJjIiwibyI6MywicSI6InExIn0',
    );
    expect(encodeCursor({ offset: 0 }, 'q1')).toBe('sm1:eyJ0IjpudWxsLCJvIjowLCJxIjoicTEifQ');
    expect(
      JSON.parse(Buffer.from('eyJ0IjoiYWJjIiwibyI6MywicSI6InExIn0', 'base64url').toString()),
    ).toEqual({ t: 'abc', o: 3, q: 'q1' });
  });

  it('reads back what it wrote', () => {
    expect(decodeCursor('sm1:eyJ0IjoiYWJjIiwibyI6MywicSI6InExIn0')).toEqual({
      token: 'abc',
      offset: 3,
      query: 'q1',
    });
    expect(decodeCursor('sm1:eyJ0IjpudWxsLCJvIjowLCJxIjoicTEifQ')).toEqual({
      offset: 0,
      query: 'q1',
    });
  });

  it('rejects anything it did not write, echoing the value', () => {
    const body = (value: unknown) =>
      `sm1:${Buffer.from(JSON.stringify(value)).toString('base64url')}`;
    const cases = [
      'garbage',
      'sm2:eyJ0IjpudWxsLCJvIjowLCJxIjoicTEifQ',
      'sm1:!!!',
      'sm1:',
      body([1, 2]),
      body({ t: null, o: -1, q: 'q1' }),
      body({ t: null, o: 101, q: 'q1' }),
      body({ t: null, o: 1.5, q: 'q1' }),
      body({ t: 7, o: 0, q: 'q1' }),
      body({ t: '', o: 0, q: 'q1' }),
      body({ t: null, o: 0 }),
    ];
    for (const cursor of cases) {
      expect(rejection(() => decodeCursor(cursor))).toEqual([
        `Argument "after" must be a cursor returned by this API (an endCursor or edge cursor), but got: ${JSON.stringify(cursor)}.`,
        'BAD_USER_INPUT',
      ]);
    }
    const long = 'x'.repeat(200);
    expect(rejection(() => decodeCursor(long))?.[0]).toBe(
      `Argument "after" must be a cursor returned by this API (an endCursor or edge cursor), but got: "${'x'.repeat(80)}…".`,
    );
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
  const query = 'q1';
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
    expect(rejection(() => readPageArgs({ after }, 'q2'))).toEqual([
      FOREIGN_CURSOR_MESSAGE,
      'BAD_USER_INPUT',
    ]);
  });
});
