import { SageMakerClient } from '@aws-sdk/client-sagemaker';
import type { Config } from '../config.js';
import { InPlaceAwsJson1_1Protocol } from './in-place-json.js';
import { abortableHandler } from './middleware/call-signal.js';
import type { ConcurrencyLimits } from './middleware/concurrency.js';
import { throttleAttribute } from './middleware/throttle-attribute.js';
import { ThrottleTolerantRetryStrategy } from './retry.js';

// The embedded emulator does not check signatures, but the SDK signs every request.
const DEMO_CREDENTIALS = { accessKeyId: 'demo', secretAccessKey: 'demo' };

// The SDK's own default: a socket per call in flight, kept alive between calls.
const SDK_MAX_SOCKETS = 50;

/**
 * Sockets to SageMaker: enough for the widest bound of SAGEMAKER_MAX_CONCURRENCY, so a level that
 * the bound lets out at once is not queued again at the SDK's agent (at its 50, a level of 100
 * DescribeEndpointConfig under a bound of 100 went out in two round trips).
 */
const socketsFor = (limits: ConcurrencyLimits): number =>
  Math.max(SDK_MAX_SOCKETS, limits.default, ...Object.values(limits.byOperation));

/**
 * The one place a SageMakerClient is made. Standard retries with `maxAttempts` from config whose
 * throttled retries do not drain the retry quota (retry.ts), connection/request timeouts that
 * actually throw, and a request handler that aborts with each call's signal (call-signal.ts). In demo mode the client talks to the
 * embedded emulator at `endpointOverride` with static dummy credentials; in AWS mode credentials
 * come from the SDK's standard provider chain, and `endpointOverride` (or SAGEMAKER_ENDPOINT_URL)
 * points it at another endpoint.
 */
export function createSageMakerClient(config: Config, endpointOverride?: string): SageMakerClient {
  const { region, endpoint, maxAttempts, timeoutMs } = config.sagemaker;
  const agent = { keepAlive: true, maxSockets: socketsFor(config.upstream.concurrency) };
  const demo = config.backend === 'demo';
  if (demo && endpointOverride === undefined) {
    throw new Error('The demo backend needs the embedded emulator endpoint');
  }
  const client = new SageMakerClient({
    ...(region === undefined ? {} : { region }),
    ...((endpointOverride ?? endpoint) === undefined
      ? {}
      : { endpoint: endpointOverride ?? endpoint }),
    ...(demo ? { credentials: DEMO_CREDENTIALS } : {}),
    retryStrategy: new ThrottleTolerantRetryStrategy(maxAttempts),
    // responses read without the SDK's copy of every record (in-place-json.ts)
    protocol: InPlaceAwsJson1_1Protocol,
    requestHandler: {
      connectionTimeout: Math.min(timeoutMs, 3_000),
      requestTimeout: timeoutMs,
      throwOnRequestTimeout: true,
      httpAgent: agent,
      httpsAgent: agent,
    },
  });
  // The SDK's logger middleware builds a redacted copy of every input and output for its logger,
  // even the default one that discards it: a second walk over every Search page, about a fifth of
  // the SDK's CPU time per request. The gateway logs and counts its calls itself (middleware/metrics.ts).
  client.middlewareStack.remove('loggerMiddleware');
  abortableHandler(client);
  // for traces: whether a call's attempts were throttled (its span, when tracing is on)
  client.middlewareStack.use(throttleAttribute());
  return client;
}
