import type { YogaLogger } from 'graphql-yoga';
import { type Logger, pino } from 'pino';
import type { LogLevel } from '../config.js';

export type { Logger } from 'pino';

/** A JSON logger on stdout; credentials and cookies never reach the log. */
export function createLogger(level: LogLevel = 'info'): Logger {
  return pino({
    level,
    base: { service: 'sagemaker-graphql-gateway' },
    redact: ['req.headers.authorization', 'req.headers.cookie'],
  });
}

const isError = (value: unknown): value is Error => value instanceof Error;

/**
 * Adapts pino to yoga's console-style logger, so yoga's own messages (including the detail of
 * every masked error) come out as structured records. For a GraphQL error the original error,
 * e.g. the SageMaker exception with its request id, is what gets logged.
 */
export function createYogaLogger(logger: Logger): YogaLogger {
  const write =
    (level: 'debug' | 'info' | 'warn' | 'error') =>
    (...args: unknown[]): void => {
      const [first, ...rest] = args;
      if (isError(first)) {
        const original =
          'originalError' in first && isError(first.originalError) ? first.originalError : first;
        const path =
          'path' in first && Array.isArray(first.path) ? first.path.join('.') : undefined;
        logger[level]({ err: original, path }, first.message);
        return;
      }
      logger[level](rest.length > 0 ? { args: rest } : {}, String(first));
    };
  return { debug: write('debug'), info: write('info'), warn: write('warn'), error: write('error') };
}
