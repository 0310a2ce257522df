import { useApolloInlineTrace } from '@graphql-yoga/plugin-apollo-inline-trace';
import { GraphQLSchema } from 'graphql';
import type { Plugin, YogaInitialContext } from 'graphql-yoga';

/** Whether a router asked for the resolver timings of this request (Apollo federated tracing). */
export const asksForTrace = (context: unknown): boolean =>
  (context as Partial<YogaInitialContext> | undefined)?.request?.headers.get(
    'apollo-federation-include-trace',
  ) === 'ftv1';

/**
 * Apollo federated tracing: a router that sends `apollo-federation-include-trace: ftv1` gets the
 * resolver timings of its subgraph fetch in `extensions.ftv1`. The plugin wraps the resolver of
 * every field of the served schema, and each field resolved through a wrapper allocates its
 * arguments and closures and is a call graphql-jit cannot inline. So the gateway serves a build
 * of its own for the plugin to wrap (graphql/subgraph.ts), and only the requests that ask run on
 * it; every other one runs on `untraced`, whose resolvers are the schema's own, with the
 * directives of the schema served (@defer and @stream, which a plugin adds).
 */
export function useFederatedTracing(untraced: GraphQLSchema): Plugin {
  const equivalents = new WeakMap<GraphQLSchema, GraphQLSchema>();
  const untracedFor = (served: GraphQLSchema): GraphQLSchema => {
    let equivalent = equivalents.get(served);
    if (equivalent === undefined) {
      equivalent = new GraphQLSchema({
        ...untraced.toConfig(),
        directives: served.getDirectives(),
      });
      equivalents.set(served, equivalent);
    }
    return equivalent;
  };
  return {
    onPluginInit({ addPlugin }) {
      // the same test as the schema each request runs on, below
      addPlugin(useApolloInlineTrace({ ignoreRequest: (request) => !asksForTrace({ request }) }));
    },
    // last of the plugins that set an execute function, so this one wraps all of theirs
    onExecute({ args, executeFn, setExecuteFn }) {
      if (asksForTrace(args.contextValue)) return;
      setExecuteFn((executed) => executeFn({ ...executed, schema: untracedFor(executed.schema) }));
    },
  };
}
