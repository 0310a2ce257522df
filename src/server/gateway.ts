import type { SageMakerClient } from '@aws-sdk/client-sagemaker';
import { useDeferStream } from '@graphql-yoga/plugin-defer-stream';
import type { DocumentNode } from 'graphql';
import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import { LRUCache } from 'lru-cache';
import type { Config } from '../config.js';
import { type Context, createContext } from '../graphql/context.js';
import { createLiveHub } from '../graphql/live/hub.js';
import { createRedisCoordination } from '../graphql/live/redis-coordination.js';
import { gatewaySettings } from '../graphql/settings.js';
import { subgraphSchema } from '../graphql/subgraph.js';
import { createSageMakerClient } from '../sagemaker/client.js';
import { instrumentClient } from '../sagemaker/middleware/instrument.js';
import { localMeter, sharedMeter } from '../sagemaker/middleware/rate-meter.js';
import { configureReads } from '../sagemaker/read-options.js';
import { probeSageMaker } from '../sagemaker/readiness.js';
import { createAuth } from './auth/plugin.js';
import {
  type CompiledQueryCache,
  createCompiledQueryCache,
  useCompiledExecution,
} from './compiled-execution.js';
import { corsOptions, originMatcher, useVaryOrigin } from './cors.js';
import { useCostLimit } from './cost-limit.js';
import { useCsrfPolicy } from './csrf.js';
import { useErrorCodes } from './error-codes.js';
import { useHmacVerification } from './federation-hmac.js';
import { useGraphiQLAssets } from './graphiql-assets.js';
import { type GraphiQLTab, graphiqlPage } from './graphiql-page.js';
import { useIncrementalErrors } from './incremental-errors.js';
import { useFederatedTracing } from './inline-trace.js';
import { useInputDepthLimit } from './input-depth.js';
import { useNoIntrospection } from './introspection.js';
import { createLogger, createYogaLogger, type Logger } from './logger.js';
import { createMetrics, type Metrics, registerCacheGauge, registerLiveGauges } from './metrics.js';
import { useMetricsAccess } from './metrics-access.js';
import { useOperationLimits } from './operation-limits.js';
import { usePersistedDocuments } from './persisted-documents.js';
import { useBoundedPrometheus } from './prometheus.js';
import { createReadinessCheck, useProbes } from './readiness.js';
import { createRedis } from './redis.js';
import { useRequestLog } from './request-log.js';
import { useRequestScope } from './request-scope.js';
import { cacheScope, useGatewayResponseCache } from './response-cache.js';
import { useSecurityHeaders } from './security-headers.js';
import { useTracing } from './tracing-plugin.js';
import type { SocketPolicy } from './websocket.js';

export interface GatewayDeps {
  /** The SageMaker client; made from config when omitted (AWS mode). */
  client?: SageMakerClient;
  logger?: Logger;
  /** The tabs GraphiQL opens with (src/server/graphiql-tabs.ts). */
  graphiqlTabs?: readonly GraphiQLTab[];
  /** How long a readiness answer is reused, so probes do not each cost a SageMaker call. */
  readyCacheMs?: number;
  /** Where metrics go; a fresh registry per gateway when omitted. */
  metrics?: Metrics;
  /**
   * Whether identical reads in flight at once share one SageMaker call, across requests too
   * (default true). Off, every request pays for its own calls, as the throughput bench measures.
   */
  coalesceReads?: boolean;
  /** Where compiled queries are kept; a fresh cache of DOCUMENT_CACHE_SIZE when omitted. */
  compiledQueries?: CompiledQueryCache;
}

/** The yoga app, with what its graphql-ws endpoint (websocket.ts) is held to. */
export type Gateway = YogaServerInstance<Record<string, unknown>, Context> & {
  readonly sockets: SocketPolicy;
};

/**
 * The gateway as a yoga app, not listening: `main.ts` serves it over node:http, tests call
 * `app.fetch`. GraphiQL at /graphql, /health (liveness), /ready (SageMaker answers), /metrics
 * (Prometheus: yoga's request metrics and SageMaker calls per operation), masked
 * internal errors (logged with detail), CSRF prevention, persisted documents, @defer/@stream,
 * depth/alias/token limits (graphql-armor) and the complexity limit (MAX_COST).
 */
