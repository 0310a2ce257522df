import { printSubgraphSchema } from '@apollo/subgraph';
import { GraphQLObjectType, GraphQLSchema } from 'graphql';
import { builder } from '../builder.js';
import './training-job.js';
import './tuning-job.js';
import './algorithm.js';
import './model-package.js';
import './model.js';
import './endpoint.js';
import './training-job-filter.js';
import './tuning-job-filter.js';
import './endpoint-filter.js';
import './model-package-filter.js';
import './model-package-group-filter.js';
import './collections.js';

/** Where the federation v2 directives come from in the printed SDL's `@link`. */
export const FEDERATION_LINK_URL = 'https://specs.apollo.dev/federation/v2.6';

export interface SchemaOptions {
  /**
   * Whether Query.node and Query.nodes are served. In a supergraph only one subgraph can own
   * them (a router cannot route a global id), so a gateway federated next to another Relay
   * subgraph turns them off.
   */
  nodeFields: boolean;
}

const subgraph = builder.toSubGraphSchema({ linkUrl: FEDERATION_LINK_URL });

/** The subgraph without Query.node/nodes; `_service.sdl` is printed from the result. */
function withoutNodeFields(full: GraphQLSchema): GraphQLSchema {
  const query = full.getQueryType();
  if (query === null || query === undefined) return full;
  const { fields, ...config } = query.toConfig();
  const { node: _node, nodes: _nodes, ...kept } = fields;
  let sdl = '';
  const service = kept._service;
  const reduced = new GraphQLObjectType({
    ...config,
    // printSubgraphSchema prints fields from the AST node the directives plugin records.
    astNode: config.astNode && {
      ...config.astNode,
      fields: config.astNode.fields?.filter(
        (field) => field.name.value !== 'node' && field.name.value !== 'nodes',
      ),
    },
    fields:
      service === undefined
        ? kept
        : { ...kept, _service: { ...service, resolve: () => ({ sdl }) } },
  });
  const schemaConfig = full.toConfig();
  const result = new GraphQLSchema({
    ...schemaConfig,
    query: reduced,
    types: schemaConfig.types.map((type) => (type === query ? reduced : type)),
  });
  sdl = printSubgraphSchema(result);
  return result;
}

// Built on first use: most gateways serve the node fields and never need it.
let withoutNodes: GraphQLSchema | undefined;

/** The gateway's schema: a federation v2 subgraph, with or without the root node fields. */
export function buildSchema(options: SchemaOptions): GraphQLSchema {
  if (options.nodeFields) return subgraph;
  withoutNodes ??= withoutNodeFields(subgraph);
  return withoutNodes;
}

/** The full subgraph schema (with Query.node and Query.nodes). */
export const schema = subgraph;
