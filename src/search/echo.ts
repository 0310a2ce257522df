/**
 * How error messages repeat a client's value: at most {@link ECHOED} characters of it, then how
 * long it was, so a 100 KB name never comes back as a 100 KB message and the reader still sees
 * what was wrong. Every layer quotes values this way (the HTTP edge cuts anything longer that
 * slipped through, such as graphql-js's own messages). Pure.
 */

/** Characters of a client's value a message repeats. */
export const ECHOED = 100;

/** `text` cut to `max` characters, with its full length when cut. */
export const clip = (text: string, max = ECHOED): string =>
  text.length <= max ? text : `${text.slice(0, max)}… (${text.length} characters)`;

/** A client's string as messages quote it: JSON, clipped, the length after the quotes. */
export const echo = (value: string): string =>
  value.length <= ECHOED
    ? JSON.stringify(value)
    : `${JSON.stringify(`${value.slice(0, ECHOED)}…`)} (${value.length} characters)`;
