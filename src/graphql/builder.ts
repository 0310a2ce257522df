import SchemaBuilder from '@pothos/core';
import ComplexityPlugin from '@pothos/plugin-complexity';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import DirectivesPlugin from '@pothos/plugin-directives';
import FederationPlugin from '@pothos/plugin-federation';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import {
  DateTimeResolver,
  JSONResolver,
  NonNegativeFloatResolver,
  NonNegativeIntResolver,
  SafeIntResolver,
} from 'graphql-scalars';
import type { Context } from './context.js';
import { checkIdCount, type NodeIdSource, resolveIds } from './node-ids.js';
import type { Scope } from './principal.js';
import { forbidden, ROOT_SCOPES } from './scopes.js';

// Set once the builder exists; global ids are only read at request time. Typed here, not
// inferred from the builder, so the builder's own type does not depend on itself.
let isNodeType: (typename: string) => boolean = () => false;
let ids: NodeIdSource = { builder: undefined as never, isNodeType };

export const builder = new SchemaBuilder<{
  Context: Context;
  AuthScopes: Record<Scope, boolean>;
  Scalars: {
    DateTime: { Input: Date; Output: Date };
    JSON: { Input: unknown; Output: unknown };
    NonNegativeInt: { Input: number; Output: number };
    NonNegativeFloat: { Input: number; Output: number };
    SafeInt: { Input: number; Output: number };
  };
}>({
  // Scope-auth early, so no other plugin's resolver wrapping runs before the check, but after
  // relay, so node/nodes are its fields like any other. Federation last: it wraps what the
  // other plugins built (entities resolve through the loaders).
  plugins: [
    RelayPlugin,
    ScopeAuthPlugin,
    DataloaderPlugin,
    ComplexityPlugin,
    DirectivesPlugin,
    FederationPlugin,
  ],
  scopeAuth: {
    // The principal is settled before execution (src/server/auth); scopes are plain lookups.
    authScopes: (context) => ({
      'sagemaker:read': context.principal.scopes.has('sagemaker:read'),
      'sagemaker:write': context.principal.scopes.has('sagemaker:write'),
      'sagemaker:admin': context.principal.scopes.has('sagemaker:admin'),
    }),
    // Checked once when a subscription starts, not per event.
    authorizeOnSubscribe: true,
    unauthorizedError: (_parent, _context, info, result) =>
      forbidden(`${info.parentType.name}.${info.fieldName}`, result.failure),
  },
  complexity: {
    // Each field costs 1; a list multiplies what it selects. Lists on a record (tags, metrics,
    // hyperparameters) are short and cost no call, so a moderate 5; connections set their own
    // multiplier from `first` (see connectionComplexity). The limit is the gateway's (MAX_COST).
    defaultComplexity: 1,
    defaultListMultiplier: 5,
  },
  relay: {
    cursorType: 'String',
    clientMutationId: 'omit',
    pageInfoTypeOptions: {
      description: 'Where a page of a connection stands, for paging on.',
      // Every subgraph with connections defines PageInfo; a supergraph needs it shareable.
      shareable: true,
    },
    hasNextPageFieldOptions: { description: 'Whether more results may follow this page.' },
    hasPreviousPageFieldOptions: {
      description: 'Whether results come before this page (it was asked for with a cursor).',
    },
    startCursorFieldOptions: { description: 'The cursor of the first result of this page.' },
    endCursorFieldOptions: {
      description: 'The cursor of the last result of this page: pass it as `after` for the next.',
    },
    // A node's global id is its ARN, so clients can pass ids straight to AWS tools and back.
    encodeGlobalID: (_typename, id) => String(id),
    // Ids are checked per item in node/nodes (resolveIds): a throw here would fail every id of a
    // nodes(ids:) list for one bad one.
    decodeGlobalID: (globalID) => ({ typename: '', id: globalID }),
    nodeQueryOptions: {
      description:
        'The node with this id (its ARN), or null when it names nothing here: a missing resource, or one of another account, region or partition. An id SageMaker would reject is an error (BAD_USER_INPUT).',
      resolve: async (_root, args, context, info) => {
        const [node] = await resolveIds(ids, context, info, [args.id.id]);
        if (node instanceof Error) throw node;
        return node;
      },
    },
    nodesQueryOptions: {
      description:
        'The nodes with these ids (ARNs), in order; null for an id that names nothing here, and an error at its index for an id SageMaker would reject. At most MAX_NODE_IDS ids (default 100; code MAX_NODE_IDS_LIMIT).',
      // Each id may cost a lookup: the selection counts once per id, not as a list of 5.
      complexity: (args) => ({ field: 1, multiplier: Math.max(1, args.ids.length) }),
      resolve: (_root, args, context, info) => {
        checkIdCount(context, args.ids.length);
        return resolveIds(
          ids,
          context,
          info,
          args.ids.map((id) => id.id),
        ) as Promise<Promise<unknown>[]>;
      },
    },
  },
});

isNodeType = (typename) => builder.configStore.hasImplementation(typename);
ids = { builder: builder as never, isNodeType };

builder.addScalarType('DateTime', DateTimeResolver);
builder.addScalarType('JSON', JSONResolver);
builder.addScalarType('NonNegativeInt', NonNegativeIntResolver);
builder.addScalarType('NonNegativeFloat', NonNegativeFloatResolver);
// Mutation inputs' longs without a 32-bit bound (a shuffle seed, a profiling interval).
builder.addScalarType('SafeInt', SafeIntResolver);

// On the type, not per field: every root field, node/nodes and those added later included,
// needs the read scope unless it says otherwise.
builder.queryType({ authScopes: ROOT_SCOPES.Query });
