import { THROTTLED_ERRORS } from '../errors.js';
import { operationOf, type SageMakerPlugin } from './plugin.js';

/** How one upstream SageMaker attempt ended, as a low-cardinality label. */
type CallOutcome = 'success' | 'throttled' | 'client_error' | 'server_error' | 'network_error';

/** What the SageMaker call layer reports each attempt to. */
export interface SageMakerCallRecorder {
  record(operation: string, outcome: CallOutcome, seconds: number): void;
}

/** How an attempt ended, from the error the SDK threw (tested by shape). */
function outcomeOf(error: unknown): CallOutcome {
  const shape = error as { name?: unknown; $metadata?: { httpStatusCode?: unknown } } | null;
  if (typeof shape?.name === 'string' && THROTTLED_ERRORS.has(shape.name)) return 'throttled';
  const status = shape?.$metadata?.httpStatusCode;
  if (typeof status !== 'number') return 'network_error';
  return status >= 500 ? 'server_error' : 'client_error';
}

const secondsSince = (start: number): number => (performance.now() - start) / 1000;

/**
 * Reports every upstream attempt to `recorder`: operation, outcome and seconds. It sits in the
 * deserialize step, which the SDK runs once per attempt inside its retry loop (finalizeRequest),
 * so retries count as SageMaker's rate limits see them; a read shared by coalescing counts once.
 */
export function callMetrics(recorder: SageMakerCallRecorder): SageMakerPlugin {
  return {
    applyToStack(stack) {
      stack.add(
        (next, context) => async (args) => {
          const operation = operationOf(context);
          const start = performance.now();
          try {
            const result = await next(args);
            recorder.record(operation, 'success', secondsSince(start));
            return result;
          } catch (error) {
            recorder.record(operation, outcomeOf(error), secondsSince(start));
            throw error;
          }
        },
        { step: 'deserialize', name: 'sagemakerCallMetrics', priority: 'high' },
      );
    },
  };
}
