import type { GraphQLError } from 'graphql';
import { createGraphQLError } from 'graphql-yoga';

/** The codes a request's own limits fail its SageMaker calls with (DESIGN.md, Upstream). */
type ScopeCode = 'UPSTREAM_TIMEOUT' | 'UPSTREAM_BUDGET_EXCEEDED';

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
