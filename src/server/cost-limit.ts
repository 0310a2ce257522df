import { createComplexityRule } from '@pothos/plugin-complexity';
import { GraphQLError, validate } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/** The message of a query over the complexity limit: the value found, the limit and the fix. */
const costLimitMessage = (complexity: number, limit: number): string =>
  `Query complexity of ${complexity} exceeds the limit of ${limit} (MAX_COST); lower "first" on connections or select fewer fields.`;

/**
 * Rejects an operation whose complexity (see the builder's complexity options: each field 1,
 * connections times `first`) exceeds `limit`, with code MAX_COST_LIMIT and before any resolver
 * runs. The check sits at execution, not validation, because complexity depends on the
 * variables and validation results are cached per document.
 */
export function useCostLimit(limit: number): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      let rejection: GraphQLError | undefined;
      const rule = createComplexityRule({
        context: args.contextValue as object,
        variableValues: (args.variableValues ?? {}) as Record<string, unknown>,
        operationName: args.operationName ?? null,
        validate: ({ complexity }) => {
          if (complexity <= limit) return;
          rejection = new GraphQLError(costLimitMessage(complexity, limit), {
            extensions: { code: 'MAX_COST_LIMIT' },
          });
        },
      });
      // Other problems the rule finds (bad variables) are left for execution to report.
      validate(args.schema, args.document, [rule]);
      if (rejection !== undefined) setResultAndStopExecution({ errors: [rejection] });
    },
  };
}
