import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Config } from '../config.js';

/**
 * The node:http server for the gateway, with timeouts for clients that send slowly: node's
 * defaults let a trickled request hold its connection for 300 s (60 s for the headers). A
 * client gets HTTP_HEADERS_TIMEOUT_MS for its headers and HTTP_REQUEST_TIMEOUT_MS for the whole
 * request, then a 408 and a closed connection; responses (subscriptions) are not limited. Node
 * checks those timeouts every `connectionsCheckingInterval` (30 s by default), so the check
 * runs at a quarter of the headers timeout, at most every second.
 */
export function createHttpServer(listener: RequestListener, edge: Config['edge']): Server {
  return createServer(
    {
      headersTimeout: edge.headersTimeoutMs,
      requestTimeout: edge.requestTimeoutMs,
      keepAliveTimeout: edge.keepAliveTimeoutMs,
      connectionsCheckingInterval: Math.min(1_000, Math.ceil(edge.headersTimeoutMs / 4)),
    },
    listener,
  );
}

/** Listens on `port` (0: a free one) and resolves with the port bound; rejects as node does. */
export function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}
