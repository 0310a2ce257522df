/**
 * An error SageMaker would return: serialised by the emulator's HTTP layer as
 * `{"__type": type, "message": message}` with `status`, the way AWS JSON 1.1 services do.
 */
export class SageMakerError extends Error {
  readonly type: string;
  readonly status: number;

  constructor(type: string, message: string, status = 400) {
    super(message);
    this.name = type;
    this.type = type;
    this.status = status;
  }
}

export const validationError = (message: string): SageMakerError =>
  new SageMakerError('ValidationException', message);

export const resourceNotFound = (message: string): SageMakerError =>
  new SageMakerError('ResourceNotFound', message);

/**
 * AWS's generic input-constraint message, as the service front end words it:
 * `1 validation error detected: Value '101' at 'maxResults' failed to satisfy constraint: ...`.
 */
export const constraintError = (value: unknown, at: string, constraint: string): SageMakerError =>
  validationError(
    `1 validation error detected: Value '${typeof value === 'string' ? value : JSON.stringify(value)}' at '${at}' failed to satisfy constraint: ${constraint}`,
  );

/** AWS's message for a missing required member: `Value null at 'x' ...` (no quotes around null). */
export const requiredError = (at: string): SageMakerError =>
  validationError(
    `1 validation error detected: Value null at '${at}' failed to satisfy constraint: Member must not be null`,
  );

export const resourceInUse = (message: string): SageMakerError =>
  new SageMakerError('ResourceInUse', message);

export const throttlingError = (): SageMakerError =>
  new SageMakerError('ThrottlingException', 'Rate exceeded');

export const internalFailure = (): SageMakerError =>
  new SageMakerError(
    'InternalFailure',
    'The request processing has failed because of an unknown error, exception or failure.',
    500,
  );

export const serviceUnavailable = (): SageMakerError =>
  new SageMakerError(
    'ServiceUnavailable',
    'The request has failed due to a temporary failure of the server.',
    503,
  );
