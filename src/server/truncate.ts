import { clip, ECHOED } from '../search/echo.js';

// A value the layers already echoed (src/search/echo.ts) is at most ECHOED characters and an
// ellipsis; only longer ones, which a layer quoted without echo(), are cut here.
const UNCUT = ECHOED + 1;

/** The longest error message the gateway writes. */
const MAX_MESSAGE_CHARS = 1_000;

/**
 * `message` with every double-quoted value in it (as JSON.stringify and graphql-js quote a
 * client's value) cut as echo() cuts them, and the whole cut to 1 000 characters:
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
    out += `"${inner.length > UNCUT ? clip(inner) : inner}"`;
    from = close + 1;
  }
  out += message.slice(from);
  return clip(out, MAX_MESSAGE_CHARS);
}
