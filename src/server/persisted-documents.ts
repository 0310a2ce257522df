import { type APQStore, useAPQ } from '@graphql-yoga/plugin-apq';
import { usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations';
import { createGraphQLError, type GraphQLParams, type Plugin } from 'graphql-yoga';
import { LRUCache } from 'lru-cache';
import type { PersistedDocumentsConfig } from '../config.js';
import { echo } from '../search/echo.js';
import { documentHash } from './persisted-manifest.js';

/** The hash a request sends in Apollo's `extensions.persistedQuery.sha256Hash`, if any. */
function hashOf(params: GraphQLParams): string | undefined {
  const persisted: unknown = params.extensions?.persistedQuery;
  if (typeof persisted !== 'object' || persisted === null) return undefined;
  const hash: unknown = (persisted as { sha256Hash?: unknown }).sha256Hash;
  return typeof hash === 'string' ? hash : undefined;
}

const notPersisted = (message: string): Error =>
  createGraphQLError(message, {
    extensions: { code: 'PERSISTED_DOCUMENT_NOT_FOUND', http: { status: 400 } },
  });

/**
 * The documents clients registered (automatic persisted queries) behind the manifest's: at most
 * `apqCacheSize` documents of at most `apqMaxDocumentBytes` each, least recently used out, so
 * clients registering documents cannot grow memory without bound. A larger document still runs;
 * it is only not kept, and its client sends it again next time.
 */
function createStore(config: PersistedDocumentsConfig): APQStore {
  const registered = new LRUCache<string, string>({
    max: config.apqCacheSize,
    maxEntrySize: config.apqMaxDocumentBytes,
    sizeCalculation: (document) => Buffer.byteLength(document),
  });
  return {
    get: (hash) => config.manifest.get(documentHash(hash)) ?? registered.get(hash),
    set: (hash, document) => {
      registered.set(hash, document);
    },
  };
}

/**
 * How documents may be sent by hash (PERSISTED_DOCUMENTS). `allow`: yoga's APQ plugin, Apollo's
 * protocol, whose miss answers `PersistedQueryNotFound` (code PERSISTED_QUERY_NOT_FOUND, which
 * Apollo's and urql's links retry with the query on), and whose store also holds the manifest.
 * `only`: yoga's persisted-operations plugin over the manifest alone, so a query text, or a hash
 * not in it, is PERSISTED_DOCUMENT_NOT_FOUND before anything is parsed.
 */
export function usePersistedDocuments(config: PersistedDocumentsConfig): Plugin[] {
  if (config.mode === 'off') return [];
  if (config.mode === 'allow') return [useAPQ({ store: createStore(config) })];
  return [
    usePersistedOperations({
      getPersistedOperation: (hash) => config.manifest.get(documentHash(hash)) ?? null,
      allowArbitraryOperations: false,
      customErrors: {
        notFound: ({ params }) =>
          notPersisted(
            `Persisted document not found: ${echo(hashOf(params) ?? '')} is not in the manifest (PERSISTED_DOCUMENTS=only).`,
          ),
        keyNotFound: () =>
          notPersisted(
            'Persisted document not found: the request names no document; send its hash in extensions.persistedQuery.sha256Hash (PERSISTED_DOCUMENTS=only).',
          ),
        persistedQueryOnly: () =>
          notPersisted(
            'Persisted document not found: only documents of the manifest run, by hash, and this request sends a query text (PERSISTED_DOCUMENTS=only).',
          ),
      },
    }),
  ];
}
