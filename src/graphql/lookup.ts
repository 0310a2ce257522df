import { createGraphQLError } from 'graphql-yoga';

/**
 * Checks a lookup argument against SageMaker's pattern for it before any upstream call, so a
 * malformed name is BAD_USER_INPUT naming the rule and the value, never an upstream error.
 * `what` reads "a training job", "an endpoint".
 */
export function requireName(
  value: string,
  pattern: RegExp,
  what: string,
  argument = 'name',
): string {
  if (!pattern.test(value)) {
    throw createGraphQLError(
      `Argument "${argument}" must be ${what} name (${pattern.source}), but got: ${JSON.stringify(value)}.`,
      { extensions: { code: 'BAD_USER_INPUT' } },
    );
  }
  return value;
}
