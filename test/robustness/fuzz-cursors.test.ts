import fc from 'fast-check';
import { beforeAll, describe, it } from 'vitest';
import { useFuzzGateway } from './support/harness.js';
import { answerData, expectRejected, expectRobust } from './support/oracle.js';
import { fuzzParameters, PROPERTY_TIMEOUT_MS } from './support/settings.js';
import { oddString } from './support/strings.js';

const gateway = useFuzzGateway();

/** Paged queries whose cursors are swapped between one another. */
const QUERIES = {
  jobs: 'query($after: String) { trainingJobs(first: 3, after: $after) { edges { cursor } } }',
  fraudJobs:
    'query($after: String) { trainingJobs(first: 3, after: $after, filter: { tags: [{ key: "team", eq: "fraud" }] }) { edges { cursor } } }',
  jobsByName:
    'query($after: String) { trainingJobs(first: 3, after: $after, orderBy: { field: NAME, direction: ASC }) { edges { cursor } } }',
  endpoints: 'query($after: String) { endpoints(first: 3, after: $after) { edges { cursor } } }',
  packages: 'query($after: String) { modelPackages(first: 3, after: $after) { edges { cursor } } }',
} as const;
type QueryName = keyof typeof QUERIES;
const NAMES = Object.keys(QUERIES) as QueryName[];

/** Real cursors of each query's first page, read once. */
const real = new Map<QueryName, string[]>();

beforeAll(async () => {
  for (const name of NAMES) {
    const answer = await gateway.query(QUERIES[name]);
    const connection = Object.values(answerData(answer.json) ?? {})[0] as {
      edges: Array<{ cursor: string }>;
    };
    real.set(
      name,
      connection.edges.map((edge) => edge.cursor),
    );
  }
});

const cursorOf = (name: QueryName, index: number): string => {
  const cursors = real.get(name) ?? [];
  const cursor = cursors[index % Math.max(1, cursors.length)];
  if (cursor === undefined) throw new Error(`${name} returned no cursors`);
  return cursor;
};

/** A real cursor, mutated: truncated, a character changed, extended, re-cased. */
const mutated = fc
  .record({
    name: fc.constantFrom(...NAMES),
    index: fc.nat(2),
    how: fc.constantFrom('truncate', 'flip', 'append', 'upper', 'reverse'),
    at: fc.nat(),
    extra: oddString(),
  })
  .map(({ name, index, how, at, extra }) => {
    const cursor = cursorOf(name, index);
    const position = at % cursor.length;
    switch (how) {
      case 'truncate':
        return cursor.slice(0, position);
      case 'flip': {
        const code = cursor.charCodeAt(position);
        return `${cursor.slice(0, position)}${String.fromCharCode(code ^ 1)}${cursor.slice(position + 1)}`;
      }
      case 'append':
        return `${cursor}${extra}`;
      case 'upper':
        return cursor.toUpperCase();
      default:
        return [...cursor].reverse().join('');
    }
  });

describe('cursors', () => {
  it(
    'refuses or safely ignores random and mutated cursors',
    async () => {
      const after = fc.oneof(oddString(), mutated, fc.base64String({ maxLength: 400 }));
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...NAMES), after, async (name, cursor) => {
          expectRobust(await gateway.query(QUERIES[name], { after: cursor }));
        }),
        fuzzParameters(0xc0, 300),
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    "refuses another query's cursor with BAD_USER_INPUT before any call",
    async () => {
      const pair = fc
        .tuple(fc.constantFrom(...NAMES), fc.constantFrom(...NAMES), fc.nat(2))
        .filter(([from, to]) => from !== to);
      await fc.assert(
        fc.asyncProperty(pair, async ([from, to, index]) => {
          const answer = await gateway.query(QUERIES[to], { after: cursorOf(from, index) });
          expectRejected(answer, /^BAD_USER_INPUT$/);
        }),
        fuzzParameters(0xc1, 20),
      );
    },
    PROPERTY_TIMEOUT_MS,
  );
});
