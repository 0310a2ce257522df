import { createPublicKey } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { TIME_SCALE, timeScaleSchema } from './emulator/time-scale.js';
import type { RateRule } from './sagemaker/middleware/rate-limit.js';
import { parseManifest } from './server/persisted-manifest.js';

/** Where SageMaker calls go: the embedded emulator, or AWS (or any endpoint speaking its API). */
type Backend = 'demo' | 'aws';

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

/** The gateway's whole configuration, parsed once from the environment by {@link loadConfig}. */
export interface Config {
  port: number;
  host: string;
  logLevel: LogLevel;
  graphiql: boolean;
  backend: Backend;
  /** Why this backend was chosen, for the start-up banner. */
  backendReason: string;
  sagemaker: {
    /** Undefined in AWS mode when the SDK should resolve it (e.g. from the AWS_PROFILE's config). */
    region: string | undefined;
    endpoint: string | undefined;
    maxAttempts: number;
    timeoutMs: number;
  };
  demo: {
    /** Training jobs in the demo data; undefined keeps the emulator's default. */
    scale: number | undefined;
    seed: number | undefined;
    latencyMs: number;
    /** What the embedded emulator divides lifecycle durations of created resources by. */
    timeScale: number;
    /** The embedded emulator's port on 127.0.0.1 (DEMO_EMULATOR_PORT); 0 picks a free one. */
    emulatorPort: number;
  };
  federation: {
    /** Whether Query.node/nodes are served (off when another subgraph of the supergraph owns them). */
    nodeFields: boolean;
    /**
     * Whether a router asking for Apollo federated tracing (ftv1) gets it (FEDERATION_TRACING).
     * On, every field's resolver is wrapped for every request, traced or not.
     */
    tracing: boolean;
    /**
     * Key the router signs every subgraph request with (FEDERATION_HMAC_SECRET, Hive Gateway's
     * `hmacSignature`); set, an unsigned or wrongly signed GraphQL request is refused.
     */
    hmacSecret: string | undefined;
  };
  /** Whether queries run compiled (graphql-jit) rather than through graphql-js's executor. */
  compiledExecution: boolean;
  /** Documents clients send by hash (src/server/persisted-documents.ts). */
  persistedDocuments: PersistedDocumentsConfig;
  limits: {
    maxDepth: number;
    maxAliases: number;
    maxCost: number;
    maxTokens: number;
  };
  /** How the batch functions read SageMaker: paging loops' cap, the negative cache. */
  reads: {
    /** The most pages one paging loop follows (a repeated NextToken stops it sooner). */
    maxPages: number;
    /** How long a key a Describe said is missing stays known as missing; 0 turns it off. */
    negativeCacheTtlMs: number;
    /** The most missing keys remembered, all resources together; 0 turns it off. */
    negativeCacheSize: number;
  };
  /** What one request may spend on SageMaker, and how many calls the process sends at once. */
  upstream: {
    deadlineMs: number;
    maxCallsPerRequest: number;
    concurrency: { default: number; byOperation: Readonly<Record<string, number>> };
    /** The account-wide call rates (SAGEMAKER_RATE_LIMITS), shared through Redis when set. */
    rateLimits: {
      rules: readonly RateRule[];
      /** How long a call waits for its turn before it fails with UPSTREAM_THROTTLED. */
      maxWaitMs: number;
      /** Replicas sharing the account: without Redis each takes rate ÷ replicas. */
      replicas: number;
    };
  };
  /** The response cache (src/server/response-cache.ts): on unless CACHE=off. */
  cache: {
    enabled: boolean;
    /** Answers with anything moving or listed in them. */
    ttlMs: number;
    /** Answers whose every resource has settled (a Completed job, a model). */
    terminalTtlMs: number;
    /** Entries of the in-memory store (Redis bounds its own by maxmemory). */
    maxEntries: number;
  };
  /** REDIS_URL: the replicas' shared response cache and SageMaker budget; undefined: in memory. */
  redisUrl: string | undefined;
  /** Which ids, representations and cursors the gateway accepts. */
  identity: {
    /**
     * The account whose resources ARNs may name: the emulator's in demo mode, AWS_ACCOUNT_ID in
     * AWS mode; undefined when unset (ARNs are then checked against what SageMaker returns).
     */
    accountId: string | undefined;
    /** The key that signs cursors; undefined: a random key per process. */
    cursorSecret: string | undefined;
    /** Most ids in one `nodes(ids:)` (code MAX_NODE_IDS_LIMIT). */
    maxNodeIds: number;
    /** Most representations in one `_entities` (code MAX_ENTITY_REPRESENTATIONS_LIMIT). */
    maxEntityRepresentations: number;
  };
  /** What the HTTP edge holds each request to (src/server, main.ts): sizes, depths, timeouts. */
  edge: {
    /** Operation names that label metrics as themselves; any other name is one fixed value. */
    metricsOperationNames: readonly string[];
    /** Deepest nesting of objects and lists in an argument or variable value. */
    maxInputDepth: number;
    maxBodyBytes: number;
    /** Entries in each document cache: parsed, validated and compiled queries. */
    documentCacheSize: number;
    headersTimeoutMs: number;
    requestTimeoutMs: number;
    keepAliveTimeoutMs: number;
  };
  /** What browsers and scrapers may reach (src/server: CORS, security headers, /metrics). */
  browser: {
    /**
     * Origins whose pages may read answers cross-origin (CORS_ORIGINS): exact origins, or a
     * loopback host with `:*` for any of its ports. Empty: no cross-origin access.
     */
    corsOrigins: readonly string[];
    /** Whether `__schema`/`__type` are answered (`_service { sdl }` always is, for routers). */
    introspection: boolean;
    metrics: {
      /** Bearer token /metrics requires wherever it is served (METRICS_TOKEN). */
      token: string | undefined;
      /** Port /metrics is served on instead of the gateway's (METRICS_PORT). */
      port: number | undefined;
      /** Whether the gateway's own port serves /metrics. */
      onGatewayPort: boolean;
    };
  };
  /** Who may call the API (src/server/auth): none, or JWTs verified against these keys. */
  auth: AuthConfig;
  /** OpenTelemetry traces (src/server/tracing.ts); undefined: off, no SDK is started. */
  tracing: TracingConfig | undefined;
  /** Subscriptions (src/graphql/live): shared pollers, their bounds, and Redis across replicas. */
  live: LiveConfig;
}

