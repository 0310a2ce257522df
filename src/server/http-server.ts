import { createServer, type RequestListener, type Server } from 'node:http';
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
