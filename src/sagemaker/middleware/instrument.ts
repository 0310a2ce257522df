import type { SageMakerClient } from '@aws-sdk/client-sagemaker';
import type { CallOutcome, SageMakerCallRecorder } from '../../server/metrics.js';
import { THROTTLED_ERRORS } from '../errors.js';

/** The parts of an SDK command this module touches. */
interface CommandLike {
  readonly input: unknown;
  readonly middlewareStack: {
    add(
      middleware: (
        next: (args: unknown) => Promise<unknown>,
      ) => (args: unknown) => Promise<unknown>,
      options: { step: 'deserialize'; name: string; priority: 'high' },
    ): void;
  };
}

export interface InstrumentOptions {
  /** Receives every upstream attempt (retries included). */
  recorder?: SageMakerCallRecorder;
  /** Share one request among identical concurrent reads (default true). */
  coalesce?: boolean;
}

// Reads are safe to share; a Create/Update/Delete is never merged with another.
const READ_OPERATION = /^(Describe|List|Search|BatchDescribe|Get)/;

/** The operation of an SDK command: `SearchCommand` → `Search`. */
export const operationOf = (command: object): string =>
  command.constructor.name.replace(/Command$/, '');

/** How an attempt ended, from the error the SDK threw (tested by shape). */
export function outcomeOf(error: unknown): CallOutcome {
  const shape = error as { name?: unknown; $metadata?: { httpStatusCode?: unknown } } | null;
  if (typeof shape?.name === 'string' && THROTTLED_ERRORS.has(shape.name)) return 'throttled';
  const status = shape?.$metadata?.httpStatusCode;
  if (typeof status !== 'number') return 'network_error';
  return status >= 500 ? 'server_error' : 'client_error';
}

/**
 * The one place every SageMaker call passes through: a view of `client` whose `send` coalesces
 * identical in-flight reads (same command, same input → one request; every caller gets the same
 * response object, so callers must not mutate it) and reports each upstream attempt, retries
 * included, to `recorder`. The original client is left untouched, so many gateways can share one.
 */
export function instrumentClient(
  client: SageMakerClient,
  options: InstrumentOptions = {},
): SageMakerClient {
  const { recorder, coalesce = true } = options;
  const inflight = new Map<string, Promise<unknown>>();
  const original = client.send.bind(client) as (
    command: unknown,
    options?: unknown,
  ) => Promise<unknown>;

  // A command object sent twice keeps its one recorder (a second add would be a duplicate).
  const recorded = new WeakSet<CommandLike>();
  const dispatch = (command: CommandLike, operation: string, sendOptions: unknown) => {
    if (recorder !== undefined && !recorded.has(command)) {
      recorded.add(command);
      // The deserialize step runs once per attempt, inside the SDK's retry loop.
      command.middlewareStack.add(
        (next) => async (args) => {
          const start = performance.now();
          try {
            const output = await next(args);
            recorder.record(operation, 'success', (performance.now() - start) / 1000);
            return output;
          } catch (error) {
            recorder.record(operation, outcomeOf(error), (performance.now() - start) / 1000);
            throw error;
          }
        },
        { step: 'deserialize', name: 'sagemakerCallRecorder', priority: 'high' },
      );
    }
    return original(command, sendOptions);
  };

  const send = (command: CommandLike, sendOptions?: unknown): Promise<unknown> => {
    const operation = operationOf(command);
    if (!coalesce || !READ_OPERATION.test(operation)) {
      return dispatch(command, operation, sendOptions);
    }
    const key = `${operation}\u0000${JSON.stringify(command.input)}`;
    const pending = inflight.get(key);
    if (pending !== undefined) return pending;
    const call = dispatch(command, operation, sendOptions).finally(() => inflight.delete(key));
    inflight.set(key, call);
    return call;
  };

  return Object.assign(Object.create(client) as SageMakerClient, {
    send: send as SageMakerClient['send'],
  });
}
