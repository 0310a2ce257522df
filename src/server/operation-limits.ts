import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import type { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Config } from '../config.js';

/**
 * Options for one graphql-armor protection. The limits are not secret (anyone can find them by
 * trying) and naming them tells a client how to fix the query, so rejections state the limit and
 * the value found; the code names the limit, as Apollo Router's operation limits do.
 */
function limit(code: string): {
  exposeLimits: boolean;
  onReject: Array<(context: unknown, error: GraphQLError) => void>;
} {
  return {
    exposeLimits: true,
    onReject: [
      (_context, error) => {
        // armor words every rejection as a "Syntax Error", which it is not.
        error.message = error.message.replace(/^Syntax Error: /, '');
        (error.extensions as Record<string, unknown>).code = code;
      },
    ],
  };
}

/** Depth, alias, token and directive limits (graphql-armor), each rejection with its own code. */
export function useOperationLimits(limits: Config['limits']): Plugin {
  const { maxDepth, maxAliases, maxTokens } = limits;
  return EnvelopArmorPlugin({
    maxDepth: { n: maxDepth, ignoreIntrospection: true, ...limit('MAX_DEPTH_LIMIT') },
    maxAliases: { n: maxAliases, ...limit('MAX_ALIASES_LIMIT') },
    // Cost is the schema's complexity (useCostLimit), which knows what `first` fetches.
    costLimit: { enabled: false },
    maxTokens: { n: maxTokens, ...limit('MAX_TOKENS_LIMIT') },
    maxDirectives: { n: 50, ...limit('MAX_DIRECTIVES_LIMIT') },
    // Introspection is open, so hiding "Did you mean ..." hints would only hinder clients.
    blockFieldSuggestion: { enabled: false },
  });
}