/**
 * Where spans go: OTLP over HTTP (JSON) to `url`, or the console. The exporter reads the other
 * OTEL_EXPORTER_OTLP_* variables itself (headers, timeout, compression, certificates): their
 * formats are the SDK's, and headers may hold credentials that need not pass through here.
 */
export interface TracingConfig {
  exporter: 'otlp' | 'console';
  /** The traces endpoint, `/v1/traces` included; undefined with the console exporter. */
  url: string | undefined;
  serviceName: string;
}

/**
 * `off`: queries only; `allow`: also Apollo's automatic persisted queries (a client registers a
 * hash with its query, then sends the hash alone) and the manifest's hashes; `only`: the
 * manifest's documents and nothing else (trusted documents).
 */
export interface PersistedDocumentsConfig {
  mode: 'off' | 'allow' | 'only';
  /** The manifest's documents by hex sha256 (PERSISTED_DOCUMENTS_MANIFEST); empty when unset. */
  manifest: ReadonlyMap<string, string>;
  /** Documents the automatic persisted query store keeps, least recently used out. */
  apqCacheSize: number;
  /** The largest document, in UTF-8 bytes, that store keeps (a larger one still runs). */
  apqMaxDocumentBytes: number;
}

/** How subscriptions poll SageMaker and what they may hold (SUBSCRIPTION_*, MAX_POLLERS, REDIS_URL). */
export interface LiveConfig {
  /** Time between two polls of one watched set (one Search per interval, paged). */
  pollMs: number;
  /** Longest wait between polls while SageMaker throttles or fails (exponential backoff cap). */
  maxBackoffMs: number;
  /** Watched sets polled at once by this process; past it a subscription is refused. */
  maxPollers: number;
  /** Events one subscriber may have waiting; past it intermediate states are dropped. */
  queueSize: number;
  /** Ping interval on graphql-ws sockets (SSE pings every 12 s, yoga's own). */
  heartbeatMs: number;
  /** Replicas share pollers and events through this Redis; undefined: in-process only. */
  redisUrl: string | undefined;
  /** How long a replica's poller lock lives without renewal: the takeover time. */
  lockTtlMs: number;
}

/** Which claims carry a principal's tenants and scopes, and which tag marks a tenant's resources. */
interface AuthClaims {
  tenantClaim: string;
  scopesClaim: string;
  /** The tag whose value is a resource's tenant (`Tags.<key>` in Search). */
  tenantTagKey: string;
}

/**
 * Where the keys that sign accepted tokens come from: a JWKS URL (cached, refetched on an unknown
 * `kid` at most once per cooldown), one PEM public key, or the publicly known demo key (demo
 * backend only, see src/server/auth/demo-key.ts).
 */
export type AuthKeys =
  | { source: 'jwks'; url: string; cooldownMs: number }
  | { source: 'pem'; pem: string }
  | { source: 'demo' };

export type AuthConfig = AuthClaims &
  (
    | { mode: 'none' }
    | {
        mode: 'jwt';
        keys: AuthKeys;
        issuer: string;
        audience: string;
        clockToleranceS: number;
      }
  );

export interface ConfigIssue {
  variable: string;
  value: string | undefined;
  message: string;
}

/** Thrown by {@link loadConfig} with one issue per bad variable. */
export class ConfigError extends Error {
  readonly issues: readonly ConfigIssue[];

  constructor(issues: readonly ConfigIssue[]) {
    const lines = issues.map(({ variable, value, message }) =>
      value === undefined
        ? `  ${variable}: ${message}`
        : `  ${variable}=${JSON.stringify(value)}: ${message}`,
    );
    super(`Invalid configuration:\n${lines.join('\n')}`);
    this.name = 'ConfigError';
    this.issues = issues;
  }
}

/**
 * Issuer and audience of tokens signed with the demo key (`npm run token`); they are the
 * defaults of AUTH_ISSUER and AUTH_AUDIENCE only when the demo key is in use.
 */
export const DEMO_TOKEN_ISSUER = 'urn:sagemaker-graphql-gateway:demo';
export const DEMO_TOKEN_AUDIENCE = 'sagemaker-graphql-gateway';

/** The region the embedded emulator answers for. */
const DEMO_REGION = 'us-east-1';

/** The account the embedded emulator's ARNs carry (its default accountId). */
const DEMO_ACCOUNT_ID = '123456789012';

