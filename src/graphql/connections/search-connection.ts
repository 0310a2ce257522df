import type { Filter, SearchRecord } from '@aws-sdk/client-sagemaker';
import type { ArgBuilder, ObjectRef } from '@pothos/core';
import { createGraphQLError } from 'graphql-yoga';
import {
  ConnectionArgumentError,
  type CursorScope,
  MAX_PAGE_SIZE,
  queryHash,
} from '../../connection/cursor.js';
import {
  buildConnection,
  type Connection,
  DEFAULT_PAGE_SIZE,
  type Edge,
  type PageArgs,
  type PageRequest,
  readPageArgs,
} from '../../connection/page.js';
import { searchPage } from '../../sagemaker/search-page.js';
import { type CompiledSearch, compileSearch } from '../../search/compile.js';
import type { FilterInput, OrderInput } from '../../search/inputs.js';
import type { SearchResource } from '../../search/property-spec.js';
import { builder } from '../builder.js';
import type { Context } from '../context.js';
import type { resourceFilterInput, resourceOrderInput } from '../filters/resource-inputs.js';
import { settingsOf } from '../settings.js';

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

/** How a connection reads its resource from Search records and shares what it read. */
export interface SearchCollection<T> {
  resource: SearchResource;
  pick: (record: SearchRecord) => T | undefined;
  /** Puts a listed item into the per-request loaders, so links that reach it cost no call. */
  prime: (context: Context, item: T) => void;
}

/**
 * The collection of `resource` whose items `pick` reads from Search records, primed into the
 * loader `loaderOf` under each key a link may use (name and ARN).
 */
export const searchCollection = <T>(
  resource: SearchResource,
  pick: (record: SearchRecord) => T | undefined,
  loaderOf: (context: Context) => { prime: (key: string, value: T) => unknown },
  keysOf: (item: T) => Array<string | undefined>,
): SearchCollection<T> => ({
  resource,
  pick,
  prime: (context, item) => {
    const loader = loaderOf(context);
    for (const key of keysOf(item)) if (key !== undefined) loader.prime(key, item);
  },
});

/**
 * The complexity of a connection field: its selection counts once per result it can return
 * (`first`, 1..100), so a query's complexity approximates the fields it resolves over the items
 * it can fetch. Its edges and nodes lists then count once, not as lists again.
 */
export const connectionComplexity = (args: { first?: number | null }) => ({
  field: 1,
  multiplier: Math.min(Math.max(args.first ?? DEFAULT_PAGE_SIZE, 1), MAX_PAGE_SIZE),
});

/** The connection and edge object types of `node`: `<Name>Connection` and `<Name>Edge`. */
export function connectionType<T>(
  name: string,
  node: ObjectRef<Types, T>,
  description: string,
): ObjectRef<Types, Connection<T>> {
  const edge = builder.objectRef<Edge<T>>(`${name}Edge`).implement({
    description: `One ${description} of a page, with the cursor that continues after it.`,
    fields: (t) => ({
      cursor: t.string({
        nullable: false,
        description: 'Pass as `after` to continue with the results after this one.',
        resolve: (parent) => parent.cursor,
      }),
      node: t.field({
        type: node,
        nullable: false,
        description: `The ${description}.`,
        // Pothos cannot relate a generic T to the ref's resolver type; the ref's shape is T.
        resolve: (parent) => parent.node as never,
      }),
    }),
  });
  return builder.objectRef<Connection<T>>(`${name}Connection`).implement({
    description: `A page of ${description}s, in the requested order.`,
    fields: (t) => ({
      edges: t.field({
        type: [edge],
        nullable: false,
        complexity: { field: 1, multiplier: 1 },
        description: 'The results of this page, each with its cursor.',
        resolve: (parent) => parent.edges,
      }),
      nodes: t.field({
        type: [node],
        nullable: false,
        complexity: { field: 1, multiplier: 1 },
        description: 'The results of this page (the nodes of edges).',
        resolve: (parent) => parent.edges.map((item) => item.node),
      }),
      pageInfo: t.field({
        type: builder.pageInfoRef(),
        nullable: false,
        description:
          'Where this page stands: hasNextPage and endCursor continue forward; hasPreviousPage is true when the page was asked for with `after`.',
        resolve: (parent) => parent.pageInfo,
      }),
      totalCount: t.int({
        nullable: true,
        description:
          'How many results match in all (SageMaker’s TotalHits); a lower bound when totalCountIsExact is false (SageMaker stops counting at 10 000). Null when SageMaker does not report it.',
        resolve: (parent) => parent.totalCount,
      }),
      totalCountIsExact: t.boolean({
        nullable: false,
        description: 'Whether totalCount is exact (true) or a lower bound (false).',
        resolve: (parent) => parent.totalCountIsExact,
      }),
    }),
  });
}

/** The paging arguments of every Search connection: `first` (1..100, default 20) and `after`. */
export const pageArgs = (arg: ArgBuilder<Types>) => ({
  first: arg.int({
    defaultValue: DEFAULT_PAGE_SIZE,
    description: `How many results to return, from 1 to ${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE}). A page can be shorter than this even when more results follow; check pageInfo.hasNextPage.`,
  }),
  after: arg.string({
    description:
      'Return the results after this cursor (pageInfo.endCursor or an edge’s cursor). A cursor only continues the query that returned it: the same filter, orderBy and parent.',
  }),
  last: arg.int({
    description:
      'Not supported: backward paging is rejected. Present for Relay’s connection conventions; page forward with first and after.',
  }),
  before: arg.string({
    description:
      'Not supported: backward paging is rejected. Present for Relay’s connection conventions; page forward with first and after.',
  }),
});

