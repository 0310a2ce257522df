import type { GraphQLError } from 'graphql';
import { createGraphQLError } from 'graphql-yoga';

/** The codes a request's own limits fail its SageMaker calls with (DESIGN.md, Upstream). */
type ScopeCode = 'UPSTREAM_TIMEOUT' | 'UPSTREAM_BUDGET_EXCEEDED';

const SCOPE_CODES: ReadonlySet<string> = new Set<ScopeCode>([
  'UPSTREAM_TIMEOUT',
  'UPSTREAM_BUDGET_EXCEEDED',
]);

// Client-facing as they are: the limit, not SageMaker, failed the call; nothing to mask.
const scopeError = (name: string, message: string, code: ScopeCode): GraphQLError => {
  const error = createGraphQLError(message, { extensions: { code } });
  error.name = name;
  return error;
};

/** A call made after the request's deadline passed, or cut off by it. */
export const upstreamTimeout = (deadlineMs: number): GraphQLError =>
  scopeError(
    'UpstreamTimeoutError',
    `The request's deadline (${deadlineMs} ms) passed before SageMaker answered.`,
    'UPSTREAM_TIMEOUT',
  );

/** A call of a request whose client has gone: nobody reads its answer. */
export const requestCancelled = (): GraphQLError =>
  scopeError('RequestCancelledError', 'The request was cancelled.', 'UPSTREAM_TIMEOUT');

/** A call past the request's budget of SageMaker calls; it was not sent. */
export const budgetExceeded = (maxCalls: number): GraphQLError =>
  scopeError(
    'UpstreamBudgetExceededError',
    `The request needs more than ${maxCalls} SageMaker calls; narrow it down.`,
    'UPSTREAM_BUDGET_EXCEEDED',
  );

const codeOf = (error: unknown): string | undefined => {
  const code = (error as { extensions?: { code?: unknown } } | null)?.extensions?.code;
  return typeof code === 'string' && SCOPE_CODES.has(code) ? code : undefined;
};

/**
 * The scope error behind `error`, found along `originalError` and `cause` (batch functions and
 * graphql-js wrap what a call threw), or undefined.
 */
export function scopeErrorIn(error: unknown): GraphQLError | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 8 && current instanceof Error; depth++) {
    if (codeOf(current) !== undefined) return current as GraphQLError;
    const wrapped = current as { originalError?: unknown; cause?: unknown };
    current = wrapped.originalError ?? wrapped.cause;
  }
  return undefined;
}