const int = (min: number, max: number) =>
  z
    .string()
    .regex(/^-?\d+$/, `expected an integer between ${min} and ${max}`)
    .transform(Number)
    .pipe(
      z
        .number()
        .min(min, `expected an integer between ${min} and ${max}`)
        .max(max, `expected an integer between ${min} and ${max}`),
    );

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no', 'on', 'off'], {
    error: 'expected true or false',
  })
  .transform((value) => ['true', '1', 'yes', 'on'].includes(value));

const url = z.url({ protocol: /^https?$/, error: 'expected an http(s) URL' });

const region = z
  .string()
  .regex(/^[a-z]{2}(-[a-z]+)+-\d+$/, 'expected an AWS region such as us-east-1');

const schema = z.object({
  PORT: int(0, 65_535).default(4000),
  HOST: z.string().min(1).default('127.0.0.1'),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
      error: 'expected one of fatal, error, warn, info, debug, trace, silent',
    })
    .default('info'),
  // default: off under NODE_ENV=production (see loadConfig)
  GRAPHIQL: bool.optional(),
  SAGEMAKER_BACKEND: z.enum(['demo', 'aws'], { error: 'expected demo or aws' }).optional(),
  AWS_REGION: region.optional(),
  AWS_DEFAULT_REGION: region.optional(),
  AWS_PROFILE: z.string().optional(),
  SAGEMAKER_ENDPOINT_URL: url.optional(),
  SAGEMAKER_MAX_ATTEMPTS: int(1, 10).default(3),
  SAGEMAKER_TIMEOUT_MS: int(100, 300_000).default(10_000),
  DEMO_SCALE: int(0, 1_000_000).optional(),
  DEMO_SEED: int(0, 2 ** 31 - 1).optional(),
  DEMO_LATENCY_MS: int(0, 60_000).default(0),
  DEMO_TIME_SCALE: timeScaleSchema.default(TIME_SCALE.default),
  // Ephemeral by default, so a second gateway or a standalone emulator never collides with it.
  DEMO_EMULATOR_PORT: int(0, 65_535).default(0),
  FEDERATION_NODE_FIELDS: bool.default(true),
  // On by default: a router sending `apollo-federation-include-trace: ftv1` expects the traces.
  FEDERATION_TRACING: bool.default(true),
  GRAPHQL_JIT: bool.default(true),
  MAX_DEPTH: int(1, 100).default(12),
  MAX_ALIASES: int(1, 1000).default(30),
  // Complexity ≈ fields resolved over the items a query can fetch (connections count `first`).
  // 50 000 passes a page of 100 training jobs with 2–3 link levels (about 6 500) and 20 tuning
  // jobs × trainingJobs(first: 100) with a dozen fields (about 28 000), and rejects
  // 100 × 100 × 100 nested connections (about 2 000 000).
  MAX_COST: int(1, 1_000_000).default(50_000),
  MAX_TOKENS: int(1, 100_000).default(2000),
  // Paging loops and the negative cache (src/sagemaker/batch). Legitimate loops need few pages:
  // a shared nested read stops at 300 results (3 pages), a resource's tags fit in one ListTags
  // page (at most 50 tags), a link Search reads the few records of 100 keys.
  MAX_UPSTREAM_PAGES: int(1, 10_000).default(100),
  NEGATIVE_CACHE_TTL_MS: int(0, 600_000).default(5000),
  NEGATIVE_CACHE_SIZE: int(0, 1_000_000).default(10_000),
  // Upstream limits per request and per process.
  REQUEST_DEADLINE_MS: int(100, 600_000).default(30_000),
  // The benches' deployment view of 100 endpoints costs 106 calls.
  MAX_UPSTREAM_CALLS_PER_REQUEST: int(1, 1_000_000).default(1000),
  SAGEMAKER_MAX_CONCURRENCY: z
    .string()
    .default('8')
    .transform((value, ctx) => {
      const parsed = parseConcurrency(value);
      if (typeof parsed === 'string') ctx.addIssue({ code: 'custom', message: parsed });
      return typeof parsed === 'string' ? z.NEVER : parsed;
    }),
  // The account's call rates, shared by the replicas through REDIS_URL (none by default: the
  // concurrency bound above is what a single process needs).
  SAGEMAKER_RATE_LIMITS: z
    .string()
    .transform((value, ctx) => {
      const parsed = parseRateLimits(value);
      if (typeof parsed === 'string') ctx.addIssue({ code: 'custom', message: parsed });
      return typeof parsed === 'string' ? z.NEVER : parsed;
    })
    .optional(),
  // Long enough to ride out a burst of a dashboard's refreshes, short of REQUEST_DEADLINE_MS.
  SAGEMAKER_RATE_WAIT_MS: int(0, 600_000).default(5_000),
  SAGEMAKER_REPLICAS: int(1, 1000).default(1),
  // The response cache: on by default; moving answers are kept briefly, settled ones longer (an
  // out-of-band change, such as a tag set in the console, shows after at most that long).
  CACHE: z.enum(['on', 'off'], { error: 'expected on or off' }).default('on'),
  CACHE_TTL_MS: int(0, 3_600_000).default(5_000),
  CACHE_TERMINAL_TTL_MS: int(0, 86_400_000).default(60_000),
  CACHE_MAX_ENTRIES: int(1, 1_000_000).default(1000),
  REDIS_URL: z
    .url({ protocol: /^rediss?$/, error: 'expected a redis:// or rediss:// URL' })
    .optional(),
  // Identity, cursors and amplification.
  AWS_ACCOUNT_ID: z
    .string()
    .regex(/^\d{12}$/, 'expected a 12-digit AWS account id')
    .optional(),
  // HMAC-SHA256 key: 32 characters carry at least 128 bits even as hex.
  CURSOR_SECRET: z.string().min(32, 'expected at least 32 characters').optional(),
  // A Relay client refetches a screen's worth of nodes; 100 is one batched Search per type.
  MAX_NODE_IDS: int(1, 10_000).default(100),
  // A router sends one _entities fetch per subgraph per plan step, with every entity of a list
  // it reached (e.g. 100 items of a page × a few types); 1000 covers 10 such pages and costs at
  // most 10 Searches per type, while bounding the work a single request can ask for.
  MAX_ENTITY_REPRESENTATIONS: int(1, 100_000).default(1000),
  // The HTTP edge's limits (config.edge).
  // Client-chosen operation names would make a metric series each; only these label metrics.
  METRICS_OPERATION_NAMES: z
    .string()
    .regex(/^[_A-Za-z][_0-9A-Za-z]*(\s*,\s*[_A-Za-z][_0-9A-Za-z]*)*$/, {
      error: 'expected GraphQL operation names separated by commas',
    })
    .optional(),
  // The deepest legitimate input is a filter with a few levels of and/or/not (each `and: [...]`
  // is 2 levels: the list and its object) or a create input with its nested shapes, about 8.
  MAX_INPUT_DEPTH: int(2, 256).default(16),
  // The largest legitimate body is a filter with long `in` lists or a create input with 100
  // hyperparameters of 2 500 characters (about 260 KB); 1 MiB leaves room.
  MAX_BODY_BYTES: int(1024, 100 * 1024 * 1024).default(1024 * 1024),
  DOCUMENT_CACHE_SIZE: int(1, 100_000).default(1000),
  // Persisted documents (config.persistedDocuments).
  PERSISTED_DOCUMENTS: z
    .enum(['off', 'allow', 'only'], { error: 'expected off, allow or only' })
    .default('allow'),
  PERSISTED_DOCUMENTS_MANIFEST: z
    .string()
    .transform((path, ctx) => {
      let text: string;
      try {
        text = readFileSync(path, 'utf8');
      } catch (error) {
        ctx.addIssue({ code: 'custom', message: `cannot be read: ${(error as Error).message}` });
        return z.NEVER;
      }
      const parsed = parseManifest(text);
      if (typeof parsed === 'string') ctx.addIssue({ code: 'custom', message: parsed });
      return typeof parsed === 'string' ? z.NEVER : parsed;
    })
    .optional(),
  // Registered documents are kept in memory: 1000 of at most 16 KiB (a document within
  // MAX_TOKENS' 2000 tokens fits) bound the store to 16 MiB.
  APQ_CACHE_SIZE: int(1, 100_000).default(1000),
  APQ_MAX_DOCUMENT_BYTES: int(256, 1024 * 1024).default(16 * 1024),
  HTTP_HEADERS_TIMEOUT_MS: int(100, 600_000).default(10_000),
  HTTP_REQUEST_TIMEOUT_MS: int(100, 3_600_000).default(30_000),
  HTTP_KEEP_ALIVE_TIMEOUT_MS: int(100, 600_000).default(5_000),
  // The browser edge (config.browser). Unset, each takes its mode's safe default in loadConfig.
  NODE_ENV: z.string().optional(),
  CORS_ORIGINS: z
    .string()
    .transform((value, ctx) => {
      const parsed = parseOrigins(value);
      if (typeof parsed === 'string') ctx.addIssue({ code: 'custom', message: parsed });
      return typeof parsed === 'string' ? z.NEVER : parsed;
    })
    .optional(),
  INTROSPECTION: bool.optional(),
  // A bearer token compared in constant time; 16 characters keep guessing out of reach.
  METRICS_TOKEN: z
    .string()
    .min(16, 'expected at least 16 characters')
    .regex(/^[\x21-\x7e]+$/, 'expected printable ASCII without spaces')
    .optional(),
  METRICS_PORT: int(0, 65_535).optional(),
  // Identity (config.auth). Open by default only on the demo backend: AWS mode refuses none
  // unless ALLOW_ANONYMOUS says so.
  AUTH_MODE: z.enum(['none', 'jwt'], { error: 'expected none or jwt' }).default('none'),
  ALLOW_ANONYMOUS: bool.default(false),
  AUTH_JWKS_URL: url.optional(),
  // Env files often hold a PEM on one line with literal \n.
  AUTH_JWT_PUBLIC_KEY: z
    .string()
    .transform((value) => value.replaceAll('\\n', '\n'))
    .refine(isPublicKeyPem, 'expected a PEM public key (-----BEGIN PUBLIC KEY-----)')
    .optional(),
  AUTH_ISSUER: z.string().optional(),
  AUTH_AUDIENCE: z.string().optional(),
  // Clocks of issuer and gateway drift by seconds; minutes would keep expired tokens alive.
  AUTH_CLOCK_TOLERANCE_S: int(0, 300).default(30),
  // A token with an unknown kid refetches the JWKS at most this often, so random kids cannot
  // make the gateway hammer the identity provider.
  AUTH_JWKS_COOLDOWN_MS: int(0, 3_600_000).default(30_000),
  AUTH_TENANT_CLAIM: z.string().default('team'),
  AUTH_SCOPES_CLAIM: z.string().default('scope'),
  TENANT_TAG_KEY: z
    .string()
    .max(128, 'expected an AWS tag key (at most 128 characters)')
    .regex(/^[\p{L}\p{Z}\p{N}_.:/=+\-@]+$/u, 'expected an AWS tag key')
    .default('team'),
  // Federation trust (config.federation.hmacSecret): the router's HMAC-SHA256 key, shared with
  // it; 32 characters carry at least 128 bits even as hex.
  FEDERATION_HMAC_SECRET: z.string().min(32, 'expected at least 32 characters').optional(),
  // OpenTelemetry's standard variables (config.tracing). Off unless an endpoint or an exporter
  // is named, so an unconfigured gateway starts no SDK.
  OTEL_SDK_DISABLED: bool.default(false),
  OTEL_TRACES_EXPORTER: z
    .enum(['otlp', 'console', 'none'], { error: 'expected otlp, console or none' })
    .optional(),
  OTEL_EXPORTER_OTLP_ENDPOINT: url.optional(),
  OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: url.optional(),
  OTEL_SERVICE_NAME: z.string().default('sagemaker-graphql-gateway'),
  // Subscriptions (config.live). One Search per watched set per interval: at 5 s, 100 watched
  // sets cost 20 Searches a second, SageMaker's documented Search rate.
  SUBSCRIPTION_POLL_MS: int(10, 3_600_000).default(5000),
  SUBSCRIPTION_MAX_BACKOFF_MS: int(10, 3_600_000).default(60_000),
  MAX_POLLERS: int(1, 100_000).default(100),
  // A state is one resource record (a few KB); 100 waiting per subscriber bounds a stalled one.
  SUBSCRIPTION_QUEUE_SIZE: int(1, 10_000).default(100),
  // Below the 30-60 s idle timeouts of common proxies and load balancers.
  SUBSCRIPTION_HEARTBEAT_MS: int(100, 600_000).default(12_000),
  // REDIS_URL (above) also carries subscriptions' poller leases and events across replicas.
  // Three intervals: a holder that misses two polls in a row loses its watched sets.
  SUBSCRIPTION_LOCK_TTL_MS: int(100, 3_600_000).optional(),
});

