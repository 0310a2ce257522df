import { type ASTVisitor, GraphQLError, Kind, type ValidationContext } from 'graphql';
import { createGraphQLError, type Plugin } from 'graphql-yoga';
import { clip } from '../search/echo.js';

/**
 * Whether a JSON value nests objects and arrays deeper than `limit` (a scalar is 0 deep, `[]`
 * is 1). Iterative, and it stops at the first level too deep, so 100 000 nested arrays cost no
 * stack and at most one visit per value.
 */
function nestsDeeperThan(value: unknown, limit: number): boolean {
  const pending: Array<[unknown, number]> = [[value, 0]];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const [item, depth] = next;
    if (typeof item !== 'object' || item === null) continue;
    if (depth + 1 > limit) return true;
    for (const child of Array.isArray(item) ? item : Object.values(item)) {
      pending.push([child, depth + 1]);
    }
  }
  return false;
}

const message = (what: string, limit: number): string =>
  `${what} nests objects and lists deeper than ${limit} levels (MAX_INPUT_DEPTH=${limit}).`;

/** A validation rule: no argument literal nests objects and lists deeper than `limit`. */
const maxLiteralDepth =
  (limit: number) =>
  (context: ValidationContext): ASTVisitor => {
    let depth = 0;
    let reported = false;
    const enter = () => {
      depth++;
      if (depth > limit && !reported) {
        reported = true;
        context.reportError(
          new GraphQLError(message('An argument', limit), {
            extensions: { code: 'BAD_USER_INPUT' },
          }),
        );
      }
    };
    const leave = () => {
      depth--;
    };
    // graphql-js's visit keeps its own stack, so a deep literal costs no call stack here
    return {
      [Kind.OBJECT]: { enter, leave },
      [Kind.LIST]: { enter, leave },
    };
  };

/**
 * Caps the nesting of input values at `limit` (MAX_INPUT_DEPTH). graphql-armor's MAX_DEPTH
 * counts selections only, and graphql-js's coercion and the filter compiler recurse over
 * inputs: 1 500 nested `and`s in variables were a RangeError (HTTP 500), 3 000 `not`s a stack
 * overflow in the compiler. Variables are checked as JSON, iteratively, before anything else
 * reads them; literals by a validation rule.
 */
export function useInputDepthLimit(limit: number): Plugin {
  return {
    onParams({ params, setResult }) {
      for (const [name, value] of Object.entries(params.variables ?? {})) {
        if (!nestsDeeperThan(value, limit)) continue;
        setResult({
          errors: [
            createGraphQLError(message(`Variable "$${clip(name)}"`, limit), {
              extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
            }),
          ],
        });
        return;
      }
    },
    onValidate({ addValidationRule }) {
      addValidationRule(maxLiteralDepth(limit));
    },
  };
}
