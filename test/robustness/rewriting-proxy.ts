import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One AWS JSON 1.1 call as the proxy sees it: `operation` from X-Amz-Target, the JSON body. */
interface ProxiedCall {
  operation: string;
  body: Record<string, unknown>;
}

/** A rewritten answer: the status and JSON body sent back instead of the upstream's. */
interface ProxiedAnswer {
  status: number;
  body: Record<string, unknown>;
}

export interface ProxyRules {
  /** Rewrites a request body before it is forwarded (e.g. drops the NextToken). */
  request?: (call: ProxiedCall) => Record<string, unknown>;
  /** Rewrites the upstream's answer (e.g. repeats a NextToken). */
  response?: (call: ProxiedCall, answer: ProxiedAnswer) => ProxiedAnswer;
  /** Holds the answer back this long (ms), e.g. beyond the SDK's request timeout. */
  delayMs?: (call: ProxiedCall) => number;
}

export interface RewritingProxy {
  endpoint: string;
  /** Calls received per operation since the last reset. */
  calls: () => Record<string, number>;
  resetCalls: () => void;
  rules: ProxyRules;
  close: () => Promise<void>;
}

/**
 * A real loopback HTTP proxy in front of an AWS JSON 1.1 endpoint (the emulator) that rewrites
 * requests and answers per `rules`: a misbehaving SageMaker for the SDK, without mocking it.
 * Rules can be swapped at any time through `proxy.rules`.
 */
export async function startRewritingProxy(
  upstream: string,
  rules: ProxyRules = {},
): Promise<RewritingProxy> {
  const counts = new Map<string, number>();
  const sockets = new Set<import('node:net').Socket>();
  const proxy: RewritingProxy = {
    endpoint: '',
    calls: () => Object.fromEntries(counts),
    resetCalls: () => counts.clear(),
    rules,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', async () => {
      try {
        const target = String(request.headers['x-amz-target'] ?? '');
        const operation = target.slice(target.indexOf('.') + 1);
        counts.set(operation, (counts.get(operation) ?? 0) + 1);
        const text = Buffer.concat(chunks).toString('utf8');
        const call: ProxiedCall = {
          operation,
          body: text === '' ? {} : (JSON.parse(text) as Record<string, unknown>),
        };
        const forwarded = proxy.rules.request?.(call) ?? call.body;
        const upstreamResponse = await fetch(upstream, {
          method: 'POST',
          headers: {
            'content-type': String(request.headers['content-type'] ?? ''),
            'x-amz-target': target,
          },
          body: JSON.stringify(forwarded),
        });
        const answer: ProxiedAnswer = {
          status: upstreamResponse.status,
          body: (await upstreamResponse.json()) as Record<string, unknown>,
        };
        const rewritten = proxy.rules.response?.(call, answer) ?? answer;
        const delay = proxy.rules.delayMs?.(call) ?? 0;
        if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
        if (response.destroyed) return;
        response.writeHead(rewritten.status, { 'content-type': 'application/x-amz-json-1.1' });
        response.end(JSON.stringify(rewritten.body));
      } catch (error) {
        if (!response.destroyed) {
          response.writeHead(502);
          response.end(String(error));
        }
      }
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  proxy.endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return proxy;
}

/** A loopback port nothing listens on (bound, then released). */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Rules that make every `operation` answer repeat one NextToken forever (the request drops it). */
export const repeatNextToken = (operation: string, token = 'again'): ProxyRules => ({
  request: ({ operation: op, body }) => {
    if (op !== operation) return body;
    const { NextToken: _, ...rest } = body;
    return rest;
  },
  response: ({ operation: op }, answer) =>
    op === operation && answer.status === 200
      ? { ...answer, body: { ...answer.body, NextToken: token } }
      : answer,
});