/** Whether `pem` is an asymmetric public key node can read (SPKI or PKCS#1 PEM). */
function isPublicKeyPem(pem: string): boolean {
  // createPublicKey also accepts a private key (deriving its public half): refuse that here.
  if (!/^-----BEGIN (RSA )?PUBLIC KEY-----/.test(pem)) return false;
  try {
    return createPublicKey(pem).type === 'public';
  } catch {
    return false;
  }
}

const CONCURRENCY_ENTRY = /^(?:([A-Z][A-Za-z]+)=)?(\d+)$/;

/**
 * `8` or `8,Search=4,DescribeModel=16`: a bound for every operation and bounds of their own for
 * some (a bare number is the default, 8 when absent), or what is wrong with it.
 */
function parseConcurrency(value: string): Config['upstream']['concurrency'] | string {
  const expected = 'expected N or N,Operation=N,... (each N from 1 to 1000)';
  let fallback = 8;
  const byOperation: Record<string, number> = {};
  for (const entry of value.split(',')) {
    const match = CONCURRENCY_ENTRY.exec(entry.trim());
    const bound = Number(match?.[2]);
    if (match === null || bound < 1 || bound > 1000) return expected;
    if (match[1] === undefined) fallback = bound;
    else byOperation[match[1]] = bound;
  }
  return { default: fallback, byOperation };
}

