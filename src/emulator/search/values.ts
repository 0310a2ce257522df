import { validationError } from '../service-errors.js';

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const INTEGER = /^[+-]?\d+$/;
const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-]\d{2}:?\d{2})?$/;

/** A Filter Value as a number, or undefined if it is not an integer or decimal literal. */
export const numberValue = (value: string): number | undefined =>
  NUMBER.test(value.trim()) ? Number(value) : undefined;

/** Is the Value an integer literal (so decimal hyperparameters are truncated to compare)? */
export const isIntegerLiteral = (value: string): boolean => INTEGER.test(value.trim());

/** A stored hyperparameter (always a string) as a number, or undefined when not numeric. */
export const hyperParameterNumber = (value: unknown): number | undefined => {
  if (typeof value === 'number') return value;
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const parsed = Number(value);
  return Number.isFinite(parsed) ? parsed : undefined;
};

/**
 * A Filter Value as epoch seconds: `YYYY-mm-ddTHH:MM:SS`, optionally with fractional seconds and
 * `Z` or a `±HH:MM` offset (UTC when absent). Comparisons are at second precision, as the
 * documented format has no fraction. Undefined for anything else (including impossible dates).
 */
export const timestampValue = (value: string): number | undefined => {
  const match = TIMESTAMP.exec(value);
  if (!match) return undefined;
  const [, y, mo, d, h, mi, s, , zone] = match;
  const fields = [y, mo, d, h, mi, s].map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const [year, month, day, hour, minute, second] = fields;
  const ms = Date.UTC(year, month - 1, day, hour, minute, second);
  const back = new Date(ms);
  if (
    back.getUTCFullYear() !== year ||
    back.getUTCMonth() !== month - 1 ||
    back.getUTCDate() !== day ||
    back.getUTCHours() !== hour ||
    back.getUTCMinutes() !== minute ||
    back.getUTCSeconds() !== second
  ) {
    return undefined;
  }
  let offsetMinutes = 0;
  if (zone && zone !== 'Z') {
    const sign = zone.startsWith('-') ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    offsetMinutes = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2)));
  }
  return Math.floor(ms / 1000) - offsetMinutes * 60;
};

/** A stored timestamp (a Date per the store contract; ISO strings and epoch ms tolerated). */
export const storedSeconds = (value: unknown): number | undefined => {
  if (value instanceof Date) return Math.floor(value.getTime() / 1000);
  if (typeof value === 'number') return Math.floor(value / 1000);
  if (typeof value === 'string') {
    const ms = Date.parse(value);
    return Number.isNaN(ms) ? undefined : Math.floor(ms / 1000);
  }
  return undefined;
};

/** `true`/`false` (any case) as a boolean, or undefined. */
export const booleanValue = (value: string): boolean | undefined => {
  const lower = value.toLowerCase();
  return lower === 'true' ? true : lower === 'false' ? false : undefined;
};

/** The items of an In Value: comma separated, surrounding spaces and empty items dropped. */
export const inItems = (value: string): string[] =>
  value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item.length > 0);

export const badValue = (value: string, name: string, expected: string) =>
  validationError(`Value '${value}' for '${name}' is not ${expected}.`);
