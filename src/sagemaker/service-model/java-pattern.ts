/**
 * The model's patterns are Java regular expressions, which the service applies to the whole value
 * (`Matcher.matches()`). This module turns one into a JavaScript RegExp with the same meaning for
 * the constructs the SageMaker model uses, and caches the result.
 *
 * Every RegExp gets the `u` flag: Java matches code points, so `.` takes a surrogate pair as one
 * character and `[\uD800\uDC00-\uDBFF\uDFFF]` is the astral range only in unicode mode; `\p{L}`
 * and friends need it too. Known differences that remain: Java's `\s` and `\S` are ASCII-only,
 * JavaScript's are Unicode-aware; Java's `.` also stops at U+0085.
 */

// Java's POSIX classes, as the ranges they stand for (US-ASCII, Java's default).
const POSIX: Readonly<Record<string, string>> = {
  Lower: 'a-z',
  Upper: 'A-Z',
  ASCII: '\\x00-\\x7F',
  Alpha: 'a-zA-Z',
  Digit: '0-9',
  Alnum: 'a-zA-Z0-9',
  Punct: '!-\\/:-@\\[-`{-~',
  Graph: '!-~',
  Print: ' -~',
  Blank: ' \\t',
  Cntrl: '\\x00-\\x1F\\x7F',
  XDigit: '0-9a-fA-F',
  Space: ' \\t\\n\\x0B\\f\\r',
};

// Characters that may follow a backslash in a unicode-mode RegExp (outside a class).
const SYNTAX = new Set('^$\\.*+?()[]{}|/');

const ASSERTION_QUANTIFIER = /^\{(\d+)(,\d*)?\}/;

/**
 * Rewrites a Java pattern's source into JavaScript's (unicode mode), or throws when it uses a
 * construct this function does not translate. Handled: POSIX classes (`\p{Alnum}`), redundant
 * escapes of punctuation (`\@`, `\_`), and a quantified end anchor (`${1,128}`, which Java allows
 * and reads as a single `$`).
 */
export const toJavaScriptSource = (pattern: string): string => {
  let out = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i += 1) {
    const c = pattern.charAt(i);
    if (c === '\\') {
      const next = pattern.charAt(i + 1);
      const property = /^[pP]\{([A-Za-z]+)\}/.exec(pattern.slice(i + 1));
      const name = property?.[1];
      const posix = name !== undefined && Object.hasOwn(POSIX, name) ? POSIX[name] : undefined;
      if (property && posix !== undefined) {
        if (next === 'P') {
          if (inClass) throw new Error(`negated POSIX class inside a class: ${property[0]}`);
          out += `[^${posix}]`;
        } else {
          out += inClass ? posix : `[${posix}]`;
        }
        i += property[0].length;
        continue;
      }
      if (/[A-Za-z0-9]/.test(next) || SYNTAX.has(next) || (inClass && next === '-')) {
        out += c + next;
      } else {
        // Java lets any punctuation be escaped; unicode-mode JavaScript does not.
        out += next;
      }
      i += 1;
      continue;
    }
    if (inClass) {
      if (c === '[') throw new Error('nested character class (Java union/intersection)');
      if (c === ']') inClass = false;
      out += c;
      continue;
    }
    if (c === '[') {
      inClass = true;
      out += c;
      // A `]` right after `[` or `[^` is a literal in Java; JavaScript needs it escaped.
      if (pattern.charAt(i + 1) === '^') {
        out += '^';
        i += 1;
      }
      if (pattern.charAt(i + 1) === ']') {
        out += '\\]';
        i += 1;
      }
      continue;
    }
    if (c === '$') {
      const quantifier = ASSERTION_QUANTIFIER.exec(pattern.slice(i + 1));
      if (quantifier && Number(quantifier[1]) >= 1) {
        out += '$';
        i += quantifier[0].length;
        continue;
      }
    }
    out += c;
  }
  return out;
};

const cache = new Map<string, RegExp | null>();
const skipped = new Set<string>();

/**
 * The whole-value RegExp for a model pattern, compiled once; undefined when the pattern cannot be
 * translated or compiled, in which case it is counted (see `skippedPatterns`) and callers skip the
 * check rather than fail the request.
 */
export const compilePattern = (pattern: string): RegExp | undefined => {
  const cached = cache.get(pattern);
  if (cached !== undefined) return cached ?? undefined;
  let compiled: RegExp | null;
  try {
    compiled = new RegExp(`^(?:${toJavaScriptSource(pattern)})$`, 'u');
  } catch {
    compiled = null;
    skipped.add(pattern);
  }
  cache.set(pattern, compiled);
  return compiled ?? undefined;
};

/** The patterns seen so far that could not be compiled (and so are not checked). */
export const skippedPatterns = (): readonly string[] => [...skipped];