const RATE_ENTRY = /^(\*|[A-Z][A-Za-z]*\*?)=(\d+)\/(s|m)$/;

/**
 * `Search=10/s,Describe*=20/s`: calls per second (`/s`) or minute (`/m`) for an operation, the
 * operations starting with a prefix (`Describe*`), or every operation (`*`); or what is wrong.
 */
function parseRateLimits(value: string): RateRule[] | string {
  const rules: RateRule[] = [];
  for (const entry of value.split(',').map((item) => item.trim())) {
    const match = RATE_ENTRY.exec(entry);
    const limit = Number(match?.[2]);
    if (match === null || limit < 1 || limit > 100_000) {
      return `${JSON.stringify(entry)} is not a rate: expected Operation=N/s, Prefix*=N/s or *=N/s (N/m per minute, N from 1 to 100000), separated by commas`;
    }
    const pattern = match[1] ?? '';
    if (rules.some((rule) => rule.pattern === pattern)) {
      return `${JSON.stringify(pattern)} is given twice`;
    }
    rules.push({ pattern, limit, periodMs: match[3] === 'm' ? 60_000 : 1000 });
  }
  return rules;
}

/** Loopback hosts whose every port is one machine's own pages: `http://localhost:*`. */
const LOOPBACK_ANY_PORT = /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\]):\*$/;

/** The demo's default CORS_ORIGINS: pages served from this machine, on any port. */
const DEMO_CORS_ORIGINS = ['http://localhost:*', 'http://127.0.0.1:*', 'http://[::1]:*'];

/**
 * `https://app.example.com,http://localhost:*` as a list, `none` as none, or what is wrong.
 * Origins are compared as browsers send them, so an entry must be one already (scheme, host,
 * port; no path, no trailing slash); `*` and `null` would open the gateway to any page.
 */
