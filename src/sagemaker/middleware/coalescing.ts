import type { ServiceOutputTypes } from '@aws-sdk/client-sagemaker';
import { untilAborted } from './abortable.js';
import { setSignal, signalOf } from './call-signal.js';
import { operationOf, type SageMakerPlugin } from './plugin.js';

// Reads are safe to share; a Create/Update/Delete is never merged with another.
const READ_OPERATION = /^(Describe|List|Search|BatchDescribe|Get)/;

/** What an initialize-step handler resolves to. */
interface HandlerOutput {
  output: ServiceOutputTypes;
  response: unknown;
}

/** One upstream read and the callers waiting for it. */
interface Shared {
  call: Promise<HandlerOutput>;
  /** Aborts the upstream read: once every caller's signal has aborted, nobody wants it. */
  controller: AbortController;
  /** Callers whose signal has not aborted; a caller without a signal never leaves. */
  waiting: number;
  /** Removes the listeners on the callers' signals once the read settles. */
  cleanups: Array<() => void>;
}

/** Counts `signal`'s caller in, and out again when it aborts; the last one out aborts the read. */
function join(shared: Shared, signal: AbortSignal | undefined): void {
  shared.waiting += 1;
  if (signal === undefined) return;
  const leave = () => {
    shared.waiting -= 1;
    if (shared.waiting === 0) shared.controller.abort(signal.reason);
  };
  signal.addEventListener('abort', leave, { once: true });
  shared.cleanups.push(() => signal.removeEventListener('abort', leave));
}

/**
 * Shares one request among identical reads in flight at once: same operation, same input (as
 * JSON) → one upstream call, and every caller gets the same response object, so callers must not
 * mutate it. Once it settles, the next identical read goes upstream again; so does one after any
 * write through the client has settled, which a read already in flight may predate. It runs early in the
 * initialize step, so a shared read costs nothing else of the stack, retries included.
 *
 * The shared read carries a signal of its own that aborts only when every caller's signal has
 * (each caller's request deadline or disconnect): one request going away leaves the others
 * their answer, and it alone stops waiting at once.
 */
export function coalescing(): SageMakerPlugin {
  const inflight = new Map<string, Shared>();
  return {
    applyToStack(stack) {
      stack.add(
        (next, context) => (args) => {
          const operation = operationOf(context);
          if (!READ_OPERATION.test(operation)) {
            // A read after a write must see it: reads in flight since before are not shared on.
            const forget = () => inflight.clear();
            return next(args).finally(forget);
          }
          const key = `${operation}\u0000${JSON.stringify(args.input)}`;
          const signal = signalOf(context);
          if (signal?.aborted) return Promise.reject(signal.reason);
          let shared = inflight.get(key);
          // a read every caller has left is being aborted: a new caller needs a new one
          if (shared === undefined || shared.controller.signal.aborted) {
            const controller = new AbortController();
            setSignal(context, controller.signal);
            const created: Shared = { controller, waiting: 0, cleanups: [], call: next(args) };
            created.call
              .finally(() => {
                if (inflight.get(key) === created) inflight.delete(key);
                for (const cleanup of created.cleanups) cleanup();
              })
              .catch(() => {});
            inflight.set(key, created);
            shared = created;
          }
          join(shared, signal);
          return untilAborted(shared.call, signal);
        },
        { step: 'initialize', name: 'sagemakerCoalescing', priority: 'high' },
      );
    },
  };
}
