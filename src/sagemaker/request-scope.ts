import { AsyncLocalStorage } from 'node:async_hooks';
import { setMaxListeners } from 'node:events';
import { budgetExceeded, requestCancelled, upstreamTimeout } from './scope-errors.js';

/** What one GraphQL request may spend on SageMaker. */
export interface UpstreamLimits {
  /** From the request's start; every call still pending then is aborted (REQUEST_DEADLINE_MS). */
  deadlineMs: number;
  /** SageMaker calls one request may make (MAX_UPSTREAM_CALLS_PER_REQUEST). */
  maxCallsPerRequest: number;
}

/**
 * One request's deadline, cancellation and budget of SageMaker calls. The middleware reads it
 * from {@link currentScope}: the call sites pass nothing, so every call of the request is covered.
 */
export interface RequestScope {
  /** Aborts when the deadline passes or the client goes away. */
  readonly signal: AbortSignal;
  /** Takes one call from the budget; throws the error to fail the call with when it cannot. */
  charge(): void;
  /** The error for a call the scope's signal ended (deadline or cancellation). */
  abortError(): Error;
  /** Holds `call` as in flight until it settles (the scope middleware, for every call). */
  track(call: Promise<unknown>): void;
  /** The calls in flight now, shared or not; see graphql/level-schedule.ts. */
  inFlight(): Promise<unknown>[];
}

/**
 * `signal` as node's own AbortSignal: behind node:http, yoga's adapter hands requests a subclass
 * of AbortSignal that is not one to node's brand check, so AbortSignal.any refuses it on Node 24
 * ("signals[1] is not of type AbortSignal"), though `instanceof` holds.
 */
function nativeSignal(signal: AbortSignal): AbortSignal {
  const controller = new AbortController();
  if (signal.aborted) controller.abort(signal.reason);
  else signal.addEventListener('abort', () => controller.abort(signal.reason), { once: true });
  return controller.signal;
}

export function createRequestScope(limits: UpstreamLimits, request?: AbortSignal): RequestScope {
  const deadline = AbortSignal.timeout(limits.deadlineMs);
  const signal =
    request === undefined ? deadline : AbortSignal.any([deadline, nativeSignal(request)]);
  // Every call in flight listens to it (coalescing, queue waits, the HTTP request), so a request
  // with more than ten calls at once is no listener leak: without this, Node printed a
  // MaxListenersExceededWarning with a stack trace for each such request.
  setMaxListeners(0, signal);
  let calls = 0;
  const pending = new Set<Promise<unknown>>();
  return {
    signal,
    charge() {
      if (signal.aborted) throw this.abortError();
      if (calls >= limits.maxCallsPerRequest) throw budgetExceeded(limits.maxCallsPerRequest);
      calls += 1;
    },
    abortError: () => (deadline.aborted ? upstreamTimeout(limits.deadlineMs) : requestCancelled()),
    track(call) {
      pending.add(call);
      const done = (): void => {
        pending.delete(call);
      };
      call.then(done, done);
    },
    inFlight: () => [...pending],
  };
}

// AsyncLocalStorage rather than the GraphQL context: SDK middleware sees no context, and the
// scope must follow resolvers into dataloader batches, which run after the resolver returned.
const scopes = new AsyncLocalStorage<RequestScope>();

/** Runs `fn` (a request's execution) with `scope` as every SageMaker call's scope. */
export const runInScope = <T>(scope: RequestScope, fn: () => T): T => scopes.run(scope, fn);

/** The scope of the request being executed, if any (pollers and probes run outside any). */
export const currentScope = (): RequestScope | undefined => scopes.getStore();
