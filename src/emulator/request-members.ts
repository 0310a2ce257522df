import { formatTypeMismatch, formatViolations } from '../sagemaker/service-model/message.js';
import { validateRequest } from '../sagemaker/service-model/validate.js';
import {
  constraintError,
  requiredError,
  SageMakerError,
  validationError,
} from './service-errors.js';

/** A parsed request body (timestamps already converted to `Date` by wire.ts). */
export type Request = Readonly<Record<string, unknown>>;

/**
 * Rejects a request that breaks the service model's constraints (see `validateRequest`), as
 * SageMaker's front end does before any operation runs: a value of the wrong JSON type is a
 * SerializationException, anything else one ValidationException listing every violation.
 */
export const checkServiceModel = (operation: string, request: Request): void => {
  const violations = validateRequest(operation, request);
  if (violations.length === 0) return;
  const mismatch = violations.find((violation) => violation.kind === 'type');
  if (mismatch) throw new SageMakerError('SerializationException', formatTypeMismatch(mismatch));
  throw validationError(formatViolations(violations));
};

// AWS names members in validation messages in lowerCamelCase ('maxResults', 'trainingJobName').
const at = (member: string): string => member.charAt(0).toLowerCase() + member.slice(1);

/** An optional string member; a non-string value is a validation error. */
export const optionalString = (request: Request, member: string): string | undefined => {
  const value = request[member];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') {
    throw validationError(`Start of structure or map found where not expected for '${member}'.`);
  }
  return value;
};

/** A required, non-empty string member. */
export const requiredString = (request: Request, member: string): string => {
  const value = optionalString(request, member);
  if (value === undefined) throw requiredError(at(member));
  if (value === '') {
    throw constraintError(value, at(member), 'Member must have length greater than or equal to 1');
  }
  return value;
};

/**
 * A resource name. Its length and pattern are the service model's (1..63 characters, letters,
 * digits and hyphens for most names; 1..32 for tuning jobs), checked by `checkServiceModel`
 * before the operation runs.
 */
export const resourceName = (request: Request, member: string): string =>
  requiredString(request, member);

/** An optional member restricted to an enum. */
export const optionalEnum = <T extends string>(
  request: Request,
  member: string,
  values: readonly T[],
): T | undefined => {
  const value = optionalString(request, member);
  if (value === undefined) return undefined;
  if (!(values as readonly string[]).includes(value)) {
    throw constraintError(
      value,
      at(member),
      `Member must satisfy enum value set: [${values.join(', ')}]`,
    );
  }
  return value as T;
};

/** An optional integer member within [min, max]. */
export const optionalInt = (
  request: Request,
  member: string,
  min: number,
  max: number,
): number | undefined => {
  const value = request[member];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    throw validationError(`Unexpected value for '${member}': expected an integer.`);
  }
  if (value < min) {
    throw constraintError(
      value,
      at(member),
      `Member must have value greater than or equal to ${min}`,
    );
  }
  if (value > max) {
    throw constraintError(value, at(member), `Member must have value less than or equal to ${max}`);
  }
  return value;
};

/** An optional timestamp member (already a `Date` after wire conversion). */
export const optionalDate = (request: Request, member: string): Date | undefined => {
  const value = request[member];
  if (value === undefined || value === null) return undefined;
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) {
    throw validationError(`Invalid timestamp for '${member}'.`);
  }
  return value;
};

/** An optional list member. */
export const optionalList = (request: Request, member: string): unknown[] | undefined => {
  const value = request[member];
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value)) {
    throw validationError(`Start of list found where not expected for '${member}'.`);
  }
  return value;
};

/** An optional structure member. */
export const optionalObject = (request: Request, member: string): Request | undefined => {
  const value = request[member];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw validationError(`Expected a structure for '${member}'.`);
  }
  return value as Request;
};

/** A required structure member. */
export const requiredObject = (request: Request, member: string): Request => {
  const value = optionalObject(request, member);
  if (!value) throw requiredError(at(member));
  return value;
};
