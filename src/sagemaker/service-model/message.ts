import type { Violation } from './validate.js';

/** Echoed values are cut to this many characters, so a huge value never makes a huge message. */
const MAX_ECHOED_CHARACTERS = 100;
/** A message lists at most this many violations and counts the rest. */
const MAX_LISTED_VIOLATIONS = 10;

const truncate = (text: string): string => {
  if (text.length <= MAX_ECHOED_CHARACTERS) return text;
  let cut = text.slice(0, MAX_ECHOED_CHARACTERS);
  // Do not split a surrogate pair.
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut}...`;
};

/**
 * A value as AWS echoes it: `null` bare, anything else in single quotes. Lists and maps are
 * summarised by their size (AWS prints Java's toString of the collection, which says no more).
 */
export const echoValue = (value: unknown): string => {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return `'${truncate(value)}'`;
  if (value instanceof Date) {
    return `'${Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString()}'`;
  }
  if (Array.isArray(value)) return `'[${value.length} items]'`;
  if (typeof value === 'object') return `'${truncate(JSON.stringify(value) ?? '')}'`;
  return `'${truncate(String(value))}'`;
};

/** One violation in AWS's words: `Value 'x' at 'trainingJobName' failed to satisfy constraint: ...`. */
const formatViolation = (violation: Violation): string =>
  `Value ${echoValue(violation.value)} at '${violation.path}' failed to satisfy constraint: ${violation.rule}`;

/**
 * The ValidationException message SageMaker's front end returns for constraint violations:
 * `1 validation error detected: Value ...` or `3 validation errors detected: Value ...; Value ...`.
 * At most MAX_LISTED_VIOLATIONS are spelled out; the count always covers all of them.
 */
export const formatViolations = (violations: readonly Violation[]): string => {
  const n = violations.length;
  const listed = violations.slice(0, MAX_LISTED_VIOLATIONS).map(formatViolation);
  if (n > listed.length) listed.push(`and ${n - listed.length} more`);
  return `${n} validation error${n === 1 ? '' : 's'} detected: ${listed.join('; ')}`;
};

const jsonKind = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'list' : typeof value;

/**
 * The SerializationException message for a value of the wrong JSON type (a `kind: 'type'`
 * violation): `Expected a string at 'sortBy', but got number 5.`
 */
export const formatTypeMismatch = (violation: Violation): string =>
  `Expected ${violation.rule} at '${violation.path}', but got ${jsonKind(violation.value)} ${truncate(JSON.stringify(violation.value) ?? String(violation.value))}.`;
