import { printSubgraphSchema } from '@apollo/subgraph';
import { GraphQLObjectType, GraphQLSchema } from 'graphql';
import { schema } from './index.js';

export interface SchemaOptions {
  /**
   * Whether Query.node and Query.nodes are served. In a supergraph only one subgraph can own
   * them (a router cannot route a global id), so a gateway federated next to another Relay
   * subgraph turns them off.
   */
  nodeFields: boolean;
}

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

/** The gateway's schema: the subgraph, with or without the root node fields. */
export function subgraphSchema(options: SchemaOptions): GraphQLSchema {
  return options.nodeFields ? schema : withoutNodeFields(schema);
}
