import { currentScope } from '../request-scope.js';
import { setSignal, signalOf } from './call-signal.js';
import type { SageMakerPlugin } from './plugin.js';

/**
 * Holds every SageMaker call to its request's scope (see request-scope.ts): a call past the
 * budget or the deadline fails here, before any upstream request; the others carry the scope's
 * abort signal (with any signal given to `send`) down to the retry loop and the HTTP request.
 * A call that the signal ended fails with the scope's error (UPSTREAM_TIMEOUT). The first
 * middleware of the stack, before coalescing: a shared read counts once per request sharing it.
 * Each call is tracked as in flight until it settles, so loaders can wait for their level.
 * Calls outside any request (readiness probes, subscription pollers) pass untouched.
 */
export function requestScope(): SageMakerPlugin {
  return {
    applyToStack(stack) {
      stack.add(
        (next, context) => async (args) => {
          const scope = currentScope();
          if (scope === undefined) return next(args);
          scope.charge();
          const given = signalOf(context);
          setSignal(
            context,
            given === undefined ? scope.signal : AbortSignal.any([scope.signal, given]),
          );
          const call = next(args);
          scope.track(call);
          try {
            return await call;
          } catch (error) {
            throw scope.signal.aborted ? scope.abortError() : error;
          }
        },
        { step: 'initialize', name: 'sagemakerRequestScope', priority: 'high' },
      );
    },
  };
}
