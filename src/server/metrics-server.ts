import type { Server } from 'node:http';
import type { Registry } from 'prom-client';
import type { Config } from '../config.js';
import { createHttpServer } from './http-server.js';
import { metricsRefusal } from './metrics-access.js';

/**
 * The METRICS_PORT server: `GET /metrics` from the gateway's registry (behind METRICS_TOKEN when
 * set), 404 for anything else, with the gateway's slow-client timeouts.
 */
export function createMetricsServer(
  registry: Registry,
  token: string | undefined,
  edge: Config['edge'],
): Server {
  return createHttpServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://metrics').pathname;
    response.setHeader('x-content-type-options', 'nosniff');
    if (path !== '/metrics' || (request.method !== 'GET' && request.method !== 'HEAD')) {
      response.writeHead(404).end();
      return;
    }
    const refusal = metricsRefusal(request.headers.authorization, token);
    if (refusal !== undefined) {
      response.writeHead(refusal.status, Object.fromEntries(refusal.headers));
      void refusal.text().then((body) => response.end(body));
      return;
    }
    registry.metrics().then(
      (body) => {
        response.writeHead(200, { 'content-type': registry.contentType });
        response.end(request.method === 'HEAD' ? undefined : body);
      },
      () => response.writeHead(500).end(),
    );
  }, edge);
}
