import { setTimeout as sleep } from 'node:timers/promises';
import { upstreamError } from '../errors.js';
import type { WarnLogger } from '../logger.js';
import { untilAborted } from './abortable.js';
import { signalOf } from './call-signal.js';
import { operationOf, type SageMakerPlugin } from './plugin.js';
import type { RateMeter } from './rate-meter.js';

/** One rate of SAGEMAKER_RATE_LIMITS: `limit` calls per `periodMs` for the operations matched. */
export interface RateRule {
  /** An operation name, a prefix ending in `*`, or `*`. */
  pattern: string;
  limit: number;
  periodMs: number;
}

export interface RateLimitOptions {
  rules: readonly RateRule[];
  /** How long a call may wait for its turn (SAGEMAKER_RATE_WAIT_MS). */
  maxWaitMs: number;
  meter: RateMeter;
  logger?: WarnLogger;
}

/**
 * The rule an operation draws from: its own name first, then the longest matching prefix, then
 * `*`; undefined when none matches (the operation is not rate limited). Pure.
 */
export function ruleFor(operation: string, rules: readonly RateRule[]): RateRule | undefined {
  let best: RateRule | undefined;
  for (const rule of rules) {
    if (rule.pattern === operation) return rule;
    const prefix = rule.pattern.slice(0, -1);
    if (
      rule.pattern.endsWith('*') &&
      operation.startsWith(prefix) &&
      (best === undefined || prefix.length > best.pattern.length - 1)
    ) {
      best = rule;
    }
  }
  return best;
}

/**
 * Holds every attempt to its rule's rate (SAGEMAKER_RATE_LIMITS): the attempt books a turn with
 * the meter and waits for it. It sits after the retry middleware, since SageMaker counts each
 * attempt, and before the concurrency bound, so a waiting call holds no slot. A turn further
 * off than `maxWaitMs` fails the call at once with UPSTREAM_THROTTLED, what SageMaker would
 * answer if the account went over its rate; a call whose signal aborts stops waiting.
 */
export function rateLimit(options: RateLimitOptions): SageMakerPlugin {
  const { rules, maxWaitMs, meter, logger } = options;
  return {
    applyToStack(stack) {
      stack.add(
        (next, context) => async (args) => {
          const operation = operationOf(context);
          const rule = ruleFor(operation, rules);
          if (rule === undefined) return next(args);
          const signal = signalOf(context);
          const wait = await untilAborted(
            meter.reserve(rule.pattern, rule.periodMs / rule.limit, maxWaitMs),
            signal,
          );
          if (wait === undefined) {
            const failure = new Error(
              `SageMaker ${operation}: no turn within SAGEMAKER_RATE_WAIT_MS (${maxWaitMs} ms) under ${rule.pattern}=${rule.limit} per ${rule.periodMs} ms`,
            );
            throw upstreamError('UPSTREAM_THROTTLED', failure, logger);
          }
          if (wait > 0) await untilAborted(sleep(wait, undefined, { signal }), signal);
          return next(args);
        },
        { step: 'finalizeRequest', name: 'sagemakerRateLimit', priority: 'low' },
      );
    },
  };
}
