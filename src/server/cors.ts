import type { CORSOptions, Plugin } from 'graphql-yoga';

/** Headers a browser client may send cross-origin: JSON bodies, a bearer token, the CSRF header. */
const ALLOWED_HEADERS = ['accept', 'authorization', 'content-type', 'x-graphql-yoga-csrf'];

/** How long a browser may reuse a preflight answer, in seconds. */
const PREFLIGHT_MAX_AGE = 600;

/** `http://localhost:*`: the host's every port, or none (port 80). */
const ANY_PORT = ':*';

/** Whether `origin` is one of `origins` (CORS_ORIGINS), exactly or as a loopback host's port. */
export function originMatcher(origins: readonly string[]): (origin: string) => boolean {
  const exact = new Set(origins.filter((origin) => !origin.endsWith(ANY_PORT)));
  const anyPort = origins
    .filter((origin) => origin.endsWith(ANY_PORT))
    .map((origin) => origin.slice(0, -ANY_PORT.length));
  return (origin) =>
    exact.has(origin) ||
    anyPort.some(
      (host) =>
        origin === host ||
        (origin.startsWith(`${host}:`) && /^\d{1,5}$/.test(origin.slice(host.length + 1))),
    );
}

/**
 * yoga's `cors` option for an allow-list. yoga reflects any Origin when given none, and for a
 * list answers an unlisted one with `Access-Control-Allow-Origin: null` and credentials, which a
 * sandboxed page (whose Origin is `null`) can read. So the options are chosen per request:
 * `false` (no CORS headers at all) unless the Origin is listed, else a one-origin list, which
 * yoga answers with exactly that origin, credentials allowed.
 */
export function corsOptions(origins: readonly string[]): (request: Request) => CORSOptions {
  const allowed = originMatcher(origins);
  return (request) => {
    const origin = request.headers.get('origin');
    if (origin === null || !allowed(origin)) return false;
    return {
      origin: [origin],
      credentials: true,
      methods: ['GET', 'POST'],
      allowedHeaders: ALLOWED_HEADERS,
      maxAge: PREFLIGHT_MAX_AGE,
    };
  };
}

/**
 * `Vary: Origin` on every answer: whether it carries CORS headers depends on the Origin, so a
 * shared cache must not hand one origin's answer to another.
 */
export function useVaryOrigin(): Plugin {
  return {
    onResponse({ response }) {
      const vary = response.headers.get('vary');
      if (vary === null) response.headers.set('vary', 'Origin');
      else if (!/(^|,)\s*origin\s*(,|$)/i.test(vary))
        response.headers.set('vary', `${vary}, Origin`);
    },
  };
}