const badInput = (error: ConnectionArgumentError) =>
  createGraphQLError(error.message, { extensions: { code: error.code } });

/** The arguments of a collection field. */
export interface CollectionArgs extends PageArgs {
  filter?: FilterInput | null;
  orderBy?: OrderInput | null;
}

/** What a parent adds to a nested connection's Search. */
export interface ParentScope {
  /** Filters AND-ed next to the context's guard (e.g. the parent's ARN). */
  guard?: Filter[];
  /** The order when the client gives none. */
  defaultOrder?: CompiledSearch;
}

/**
 * The Search of a collection: the filter and order compiled with the context's guard for the
 * resource (and the parent's) AND-ed on top, so no input escapes them. Throws the compiler's
 * errors, before any call.
 */
export function compileCollection(
  context: Context,
  resource: SearchResource,
  args: CollectionArgs,
  scope: ParentScope = {},
): CompiledSearch {
  const guard = [...(context.guards?.[resource] ?? []), ...(scope.guard ?? [])];
  const search = compileSearch(resource, args.filter, args.orderBy, { guard });
  return search.SortBy === undefined && scope.defaultOrder
    ? { ...search, ...scope.defaultOrder }
    : search;
}

/**
 * What the cursors of the compiled Search `search` over `resource` are bound to: its query hash
 * (which covers the context's tenant guard and the parent's key, both compiled into `search`)
 * and the gateway's cursor key.
 */
export const cursorScope = (
  context: Context,
  resource: SearchResource,
  search: CompiledSearch,
): CursorScope => ({ query: queryHash(resource, search), key: settingsOf(context).cursorKey });

/**
 * Checks the paging arguments for the cursor scope `scope` (see readPageArgs), as a GraphQL
 * error with code BAD_USER_INPUT.
 */
export function checkPageArgs(args: PageArgs, scope: CursorScope): PageRequest {
  try {
    return readPageArgs(args, scope);
  } catch (error) {
    throw error instanceof ConnectionArgumentError ? badInput(error) : error;
  }
}

/**
 * One page of `collection` for the compiled Search `search`: the arguments are checked (and
 * the cursor bound to resource and search) before any call; then one Search, or two when the page
 * runs past an upstream page of 100. The listed items are primed into the per-request loaders.
 */
export async function resolveSearchConnection<T>(
  context: Context,
  collection: SearchCollection<T>,
  search: CompiledSearch,
  args: PageArgs,
): Promise<Connection<T>> {
  const scope = cursorScope(context, collection.resource, search);
  const request = checkPageArgs(args, scope);
  const connection = await buildConnection(request, scope, async (token, maxResults) => {
    const page = await searchPage(
      context.sagemaker,
      {
        Resource: collection.resource,
        ...search,
        MaxResults: maxResults,
        ...(token === undefined ? {} : { NextToken: token }),
      },
      context.logger,
      // The client's filter and its cursor's token: a rejection of them is BAD_USER_INPUT.
      { userInput: true },
    );
    const items = (page.Results ?? []).flatMap((record) => {
      const item = collection.pick(record);
      return item === undefined ? [] : [item];
    });
    const hits = page.TotalHits;
    return {
      items,
      ...(page.NextToken ? { nextToken: page.NextToken } : {}),
      ...(hits?.Value === undefined
        ? {}
        : { totalHits: { value: hits.Value, exact: hits.Relation === 'EqualTo' } }),
    };
  });
  for (const edge of connection.edges) collection.prime(context, edge.node);
  return connection;
}

export const ORDER_NOTE =
  'Without orderBy, SageMaker’s order: most recently modified (or created) first, ties by ARN.';

/** A root collection field: `name(filter, orderBy, first, after)`, one Search per page. */
export function rootCollectionField<Node, T extends Node>(
  name: string,
  options: {
    /** The connection type (its node ref's shape may also admit the loader's keys). */
    type: ObjectRef<Types, Connection<Node>>;
    collection: SearchCollection<T>;
    filter: ReturnType<typeof resourceFilterInput>;
    order: ReturnType<typeof resourceOrderInput>;
    /** What the collection lists, e.g. "Training jobs". */
    what: string;
    /** The filter argument's description. */
    which: string;
  },
): void {
  builder.queryField(name, (t) =>
    t.field({
      type: options.type,
      description: `${options.what} matching filter, page by page (one SageMaker Search per page). ${ORDER_NOTE}`,
      args: {
        filter: t.arg({ type: options.filter, description: options.which }),
        orderBy: t.arg({ type: options.order, description: 'The order of the results.' }),
        ...pageArgs(t.arg),
      },
      complexity: connectionComplexity,
      resolve: (_root, args, context) =>
        resolveSearchConnection(
          context,
          options.collection,
          compileCollection(context, options.collection.resource, args),
          args,
        ),
    }),
  );
}