export function createGateway(config: Config, deps: GatewayDeps = {}): Gateway {
  const logger = deps.logger ?? createLogger(config.logLevel);
  const metrics = deps.metrics ?? createMetrics();
  // REDIS_URL: the response cache and the SageMaker budget the replicas share
  const redis = config.redisUrl === undefined ? undefined : createRedis(config.redisUrl, logger);
  const { rateLimits } = config.upstream;
  // Every SageMaker call of this gateway is counted and identical in-flight reads are shared.
  const client = instrumentClient(deps.client ?? createSageMakerClient(config), {
    recorder: metrics,
    coalesce: deps.coalesceReads ?? true,
    concurrency: config.upstream.concurrency,
    rateLimits: {
      ...rateLimits,
      meter: redis === undefined ? localMeter() : sharedMeter(redis, rateLimits.replicas, logger),
      logger,
    },
  });
  // Page cap and negative cache of this gateway's batch functions (MAX_UPSTREAM_PAGES, NEGATIVE_CACHE_*).
  configureReads(client, config.reads);
  const ready = createReadinessCheck(
    (timeoutMs) => probeSageMaker(client, timeoutMs),
    logger,
    deps.readyCacheMs ?? 5_000,
  );

  // Subscriptions: one poller per watched set, shared by every subscriber of this gateway, and
  // with REDIS_URL by every replica (one of them polls, the others listen).
  const { redisUrl, lockTtlMs } = config.live;
  const live = createLiveHub({
    client,
    logger,
    config: config.live,
    ...(redisUrl === undefined
      ? {}
      : { coordination: createRedisCoordination({ url: redisUrl, lockTtlMs, logger }) }),
  });
  registerLiveGauges(metrics.registry, live);

  // Who is asking (AUTH_MODE): settled per request before parsing, read by the context.
  const auth = createAuth(config.auth, logger);
  const settings = gatewaySettings(config, (note) => logger.info(note));
  // Bounded by entries (DOCUMENT_CACHE_SIZE), least recently used out; yoga's validation cache is
  // keyed by the parsed document, so it is bounded with it.
  const size = config.edge.documentCacheSize;
  const parsed = new LRUCache<string, DocumentNode>({ max: size });
  const parseErrors = new LRUCache<string, object>({ max: size });
  const compiled = deps.compiledQueries ?? createCompiledQueryCache(size);
  registerCacheGauge(metrics.registry, { parsed, parseErrors, compiled });

  const graphiql = config.graphiql
    ? graphiqlPage({
        title: 'SageMaker GraphQL gateway',
        tabs: deps.graphiqlTabs ?? [],
        auth: config.auth,
      })
    : undefined;

  const { nodeFields, tracing } = config.federation;
  const schema = subgraphSchema({ nodeFields });
  const yoga = createYoga<Record<string, unknown>, Context>({
    // federated tracing wraps the resolvers of the schema served, a build of its own; the requests
    // it does not follow run on `schema` (inline-trace.ts)
    schema: tracing ? subgraphSchema({ nodeFields, traced: true }) : schema,
    context: ({ request }) => ({
      ...createContext({
        sagemaker: client,
        logger,
        limits: config.upstream,
        signal: request.signal,
        principal: auth.principalOf(request),
        tenantTagKey: config.auth.tenantTagKey,
        live,
      }),
      settings,
    }),
    logging: createYogaLogger(logger),
    maskedErrors: true,
    parserAndValidationCache: { documentCache: parsed, errorCache: parseErrors },
    // checked while the body is read, Content-Length or not (yoga's default is 25 MB)
    maxRequestBodySize: config.edge.maxBodyBytes,
    landingPage: false,
    // only CORS_ORIGINS' pages may read answers cross-origin
    cors: corsOptions(config.browser.corsOrigins),
    graphiql: graphiql !== undefined,
    // rendered once, with the Content-Security-Policy of exactly that page
    ...(graphiql === undefined ? {} : { renderGraphiQL: () => graphiql.html }),
    plugins: [
      // app.dispose() (tests, shutdown) stops the pollers and leaves Redis
      { onDispose: () => live.close() },
      useRequestLog(logger),
      // before the plugins that add headers: it replaces /health's response
      useProbes(ready),
      useVaryOrigin(),
      useSecurityHeaders({ graphqlEndpoint: '/graphql', graphiqlPolicy: graphiql?.policy }),
      // its scripts, styles and workers, from the gateway itself
      ...(graphiql === undefined ? [] : [useGraphiQLAssets()]),
      // before the Prometheus plugin, which serves /metrics to anyone
      useMetricsAccess(config.browser.metrics),
      auth.plugin,
      // FEDERATION_HMAC_SECRET: only requests the router signed get past parameter parsing
      ...(config.federation.hmacSecret === undefined
        ? []
        : [useHmacVerification(config.federation.hmacSecret)]),
      useCsrfPolicy(),
      // PERSISTED_DOCUMENTS: a hash becomes its document before anything parses it
      ...usePersistedDocuments(config.persistedDocuments),
      // @defer and @stream in the served schema, answered as multipart/mixed or SSE increments
      useDeferStream(),
      useInputDepthLimit(config.edge.maxInputDepth),
      ...(config.browser.introspection ? [] : [useNoIntrospection()]),
      useOperationLimits(config.limits),
      useCostLimit(config.limits.maxCost),
      useErrorCodes({ maxBodyBytes: config.edge.maxBodyBytes }),
      useIncrementalErrors(logger, { maxBodyBytes: config.edge.maxBodyBytes }),
      useBoundedPrometheus({
        registry: metrics.registry,
        graphqlEndpoint: '/graphql',
        operationNames: config.edge.metricsOperationNames,
      }),
      ...(config.compiledExecution
        ? [useCompiledExecution(logger, compiled, { federatedTracing: tracing })]
        : []),
      // after compiled execution, whose execute function it wraps (CACHE, REDIS_URL)
      ...(config.cache.enabled
        ? useGatewayResponseCache({
            ...config.cache,
            scopeOf: (request) => cacheScope(auth.principalOf(request), config.auth.tenantTagKey),
            redis,
            registry: metrics.registry,
            logger,
          })
        : []),
      // last: it wraps the execute function compiled execution sets
      useRequestScope((context) => (context as Context).upstream),
      { onDispose: () => redis?.disconnect() },
      // after them, so the operation's span is active around the execute function they set
      ...(config.tracing === undefined ? [] : [useTracing()]),
      // ftv1 for a router that asks (apollo-federation-include-trace), whatever OTEL_* say, unless
      // FEDERATION_TRACING=false
      ...(tracing ? [useFederatedTracing(schema)] : []),
    ],
  });
  return Object.assign(yoga, {
    sockets: {
      authenticate: auth.authenticate,
      allowsOrigin: originMatcher(config.browser.corsOrigins),
      refuseAll: config.federation.hmacSecret !== undefined,
      heartbeatMs: config.live.heartbeatMs,
    },
  });
}
