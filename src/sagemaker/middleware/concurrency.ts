import type { SageMakerClient } from '@aws-sdk/client-sagemaker';
import pLimit, { type LimitFunction } from 'p-limit';
import { untilAborted } from './abortable.js';
import { signalOf } from './call-signal.js';
import { operationOf, type SageMakerPlugin } from './plugin.js';

/** How many calls of one SageMaker operation may be in flight at once in this process. */
export interface ConcurrencyLimits {
  /** For every operation without an entry of its own. */
  default: number;
  byOperation: Readonly<Record<string, number>>;
}

/** SAGEMAKER_MAX_CONCURRENCY's default: 8 calls of every operation. */
export const DEFAULT_CONCURRENCY: ConcurrencyLimits = { default: 8, byOperation: {} };

/** The bound of `operation` under `limits`. Pure. */
const boundOf = (limits: ConcurrencyLimits, operation: string): number =>
  limits.byOperation[operation] ?? limits.default;

// The bounds each gateway's client was instrumented with, for its batch functions.
const clientLimits = new WeakMap<SageMakerClient, ConcurrencyLimits>();

/** Records the bounds `client`'s concurrency middleware holds it to (see {@link inFlightBound}). */
export function rememberLimits(client: SageMakerClient, limits: ConcurrencyLimits): void {
  clientLimits.set(client, limits);
}

/**
 * How many calls of `operation` a batch function keeps outstanding through `client`: the
 * operation's process-wide bound (SAGEMAKER_MAX_CONCURRENCY). No more, so a batch never queues
 * past what it can have in flight and other requests' calls take turns with it; no fewer, so
 * raising the bound lets a wide level (50 DescribeEndpointConfig) go out at once. The default
 * bound for a client no gateway instrumented.
 */
export const inFlightBound = (client: SageMakerClient, operation: string): number =>
  boundOf(clientLimits.get(client) ?? DEFAULT_CONCURRENCY, operation);

// Process-wide: SageMaker throttles per account, so the bound holds across requests and across
// the gateways of a process. Keyed by operation and bound, so gateways configured alike share.
const limiters = new Map<string, LimitFunction>();

function limiterFor(operation: string, limits: ConcurrencyLimits): LimitFunction {
  const bound = boundOf(limits, operation);
  const key = `${operation}\u0000${bound}`;
  let limiter = limiters.get(key);
  if (limiter === undefined) {
    limiter = pLimit(bound);
    limiters.set(key, limiter);
  }
  return limiter;
}

/**
 * Bounds the attempts of each SageMaker operation in flight in the process (SAGEMAKER_MAX_CONCURRENCY).
 * It sits after the retry middleware, so an attempt holds a slot and a retry's backoff does not;
 * a call whose signal aborts while it queues leaves the queue at once, without a request.
 */
export function concurrency(limits: ConcurrencyLimits): SageMakerPlugin {
  return {
    applyToStack(stack) {
      stack.add(
        (next, context) => (args) => {
          const signal = signalOf(context);
          const limiter = limiterFor(operationOf(context), limits);
          const slot = limiter(() => {
            if (signal?.aborted) throw signal.reason;
            return next(args);
          });
          return untilAborted(slot, signal);
        },
        { step: 'finalizeRequest', name: 'sagemakerConcurrency', priority: 'low' },
      );
    },
  };
}
