import type { Logger } from './logger.js';

const READY_TIMEOUT_MS = 3_000;

/**
 * A readiness check over `probe` (SageMaker answers a cheap call). Answers are cached for
 * `cacheMs`, so probes do not each cost a SageMaker call, and concurrent probes share one call.
 */
export function createReadinessCheck(
  probe: (timeoutMs: number) => Promise<void>,
  logger: Logger,
  cacheMs: number,
): () => Promise<boolean> {
  let last: { at: number; ok: boolean } | undefined;
  let pending: Promise<boolean> | undefined;
  const check = async (): Promise<boolean> => {
    try {
      await probe(READY_TIMEOUT_MS);
      return true;
    } catch (error) {
      logger.warn({ err: error }, 'readiness check: SageMaker did not answer');
      return false;
    }
  };
  return async (): Promise<boolean> => {
    if (last !== undefined && Date.now() - last.at < cacheMs) return last.ok;
    pending ??= check().then((ok) => {
      last = { at: Date.now(), ok };
      pending = undefined;
      return ok;
    });
    return pending;
  };
}
