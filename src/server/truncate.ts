/** Characters of a client's value that an error message repeats. */
const ECHO_CHARS = 64;

/**
 * `text` cut to `max` characters, with its full length, for error messages that name a
 * client's value: a 100 KB name must not come back as a 100 KB message. Pure.
 */
export function truncate(text: string, max = ECHO_CHARS): string {
  return text.length <= max ? text : `${text.slice(0, max)}… (${text.length} characters)`;
}

/** The longest error message the gateway writes. */
const MAX_MESSAGE_CHARS = 1_000;

/**
 * `message` with every double-quoted value in it (as JSON.stringify and graphql-js quote a
 * client's value) cut to {@link truncate}'s length, and the whole cut to 1 000 characters:
 * one rule for every message the gateway writes, whichever layer wrote it. A scan, not a
 * regular expression, so a 1 MB message costs one pass. Pure.
 */
export function shortenMessage(message: string): string {
  let out = '';
  let from = 0;
  for (let open = message.indexOf('"'); open !== -1; open = message.indexOf('"', from)) {
    let close = open + 1;
    while (close < message.length && message[close] !== '"') {
      close += message[close] === '\\' ? 2 : 1;
    }
    if (close >= message.length) break;
    out += message.slice(from, open);
    const inner = message.slice(open + 1, close);
    out += `"${truncate(inner)}"`;
    from = close + 1;
  }
  out += message.slice(from);
  return truncate(out, MAX_MESSAGE_CHARS);
}