function parseOrigins(value: string): string[] | string {
  if (value === 'none') return [];
  const origins: string[] = [];
  for (const entry of value.split(',').map((item) => item.trim())) {
    if (LOOPBACK_ANY_PORT.test(entry)) {
      origins.push(entry);
      continue;
    }
    let origin: string | undefined;
    try {
      const url = new URL(entry);
      // URL takes `*` as a host character; a wildcard host is no exact origin
      if ((url.protocol === 'http:' || url.protocol === 'https:') && !url.host.includes('*')) {
        origin = url.origin;
      }
    } catch {
      origin = undefined;
    }
    if (origin !== entry) {
      return `${JSON.stringify(entry)} is not an origin: expected origins such as https://app.example.com or http://localhost:* separated by commas, or none (* and null are never allowed)`;
    }
    origins.push(entry);
  }
  return origins;
}

type Env = Readonly<Record<string, string | undefined>>;

/**
 * Parses the environment into a {@link Config}. Empty variables count as unset. Without
 * SAGEMAKER_BACKEND, any AWS configuration (AWS_REGION, AWS_DEFAULT_REGION, AWS_PROFILE or
 * SAGEMAKER_ENDPOINT_URL) selects `aws`; otherwise the embedded emulator (`demo`) is used.
 * Credentials are never read here: in AWS mode the SDK's standard provider chain finds them.
 * Throws a {@link ConfigError} naming every bad variable and its value.
 */
