import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { describe, expect, it } from 'vitest';
import { createApolloClient } from '../../examples/frontend/apollo-client.js';
import {
  automaticPersistedQueries,
  trustedDocuments,
} from '../../examples/frontend/persisted-documents.js';
import { EndpointDeploymentDocument } from '../../examples/gql/frontend/graphql.js';
import { ConfigError, loadConfig } from '../../src/config.js';
import { DEMO } from '../../src/emulator/demo/demo-data.js';
import { type DemoGateway, useDemoGateway } from '../support/gateway.js';
import { bodyOf, gatewayFetch } from './gateway-fetch.js';

const GRAPHQL = 'http://gateway/graphql';
// What `npm run codegen` writes for the frontend examples (examples/frontend/codegen.ts).
const MANIFEST = fileURLToPath(
  new URL('../../examples/gql/frontend/persisted-documents.json', import.meta.url),
);
const VARIABLES = { name: DEMO.endpointName, metric: 'validation:auc' };
const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

const gatewayWith = (env: Record<string, string>): DemoGateway =>
  useDemoGateway({ config: loadConfig({ LOG_LEVEL: 'silent', ...env }) });

interface Answer {
  status: number;
  body: { data?: unknown; errors?: Array<{ message: string; extensions: { code: string } }> };
}

/** A raw POST with an Apollo persistedQuery extension, and, when given, the query text. */
async function sendHash(gateway: DemoGateway, hash: string, query?: string): Promise<Answer> {
  const response = await gateway.app().fetch(GRAPHQL, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      ...(query === undefined ? {} : { query }),
      extensions: { persistedQuery: { version: 1, sha256Hash: hash } },
    }),
  });
  return { status: response.status, body: (await response.json()) as Answer['body'] };
}

const deployment = (client: ReturnType<typeof createApolloClient>) =>
  client.query({ query: EndpointDeploymentDocument, variables: VARIABLES });

describe('PERSISTED_DOCUMENTS=allow (the default): automatic persisted queries', () => {
  const gateway = gatewayWith({ PERSISTED_DOCUMENTS_MANIFEST: MANIFEST });

  it("registers a document on Apollo's retry after PersistedQueryNotFound, then takes its hash alone", async () => {
    const first = gatewayFetch(gateway);
    const link = new PersistedQueryLink({ sha256 });
    const { data } = await deployment(
      createApolloClient(GRAPHQL, { fetch: first.fetch, before: link }),
    );
    expect(data?.endpoint?.name).toBe(DEMO.endpointName);
    const [hashOnly, retry] = first.sent.map(bodyOf);
    expect(first.sent).toHaveLength(2);
    expect(hashOnly).not.toHaveProperty('query');
    expect(retry?.query).toEqual(expect.any(String));
    const hash = sha256(String(retry?.query));
    expect(hashOnly?.extensions).toMatchObject({
      persistedQuery: { version: 1, sha256Hash: hash },
    });

    // Another client (a new page load) sends the hash alone, once, with the snippet's Web Crypto.
    const second = gatewayFetch(gateway);
    const again = createApolloClient(GRAPHQL, {
      fetch: second.fetch,
      before: automaticPersistedQueries(),
    });
    expect((await deployment(again)).data).toEqual(data);
    expect(second.sent.map(bodyOf)).toEqual([hashOnly]);
  });

  it("takes the manifest's hashes without registration", async () => {
    const { fetch, sent } = gatewayFetch(gateway);
    const { data } = await deployment(
      createApolloClient(GRAPHQL, { fetch, before: trustedDocuments() }),
    );
    expect(data?.endpoint?.productionVariants).toHaveLength(2);
    expect(sent).toHaveLength(1);
    expect(bodyOf(sent[0] ?? fail())).not.toHaveProperty('query');
  });

  it('answers an unknown hash PersistedQueryNotFound, as links expect, without a SageMaker call', async () => {
    gateway.emulator().resetCalls();
    const answer = await sendHash(gateway, sha256('{ endpoints { nodes { name } } }'));
    expect(answer).toEqual({
      status: 404,
      body: {
        errors: [
          { message: 'PersistedQueryNotFound', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } },
        ],
      },
    });
    expect(gateway.emulator().calls()).toEqual({});
  });

  it('refuses a query whose hash is not its own, without a SageMaker call', async () => {
    gateway.emulator().resetCalls();
    const answer = await sendHash(
      gateway,
      sha256('{ __typename }'),
      '{ endpoints { nodes { name } } }',
    );
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.[0]?.extensions.code).toBe('PERSISTED_QUERY_MISMATCH');
    expect(gateway.emulator().calls()).toEqual({});
  });
});

describe('APQ_CACHE_SIZE and APQ_MAX_DOCUMENT_BYTES', () => {
  const gateway = gatewayWith({ APQ_CACHE_SIZE: '2', APQ_MAX_DOCUMENT_BYTES: '256' });
  const documents = ['query A { __typename }', 'query B { __typename }', 'query C { __typename }'];

  it('keep the most recently used documents', async () => {
    for (const document of documents) {
      expect((await sendHash(gateway, sha256(document), document)).status).toBe(200);
    }
    const [a, b, c] = documents.map(sha256);
    expect((await sendHash(gateway, a ?? '')).status).toBe(404);
    expect((await sendHash(gateway, b ?? '')).body).toEqual({ data: { __typename: 'Query' } });
    expect((await sendHash(gateway, c ?? '')).body).toEqual({ data: { __typename: 'Query' } });
  });

  it('run a larger document but do not keep it', async () => {
    const large = `# ${'x'.repeat(256)}\nquery Large { __typename }`;
    expect((await sendHash(gateway, sha256(large), large)).body).toEqual({
      data: { __typename: 'Query' },
    });
    expect((await sendHash(gateway, sha256(large))).status).toBe(404);
  });
});

