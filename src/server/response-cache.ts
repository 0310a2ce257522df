import { createRedisCache } from '@envelop/response-cache-redis';
import {
  type Cache,
  createInMemoryCache,
  useResponseCache,
} from '@graphql-yoga/plugin-response-cache';
import { type ExecutionResult, getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Redis } from 'ioredis';
import { Counter, type Registry } from 'prom-client';
import { type Principal, tenantFilters } from '../graphql/principal.js';
import {
  type CacheTtls,
  type SchemaShapes,
  shapesOf,
  ttlOf,
  writtenTypes,
} from './cache-policy.js';
import type { Logger } from './logger.js';

/**
 * The cache scope of a principal: everything its answers depend on, its tenant guard (the
 * filters every read is held to) and its scopes, so an answer cached for tenant A is never
 * served to B, nor an admin's to a tenant. People with the same tenants and scopes see the same
 * answers and share entries; every anonymous caller (AUTH_MODE=none) shares one scope.
 */
export function cacheScope(principal: Principal, tenantTagKey: string): string {
  return JSON.stringify({
    anonymous: principal.anonymous,
    guard: tenantFilters(principal, tenantTagKey) ?? 'all',
    scopes: [...principal.scopes].sort(),
  });
}

export interface ResponseCacheOptions extends CacheTtls {
  /** Entries of the in-memory store (CACHE_MAX_ENTRIES), least recently used out. */
  maxEntries: number;
  /** The cache scope of an authenticated GraphQL request (see {@link cacheScope}). */
  scopeOf: (request: Request) => string;
  /** With REDIS_URL: the store the replicas share. */
  redis?: Redis;
  registry: Registry;
  logger: Logger;
}

interface CacheMetadata {
  hit?: boolean;
  didCache?: boolean;
  invalidatedEntities?: unknown;
}

const isResult = (value: unknown): value is ExecutionResult =>
  typeof value === 'object' && value !== null && !(Symbol.asyncIterator in value);

/**
 * A Redis store that answers a miss, and forgets a write, while Redis is away: the gateway keeps
 * serving from SageMaker. Logged once per outage.
 */
function tolerant(cache: Cache, logger: Logger, errors: Counter): Cache {
  let down = false;
  const attempt = async <T>(work: () => T | Promise<T>, fallback: T): Promise<T> => {
    try {
      const value = await work();
      if (down) logger.warn('Redis answers again: the response cache is shared once more');
      down = false;
      return value;
    } catch (error) {
      errors.inc();
      if (!down) logger.warn({ err: error }, 'Redis unavailable: the response cache misses');
      down = true;
      return fallback;
    }
  };
  return {
    get: (key) => attempt(() => cache.get(key), undefined),
    set: (key, data, entities, ttl) =>
      attempt(() => cache.set(key, data, entities, ttl), undefined),
    invalidate: (entities) => attempt(() => cache.invalidate(entities), undefined),
  };
}

/**
 * The response cache (@graphql-yoga/plugin-response-cache) as the gateway uses it: per cache
 * scope, for queries only (never mutations or subscriptions), never for answers with errors,
 * in memory or in Redis. A hit costs no SageMaker call. How long an answer lives follows its
 * resources' states (cache-policy.ts): the short TTL for anything moving or listed, the
 * terminal one when all has settled. A mutation drops, before it answers, every cached answer
 * that holds a resource of the types it writes, and their lists; the plugin drops those holding
 * its result's ids (ARNs) too. `gateway_response_cache_requests_total{outcome}` counts hits,
 * misses stored and misses that could not be (errors, introspection).
 *
 * List it after compiled execution, whose execute function the plugin wraps to collect types and
 * ids, and before the request scope.
 */
export function useGatewayResponseCache(options: ResponseCacheOptions): Plugin[] {
  const { registry, logger } = options;
  const requests = new Counter({
    name: 'gateway_response_cache_requests_total',
    help: 'GraphQL queries by response cache outcome: hit, miss (then stored) or uncached.',
    labelNames: ['outcome'] as const,
    registers: [registry],
  });
  const invalidations = new Counter({
    name: 'gateway_response_cache_invalidations_total',
    help: 'Mutations that dropped cached answers of the resource types they write.',
    registers: [registry],
  });
  const errors = new Counter({
    name: 'gateway_response_cache_store_errors_total',
    help: 'Response cache reads and writes that failed (Redis unavailable).',
    registers: [registry],
  });
  const store =
    options.redis === undefined
      ? createInMemoryCache({ max: options.maxEntries })
      : tolerant(createRedisCache({ redis: options.redis }), logger, errors);
  // the TTL each query's own result calls for, read by the plugin's onTtl
  const ttlByContext = new WeakMap<object, number>();
  let shapes: SchemaShapes = { resources: new Set(), connections: new Map() };
  // Requests past authentication and the router's signature (both checked before onParams).
  // The plugin answers If-None-Match with 304 in onRequest, before either: with the cache
  // enabled only from here on, a conditional request is answered in full, and only to a caller
  // the gateway would answer at all.
  const admitted = new WeakSet<Request>();

  return [
    {
      onParams({ request }) {
        admitted.add(request);
      },
    },
    useResponseCache({
      enabled: (request) => admitted.has(request),
      cache: store,
      session: (request) => options.scopeOf(request),
      ttl: options.ttlMs,
      // introspection answers are never cached
      ttlPerSchemaCoordinate: { 'Query.__schema': 0, 'Query.__type': 0 },
      idFields: ['id'],
      invalidateViaMutation: true,
      // read (and removed) below for the metrics
      includeExtensionMetadata: true,
      onTtl: ({ ttl, context }) => (ttl === 0 ? 0 : (ttlByContext.get(context) ?? ttl)),
    }),
    {
      onSchemaChange({ schema }) {
        shapes = shapesOf(schema);
      },
      onExecute({ args, executeFn, setExecuteFn }) {
        const operation = getOperationAST(args.document, args.operationName);
        if (operation?.operation === 'query') {
          setExecuteFn(async (executed) => {
            const result = await executeFn(executed);
            if (isResult(result) && typeof executed.contextValue === 'object') {
              ttlByContext.set(
                executed.contextValue as object,
                ttlOf(result.data, options, shapes.resources),
              );
            }
            return result;
          });
        } else if (operation?.operation === 'mutation') {
          const entities = writtenTypes(operation, shapes.resources).flatMap((typename) => [
            { typename },
            ...(shapes.connections.get(typename) ?? []).map((connection) => ({
              typename: connection,
            })),
          ]);
          setExecuteFn(async (executed) => {
            try {
              return await executeFn(executed);
            } finally {
              // even after an error: the write may have happened
              await store.invalidate(entities);
              invalidations.inc();
            }
          });
        }
      },
      onResultProcess({ result, setResult }) {
        if (!isResult(result) || result.extensions?.responseCache === undefined) return;
        const { responseCache, ...extensions } = result.extensions;
        const metadata = responseCache as CacheMetadata;
        if (metadata.invalidatedEntities === undefined) {
          requests.inc({
            outcome:
              metadata.hit === true ? 'hit' : metadata.didCache === true ? 'miss' : 'uncached',
          });
        }
        const { extensions: _, ...rest } = result;
        setResult(Object.keys(extensions).length > 0 ? { ...rest, extensions } : rest);
      },
    },
  ];
}
