/**
 * The one place where the emulator converts between its `Date` records and AWS JSON 1.1's wire
 * form, where timestamps travel as epoch seconds (fractions allowed) in both directions.
 */

/** Deep-copies a response value, turning every `Date` into epoch seconds. */
export const toWire = (value: unknown): unknown => {
  if (value instanceof Date) return value.getTime() / 1000;
  if (Array.isArray(value)) return value.map(toWire);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) {
      if (inner !== undefined) out[key] = toWire(inner);
    }
    return out;
  }
  return value;
};

// Request members that carry timestamps all end this way (CreationTimeAfter, LastModifiedTimeBefore...).
const TIMESTAMP_KEY = /Time(After|Before)?$/;

/**
 * Deep-copies a parsed request body, turning epoch seconds in timestamp members into `Date`s.
 * Strings are accepted too (ISO 8601), as some clients send them.
 */
export const fromWire = (value: unknown, key = ''): unknown => {
  if (TIMESTAMP_KEY.test(key)) {
    if (typeof value === 'number') return new Date(value * 1000);
    if (typeof value === 'string' && !Number.isNaN(Date.parse(value))) return new Date(value);
  }
  if (Array.isArray(value)) return value.map((item) => fromWire(item));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [innerKey, inner] of Object.entries(value))
      out[innerKey] = fromWire(inner, innerKey);
    return out;
  }
  return value;
};
