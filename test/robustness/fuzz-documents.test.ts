import fc from 'fast-check';
import { describe, it } from 'vitest';
import type { FuzzRequest } from './support/exchange.js';
import { useFuzzGateway } from './support/harness.js';
import { expectRobust } from './support/oracle.js';
import { fuzzParameters, PROPERTY_TIMEOUT_MS } from './support/settings.js';
import { oddString } from './support/strings.js';

const gateway = useFuzzGateway();

/** A selection that walks links back and forth: job → tuning job → best job → tuning job ... */
const deepSelection = fc.integer({ min: 1, max: 60 }).map((depth) => {
  let inner = 'name';
  for (let level = 0; level < depth; level += 1) {
    inner = level % 2 === 0 ? `tuningJob { bestTrainingJob { ${inner} } }` : `name ${inner}`;
  }
  return `{ trainingJobs(first: 2) { nodes { ${inner} } } }`;
});

/** Many aliases of a connection or a lookup, each a separate upstream request. */
const aliases = fc
  .tuple(
    fc.integer({ min: 1, max: 400 }),
    fc.constantFrom(
      'trainingJobs(first: 100) { totalCount }',
      'endpoint(name: "card-fraud-prod") { name }',
      '__typename',
    ),
  )
  .map(
    ([count, field]) =>
      `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(' ')} }`,
  );

/** Printable junk and near-GraphQL. */
const junk = fc.oneof(
  oddString(),
  fc.constantFrom(
    '{',
    '}',
    '{ trainingJobs }',
    'query { __schema { types { name } } }',
    'subscription { trainingJobUpdated(name: "x") { name } }',
    'mutation { deleteModel(name: "card-fraud-champion") { model { name } } }',
    '{ node(id: 1) { id } }',
    '{ a: trainingJob(name: "x") { ...F } } fragment F on TrainingJob { ...F }',
  ),
);

const document = fc.oneof(deepSelection, aliases, junk);

/** A whole HTTP request: the document as POST JSON, GET query string, odd bodies and types. */
const request: fc.Arbitrary<FuzzRequest> = fc.oneof(
  document.map((query) => ({
    method: 'POST' as const,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  })),
  document.map((query) => ({
    method: 'GET' as const,
    path: `/graphql?query=${encodeURIComponent(query)}`,
    headers: { 'x-graphql-yoga-csrf': '1' },
  })),
  fc
    .tuple(
      fc.constantFrom(
        'application/json',
        'text/plain',
        'application/x-www-form-urlencoded',
        'multipart/form-data',
        'application/graphql',
        '',
      ),
      fc.oneof(
        oddString(),
        fc.json({ maxDepth: 4 }),
        fc.constantFrom(
          '{"query":',
          '[]',
          '[{}]',
          'null',
          '{"query":{}}',
          '{"query":"{ __typename }","variables":"x"}',
          '{"query":"{ __typename }","extensions":{"persistedQuery":{"version":1,"sha256Hash":"00"}}}',
        ),
      ),
    )
    .map(([type, body]) => ({
      method: 'POST' as const,
      headers: type === '' ? ({} as Record<string, string>) : { 'content-type': type },
      body,
    })),
  fc
    .tuple(fc.integer({ min: 1_000, max: 200_000 }), fc.integer({ min: 1, max: 3 }))
    .map(([size, depth]) => {
      // huge variables: a long list or a deep object nobody asked for
      let value: unknown = Array.from({ length: size }, (_, i) => `v${i}`);
      for (let level = 0; level < depth; level += 1) value = { value };
      return {
        method: 'POST' as const,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __typename }', variables: { huge: value } }),
      };
    }),
);

describe('documents and requests', () => {
  it(
    'answers any document, body, content type and method without a 5xx or an internal error',
    async () => {
      await fc.assert(
        fc.asyncProperty(request, async (sent) => {
          expectRobust(await gateway.send(sent));
        }),
        fuzzParameters(0xd0c, 300),
      );
    },
    PROPERTY_TIMEOUT_MS,
  );
});
