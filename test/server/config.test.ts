import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';

// AWS mode refuses to run open unless told; the tests of other settings say so.
const OPEN = { ALLOW_ANONYMOUS: 'true' };

const configError = (env: Record<string, string>): ConfigError => {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
};

describe('loadConfig', () => {
  it('has defaults for everything and runs the demo backend without AWS configuration', () => {
    expect(loadConfig({})).toEqual({
      port: 4000,
      host: '127.0.0.1',
      logLevel: 'info',
      graphiql: true,
      backend: 'demo',
      backendReason: 'no AWS configuration found',
      sagemaker: { region: 'us-east-1', endpoint: undefined, maxAttempts: 3, timeoutMs: 10_000 },
      demo: { scale: undefined, seed: undefined, latencyMs: 0, timeScale: 1, emulatorPort: 0 },
      federation: { nodeFields: true, tracing: true, hmacSecret: undefined },
      compiledExecution: true,
      persistedDocuments: {
        mode: 'allow',
        manifest: new Map(),
        apqCacheSize: 1000,
        apqMaxDocumentBytes: 16_384,
      },
      limits: { maxDepth: 12, maxAliases: 30, maxCost: 50_000, maxTokens: 2000 },
      reads: { maxPages: 100, negativeCacheTtlMs: 5000, negativeCacheSize: 10_000 },
      upstream: {
        deadlineMs: 30_000,
        maxCallsPerRequest: 1000,
        concurrency: { default: 8, byOperation: {} },
        rateLimits: { rules: [], maxWaitMs: 5000, replicas: 1 },
      },
      cache: { enabled: true, ttlMs: 5000, terminalTtlMs: 60_000, maxEntries: 1000 },
      redisUrl: undefined,
      identity: {
        accountId: '123456789012',
        cursorSecret: undefined,
        maxNodeIds: 100,
        maxEntityRepresentations: 1000,
      },
      edge: {
        metricsOperationNames: [],
        maxInputDepth: 16,
        maxBodyBytes: 1_048_576,
        documentCacheSize: 1000,
        headersTimeoutMs: 10_000,
        requestTimeoutMs: 30_000,
        keepAliveTimeoutMs: 5_000,
      },
      browser: {
        corsOrigins: ['http://localhost:*', 'http://127.0.0.1:*', 'http://[::1]:*'],
        introspection: true,
        metrics: { token: undefined, port: undefined, onGatewayPort: true },
      },
      auth: { mode: 'none', tenantClaim: 'team', scopesClaim: 'scope', tenantTagKey: 'team' },
      live: {
        pollMs: 5000,
        maxBackoffMs: 60_000,
        maxPollers: 100,
        queueSize: 100,
        heartbeatMs: 12_000,
        redisUrl: undefined,
        lockTtlMs: 15_000,
      },
    });
  });

  it('reads the subscription settings; the lock outlives a poll interval', () => {
    expect(
      loadConfig({
        SUBSCRIPTION_POLL_MS: '50',
        MAX_POLLERS: '3',
        REDIS_URL: 'redis://127.0.0.1:6380/0',
      }).live,
    ).toMatchObject({
      pollMs: 50,
      maxPollers: 3,
      redisUrl: 'redis://127.0.0.1:6380/0',
      lockTtlMs: 150,
    });
    expect(
      configError({ SUBSCRIPTION_POLL_MS: '5000', SUBSCRIPTION_LOCK_TTL_MS: '5000' }).issues,
    ).toEqual([
      {
        variable: 'SUBSCRIPTION_LOCK_TTL_MS',
        value: '5000',
        message:
          'must exceed SUBSCRIPTION_POLL_MS (5000): the holder renews its lock once per poll',
      },
    ]);
    expect(configError({ REDIS_URL: 'http://cache:6379' }).issues).toEqual([
      {
        variable: 'REDIS_URL',
        value: 'http://cache:6379',
        message: 'expected a redis:// or rediss:// URL',
      },
    ]);
    expect(configError({ MAX_POLLERS: '0' }).issues[0]?.variable).toBe('MAX_POLLERS');
  });

  it('reads the page cap and the negative cache, 0 turning the cache off', () => {
    expect(
      loadConfig({
        MAX_UPSTREAM_PAGES: '7',
        NEGATIVE_CACHE_TTL_MS: '0',
        NEGATIVE_CACHE_SIZE: '50',
      }).reads,
    ).toEqual({ maxPages: 7, negativeCacheTtlMs: 0, negativeCacheSize: 50 });
    expect(configError({ MAX_UPSTREAM_PAGES: '0' }).issues).toEqual([
      {
        variable: 'MAX_UPSTREAM_PAGES',
        value: '0',
        message: 'expected an integer between 1 and 10000',
      },
    ]);
    expect(
      configError({ NEGATIVE_CACHE_SIZE: '-1', NEGATIVE_CACHE_TTL_MS: 'soon' }).issues,
    ).toEqual([
      {
        variable: 'NEGATIVE_CACHE_TTL_MS',
        value: 'soon',
        message: 'expected an integer between 0 and 600000',
      },
      {
        variable: 'NEGATIVE_CACHE_SIZE',
        value: '-1',
        message: 'expected an integer between 0 and 1000000',
      },
    ]);
  });

  it('parses the edge limits', () => {
    expect(
      loadConfig({
        METRICS_OPERATION_NAMES: 'Dashboard, TrainingJobSearch ,Leaderboard',
        MAX_INPUT_DEPTH: '8',
        MAX_BODY_BYTES: '65536',
        DOCUMENT_CACHE_SIZE: '50',
        HTTP_HEADERS_TIMEOUT_MS: '2000',
        HTTP_REQUEST_TIMEOUT_MS: '4000',
        HTTP_KEEP_ALIVE_TIMEOUT_MS: '1000',
      }).edge,
    ).toEqual({
      metricsOperationNames: ['Dashboard', 'TrainingJobSearch', 'Leaderboard'],
      maxInputDepth: 8,
      maxBodyBytes: 65_536,
      documentCacheSize: 50,
      headersTimeoutMs: 2000,
      requestTimeoutMs: 4000,
      keepAliveTimeoutMs: 1000,
    });
  });

  it('names bad edge limits', () => {
    const error = configError({
      METRICS_OPERATION_NAMES: 'Dashboard,,my-query',
      MAX_INPUT_DEPTH: '1',
      MAX_BODY_BYTES: '10',
      DOCUMENT_CACHE_SIZE: '0',
      HTTP_REQUEST_TIMEOUT_MS: 'soon',
    });
    expect(error.issues.map(({ variable, value }) => [variable, value])).toEqual([
      ['METRICS_OPERATION_NAMES', 'Dashboard,,my-query'],
      ['MAX_INPUT_DEPTH', '1'],
      ['MAX_BODY_BYTES', '10'],
      ['DOCUMENT_CACHE_SIZE', '0'],
      ['HTTP_REQUEST_TIMEOUT_MS', 'soon'],
    ]);
  });

  it('rejects a headers timeout longer than the request timeout', () => {
    const error = configError({
      HTTP_HEADERS_TIMEOUT_MS: '20000',
      HTTP_REQUEST_TIMEOUT_MS: '5000',
    });
    expect(error.issues.map((issue) => issue.variable)).toEqual(['HTTP_HEADERS_TIMEOUT_MS']);
    expect(error.message).toContain('HTTP_HEADERS_TIMEOUT_MS="20000"');
  });

  it('parses every variable', () => {
    const config = loadConfig({
      PORT: '8080',
      HOST: '0.0.0.0',
      LOG_LEVEL: 'debug',
      GRAPHIQL: 'false',
      SAGEMAKER_BACKEND: 'aws',
      ...OPEN,
      AWS_REGION: 'eu-west-1',
      SAGEMAKER_ENDPOINT_URL: 'https://sagemaker.eu-west-1.amazonaws.com',
      SAGEMAKER_MAX_ATTEMPTS: '5',
      SAGEMAKER_TIMEOUT_MS: '2500',
      DEMO_SCALE: '100000',
      DEMO_SEED: '7',
      DEMO_LATENCY_MS: '20',
      MAX_DEPTH: '8',
      MAX_ALIASES: '10',
      MAX_COST: '900',
      MAX_TOKENS: '700',
      FEDERATION_NODE_FIELDS: 'false',
      GRAPHQL_JIT: 'false',
    });
    expect(config).toMatchObject({
      port: 8080,
      host: '0.0.0.0',
      logLevel: 'debug',
      graphiql: false,
      backend: 'aws',
      sagemaker: {
        region: 'eu-west-1',
        endpoint: 'https://sagemaker.eu-west-1.amazonaws.com',
        maxAttempts: 5,
        timeoutMs: 2500,
      },
      demo: { scale: 100_000, seed: 7, latencyMs: 20 },
      federation: { nodeFields: false },
      compiledExecution: false,
      limits: { maxDepth: 8, maxAliases: 10, maxCost: 900, maxTokens: 700 },
    });
  });

  it.each([
    [{ AWS_REGION: 'us-west-2' }, 'us-west-2'],
    [{ AWS_DEFAULT_REGION: 'ap-southeast-2' }, 'ap-southeast-2'],
    [{ AWS_PROFILE: 'ml-platform' }, undefined],
    [{ SAGEMAKER_ENDPOINT_URL: 'http://127.0.0.1:4010' }, undefined],
  ])('selects the aws backend when AWS configuration is present: %o', (env, region) => {
    const config = loadConfig({ ...env, ...OPEN });
    expect(config.backend).toBe('aws');
    expect(config.backendReason).toBe(`${Object.keys(env)[0]} set`);
    expect(config.sagemaker.region).toBe(region);
  });

  it('reads DEMO_TIME_SCALE as an integer factor between 1 and 10000', () => {
    expect(loadConfig({ DEMO_TIME_SCALE: '60' }).demo.timeScale).toBe(60);
    for (const value of ['0', '10001', '1.5', 'fast']) {
      expect(configError({ DEMO_TIME_SCALE: value }).issues).toEqual([
        { variable: 'DEMO_TIME_SCALE', value, message: 'expected an integer between 1 and 10000' },
      ]);
    }
  });

  it('prefers AWS_REGION over AWS_DEFAULT_REGION', () => {
    expect(
      loadConfig({ AWS_REGION: 'us-west-2', AWS_DEFAULT_REGION: 'eu-west-1', ...OPEN }).sagemaker
        .region,
    ).toBe('us-west-2');
  });

  it('lets SAGEMAKER_BACKEND=demo override present AWS configuration', () => {
    const config = loadConfig({ SAGEMAKER_BACKEND: 'demo', AWS_REGION: 'eu-west-1' });
    expect(config.backend).toBe('demo');
    expect(config.sagemaker.region).toBe('us-east-1');
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ PORT: '', AWS_REGION: '  ' })).toMatchObject({
      port: 4000,
      backend: 'demo',
    });
  });

  it('accepts PORT=0 (any free port)', () => {
    expect(loadConfig({ PORT: '0' }).port).toBe(0);
  });

  it('names every bad variable with its value', () => {
    const error = configError({
      PORT: 'eighty',
      GRAPHIQL: 'maybe',
      SAGEMAKER_BACKEND: 'local',
      AWS_REGION: 'Mars',
      SAGEMAKER_ENDPOINT_URL: 'ftp://example.com',
      MAX_DEPTH: '0',
      SAGEMAKER_MAX_ATTEMPTS: '2.5',
      LOG_LEVEL: 'loud',
    });
    expect(error.issues).toEqual([
      { variable: 'PORT', value: 'eighty', message: 'expected an integer between 0 and 65535' },
      {
        variable: 'LOG_LEVEL',
        value: 'loud',
        message: 'expected one of fatal, error, warn, info, debug, trace, silent',
      },
      { variable: 'GRAPHIQL', value: 'maybe', message: 'expected true or false' },
      { variable: 'SAGEMAKER_BACKEND', value: 'local', message: 'expected demo or aws' },
      {
        variable: 'AWS_REGION',
        value: 'Mars',
        message: 'expected an AWS region such as us-east-1',
      },
      {
        variable: 'SAGEMAKER_ENDPOINT_URL',
        value: 'ftp://example.com',
        message: 'expected an http(s) URL',
      },
      {
        variable: 'SAGEMAKER_MAX_ATTEMPTS',
        value: '2.5',
        message: 'expected an integer between 1 and 10',
      },
      { variable: 'MAX_DEPTH', value: '0', message: 'expected an integer between 1 and 100' },
    ]);
    expect(error.message).toContain('PORT="eighty": expected an integer between 0 and 65535');
    expect(error.message.split('\n')[0]).toBe('Invalid configuration:');
  });

  it('rejects an endpoint override with the demo backend', () => {
    const error = configError({
      SAGEMAKER_BACKEND: 'demo',
      SAGEMAKER_ENDPOINT_URL: 'http://127.0.0.1:4010',
    });
    expect(error.issues.map((issue) => issue.variable)).toEqual(['SAGEMAKER_ENDPOINT_URL']);
    expect(error.message).toContain('SAGEMAKER_ENDPOINT_URL="http://127.0.0.1:4010"');
  });

  it('parses the upstream limits, with concurrency bounds per operation', () => {
    const config = loadConfig({
      REQUEST_DEADLINE_MS: '5000',
      MAX_UPSTREAM_CALLS_PER_REQUEST: '300',
      SAGEMAKER_MAX_CONCURRENCY: 'Search=4, 16 ,DescribeModel=32',
    });
    expect(config.upstream).toEqual({
      deadlineMs: 5000,
      maxCallsPerRequest: 300,
      concurrency: { default: 16, byOperation: { Search: 4, DescribeModel: 32 } },
      rateLimits: { rules: [], maxWaitMs: 5000, replicas: 1 },
    });
    expect(loadConfig({ SAGEMAKER_MAX_CONCURRENCY: 'Search=2' }).upstream.concurrency).toEqual({
      default: 8,
      byOperation: { Search: 2 },
    });
  });

  it('parses the account-wide rates, the replicas and the wait', () => {
    expect(
      loadConfig({
        SAGEMAKER_RATE_LIMITS: 'Search=10/s, Describe*=20/s,*=600/m',
        SAGEMAKER_RATE_WAIT_MS: '250',
        SAGEMAKER_REPLICAS: '3',
      }).upstream.rateLimits,
    ).toEqual({
      rules: [
        { pattern: 'Search', limit: 10, periodMs: 1000 },
        { pattern: 'Describe*', limit: 20, periodMs: 1000 },
        { pattern: '*', limit: 600, periodMs: 60_000 },
      ],
      maxWaitMs: 250,
      replicas: 3,
    });
  });

  it.each([
    ['Search=10', '"Search=10" is not a rate'],
    ['Search=0/s', '"Search=0/s" is not a rate'],
    ['search=5/s', '"search=5/s" is not a rate'],
    ['Search=5/h', '"Search=5/h" is not a rate'],
    ['Search=5/s,Search=6/s', '"Search" is given twice'],
  ])('rejects SAGEMAKER_RATE_LIMITS=%s, naming the entry', (value, message) => {
    const [issue] = configError({ SAGEMAKER_RATE_LIMITS: value }).issues;
    expect(issue?.variable).toBe('SAGEMAKER_RATE_LIMITS');
    expect(issue?.value).toBe(value);
    expect(issue?.message).toContain(message);
  });

  it('reads the cache settings and REDIS_URL, and rejects bad ones', () => {
    const config = loadConfig({
      CACHE: 'off',
      CACHE_TTL_MS: '100',
      CACHE_TERMINAL_TTL_MS: '9000',
      CACHE_MAX_ENTRIES: '50',
      REDIS_URL: 'redis://127.0.0.1:6390',
    });
    expect(config.cache).toEqual({
      enabled: false,
      ttlMs: 100,
      terminalTtlMs: 9000,
      maxEntries: 50,
    });
    expect(config.redisUrl).toBe('redis://127.0.0.1:6390');
    expect(
      configError({ CACHE: 'no', CACHE_MAX_ENTRIES: '0', REDIS_URL: 'http://x' }).issues,
    ).toEqual([
      { variable: 'CACHE', value: 'no', message: 'expected on or off' },
      {
        variable: 'CACHE_MAX_ENTRIES',
        value: '0',
        message: 'expected an integer between 1 and 1000000',
      },
      { variable: 'REDIS_URL', value: 'http://x', message: 'expected a redis:// or rediss:// URL' },
    ]);
  });

  it('rejects bad upstream limits', () => {
    const error = configError({
      REQUEST_DEADLINE_MS: '10',
      MAX_UPSTREAM_CALLS_PER_REQUEST: '0',
      SAGEMAKER_MAX_CONCURRENCY: 'Search=0',
    });
    expect(error.issues.map((issue) => issue.variable)).toEqual([
      'REQUEST_DEADLINE_MS',
      'MAX_UPSTREAM_CALLS_PER_REQUEST',
      'SAGEMAKER_MAX_CONCURRENCY',
    ]);
    expect(configError({ SAGEMAKER_MAX_CONCURRENCY: 'search:4' }).message).toContain(
      'expected N or N,Operation=N,... (each N from 1 to 1000)',
    );
  });

  describe('identity, cursors and id caps', () => {
    it('parses AWS_ACCOUNT_ID, CURSOR_SECRET, MAX_NODE_IDS and MAX_ENTITY_REPRESENTATIONS', () => {
      const config = loadConfig({
        AWS_REGION: 'eu-west-1',
        ...OPEN,
        AWS_ACCOUNT_ID: '210987654321',
        CURSOR_SECRET: 's'.repeat(32),
        MAX_NODE_IDS: '50',
        MAX_ENTITY_REPRESENTATIONS: '200',
      });
      expect(config.identity).toEqual({
        accountId: '210987654321',
        cursorSecret: 's'.repeat(32),
        maxNodeIds: 50,
        maxEntityRepresentations: 200,
      });
    });

    it('leaves the account unknown in AWS mode without AWS_ACCOUNT_ID, and uses the emulator’s in demo mode', () => {
      expect(loadConfig({ AWS_REGION: 'eu-west-1', ...OPEN }).identity.accountId).toBeUndefined();
      expect(loadConfig({ AWS_ACCOUNT_ID: '210987654321' }).identity.accountId).toBe(
        '123456789012',
      );
    });

    it('rejects a short secret, a malformed account and caps out of range', () => {
      const error = configError({
        AWS_ACCOUNT_ID: '1234',
        CURSOR_SECRET: 'short',
        MAX_NODE_IDS: '0',
        MAX_ENTITY_REPRESENTATIONS: '100001',
      });
      expect(error.issues).toEqual([
        {
          variable: 'AWS_ACCOUNT_ID',
          value: '1234',
          message: 'expected a 12-digit AWS account id',
        },
        { variable: 'CURSOR_SECRET', value: 'short', message: 'expected at least 32 characters' },
        {
          variable: 'MAX_NODE_IDS',
          value: '0',
          message: 'expected an integer between 1 and 10000',
        },
        {
          variable: 'MAX_ENTITY_REPRESENTATIONS',
          value: '100001',
          message: 'expected an integer between 1 and 100000',
        },
      ]);
    });
  });

  describe('federation trust', () => {
    it('reads FEDERATION_HMAC_SECRET, unset by default', () => {
      expect(loadConfig({}).federation.hmacSecret).toBeUndefined();
      const secret = 'h'.repeat(32);
      expect(loadConfig({ FEDERATION_HMAC_SECRET: secret }).federation).toEqual({
        nodeFields: true,
        tracing: true,
        hmacSecret: secret,
      });
    });

    it('reads FEDERATION_TRACING, on by default', () => {
      expect(loadConfig({ FEDERATION_TRACING: 'false' }).federation.tracing).toBe(false);
      expect(loadConfig({ FEDERATION_TRACING: 'true' }).federation.tracing).toBe(true);
    });

    it('rejects a FEDERATION_HMAC_SECRET shorter than 32 characters', () => {
      expect(configError({ FEDERATION_HMAC_SECRET: 'short' }).issues).toEqual([
        {
          variable: 'FEDERATION_HMAC_SECRET',
          value: 'short',
          message: 'expected at least 32 characters',
        },
      ]);
    });
  });

  describe('the browser edge', () => {
    const AWS = { AWS_REGION: 'eu-west-1', ALLOW_ANONYMOUS: 'true' };

    it('lets pages on this machine in by default in demo mode, none in AWS mode', () => {
      expect(loadConfig({}).browser.corsOrigins).toEqual([
        'http://localhost:*',
        'http://127.0.0.1:*',
        'http://[::1]:*',
      ]);
      expect(loadConfig(AWS).browser.corsOrigins).toEqual([]);
    });

    it('reads CORS_ORIGINS as exact origins, loopback hosts on any port, or none', () => {
      expect(
        loadConfig({
          ...AWS,
          CORS_ORIGINS: 'https://ml.example.com, http://localhost:*,https://admin.example.com:8443',
        }).browser.corsOrigins,
      ).toEqual(['https://ml.example.com', 'http://localhost:*', 'https://admin.example.com:8443']);
      expect(loadConfig({ CORS_ORIGINS: 'none' }).browser.corsOrigins).toEqual([]);
    });

    it.each([
      '*',
      'null',
      'https://ml.example.com/',
      'https://ml.example.com/app',
      'HTTPS://ML.example.com',
      'https://*.example.com',
      'https://ml.example.com:*',
      'ml.example.com',
      'file:///tmp',
      'https://ml.example.com,,https://b.example.com',
    ])('rejects %s in CORS_ORIGINS', (value) => {
      const [issue] = configError({ CORS_ORIGINS: value }).issues;
      expect(issue?.variable).toBe('CORS_ORIGINS');
      expect(issue?.message).toContain('is not an origin');
    });

    it('turns GraphiQL and introspection off under NODE_ENV=production unless enabled', () => {
      expect(loadConfig({ NODE_ENV: 'development' })).toMatchObject({
        graphiql: true,
        browser: { introspection: true },
      });
      expect(loadConfig({ NODE_ENV: 'production' })).toMatchObject({
        graphiql: false,
        browser: { introspection: false },
      });
      expect(
        loadConfig({ NODE_ENV: 'production', GRAPHIQL: 'true', INTROSPECTION: 'true' }),
      ).toMatchObject({ graphiql: true, browser: { introspection: true } });
      expect(loadConfig({ INTROSPECTION: 'false' }).browser.introspection).toBe(false);
    });

    it('serves /metrics openly in demo mode, and in AWS mode only behind a token or on its own port', () => {
      const metrics = (env: Record<string, string>) => loadConfig(env).browser.metrics;
      const token = 'a-long-enough-metrics-token';
      expect(metrics({}).onGatewayPort).toBe(true);
      expect(metrics(AWS)).toEqual({ token: undefined, port: undefined, onGatewayPort: false });
      expect(metrics({ ...AWS, METRICS_TOKEN: token })).toEqual({
        token,
        port: undefined,
        onGatewayPort: true,
      });
      expect(metrics({ ...AWS, METRICS_PORT: '9464' })).toEqual({
        token: undefined,
        port: 9464,
        onGatewayPort: false,
      });
      expect(metrics({ METRICS_PORT: '9464', METRICS_TOKEN: token })).toEqual({
        token,
        port: 9464,
        onGatewayPort: false,
      });
    });

    it('rejects a short metrics token and a metrics port equal to PORT', () => {
      expect(configError({ METRICS_TOKEN: 'secret' }).issues).toEqual([
        { variable: 'METRICS_TOKEN', value: 'secret', message: 'expected at least 16 characters' },
      ]);
      expect(configError({ PORT: '9000', METRICS_PORT: '9000' }).issues).toEqual([
        {
          variable: 'METRICS_PORT',
          value: '9000',
          message: 'must differ from PORT (it serves /metrics instead of the gateway port)',
        },
      ]);
    });
  });

  describe('identity (AUTH_*)', () => {
    const PEM = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const publicPem = PEM.publicKey.export({ type: 'spki', format: 'pem' }).toString();
    const privatePem = PEM.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    const jwt = {
      AUTH_MODE: 'jwt',
      AUTH_ISSUER: 'https://id.example.com/',
      AUTH_AUDIENCE: 'sagemaker',
    };

    it('refuses AWS mode without authentication unless ALLOW_ANONYMOUS=true', () => {
      const error = configError({ AWS_REGION: 'eu-west-1' });
      expect(error.issues).toEqual([
        {
          variable: 'AUTH_MODE',
          value: 'none',
          message:
            'AWS mode does not serve anonymous requests: set AUTH_MODE=jwt (with AUTH_JWKS_URL or AUTH_JWT_PUBLIC_KEY, AUTH_ISSUER and AUTH_AUDIENCE), or ALLOW_ANONYMOUS=true to run it open',
        },
      ]);
      expect(error.message).toContain('AUTH_MODE="none"');
      expect(loadConfig({ AWS_REGION: 'eu-west-1', ALLOW_ANONYMOUS: 'true' }).auth.mode).toBe(
        'none',
      );
    });

    it('reads a JWKS URL, issuer, audience, claims, tolerance and cooldown', () => {
      expect(
        loadConfig({
          ...jwt,
          AWS_REGION: 'eu-west-1',
          AUTH_JWKS_URL: 'https://id.example.com/.well-known/jwks.json',
          AUTH_CLOCK_TOLERANCE_S: '5',
          AUTH_JWKS_COOLDOWN_MS: '60000',
          AUTH_TENANT_CLAIM: 'groups',
          AUTH_SCOPES_CLAIM: 'scp',
          TENANT_TAG_KEY: 'cost-center',
        }).auth,
      ).toEqual({
        mode: 'jwt',
        keys: {
          source: 'jwks',
          url: 'https://id.example.com/.well-known/jwks.json',
          cooldownMs: 60_000,
        },
        issuer: 'https://id.example.com/',
        audience: 'sagemaker',
        clockToleranceS: 5,
        tenantClaim: 'groups',
        scopesClaim: 'scp',
        tenantTagKey: 'cost-center',
      });
    });

    it('reads a PEM public key, with literal \\n as newlines', () => {
      const auth = loadConfig({
        ...jwt,
        AUTH_JWT_PUBLIC_KEY: publicPem.replaceAll('\n', '\\n'),
      }).auth;
      expect(auth).toMatchObject({ mode: 'jwt', keys: { source: 'pem', pem: publicPem } });
    });

    it('refuses a private key, a malformed PEM, or both key sources', () => {
      for (const value of [privatePem, 'not a key']) {
        expect(configError({ ...jwt, AUTH_JWT_PUBLIC_KEY: value }).issues[0]).toMatchObject({
          variable: 'AUTH_JWT_PUBLIC_KEY',
          message: 'expected a PEM public key (-----BEGIN PUBLIC KEY-----)',
        });
      }
      expect(
        configError({
          ...jwt,
          AUTH_JWT_PUBLIC_KEY: publicPem,
          AUTH_JWKS_URL: 'https://id.example.com/jwks',
        }).issues,
      ).toEqual([
        {
          variable: 'AUTH_JWT_PUBLIC_KEY',
          value: undefined,
          message: 'cannot be used with AUTH_JWKS_URL; set one of them',
        },
      ]);
    });

    it('needs keys in AWS mode (never the demo key), and an issuer and audience', () => {
      expect(configError({ AUTH_MODE: 'jwt', AWS_REGION: 'eu-west-1' }).issues).toEqual([
        {
          variable: 'AUTH_JWKS_URL',
          value: undefined,
          message:
            'AUTH_MODE=jwt needs AUTH_JWKS_URL or AUTH_JWT_PUBLIC_KEY in AWS mode (the demo key is accepted only by the demo backend)',
        },
        { variable: 'AUTH_ISSUER', value: undefined, message: 'required with AUTH_MODE=jwt' },
        { variable: 'AUTH_AUDIENCE', value: undefined, message: 'required with AUTH_MODE=jwt' },
      ]);
      expect(
        configError({ AUTH_MODE: 'jwt', AUTH_JWT_PUBLIC_KEY: publicPem }).issues.map(
          (issue) => issue.variable,
        ),
      ).toEqual(['AUTH_ISSUER', 'AUTH_AUDIENCE']);
    });

    it('refuses a plain-http JWKS in AWS mode unless it is on loopback', () => {
      const aws = { ...jwt, AWS_REGION: 'eu-west-1' };
      expect(configError({ ...aws, AUTH_JWKS_URL: 'http://id.example.com/jwks' }).issues).toEqual([
        {
          variable: 'AUTH_JWKS_URL',
          value: 'http://id.example.com/jwks',
          message: 'expected an https URL in AWS mode (http only on loopback)',
        },
      ]);
      expect(loadConfig({ ...aws, AUTH_JWKS_URL: 'http://127.0.0.1:9000/jwks' }).auth.mode).toBe(
        'jwt',
      );
    });

    it('trusts the demo key on the demo backend when no key is set', () => {
      expect(loadConfig({ AUTH_MODE: 'jwt' }).auth).toEqual({
        mode: 'jwt',
        keys: { source: 'demo' },
        issuer: 'urn:sagemaker-graphql-gateway:demo',
        audience: 'sagemaker-graphql-gateway',
        clockToleranceS: 30,
        tenantClaim: 'team',
        scopesClaim: 'scope',
        tenantTagKey: 'team',
      });
    });

    it('names bad auth values', () => {
      expect(
        configError({
          AUTH_MODE: 'oauth',
          AUTH_CLOCK_TOLERANCE_S: '3600',
          TENANT_TAG_KEY: 'team,name',
        }).issues,
      ).toEqual([
        { variable: 'AUTH_MODE', value: 'oauth', message: 'expected none or jwt' },
        {
          variable: 'AUTH_CLOCK_TOLERANCE_S',
          value: '3600',
          message: 'expected an integer between 0 and 300',
        },
        { variable: 'TENANT_TAG_KEY', value: 'team,name', message: 'expected an AWS tag key' },
      ]);
    });
  });
});
