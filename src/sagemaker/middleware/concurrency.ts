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

// Process-wide: SageMaker throttles per account, so the bound holds across requests and across
// the gateways of a process. Keyed by operation and bound, so gateways configured alike share.
const limiters = new Map<string, LimitFunction>();

function limiterFor(operation: string, limits: ConcurrencyLimits): LimitFunction {
  const bound = limits.byOperation[operation] ?? limits.default;
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
