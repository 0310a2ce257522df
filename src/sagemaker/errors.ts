import { GraphQLError } from 'graphql';
import { createGraphQLError } from 'graphql-yoga';
import { clip } from '../search/echo.js';
import type { WarnLogger } from './logger.js';
import { isNotFound } from './not-found.js';

/** The parts of an SDK exception this module reads; tested by shape, never by `instanceof`. */
interface ServiceErrorShape {
  name: string;
  message: string;
  code?: unknown;
  $fault?: unknown;
  $metadata?: { requestId?: string; httpStatusCode?: number };
}

const isServiceError = (error: unknown): error is ServiceErrorShape =>
  error instanceof Error && typeof (error as { name?: unknown }).name === 'string';

/** SDK error names that mean SageMaker is rate limiting. */
export const THROTTLED_ERRORS: ReadonlySet<string> = new Set([
  'ThrottlingException',
  'ThrottledException',
  'TooManyRequestsException',
  'RequestLimitExceeded',
]);

/** Service errors that mean SageMaker itself is failing (the SDK has retried them already). */
const UNAVAILABLE_ERRORS: ReadonlySet<string> = new Set([
  'ServiceUnavailable',
  'ServiceUnavailableException',
  'InternalFailure',
  'InternalServerError',
  'InternalServerException',
]);

/** Socket errors that mean SageMaker cannot be reached or dropped the connection. */
const UNREACHABLE_CODES: ReadonlySet<string> = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/** How much of SageMaker's own message a client sees when its input was rejected (clipped). */
const UPSTREAM_MESSAGE_LIMIT = 280;

/**
 * A failed SageMaker call, carrying what operators need (operation, error name, request id) for
 * the logs. Clients only ever see yoga's masked "Unexpected error.".
 */
export class SageMakerCallError extends Error {
  readonly operation: string;
  readonly requestId: string | undefined;
  readonly upstreamName: string;

  constructor(operation: string, cause: unknown) {
    const name = isServiceError(cause) ? cause.name : 'Error';
    const message = cause instanceof Error ? cause.message : String(cause);
    super(`SageMaker ${operation} failed: ${name}: ${message}`, { cause });
    this.name = 'SageMakerCallError';
    this.operation = operation;
    this.upstreamName = name;
    this.requestId = isServiceError(cause) ? cause.$metadata?.requestId : undefined;
  }
}

type UpstreamCode = 'UPSTREAM_THROTTLED' | 'UPSTREAM_UNAVAILABLE' | 'UPSTREAM_TIMEOUT';

const UPSTREAM_MESSAGES: Record<UpstreamCode, string> = {
  UPSTREAM_THROTTLED: 'SageMaker is throttling requests; retry later.',
  UPSTREAM_UNAVAILABLE: 'SageMaker is unavailable; retry later.',
  UPSTREAM_TIMEOUT: 'SageMaker did not answer in time; retry later.',
};

/** Which retryable upstream condition `error` is, if any. */
function upstreamCode(error: ServiceErrorShape): UpstreamCode | undefined {
  if (THROTTLED_ERRORS.has(error.name)) return 'UPSTREAM_THROTTLED';
  // node-http-handler names a reset socket TimeoutError too; its code tells them apart.
  if (typeof error.code === 'string' && UNREACHABLE_CODES.has(error.code)) {
    return 'UPSTREAM_UNAVAILABLE';
  }
  if (error.name === 'TimeoutError' || error.name === 'AbortError') return 'UPSTREAM_TIMEOUT';
  const status = error.$metadata?.httpStatusCode ?? 0;
  if (UNAVAILABLE_ERRORS.has(error.name) || error.$fault === 'server' || status >= 500) {
    return 'UPSTREAM_UNAVAILABLE';
  }
  return undefined;
}

/**
 * A client-facing GraphQL error with `code`, its detail (`failure`) logged here since clients
 * see the error as is. No originalError: yoga masks any GraphQL error that wraps a non-GraphQL one.
 */
export function upstreamError(
  code: UpstreamCode,
  failure: Error,
  logger: WarnLogger | undefined,
): GraphQLError {
  logger?.warn({ err: failure }, failure.message);
  return createGraphQLError(UPSTREAM_MESSAGES[code], { extensions: { code } });
}

export interface MapOptions {
  /**
   * Whether the request carried a value the client gave (a Search expression compiled from its
   * filter, a cursor's NextToken, a name to Describe): then a ValidationException is the
   * client's BAD_USER_INPUT rather than the gateway's bug.
   */
  userInput?: boolean;
}

/**
 * Translates an SDK error from `operation` into what a resolver or batch function returns:
 * - `null` when it is that operation's documented answer for a missing resource (not-found.ts);
 * - UPSTREAM_THROTTLED / UPSTREAM_UNAVAILABLE / UPSTREAM_TIMEOUT when SageMaker kept throttling,
 *   failed or could not be reached, or did not answer in time (after the SDK's retries);
 * - BAD_USER_INPUT with SageMaker's message (truncated) for a ValidationException of a request
 *   that carried the client's values (`options.userInput`);
 * - otherwise a {@link SageMakerCallError} that the gateway masks and logs.
 * Errors that are already mapped (GraphQL errors, call errors) pass through unchanged.
 */
export function mapSageMakerError(
  operation: string,
  error: unknown,
  logger?: WarnLogger,
  options: MapOptions = {},
): Error | null {
  if (error instanceof GraphQLError || error instanceof SageMakerCallError) return error;
  if (isNotFound(operation, error)) return null;
  const failure = new SageMakerCallError(operation, error);
  if (!isServiceError(error)) return failure;
  const code = upstreamCode(error);
  if (code !== undefined) return upstreamError(code, failure, logger);
  if (options.userInput === true && error.name === 'ValidationException') {
    logger?.warn({ err: failure }, failure.message);
    return createGraphQLError(
      `SageMaker rejected the request: ${clip(error.message, UPSTREAM_MESSAGE_LIMIT)}`,
      {
        extensions: { code: 'BAD_USER_INPUT' },
      },
    );
  }
  return failure;
}
