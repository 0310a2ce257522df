import { AsyncLocalStorage } from 'node:async_hooks';
import type { SageMakerClient } from '@aws-sdk/client-sagemaker';
import type { SageMakerPlugin } from './plugin.js';

// The SDK's handler context keeps a call's abort signal here (@smithy/types SMITHY_CONTEXT_KEY):
// `send(command, { abortSignal })` puts it there, and the retry middleware races its backoff
// with it. The request scope and coalescing middleware set it for calls whose sites pass none.
const SMITHY_CONTEXT_KEY = '__smithy_context';

interface SignalContext {
  [SMITHY_CONTEXT_KEY]?: { abortSignal?: AbortSignal };
}

/** The abort signal of the call `context` belongs to. */
export const signalOf = (context: object): AbortSignal | undefined =>
  (context as SignalContext)[SMITHY_CONTEXT_KEY]?.abortSignal;

/** Makes `signal` the abort signal of the call `context` belongs to. */
export function setSignal(context: object, signal: AbortSignal): void {
  const holder = context as SignalContext;
  holder[SMITHY_CONTEXT_KEY] = { ...holder[SMITHY_CONTEXT_KEY], abortSignal: signal };
}

// The SDK hands the request handler only the options given to `send`, never the handler
// context, so the signal travels from the last middleware to the handler in async context.
const callSignals = new AsyncLocalStorage<AbortSignal | undefined>();

/**
 * Publishes each attempt's abort signal to the request handler (see {@link abortableHandler}).
 * The last middleware of the stack, so nothing runs between it and the handler.
 */
export function callSignal(): SageMakerPlugin {
  return {
    applyToStack(stack) {
      stack.add((next, context) => (args) => callSignals.run(signalOf(context), () => next(args)), {
        step: 'deserialize',
        name: 'sagemakerCallSignal',
        priority: 'low',
      });
    },
  };
}

type Handler = SageMakerClient['config']['requestHandler'];

/**
 * Makes `client`'s request handler (the SDK's NodeHttpHandler) abort each HTTP request with its
 * call's signal, which it reads from `handle(request, { abortSignal })`: the socket's request is
 * destroyed and the handler rejects with an AbortError, which the SDK does not retry.
 */
export function abortableHandler(client: SageMakerClient): void {
  const handler: Handler = client.config.requestHandler;
  const handle = handler.handle.bind(handler);
  handler.handle = (request, options) => {
    const signal = callSignals.getStore();
    return handle(request, signal === undefined ? options : { ...options, abortSignal: signal });
  };
}
