import type { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { shortenMessage } from './truncate.js';

/**
 * The code for a client error that reached the response without one. Internal errors are
 * already masked with INTERNAL_SERVER_ERROR and validation errors carry
 * GRAPHQL_VALIDATION_FAILED; what is left is parse errors (including the token limit) and bad
 * variables. A code the gateway set (BAD_USER_INPUT, UPSTREAM_*, ...) is kept as it is.
 */
function codeFor(error: GraphQLError): string {
  if (error.message.startsWith('Syntax Error')) return 'GRAPHQL_PARSE_FAILED';
  if (error.message.startsWith('Variable "$')) return 'BAD_USER_INPUT';
  return 'BAD_REQUEST';
}

// graphql-js's wording for a required input field or argument left out of an inline value (given
// through variables, the same gap reads 'Variable "$input" got invalid value', BAD_USER_INPUT).
const MISSING_REQUIRED = /^(Field|Argument) "[^"]+" of required type "[^"]+" was not provided\.$/;

const hasErrors = (value: unknown): value is { errors: GraphQLError[] } =>
  typeof value === 'object' &&
  value !== null &&
  Array.isArray((value as { errors?: unknown }).errors);

export interface ErrorCodeOptions {
  /** MAX_BODY_BYTES, named in the answer to a body over it. */
  maxBodyBytes: number;
}

/**
 * Gives each error a stable `extensions.code` that clients can switch on, and keeps its message
 * to what a client may read: values echoed in it are cut short (one rule for every layer's
 * messages), and `extensions.originalError`, which yoga adds to the answer to an invalid JSON
 * body (the parser's own error), is dropped. Changes the errors in place.
 */
export function codeErrors(errors: readonly GraphQLError[], options: ErrorCodeOptions): void {
  for (const error of errors) {
    const extensions = error.extensions as Record<string, unknown>;
    delete extensions.originalError;
    if (extensions.code === 'REQUEST_ENTITY_TOO_LARGE') {
      // yoga's wording names no limit, and its code is none of ours
      error.message = `Request body too large: the limit is ${options.maxBodyBytes} bytes (MAX_BODY_BYTES).`;
      extensions.code = 'BAD_REQUEST';
    }
    if (typeof extensions.code !== 'string') extensions.code = codeFor(error);
    // A missing required member is bad input however it was sent.
    if (extensions.code === 'GRAPHQL_VALIDATION_FAILED' && MISSING_REQUIRED.test(error.message)) {
      extensions.code = 'BAD_USER_INPUT';
    }
    error.message = shortenMessage(error.message);
  }
}

/**
 * {@link codeErrors} for every error of a response. The parts of an incremental answer
 * (@defer, @stream) are coded as they are sent, by useIncrementalErrors.
 */
export function useErrorCodes(options: ErrorCodeOptions): Plugin {
  return {
    onResultProcess({ result }) {
      const results = Array.isArray(result) ? result : [result];
      for (const single of results) {
        if (hasErrors(single)) codeErrors(single.errors, options);
      }
    },
  };
}
