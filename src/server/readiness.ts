import type { Plugin } from 'graphql-yoga';
import type { Logger } from './logger.js';

const READY_TIMEOUT_MS = 3_000;

/** What /ready answers: ready, or why not (the log has the error). */
type Readiness = { ready: true } | { ready: false; reason: string };

/**
 * A readiness check over `probe` (SageMaker answers a cheap call). Answers are cached for
 * `cacheMs`, so probes do not each cost a SageMaker call, and concurrent probes share one call.
 */
export function createReadinessCheck(
  probe: (timeoutMs: number) => Promise<void>,
  logger: Logger,
  cacheMs: number,
): () => Promise<Readiness> {
  let last: { at: number; readiness: Readiness } | undefined;
  let pending: Promise<Readiness> | undefined;
  const check = async (): Promise<Readiness> => {
    try {
      await probe(READY_TIMEOUT_MS);
      return { ready: true };
    } catch (error) {
      logger.warn({ err: error }, 'readiness check: SageMaker did not answer');
      // the probe's error stays in the log: /ready is open to anyone
      return { ready: false, reason: 'SageMaker did not answer' };
    }
  };
  return async (): Promise<Readiness> => {
    if (last !== undefined && Date.now() - last.at < cacheMs) return last.readiness;
    pending ??= check().then((readiness) => {
      last = { at: Date.now(), readiness };
      pending = undefined;
      return readiness;
    });
    return pending;
  };
}

const json = (body: object, status: number, headers?: Headers): Response => {
  const merged = new Headers(headers);
  merged.set('content-type', 'application/json; charset=utf-8');
  return new Response(JSON.stringify(body), { status, headers: merged });
};

/**
 * /ready as JSON (200 `{"status":"ready"}`, 503 `{"status":"unavailable","reason":…}`) and a
 * JSON body for yoga's /health, which answers before any plugin's onRequest with an empty 200.
 */
export function useProbes(ready: () => Promise<Readiness>): Plugin {
  return {
    async onRequest({ url, endResponse }) {
      if (url.pathname !== '/ready') return;
      const readiness = await ready();
      endResponse(
        readiness.ready
          ? json({ status: 'ready' }, 200)
          : json({ status: 'unavailable', reason: readiness.reason }, 503),
      );
    },
    onResponse({ request, response, setResponse }) {
      if (response.status === 200 && new URL(request.url).pathname === '/health') {
        setResponse(json({ status: 'ok' }, 200, response.headers));
      }
    },
  };
}