export function loadConfig(env: Env = process.env): Config {
  const input: Record<string, string> = {};
  for (const key of Object.keys(schema.shape)) {
    const value = env[key];
    if (value !== undefined && value.trim() !== '') input[key] = value.trim();
  }

  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const seen = new Set<string>();
    const issues: ConfigIssue[] = [];
    for (const issue of parsed.error.issues) {
      const variable = String(issue.path[0] ?? '');
      if (seen.has(variable)) continue;
      seen.add(variable);
      issues.push({ variable, value: input[variable], message: issue.message });
    }
    throw new ConfigError(issues);
  }
  const vars = parsed.data;

  const awsHints = (
    ['AWS_REGION', 'AWS_DEFAULT_REGION', 'AWS_PROFILE', 'SAGEMAKER_ENDPOINT_URL'] as const
  ).filter((name) => vars[name] !== undefined);
  const backend: Backend = vars.SAGEMAKER_BACKEND ?? (awsHints.length > 0 ? 'aws' : 'demo');
  const backendReason =
    vars.SAGEMAKER_BACKEND !== undefined
      ? 'SAGEMAKER_BACKEND'
      : awsHints.length > 0
        ? `${awsHints.join(', ')} set`
        : 'no AWS configuration found';

  if (backend === 'demo' && vars.SAGEMAKER_ENDPOINT_URL !== undefined) {
    throw new ConfigError([
      {
        variable: 'SAGEMAKER_ENDPOINT_URL',
        value: vars.SAGEMAKER_ENDPOINT_URL,
        message:
          'cannot be used with SAGEMAKER_BACKEND=demo (the embedded emulator is the endpoint); unset one of them',
      },
    ]);
  }

  // node:http refuses a headers timeout above the request timeout
  if (vars.HTTP_HEADERS_TIMEOUT_MS > vars.HTTP_REQUEST_TIMEOUT_MS) {
    throw new ConfigError([
      {
        variable: 'HTTP_HEADERS_TIMEOUT_MS',
        value: String(vars.HTTP_HEADERS_TIMEOUT_MS),
        message: `must not exceed HTTP_REQUEST_TIMEOUT_MS (${vars.HTTP_REQUEST_TIMEOUT_MS})`,
      },
    ]);
  }

  if (
    vars.METRICS_PORT !== undefined &&
    vars.METRICS_PORT !== 0 &&
    vars.METRICS_PORT === vars.PORT
  ) {
    throw new ConfigError([
      {
        variable: 'METRICS_PORT',
        value: String(vars.METRICS_PORT),
        message: 'must differ from PORT (it serves /metrics instead of the gateway port)',
      },
    ]);
  }
  const taken = [
    { variable: 'PORT', port: vars.PORT },
    { variable: 'METRICS_PORT', port: vars.METRICS_PORT },
  ].find(({ port }) => port !== 0 && port === vars.DEMO_EMULATOR_PORT);
  if (taken !== undefined) {
    throw new ConfigError([
      {
        variable: 'DEMO_EMULATOR_PORT',
        value: String(vars.DEMO_EMULATOR_PORT),
        message: `must differ from ${taken.variable} (the embedded emulator needs a port of its own)`,
      },
    ]);
  }
  if (vars.PERSISTED_DOCUMENTS === 'only' && vars.PERSISTED_DOCUMENTS_MANIFEST === undefined) {
    throw new ConfigError([
      {
        variable: 'PERSISTED_DOCUMENTS_MANIFEST',
        value: undefined,
        message:
          'required with PERSISTED_DOCUMENTS=only: the persisted-documents.json of the clients allowed (GraphQL Code Generator client preset)',
      },
    ]);
  }
  const lockTtlMs = vars.SUBSCRIPTION_LOCK_TTL_MS ?? 3 * vars.SUBSCRIPTION_POLL_MS;
  if (lockTtlMs <= vars.SUBSCRIPTION_POLL_MS) {
    throw new ConfigError([
      {
        variable: 'SUBSCRIPTION_LOCK_TTL_MS',
        value: String(lockTtlMs),
        message: `must exceed SUBSCRIPTION_POLL_MS (${vars.SUBSCRIPTION_POLL_MS}): the holder renews its lock once per poll`,
      },
    ]);
  }
  // Production turns off what only people exploring need; demo mode keeps /metrics open, AWS
  // mode serves it only behind METRICS_TOKEN or on METRICS_PORT.
  const production = vars.NODE_ENV === 'production';
  const auth = authConfig(vars, backend);

  return {
    port: vars.PORT,
    host: vars.HOST,
    logLevel: vars.LOG_LEVEL,
    graphiql: vars.GRAPHIQL ?? !production,
    backend,
    backendReason,
    sagemaker: {
      region: backend === 'demo' ? DEMO_REGION : (vars.AWS_REGION ?? vars.AWS_DEFAULT_REGION),
      endpoint: backend === 'demo' ? undefined : vars.SAGEMAKER_ENDPOINT_URL,
      maxAttempts: vars.SAGEMAKER_MAX_ATTEMPTS,
      timeoutMs: vars.SAGEMAKER_TIMEOUT_MS,
    },
    demo: {
      scale: vars.DEMO_SCALE,
      seed: vars.DEMO_SEED,
      latencyMs: vars.DEMO_LATENCY_MS,
      timeScale: vars.DEMO_TIME_SCALE,
      emulatorPort: vars.DEMO_EMULATOR_PORT,
    },
    federation: {
      nodeFields: vars.FEDERATION_NODE_FIELDS,
      tracing: vars.FEDERATION_TRACING,
      hmacSecret: vars.FEDERATION_HMAC_SECRET,
    },
    compiledExecution: vars.GRAPHQL_JIT,
    persistedDocuments: {
      mode: vars.PERSISTED_DOCUMENTS,
      manifest: vars.PERSISTED_DOCUMENTS_MANIFEST ?? new Map(),
      apqCacheSize: vars.APQ_CACHE_SIZE,
      apqMaxDocumentBytes: vars.APQ_MAX_DOCUMENT_BYTES,
    },
    limits: {
      maxDepth: vars.MAX_DEPTH,
      maxAliases: vars.MAX_ALIASES,
      maxCost: vars.MAX_COST,
      maxTokens: vars.MAX_TOKENS,
    },
    reads: {
      maxPages: vars.MAX_UPSTREAM_PAGES,
      negativeCacheTtlMs: vars.NEGATIVE_CACHE_TTL_MS,
      negativeCacheSize: vars.NEGATIVE_CACHE_SIZE,
    },
    upstream: {
      deadlineMs: vars.REQUEST_DEADLINE_MS,
      maxCallsPerRequest: vars.MAX_UPSTREAM_CALLS_PER_REQUEST,
      concurrency: vars.SAGEMAKER_MAX_CONCURRENCY,
      rateLimits: {
        rules: vars.SAGEMAKER_RATE_LIMITS ?? [],
        maxWaitMs: vars.SAGEMAKER_RATE_WAIT_MS,
        replicas: vars.SAGEMAKER_REPLICAS,
      },
    },
    cache: {
      enabled: vars.CACHE === 'on',
      ttlMs: vars.CACHE_TTL_MS,
      terminalTtlMs: vars.CACHE_TERMINAL_TTL_MS,
      maxEntries: vars.CACHE_MAX_ENTRIES,
    },
    redisUrl: vars.REDIS_URL,
    identity: {
      accountId: backend === 'demo' ? DEMO_ACCOUNT_ID : vars.AWS_ACCOUNT_ID,
      cursorSecret: vars.CURSOR_SECRET,
      maxNodeIds: vars.MAX_NODE_IDS,
      maxEntityRepresentations: vars.MAX_ENTITY_REPRESENTATIONS,
    },
    edge: {
      metricsOperationNames:
        vars.METRICS_OPERATION_NAMES?.split(',').map((name) => name.trim()) ?? [],
      maxInputDepth: vars.MAX_INPUT_DEPTH,
      maxBodyBytes: vars.MAX_BODY_BYTES,
      documentCacheSize: vars.DOCUMENT_CACHE_SIZE,
      headersTimeoutMs: vars.HTTP_HEADERS_TIMEOUT_MS,
      requestTimeoutMs: vars.HTTP_REQUEST_TIMEOUT_MS,
      keepAliveTimeoutMs: vars.HTTP_KEEP_ALIVE_TIMEOUT_MS,
    },
    browser: {
      corsOrigins: vars.CORS_ORIGINS ?? (backend === 'demo' ? DEMO_CORS_ORIGINS : []),
      introspection: vars.INTROSPECTION ?? !production,
      metrics: {
        token: vars.METRICS_TOKEN,
        port: vars.METRICS_PORT,
        onGatewayPort:
          vars.METRICS_PORT === undefined &&
          (vars.METRICS_TOKEN !== undefined || backend === 'demo'),
      },
    },
    auth,
    tracing: tracingConfig(vars),
    live: {
      pollMs: vars.SUBSCRIPTION_POLL_MS,
      maxBackoffMs: Math.max(vars.SUBSCRIPTION_MAX_BACKOFF_MS, vars.SUBSCRIPTION_POLL_MS),
      maxPollers: vars.MAX_POLLERS,
      queueSize: vars.SUBSCRIPTION_QUEUE_SIZE,
      heartbeatMs: vars.SUBSCRIPTION_HEARTBEAT_MS,
      redisUrl: vars.REDIS_URL,
      lockTtlMs,
    },
  };
}

