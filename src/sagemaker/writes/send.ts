import type { SageMakerClient } from '@aws-sdk/client-sagemaker';
import { createGraphQLError } from 'graphql-yoga';
import { clip } from '../../search/echo.js';
import { mapSageMakerError, SageMakerCallError } from '../errors.js';
import type { WarnLogger } from '../logger.js';
import { withoutUnsafeRetries } from '../retry.js';
import { sendCommand, type WriteInputs, type WriteOperation } from './commands.js';

/** How much of SageMaker's own message a client sees in a write's error. */
const UPSTREAM_MESSAGE_LIMIT = 280;

// SageMaker reports a taken name as ResourceInUse for jobs, algorithms and packages, and as a
// ValidationException for models, endpoint configs and endpoints.
const ALREADY_EXISTS = /^Cannot create already existing\b/i;
// Not-found ValidationExceptions of writes: "Could not find model ...", "ModelPackageGroup x does
// not exist.", "Resource arn:... does not exist.", "Requested resource not found."
const NOT_FOUND = /^(Could not find\b|Requested resource not found|\S+ \S+ does not exist\b)/i;
const ARN_IN_MESSAGE = /arn:aws[a-z-]*:sagemaker:[a-z0-9-]+:\d{12}:[a-z-]+\/[^\s"'(),]+/;

const named = (error: unknown): { name: string; message: string } | undefined =>
  error instanceof Error ? { name: error.name, message: error.message } : undefined;

const coded = (message: string, code: string, extensions: Record<string, unknown> = {}) =>
  createGraphQLError(message, { extensions: { ...extensions, code } });

/**
 * What a failed write means to the client: CONFLICT for a name already taken or a resource in use
 * (with `extensions.arn` when SageMaker's message names the existing resource), LIMIT_EXCEEDED for
 * an account limit, NOT_FOUND for a resource the request names that does not exist, and
 * BAD_USER_INPUT with SageMaker's message for any other ValidationException; throttling, outages
 * and timeouts as for reads (errors.ts), anything else masked.
 */
function mapWriteError(operation: WriteOperation, error: unknown, logger?: WarnLogger) {
  const failure = named(error);
  const message = clip(failure?.message ?? '', UPSTREAM_MESSAGE_LIMIT);
  if (failure?.name === 'ResourceInUse' || ALREADY_EXISTS.test(failure?.message ?? '')) {
    const arn = ARN_IN_MESSAGE.exec(failure?.message ?? '')?.[0];
    return coded(
      `SageMaker refused ${operation}: ${message}`,
      'CONFLICT',
      arn === undefined ? {} : { arn },
    );
  }
  if (failure?.name === 'ResourceLimitExceeded') {
    return coded(`SageMaker refused ${operation}: ${message}`, 'LIMIT_EXCEEDED');
  }
  if (
    failure?.name === 'ResourceNotFound' ||
    (failure?.name === 'ValidationException' && NOT_FOUND.test(failure.message))
  ) {
    return coded(`SageMaker refused ${operation}: ${message}`, 'NOT_FOUND');
  }
  return (
    mapSageMakerError(operation, error, logger, { userInput: true }) ??
    new SageMakerCallError(operation, error)
  );
}

/**
 * Sends one write: never shared with another call (coalescing only merges reads), retried only
 * when throttled (see withoutUnsafeRetries), its failure mapped by {@link mapWriteError}.
 */
export async function sendWrite<Op extends WriteOperation>(
  client: SageMakerClient,
  operation: Op,
  input: WriteInputs[Op],
  logger?: WarnLogger,
): Promise<object> {
  try {
    return await withoutUnsafeRetries(() => sendCommand(client, operation, input));
  } catch (error) {
    throw mapWriteError(operation, error, logger);
  }
}
