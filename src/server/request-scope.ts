import type { Plugin } from 'graphql-yoga';
import { type RequestScope, runInScope } from '../sagemaker/request-scope.js';

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
      // The scope's errors (UPSTREAM_TIMEOUT, UPSTREAM_BUDGET_EXCEEDED) are GraphQL errors with
      // their codes, which the batch functions pass on unwrapped: nothing to rewrite here.
      setExecuteFn((executed) => runInScope(scope, () => executeFn(executed)));
    },
  };
}
