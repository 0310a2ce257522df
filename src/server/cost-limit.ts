import { createComplexityRule } from '@pothos/plugin-complexity';
import { type DocumentNode, GraphQLError, validate } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { LRUCache } from 'lru-cache';

/** The message of a query over the complexity limit: the value found, the limit and the fix. */
const costLimitMessage = (complexity: number, limit: number): string =>
  `Query complexity of ${complexity} exceeds the limit of ${limit} (MAX_COST); lower "first" on connections or select fewer fields.`;

/** Variable sets remembered per document: a dashboard's few pages and filters. */
const VARIABLE_SETS_PER_DOCUMENT = 32;

/**
 * Rejects an operation whose complexity (see the builder's complexity options: each field 1,
 * connections times `first`) exceeds `limit`, with code MAX_COST_LIMIT and before any resolver
 * runs. The check sits at execution, not validation, because complexity depends on the
 * variables and validation results are cached per document. A complexity depends on the
 * document, the operation and the variables alone (no field's complexity reads the context), so
 * it is computed once per distinct operation and variables of a document (a walk of the whole
 * document with graphql's validate: about 1 % of a page of 100's CPU, on every request).
 */
export function useCostLimit(limit: number): Plugin {
  const known = new WeakMap<DocumentNode, LRUCache<string, number>>();
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const variableValues = (args.variableValues ?? {}) as Record<string, unknown>;
      const operationName = args.operationName ?? null;
      let byVariables = known.get(args.document);
      if (byVariables === undefined) {
        byVariables = new LRUCache({ max: VARIABLE_SETS_PER_DOCUMENT });
        known.set(args.document, byVariables);
      }
      const key = JSON.stringify([operationName, variableValues]);
      let complexity = byVariables.get(key);
      if (complexity === undefined) {
        const rule = createComplexityRule({
          context: args.contextValue as object,
          variableValues,
          operationName,
          validate: (result) => {
            complexity = result.complexity;
          },
        });
        // Other problems the rule finds (bad variables) are left for execution to report.
        validate(args.schema, args.document, [rule]);
        if (complexity !== undefined) byVariables.set(key, complexity);
      }
      if (complexity === undefined || complexity <= limit) return;
      setResultAndStopExecution({
        errors: [
          new GraphQLError(costLimitMessage(complexity, limit), {
            extensions: { code: 'MAX_COST_LIMIT' },
          }),
        ],
      });
    },
  };
}
