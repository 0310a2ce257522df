import type { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * The code for a client error that reached the response without one. Internal errors are
 * already masked with INTERNAL_SERVER_ERROR and validation errors carry
 * GRAPHQL_VALIDATION_FAILED; what is left is parse errors (including the token limit) and bad
 * variables.
 */
function codeFor(error: GraphQLError): string {
  if (error.message.startsWith('Syntax Error')) return 'GRAPHQL_PARSE_FAILED';
  if (error.message.startsWith('Variable "$')) return 'BAD_USER_INPUT';
  return 'BAD_REQUEST';
}

const hasErrors = (value: unknown): value is { errors: GraphQLError[] } =>
  typeof value === 'object' &&
  value !== null &&
  Array.isArray((value as { errors?: unknown }).errors);

/** Gives every error in a response a stable `extensions.code` that clients can switch on. */
export function useErrorCodes(): Plugin {
  return {
    onResultProcess({ result }) {
      const results = Array.isArray(result) ? result : [result];
      for (const single of results) {
        if (!hasErrors(single)) continue;
        for (const error of single.errors) {
          const extensions = error.extensions as Record<string, unknown>;
          if (typeof extensions.code !== 'string') extensions.code = codeFor(error);
        }
      }
    },
  };
}
