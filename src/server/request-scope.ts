import { type ExecutionResult, GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { type RequestScope, runInScope } from '../sagemaker/request-scope.js';
import { scopeErrorIn } from '../sagemaker/scope-errors.js';

const isResult = (value: unknown): value is ExecutionResult =>
  typeof value === 'object' && value !== null && !(Symbol.asyncIterator in value);

/**
 * A field error caused by the request's deadline or budget, with that error's message and code
 * instead of the wrapper's (batch functions wrap what a call threw, and a wrapped error would be
 * masked as INTERNAL_SERVER_ERROR).
 */
function withScopeCodes(result: ExecutionResult): ExecutionResult {
  if (result.errors === undefined) return result;
  let changed = false;
  const errors = result.errors.map((error) => {
    const cause = scopeErrorIn(error.originalError);
    if (cause === undefined) return error;
    changed = true;
    return new GraphQLError(cause.message, {
      nodes: error.nodes,
      source: error.source,
      positions: error.positions,
      path: error.path,
      extensions: { ...cause.extensions },
    });
  });
  return changed ? { ...result, errors } : result;
}

/**
 * Executes each operation inside its request's scope, so every SageMaker call of its resolvers
 * and dataloader batches sees the deadline, cancellation and budget. It wraps whatever execute
 * function the plugins before it set (compiled execution replaces graphql-js's): list it after
 * them.
 */
export function useRequestScope(scopeOf: (context: unknown) => RequestScope | undefined): Plugin {
  return {
    onExecute({ args, executeFn, setExecuteFn }) {
      const scope = scopeOf(args.contextValue);
      if (scope === undefined) return;
      setExecuteFn(async (executed) => {
        const result: unknown = await runInScope(scope, () => executeFn(executed));
        return isResult(result) ? withScopeCodes(result) : (result as ExecutionResult);
      });
    },
  };
}
