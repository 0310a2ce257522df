import type { ServiceOutputTypes } from '@aws-sdk/client-sagemaker';
import { operationOf, type SageMakerPlugin } from './plugin.js';

// Reads are safe to share; a Create/Update/Delete is never merged with another.
const READ_OPERATION = /^(Describe|List|Search|BatchDescribe|Get)/;

/** What an initialize-step handler resolves to. */
interface HandlerOutput {
  output: ServiceOutputTypes;
  response: unknown;
}

/**
 * Shares one request among identical reads in flight at once: same operation, same input (as
 * JSON) → one upstream call, and every caller gets the same response object, so callers must not
 * mutate it. Once it settles, the next identical read goes upstream again. It runs first in the
 * initialize step, so a shared read costs nothing else of the stack, retries included.
 */
export function coalescing(): SageMakerPlugin {
  const inflight = new Map<string, Promise<HandlerOutput>>();
  return {
    applyToStack(stack) {
      stack.add(
        (next, context) => (args) => {
          const operation = operationOf(context);
          if (!READ_OPERATION.test(operation)) return next(args);
          const key = `${operation}\u0000${JSON.stringify(args.input)}`;
          const pending = inflight.get(key);
          if (pending !== undefined) return pending;
          const call = next(args).finally(() => inflight.delete(key));
          inflight.set(key, call);
          return call;
        },
        { step: 'initialize', name: 'sagemakerCoalescing', priority: 'high' },
      );
    },
  };
}
