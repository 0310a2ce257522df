import { useApolloInlineTrace } from '@graphql-yoga/plugin-apollo-inline-trace';
import type { Plugin } from 'graphql-yoga';

/**
 * Apollo federated tracing: a router that sends `apollo-federation-include-trace: ftv1` gets the
 * resolver timings of its subgraph fetch in `extensions.ftv1`; any other request is untouched
 * (the plugin ignores requests without that header).
 */
export const useFederatedTracing = (): Plugin => useApolloInlineTrace();
