/** Characters of a client's value that an error message repeats. */
const ECHO_CHARS = 64;

/**
 * `text` cut to `max` characters, with its full length, for error messages that name a
 * client's value: a 100 KB name must not come back as a 100 KB message. Pure.
 */
export function truncate(text: string, max = ECHO_CHARS): string {
  return text.length <= max ? text : `${text.slice(0, max)}… (${text.length} characters)`;
}