describe('PERSISTED_DOCUMENTS=only: trusted documents', () => {
  const gateway = gatewayWith({
    PERSISTED_DOCUMENTS: 'only',
    PERSISTED_DOCUMENTS_MANIFEST: MANIFEST,
  });

  it("runs the manifest's documents by hash", async () => {
    const { fetch, sent } = gatewayFetch(gateway);
    const { data } = await deployment(
      createApolloClient(GRAPHQL, { fetch, before: trustedDocuments() }),
    );
    expect(data?.endpoint?.productionVariants.map((variant) => variant.model?.name)).toEqual([
      DEMO.championModelName,
      DEMO.challengerModelName,
    ]);
    expect(sent).toHaveLength(1);
  });

  it('takes a hash sent as GET, as useGETForHashedQueries sends it for CDN caching', async () => {
    const { fetch, sent } = gatewayFetch(gateway);
    const before = trustedDocuments(true);
    const { data } = await deployment(createApolloClient(GRAPHQL, { fetch, before }));
    expect(data?.endpoint?.name).toBe(DEMO.endpointName);
    expect(sent.map((request) => request.method)).toEqual(['GET']);
    expect(sent[0]?.url.searchParams.has('query')).toBe(false);
  });

  it.each([
    ['a query text', undefined, 'this request sends a query text'],
    [
      'a hash not in the manifest',
      sha256('{ __typename }'),
      `"${sha256('{ __typename }')}" is not in the manifest`,
    ],
  ])(
    'refuses %s with PERSISTED_DOCUMENT_NOT_FOUND before any SageMaker call',
    async (_, hash, rule) => {
      gateway.emulator().resetCalls();
      const response = await gateway.app().fetch(GRAPHQL, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(
          hash === undefined
            ? { query: '{ endpoints { nodes { name } } }' }
            : { extensions: { persistedQuery: { version: 1, sha256Hash: hash } } },
        ),
      });
      expect(response.status).toBe(400);
      const body = (await response.json()) as Answer['body'];
      expect(body.errors?.[0]?.extensions.code).toBe('PERSISTED_DOCUMENT_NOT_FOUND');
      expect(body.errors?.[0]?.message).toContain(rule);
      expect(body.errors?.[0]?.message).toContain('PERSISTED_DOCUMENTS=only');
      expect(gateway.emulator().calls()).toEqual({});
    },
  );
});

describe('PERSISTED_DOCUMENTS=off', () => {
  const gateway = gatewayWith({ PERSISTED_DOCUMENTS: 'off' });

  it('takes query texts only', async () => {
    const query = '{ __typename }';
    expect((await sendHash(gateway, sha256(query), query)).body).toEqual({
      data: { __typename: 'Query' },
    });
    expect((await sendHash(gateway, sha256(query))).body).toEqual({
      errors: [{ message: 'Must provide query string.', extensions: { code: 'BAD_REQUEST' } }],
    });
  });
});

describe('the persisted documents configuration', () => {
  const issueOf = (env: Record<string, string>) => {
    try {
      loadConfig(env);
    } catch (error) {
      if (error instanceof ConfigError) return error.issues[0];
      throw error;
    }
    throw new Error('expected a ConfigError');
  };
  const manifestFile = (content: string): string => {
    const path = join(mkdtempSync(join(tmpdir(), 'manifest-')), 'persisted-documents.json');
    writeFileSync(path, content);
    return path;
  };

  it('reads the manifest, keyed by hex sha256', () => {
    const manifest = loadConfig({ PERSISTED_DOCUMENTS_MANIFEST: MANIFEST }).persistedDocuments
      .manifest;
    expect(manifest.size).toBeGreaterThanOrEqual(5);
    for (const [hash, document] of manifest) expect(sha256(document)).toBe(hash);
  });

  it('needs a manifest for only', () => {
    expect(issueOf({ PERSISTED_DOCUMENTS: 'only' })).toMatchObject({
      variable: 'PERSISTED_DOCUMENTS_MANIFEST',
      message: expect.stringContaining('required with PERSISTED_DOCUMENTS=only'),
    });
  });

  it.each([
    ['a file that is not there', '/nonexistent/persisted-documents.json', 'cannot be read'],
    ['a file that is not JSON', manifestFile('{'), 'expected a persisted-documents JSON file'],
    ['a list', manifestFile('[]'), 'expected a JSON object'],
    [
      'a hash of another document',
      manifestFile(JSON.stringify({ [`sha256:${sha256('{ a }')}`]: '{ b }' })),
      'is not the sha256 of its document',
    ],
    ['a key that is no hash', manifestFile(JSON.stringify({ abc: '{ a }' })), 'entry "abc"'],
  ])('refuses %s', (_, path, message) => {
    expect(issueOf({ PERSISTED_DOCUMENTS_MANIFEST: path })).toMatchObject({
      variable: 'PERSISTED_DOCUMENTS_MANIFEST',
      value: path,
      message: expect.stringContaining(message),
    });
  });

  it('refuses a mode it does not know', () => {
    expect(issueOf({ PERSISTED_DOCUMENTS: 'yes' })).toMatchObject({
      variable: 'PERSISTED_DOCUMENTS',
      message: 'expected off, allow or only',
    });
  });
});

function fail(): never {
  throw new Error('no request was sent');
}
