import { trace } from '@opentelemetry/api';
import { THROTTLED_ERRORS } from '../errors.js';
import type { SageMakerPlugin } from './plugin.js';

/** Set on a SageMaker call's span: whether SageMaker throttled any of its attempts. */
const THROTTLED_ATTRIBUTE = 'aws.sdk.throttled';

const isThrottle = (error: unknown): boolean =>
  error instanceof Error && THROTTLED_ERRORS.has(error.name);

/**
 * Marks the call's span (the AWS SDK instrumentation's, active while the call runs) throttled or
 * not. Per attempt, in the deserialize step inside the retry loop, because the final response
 * cannot tell a retried throttle from a retried 5xx; the handler context is one per call, so it
 * remembers a throttled attempt for the later ones. Without tracing there is no span to mark.
 */
export function throttleAttribute(): SageMakerPlugin {
  return {
    applyToStack(stack) {
      const throttled = new WeakSet<object>();
      stack.add(
        (next, context) => async (args) => {
          const span = trace.getActiveSpan();
          if (span === undefined) return next(args);
          try {
            const result = await next(args);
            span.setAttribute(THROTTLED_ATTRIBUTE, throttled.has(context));
            return result;
          } catch (error) {
            if (isThrottle(error)) throttled.add(context);
            span.setAttribute(THROTTLED_ATTRIBUTE, throttled.has(context));
            throw error;
          }
        },
        { step: 'deserialize', name: 'sagemakerThrottleAttribute', priority: 'high' },
      );
    },
  };
}
