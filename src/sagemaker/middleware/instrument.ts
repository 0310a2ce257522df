import type { SageMakerClient } from '@aws-sdk/client-sagemaker';
import { callSignal } from './call-signal.js';
import { coalescing } from './coalescing.js';
import {
  type ConcurrencyLimits,
  concurrency,
  DEFAULT_CONCURRENCY,
  rememberLimits,
} from './concurrency.js';
import { callMetrics, type SageMakerCallRecorder } from './metrics.js';
import { type RateLimitOptions, rateLimit } from './rate-limit.js';
import { requestScope } from './request-scope.js';

export interface InstrumentOptions {
  /** Receives every upstream attempt (retries included). */
  recorder?: SageMakerCallRecorder;
  /** Share one request among identical concurrent reads (default true). */
  coalesce?: boolean;
  /** Attempts of one operation in flight at once, process-wide (default 8 per operation). */
  concurrency?: ConcurrencyLimits;
  /** The account's call rates (SAGEMAKER_RATE_LIMITS); none when absent or without rules. */
  rateLimits?: RateLimitOptions;
}

/**
 * A client for one gateway over `client`'s configuration and connections, with a middleware
 * stack of its own. The SDK makes clients only from input configuration, which a client does not
 * keep: `new SageMakerClient(client.config)` re-resolves an already resolved config and every
 * call then fails (`retryStrategy.retry is not a function`). A client is its config plus its
 * stack, and the SDK's `send` reads both from `this`; so this client inherits `client` (config,
 * request handler and sockets, credentials) and owns `middlewareStack.clone()`, the SDK's copy of
 * every step, priority and name. Middleware added to it never reaches `client`, so many gateways
 * can share one; `send` stays the SDK's own, and `instanceof SageMakerClient` still holds.
 */
function gatewayClient(client: SageMakerClient): SageMakerClient {
  // With cacheMiddleware the SDK keeps resolved handlers on the client, which this one would share.
  if (client.config.cacheMiddleware === true) {
    throw new RangeError('A gateway cannot share a SageMaker client that sets cacheMiddleware');
  }
  const own: SageMakerClient = Object.create(client);
  own.middlewareStack = client.middlewareStack.clone();
  return own;
}

/**
 * The one place every SageMaker call of a gateway passes through: a client of its own (see
 * gatewayClient) with named middleware, in stack order: the request's deadline, cancellation and
 * budget (`sagemakerRequestScope`), coalescing of identical in-flight reads
 * (`sagemakerCoalescing`), the account's call rate per operation (`sagemakerRateLimit`, per
 * attempt), the process-wide bound per operation (`sagemakerConcurrency`, per
 * attempt), each upstream attempt, retries included, reported to `recorder`
 * (`sagemakerCallMetrics`), and the attempt's abort signal handed to the request handler
 * (`sagemakerCallSignal`). The given client is left untouched.
 */
export function instrumentClient(
  client: SageMakerClient,
  options: InstrumentOptions = {},
): SageMakerClient {
  const { recorder, coalesce = true } = options;
  const own = gatewayClient(client);
  // same step and priority: the order of `use` is the order they run in
  own.middlewareStack.use(requestScope());
  if (coalesce) own.middlewareStack.use(coalescing());
  if (options.rateLimits !== undefined && options.rateLimits.rules.length > 0) {
    own.middlewareStack.use(rateLimit(options.rateLimits));
  }
  const limits = options.concurrency ?? DEFAULT_CONCURRENCY;
  own.middlewareStack.use(concurrency(limits));
  // the batch functions keep as many calls outstanding as the bound lets through
  rememberLimits(own, limits);
  if (recorder !== undefined) own.middlewareStack.use(callMetrics(recorder));
  own.middlewareStack.use(callSignal());
  return own;
}
