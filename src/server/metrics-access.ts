import { createHash, timingSafeEqual } from 'node:crypto';
import type { Plugin } from 'graphql-yoga';

const METRICS_PATH = '/metrics';

const digest = (value: string): Buffer => createHash('sha256').update(value).digest();

/**
 * Whether an Authorization header carries `Bearer <token>`. Both sides are hashed first, so
 * the comparison takes the same time whatever the length or the first wrong character.
 */
function bearerMatches(authorization: string | null | undefined, token: string): boolean {
  const match = /^Bearer +(\S+) *$/i.exec(authorization ?? '');
  return timingSafeEqual(digest(match?.[1] ?? ''), digest(token)) && match !== null;
}

/** Why /metrics is refused, or undefined when it may be served. */
export function metricsRefusal(
  authorization: string | null | undefined,
  token: string | undefined,
): Response | undefined {
  if (token === undefined || bearerMatches(authorization, token)) return undefined;
  return new Response('Unauthorized: /metrics needs Authorization: Bearer <METRICS_TOKEN>\n', {
    status: 401,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'www-authenticate': 'Bearer' },
  });
}

/**
 * Guards the gateway port's /metrics, ahead of the Prometheus plugin that serves it: 404 when
 * it is not served there (METRICS_PORT set, or AWS mode with neither METRICS_TOKEN nor
 * METRICS_PORT), 401 without METRICS_TOKEN when one is set. /health and /ready stay open.
 */
export function useMetricsAccess(options: {
  onGatewayPort: boolean;
  token: string | undefined;
}): Plugin {
  return {
    onRequest({ url, request, endResponse }) {
      if (url.pathname !== METRICS_PATH) return;
      if (!options.onGatewayPort) {
        endResponse(new Response(null, { status: 404 }));
        return;
      }
      const refusal = metricsRefusal(request.headers.get('authorization'), options.token);
      if (refusal !== undefined) endResponse(refusal);
    },
  };
}
