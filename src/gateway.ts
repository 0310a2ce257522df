import { ListTrainingJobsCommand, type SageMakerClient } from '@aws-sdk/client-sagemaker';
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { usePrometheus } from '@graphql-yoga/plugin-prometheus';
import type { GraphQLError } from 'graphql';
import { createYoga, type Plugin, useReadinessCheck, type YogaServerInstance } from 'graphql-yoga';
import { useCompiledExecution } from './compiled-execution.js';
import type { Config } from './config.js';
import { type Context, createContext } from './context.js';
import { useCostLimit } from './cost-limit.js';
import { useErrorCodes } from './error-codes.js';
import { createLogger, createYogaLogger, type Logger } from './logger.js';
import { createMetrics, type Metrics } from './metrics.js';
import { createSageMakerClient } from './sagemaker/client.js';
import { instrumentClient } from './sagemaker/instrument.js';
import { buildSchema } from './schema/index.js';

export interface GatewayDeps {
  /** The SageMaker client; made from config when omitted (AWS mode). */
  client?: SageMakerClient;
  logger?: Logger;
  /** The query GraphiQL opens with. */
  defaultQuery?: string;
  /** How long a readiness answer is reused, so probes do not each cost a SageMaker call. */
  readyCacheMs?: number;
  /** Where metrics go; a fresh registry per gateway when omitted. */
  metrics?: Metrics;
  /**
   * Whether identical reads in flight at once share one SageMaker call, across requests too
   * (default true). Off, every request pays for its own calls, as the throughput bench measures.
   */
  coalesceReads?: boolean;
}

export type Gateway = YogaServerInstance<Record<string, unknown>, Context>;

const READY_TIMEOUT_MS = 3_000;

/**
 * A readiness probe: SageMaker answers a cheap call. Answers are cached for `cacheMs` and
 * concurrent probes share one call.
 */
function createReadinessCheck(client: SageMakerClient, logger: Logger, cacheMs: number) {
  let last: { at: number; ok: boolean } | undefined;
  let pending: Promise<boolean> | undefined;
  const probe = async (): Promise<boolean> => {
    try {
      await client.send(new ListTrainingJobsCommand({ MaxResults: 1 }), {
        abortSignal: AbortSignal.timeout(READY_TIMEOUT_MS),
      });
      return true;
    } catch (error) {
      logger.warn({ err: error }, 'readiness check: SageMaker did not answer');
      return false;
    }
  };
  return async (): Promise<boolean> => {
    if (last !== undefined && Date.now() - last.at < cacheMs) return last.ok;
    pending ??= probe().then((ok) => {
      last = { at: Date.now(), ok };
      pending = undefined;
      return ok;
    });
    return pending;
  };
}

/** One structured log record per HTTP request: method, path, status, duration. */
function useRequestLog(logger: Logger): Plugin {
  const started = new WeakMap<Request, number>();
  return {
    onRequest({ request }) {
      started.set(request, performance.now());
    },
    onResponse({ request, response }) {
      const start = started.get(request);
      logger.info(
        {
          method: request.method,
          path: new URL(request.url).pathname,
          status: response.status,
          ms: start === undefined ? undefined : Math.round(performance.now() - start),
        },
        'request',
      );
    },
  };
}

/**
 * Options for one graphql-armor protection. The limits are not secret (anyone can find them by
 * trying) and naming them tells a client how to fix the query, so rejections state the limit and
 * the value found; the code names the limit, as Apollo Router's operation limits do.
 */
function limit(code: string): {
  exposeLimits: boolean;
  onReject: Array<(context: unknown, error: GraphQLError) => void>;
} {
  return {
    exposeLimits: true,
    onReject: [
      (_context, error) => {
        // armor words every rejection as a "Syntax Error", which it is not.
        error.message = error.message.replace(/^Syntax Error: /, '');
        (error.extensions as Record<string, unknown>).code = code;
      },
    ],
  };
}

/**
 * The gateway as a yoga app, not listening: `main.ts` serves it over node:http, tests call
 * `app.fetch`. GraphiQL at /graphql, /health (liveness), /ready (SageMaker answers), /metrics
 * (Prometheus: yoga's request metrics and SageMaker calls per operation), masked
 * internal errors (logged with detail), CSRF prevention, depth/alias/token limits (graphql-armor)
 * and the complexity limit (MAX_COST).
 */
export function createGateway(config: Config, deps: GatewayDeps = {}): Gateway {
  const logger = deps.logger ?? createLogger(config.logLevel);
  const metrics = deps.metrics ?? createMetrics();
  // Every SageMaker call of this gateway is counted and identical in-flight reads are shared.
  const client = instrumentClient(deps.client ?? createSageMakerClient(config), {
    recorder: metrics,
    coalesce: deps.coalesceReads ?? true,
  });
  const ready = createReadinessCheck(client, logger, deps.readyCacheMs ?? 5_000);
  const { maxDepth, maxAliases, maxCost, maxTokens } = config.limits;

  return createYoga<Record<string, unknown>, Context>({
    schema: buildSchema({ nodeFields: config.federation.nodeFields }),
    context: () => createContext({ sagemaker: client, logger }),
    logging: createYogaLogger(logger),
    maskedErrors: true,
    landingPage: false,
    graphiql: config.graphiql
      ? {
          title: 'SageMaker GraphQL gateway',
          ...(deps.defaultQuery === undefined ? {} : { defaultQuery: deps.defaultQuery }),
          // GraphiQL posts JSON, which CSRF prevention allows; GET queries need the header.
          headers: JSON.stringify({ 'x-graphql-yoga-csrf': 'graphiql' }),
        }
      : false,
    plugins: [
      useRequestLog(logger),
      useCSRFPrevention({ requestHeaders: ['x-graphql-yoga-csrf'] }),
      EnvelopArmorPlugin({
        maxDepth: { n: maxDepth, ignoreIntrospection: true, ...limit('MAX_DEPTH_LIMIT') },
        maxAliases: { n: maxAliases, ...limit('MAX_ALIASES_LIMIT') },
        // Cost is the schema's complexity (useCostLimit), which knows what `first` fetches.
        costLimit: { enabled: false },
        maxTokens: { n: maxTokens, ...limit('MAX_TOKENS_LIMIT') },
        maxDirectives: { n: 50, ...limit('MAX_DIRECTIVES_LIMIT') },
        // Introspection is open, so hiding "Did you mean ..." hints would only hinder clients.
        blockFieldSuggestion: { enabled: false },
      }),
      useCostLimit(maxCost),
      useReadinessCheck({ endpoint: '/ready', check: () => ready() }),
      useErrorCodes(),
      usePrometheus({ endpoint: '/metrics', registry: metrics.registry }),
      ...(config.compiledExecution ? [useCompiledExecution(logger)] : []),
    ],
  });
}
