import { printSubgraphSchema } from '@apollo/subgraph';
import { type GraphQLFieldResolver, GraphQLObjectType, GraphQLSchema, isUnionType } from 'graphql';
import { createGraphQLError } from 'graphql-yoga';
import { echo } from '../search/echo.js';
import type { Context } from './context.js';
import { buildSchema, schema } from './index.js';
import { settingsOf } from './settings.js';

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

const badRepresentation = (at: number, rule: string) =>
  createGraphQLError(`Representation ${at} ${rule}.`, { extensions: { code: 'BAD_USER_INPUT' } });

/**
 * Wraps `_entities` so that each representation resolves on its own: one with an unknown
 * __typename (or a bad key) is an error at its index, and the others resolve (the federation
 * resolver throws for the whole list otherwise). More than MAX_ENTITY_REPRESENTATIONS
 * representations are rejected before any call.
 */
function perItemEntities(full: GraphQLSchema): void {
  const field = full.getQueryType()?.getFields()._entities;
  const union = full.getType('_Entity');
  const resolve = field?.resolve;
  if (field === undefined || resolve === undefined || !isUnionType(union)) return;
  const entities = new Set(union.getTypes().map((type) => type.name));
  const wrapped: GraphQLFieldResolver<unknown, Context> = (source, args, context, info) => {
    const representations = (args as { representations: unknown[] }).representations;
    const { maxEntityRepresentations } = settingsOf(context);
    if (representations.length > maxEntityRepresentations) {
      throw createGraphQLError(
        `Argument "representations" holds ${representations.length} representations, more than the limit of ${maxEntityRepresentations} (MAX_ENTITY_REPRESENTATIONS).`,
        { extensions: { code: 'MAX_ENTITY_REPRESENTATIONS_LIMIT' } },
      );
    }
    return representations.map((representation, at) => {
      const typename =
        typeof representation === 'object' && representation !== null
          ? (representation as { __typename?: unknown }).__typename
          : undefined;
      if (typeof typename !== 'string') return badRepresentation(at, 'needs a string __typename');
      if (!entities.has(typename)) {
        return badRepresentation(
          at,
          `has __typename ${echo(typename)}, which is not an entity of this subgraph (${[...entities].join(', ')})`,
        );
      }
      try {
        // The federation resolver maps its list synchronously; a list of one is this item.
        const one: unknown = resolve(
          source,
          { ...args, representations: [representation] },
          context,
          info,
        );
        return Array.isArray(one) ? one[0] : one;
      } catch (error) {
        return error instanceof Error ? error : new Error(String(error));
      }
    });
  };
  field.resolve = wrapped as typeof resolve;
}

// Once, at load: both variants below share the field configs of `schema`.
perItemEntities(schema);

let traced: GraphQLSchema | undefined;

/**
 * A second build, for federated tracing to wrap (server/inline-trace.ts): built once, by the first
 * gateway that traces (about 0.4 s).
 */
function tracedBuild(): GraphQLSchema {
  if (traced === undefined) {
    traced = buildSchema();
    perItemEntities(traced);
  }
  return traced;
}

/**
 * The gateway's schema: the subgraph, with or without the root node fields; `traced`, from a
 * build of its own, whose resolvers federated tracing may wrap without touching the others'.
 */
export function subgraphSchema(options: SchemaOptions & { traced?: boolean }): GraphQLSchema {
  const base = options.traced === true ? tracedBuild() : schema;
  return options.nodeFields ? base : withoutNodeFields(base);
}
