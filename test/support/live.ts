import type { AddressInfo } from 'node:net';
import { createClient } from 'graphql-sse';
import { createClient as createWsClient } from 'graphql-ws';
import { afterAll, beforeAll } from 'vitest';
import WebSocket from 'ws';
import type { Config } from '../../src/config.js';
import type { Gateway } from '../../src/server/gateway.js';
import { createHttpServer } from '../../src/server/http-server.js';
import { attachGraphqlWs } from '../../src/server/websocket.js';
import {
  type DemoGateway,
  type DemoGatewayOptions,
  type Fetcher,
  useDemoGateway,
} from './gateway.js';

/** One event of a subscription, as graphql-sse or graphql-ws gives it. */
export interface LiveEvent {
  data?: Record<string, unknown> | null;
  errors?: readonly unknown[];
}

/**
 * A graphql-sse client (distinct connections mode, yoga's built-in SSE) for a listening gateway
 * (`served().url`: leaving a stream closes its connection, which app.fetch cannot show); no
 * retries, so a refused subscription shows as it is.
 */
export function sseClient(
  url: string,
  headers: Record<string, string> = {},
): ReturnType<typeof createClient> {
  return createClient({ url, headers, retryAttempts: 0 });
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

/** The sum of the samples of `name` in a gateway's `/metrics` whose labels include `labels`. */
export async function metricValue(
  target: Fetcher | string,
  name: string,
  labels: Record<string, string> = {},
  token?: string,
): Promise<number> {
  const headers: Record<string, string> =
    token === undefined ? {} : { authorization: `Bearer ${token}` };
  const response =
    typeof target === 'string'
      ? await fetch(`${target}/metrics`, { headers })
      : await target.fetch('http://gateway/metrics', { method: 'GET', headers });
  const text = await response.text();
  let sum = 0;
  for (const line of text.split('\n')) {
    const match = /^([a-zA-Z_:][\w:]*)(\{[^}]*\})? (\S+)$/.exec(line);
    if (match === null || match[1] !== name) continue;
    const all = match[2] ?? '';
    if (Object.entries(labels).every(([key, value]) => all.includes(`${key}="${value}"`))) {
      sum += Number(match[3]);
    }
  }
  return sum;
}

/** Searches this gateway sent (each attempt), from its `/metrics`. */
export const searches = (target: Fetcher | string): Promise<number> =>
  metricValue(target, 'sagemaker_requests_total', { operation: 'Search' });

export const sleep = (ms: number): Promise<void> =>
  new Promise((resolve) => setTimeout(resolve, ms));

/** Resolves once `check` answers true (polled every 20 ms; fails after `timeoutMs`). */
export async function eventually(
  check: () => Promise<boolean> | boolean,
  timeoutMs = 10_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`not true after ${timeoutMs} ms`);
    await sleep(20);
  }
}

/** A gateway served on loopback as main.ts serves it: node:http, SSE and graphql-ws. */
export interface Listening {
  /** `http://127.0.0.1:<port>/graphql` */
  url: string;
  /** `ws://127.0.0.1:<port>/graphql` */
  wsUrl: string;
  /** The origin, for `/metrics`. */
  origin: string;
  close(): Promise<void>;
}

export async function listen(app: Gateway, edge: Config['edge']): Promise<Listening> {
  const server = createHttpServer(app, edge);
  const sockets = attachGraphqlWs(server, app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/graphql`,
    wsUrl: `ws://127.0.0.1:${port}/graphql`,
    origin,
    async close() {
      await sockets.close();
      await app.dispose();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** useDemoGateway, served on loopback for the suite (`served()` inside tests). */
export function useLiveGateway(
  options: DemoGatewayOptions = {},
): DemoGateway & { served: () => Listening } {
  const gateway = useDemoGateway(options);
  let listening: Listening | undefined;
  beforeAll(async () => {
    listening = await listen(gateway.app(), gateway.config.edge);
  });
  afterAll(async () => {
    await listening?.close();
  });
  return {
    ...gateway,
    served: () => {
      if (listening === undefined) throw new Error('the gateway is not listening');
      return listening;
    },
  };
}

/** A graphql-ws client (the ws package as its WebSocket) with optional connectionParams. */
export const wsClient = (url: string, connectionParams?: Record<string, unknown>) =>
  createWsClient({
    url,
    webSocketImpl: WebSocket,
    retryAttempts: 0,
    ...(connectionParams === undefined ? {} : { connectionParams }),
  });
