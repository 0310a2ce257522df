import type { ExecutionResult } from 'graphql';
import { createClient } from 'graphql-sse';
import type { Fetcher } from './gateway.js';

export type LiveEvent = ExecutionResult<Record<string, unknown>, Record<string, unknown>>;

/**
 * A graphql-sse client (distinct connections mode, yoga's built-in SSE) for a gateway in
 * process (`app.fetch`) or on a URL; no retries, so a refused subscription shows as it is.
 */
export function sseClient(
  target: Fetcher | string,
  headers: Record<string, string> = {},
): ReturnType<typeof createClient> {
  return createClient({
    url: typeof target === 'string' ? target : 'http://gateway/graphql',
    ...(typeof target === 'string'
      ? {}
      : { fetchFn: (url: string, init: RequestInit) => target.fetch(url, init) }),
    headers,
    retryAttempts: 0,
  });
}

/** A subscription being read into `events`; `done` settles when the stream ends. */
export interface Reading {
  events: LiveEvent[];
  done: Promise<void>;
  /** Resolves once `test` holds for the events so far (fails after `timeoutMs`). */
  until(test: (events: LiveEvent[]) => boolean, timeoutMs?: number): Promise<LiveEvent[]>;
  stop(): Promise<void>;
}

/** Starts reading `events` (a client's iterate()) in the background. */
export function read(events: AsyncIterableIterator<LiveEvent>): Reading {
  const seen: LiveEvent[] = [];
  const waiters = new Set<() => void>();
  const done = (async () => {
    try {
      for await (const event of events) {
        seen.push(event);
        for (const waiter of waiters) waiter();
      }
    } finally {
      for (const waiter of waiters) waiter();
    }
  })();
  let ended = false;
  done.then(
    () => {
      ended = true;
    },
    () => {
      ended = true;
    },
  );
  return {
    events: seen,
    done,
    async until(test, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      while (!test(seen)) {
        if (ended) throw new Error(`stream ended first: ${JSON.stringify(seen)}`);
        const left = deadline - Date.now();
        if (left <= 0) throw new Error(`not there after ${timeoutMs} ms: ${JSON.stringify(seen)}`);
        await new Promise<void>((resolve) => {
          const wake = () => {
            waiters.delete(wake);
            clearTimeout(timer);
            resolve();
          };
          const timer = setTimeout(wake, left);
          waiters.add(wake);
        });
      }
      return seen;
    },
    async stop() {
      await events.return?.();
      await done.catch(() => {});
    },
  };
}

/** The field `field` of each event's data (the resource states in order). */
export const statesOf = (
  events: readonly LiveEvent[],
  field: string,
): Array<Record<string, unknown>> =>
  events.flatMap((event) => {
    const value = event.data?.[field];
    return typeof value === 'object' && value !== null ? [value as Record<string, unknown>] : [];
  });
