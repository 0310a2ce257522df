import { createGraphQLError } from 'graphql-yoga';
import type { WarnLogger } from './logger.js';

/** The parts of an SDK exception this module reads; tested by shape, never by `instanceof`. */
interface ServiceErrorShape {
  name: string;
  message: string;
  $metadata?: { requestId?: string; httpStatusCode?: number };
}

const isServiceError = (error: unknown): error is ServiceErrorShape =>
  error instanceof Error && typeof (error as { name?: unknown }).name === 'string';

// SageMaker reports most missing resources as a ValidationException, worded per operation:
// "Requested resource not found.", "Could not find model ...", "... does not exist".
const NOT_FOUND_MESSAGE = /not found|could not find|does not exist/i;

/** True when SageMaker says the requested resource does not exist. */
export function isNotFound(error: unknown): boolean {
  if (!isServiceError(error)) return false;
  if (error.name === 'ResourceNotFound' || error.name === 'ResourceNotFoundException') return true;
  return error.name === 'ValidationException' && NOT_FOUND_MESSAGE.test(error.message);
}

/** SDK error names that mean SageMaker is rate limiting. */
export const THROTTLED_ERRORS: ReadonlySet<string> = new Set([
  'ThrottlingException',
  'ThrottledException',
  'TooManyRequestsException',
  'RequestLimitExceeded',
]);

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

/**
 * Translates an SDK error from `operation` into what a resolver or batch function returns:
 * `null` when the resource does not exist, a client-facing GraphQL error with code
 * `UPSTREAM_THROTTLED` when SageMaker kept throttling after the SDK's retries (its detail is
 * logged here, since clients see that error as is), and otherwise a {@link SageMakerCallError}
 * that the gateway masks and logs.
 */
export function mapSageMakerError(
  operation: string,
  error: unknown,
  logger?: WarnLogger,
): Error | null {
  if (isNotFound(error)) return null;
  const failure = new SageMakerCallError(operation, error);
  if (isServiceError(error) && THROTTLED_ERRORS.has(error.name)) {
    logger?.warn({ err: failure }, failure.message);
    // No originalError: yoga masks any GraphQL error that wraps a non-GraphQL one.
    return createGraphQLError('SageMaker is throttling requests; retry later.', {
      extensions: { code: 'UPSTREAM_THROTTLED' },
    });
  }
  return failure;
}
