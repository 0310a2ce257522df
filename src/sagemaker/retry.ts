import { AsyncLocalStorage } from 'node:async_hooks';
import { MAXIMUM_RETRY_DELAY, Retry, StandardRetryStrategy } from '@smithy/core/retry';

type RetryToken = Awaited<ReturnType<StandardRetryStrategy['acquireInitialRetryToken']>>;
type RetryErrorInfo = Parameters<StandardRetryStrategy['refreshRetryTokenForRetry']>[1];

/** A retry of a throttled attempt: it took nothing from the retry quota. */
const throttledRetry = (retryCount: number): RetryToken => ({
  getRetryCount: () => retryCount,
  getRetryDelay: () => 0,
  // nothing to give back on success: the success refund stays the standard one
  getRetryCost: () => undefined,
});

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

// Set while a write (create, update, stop, delete, tags) is in flight: see withoutUnsafeRetries.
const unsafeToRepeat = new AsyncLocalStorage<true>();

/**
 * Runs `call` (one write) with only its throttled attempts retried. A create is not idempotent: an
 * attempt that timed out or met a 5xx may have been accepted, and a second one would then create
 * twice (a new model package version) or answer ResourceInUse for the caller's own resource. A
 * throttled attempt was refused before SageMaker accepted it, so it alone is safe to repeat.
 */
export const withoutUnsafeRetries = <T>(call: () => Promise<T>): Promise<T> =>
  unsafeToRepeat.run(true, call);

/**
 * The SDK's standard retries, except that a throttled attempt is retried (up to `maxAttempts`,
 * with the standard throttling backoff: full jitter from 1 s, doubling) without drawing on the
 * retry quota. The quota is a circuit breaker for an unhealthy service, and the standard one
 * takes 5 of its 500 tokens per throttled retry when the retry starts, and gives tokens back only
 * on success, after the backoff: a burst of concurrent calls at a 30 % throttle rate empties it
 * (1000 at once: 10.4 % failed after 3 attempts instead of 0.3³ = 2.7 %). Throttling means "slower",
 * which the process-wide concurrency bound and the backoff provide; 5xx and network errors still
 * draw on the quota. Adaptive mode also kept failures down (1.8 %), but it delays first attempts
 * with one client-side rate for every tenant, which AWS advises against for multi-tenant callers.
 */
export class ThrottleTolerantRetryStrategy extends StandardRetryStrategy {
  readonly #maxAttempts: number;

  constructor(maxAttempts: number) {
    super(maxAttempts);
    this.#maxAttempts = maxAttempts;
  }

  override async refreshRetryTokenForRetry(
    token: RetryToken,
    errorInfo: RetryErrorInfo,
  ): Promise<RetryToken> {
    if (errorInfo.errorType !== 'THROTTLING') {
      // The SDK rethrows the attempt's own error when no token comes back.
      if (unsafeToRepeat.getStore() === true) throw new Error('A write is not retried');
      return super.refreshRetryTokenForRetry(token, errorInfo);
    }
    const retryCount = token.getRetryCount();
    if (retryCount + 1 >= this.#maxAttempts) throw new Error('No retry token available');
    const ceiling = Math.min(MAXIMUM_RETRY_DELAY, Retry.throttlingDelay() * 2 ** retryCount);
    let delay = Math.random() * ceiling;
    const hint = errorInfo.retryAfterHint;
    if (hint instanceof Date)
      delay = Math.max(delay, Math.min(hint.getTime() - Date.now(), delay + 5_000));
    await sleep(delay);
    return throttledRetry(retryCount + 1);
  }
}