/**
 * Traces are on when OTEL_TRACES_EXPORTER names an exporter or an OTLP endpoint is set, unless
 * OTEL_SDK_DISABLED or OTEL_TRACES_EXPORTER=none. As the specification says, a traces endpoint is
 * used as it is, and the general endpoint gets `/v1/traces` appended.
 */
function tracingConfig(vars: z.infer<typeof schema>): TracingConfig | undefined {
  const base = vars.OTEL_EXPORTER_OTLP_ENDPOINT;
  const url =
    vars.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT ??
    (base === undefined ? undefined : `${base.replace(/\/+$/, '')}/v1/traces`);
  const exporter = vars.OTEL_TRACES_EXPORTER ?? (url === undefined ? 'none' : 'otlp');
  if (vars.OTEL_SDK_DISABLED || exporter === 'none') return undefined;
  if (exporter === 'console')
    return { exporter, url: undefined, serviceName: vars.OTEL_SERVICE_NAME };
  if (url === undefined) {
    throw new ConfigError([
      {
        variable: 'OTEL_EXPORTER_OTLP_ENDPOINT',
        value: undefined,
        message:
          'OTEL_TRACES_EXPORTER=otlp needs OTEL_EXPORTER_OTLP_ENDPOINT or OTEL_EXPORTER_OTLP_TRACES_ENDPOINT (e.g. http://127.0.0.1:4318)',
      },
    ]);
  }
  return { exporter, url, serviceName: vars.OTEL_SERVICE_NAME };
}

const LOOPBACK_HOSTS = ['127.0.0.1', 'localhost', '[::1]'];

/**
 * The auth block: `none` only on the demo backend or with ALLOW_ANONYMOUS; in jwt mode one key
 * source, an issuer and an audience (the demo key brings its own, and only on the demo backend).
 */
function authConfig(vars: z.infer<typeof schema>, backend: Backend): AuthConfig {
  const claims = {
    tenantClaim: vars.AUTH_TENANT_CLAIM,
    scopesClaim: vars.AUTH_SCOPES_CLAIM,
    tenantTagKey: vars.TENANT_TAG_KEY,
  };
  if (vars.AUTH_MODE === 'none') {
    if (backend === 'aws' && !vars.ALLOW_ANONYMOUS) {
      throw new ConfigError([
        {
          variable: 'AUTH_MODE',
          value: 'none',
          message:
            'AWS mode does not serve anonymous requests: set AUTH_MODE=jwt (with AUTH_JWKS_URL or AUTH_JWT_PUBLIC_KEY, AUTH_ISSUER and AUTH_AUDIENCE), or ALLOW_ANONYMOUS=true to run it open',
        },
      ]);
    }
    return { mode: 'none', ...claims };
  }

  const issues: ConfigIssue[] = [];
  let keys: AuthKeys | undefined;
  if (vars.AUTH_JWKS_URL !== undefined && vars.AUTH_JWT_PUBLIC_KEY !== undefined) {
    issues.push({
      variable: 'AUTH_JWT_PUBLIC_KEY',
      value: undefined,
      message: 'cannot be used with AUTH_JWKS_URL; set one of them',
    });
  } else if (vars.AUTH_JWKS_URL !== undefined) {
    const jwks = new URL(vars.AUTH_JWKS_URL);
    // Keys fetched in clear could be swapped on the way; only a loopback JWKS may be plain http.
    if (
      backend === 'aws' &&
      jwks.protocol !== 'https:' &&
      !LOOPBACK_HOSTS.includes(jwks.hostname)
    ) {
      issues.push({
        variable: 'AUTH_JWKS_URL',
        value: vars.AUTH_JWKS_URL,
        message: 'expected an https URL in AWS mode (http only on loopback)',
      });
    }
    keys = { source: 'jwks', url: vars.AUTH_JWKS_URL, cooldownMs: vars.AUTH_JWKS_COOLDOWN_MS };
  } else if (vars.AUTH_JWT_PUBLIC_KEY !== undefined) {
    keys = { source: 'pem', pem: vars.AUTH_JWT_PUBLIC_KEY };
  } else if (backend === 'demo') {
    keys = { source: 'demo' };
  } else {
    issues.push({
      variable: 'AUTH_JWKS_URL',
      value: undefined,
      message:
        'AUTH_MODE=jwt needs AUTH_JWKS_URL or AUTH_JWT_PUBLIC_KEY in AWS mode (the demo key is accepted only by the demo backend)',
    });
  }
  const demo = keys?.source === 'demo';
  const issuer = vars.AUTH_ISSUER ?? (demo ? DEMO_TOKEN_ISSUER : undefined);
  const audience = vars.AUTH_AUDIENCE ?? (demo ? DEMO_TOKEN_AUDIENCE : undefined);
  if (issuer === undefined) {
    issues.push({
      variable: 'AUTH_ISSUER',
      value: undefined,
      message: 'required with AUTH_MODE=jwt',
    });
  }
  if (audience === undefined) {
    issues.push({
      variable: 'AUTH_AUDIENCE',
      value: undefined,
      message: 'required with AUTH_MODE=jwt',
    });
  }
  if (issues.length > 0 || keys === undefined || issuer === undefined || audience === undefined) {
    throw new ConfigError(issues);
  }
  return {
    mode: 'jwt',
    keys,
    issuer,
    audience,
    clockToleranceS: vars.AUTH_CLOCK_TOLERANCE_S,
    ...claims,
  };
}
