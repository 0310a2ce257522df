import { createContextCache } from '@pothos/core';
import DataLoader from 'dataloader';
import { type CursorScope, MAX_PAGE_SIZE, queryHash } from '../../connection/cursor.js';
import { type Connection, connectionFromAll, type PageRequest } from '../../connection/page.js';
import { searchGroupedByParent } from '../../sagemaker/batch/grouped-search.js';
import type { CompiledSearch } from '../../search/compile.js';
import type { Context } from '../context.js';
import {
  type CollectionArgs,
  checkPageArgs,
  compileCollection,
  cursorScope,
  resolveSearchConnection,
  type SearchCollection,
} from './search-connection.js';

/**
 * The most results a shared first-page Search reads (three calls) before it gives up and each
 * parent searches on its own: beyond it, per-parent Searches of one page each are cheaper.
 */
const SHARED_READ_LIMIT = 3 * MAX_PAGE_SIZE;

/** How the items of a nested connection name their parent. */
export interface ParentLink<T> {
  /** The Search property holding the parent's key, e.g. `TuningJobArn`. */
  property: string;
  /** This parent's key. */
  value: string;
  /** The parent key of an item, as `normalize` writes it. */
  valueOf: (item: T) => string | undefined;
  /** How keys compare (e.g. lower-cased ARNs); identity by default. */
  normalize?: (value: string) => string;
  defaultOrder?: CompiledSearch;
}

type Shared = DataLoader<string, Connection<unknown> | null>;

const sharedLoaders = createContextCache(() => new Map<string, Shared>());

/**
 * The first pages of many parents from one Search over all of them, split per parent (see
 * searchGroupedByParent); null for each parent when that Search would not fit SageMaker's limits
 * or matches more than {@link SHARED_READ_LIMIT}, and the error for each when it failed.
 */
async function sharedFirstPages<T>(
  context: Context,
  collection: SearchCollection<T>,
  base: CompiledSearch,
  link: ParentLink<T>,
  pageOf: (value: string) => { request: PageRequest; scope: CursorScope },
  values: readonly string[],
): Promise<Array<Connection<T> | null | Error>> {
  let groups: T[][] | null;
  try {
    groups = await searchGroupedByParent(
      context.sagemaker,
      {
        resource: collection.resource,
        search: base,
        property: link.property,
        pick: collection.pick,
        valueOf: link.valueOf,
        ...(link.normalize === undefined ? {} : { normalize: link.normalize }),
        readLimit: SHARED_READ_LIMIT,
      },
      values,
      context.logger,
    );
  } catch (error) {
    const failure = error instanceof Error ? error : new Error(String(error));
    return values.map(() => failure);
  }
  if (groups === null) return values.map(() => null);
  return values.map((value, at) => {
    const { request, scope } = pageOf(value);
    return connectionFromAll(groups[at] ?? [], request, scope);
  });
}

/**
 * A nested connection (a parent's children found by Search): its own Search with the parent's
 * key AND-ed as a guard. First pages (no cursor) of up to 100 parents asking with the same
 * arguments share one Search read to the end (a few calls instead of one per parent) when the
 * children of all of them number at most {@link SHARED_READ_LIMIT}; otherwise, and for later
 * pages, each parent searches on its own. Cursors are those of the parent's own Search either way.
 */
export async function resolveNestedConnection<T>(
  context: Context,
  collection: SearchCollection<T>,
  args: CollectionArgs,
  link: ParentLink<T>,
): Promise<Connection<T>> {
  const ownSearch = (value: string) =>
    compileCollection(context, collection.resource, args, {
      guard: [{ Name: link.property, Operator: 'Equals', Value: value }],
      ...(link.defaultOrder === undefined ? {} : { defaultOrder: link.defaultOrder }),
    });
  const own = ownSearch(link.value);
  const request = checkPageArgs(args, cursorScope(context, collection.resource, own));
  if (request.resumed) return resolveSearchConnection(context, collection, own, args);

  const base = compileCollection(
    context,
    collection.resource,
    args,
    link.defaultOrder === undefined ? {} : { defaultOrder: link.defaultOrder },
  );
  const key = queryHash(collection.resource, {
    base,
    first: request.first,
    property: link.property,
  });
  const loaders = sharedLoaders(context);
  let loader = loaders.get(key);
  if (loader === undefined) {
    const pageOf = (value: string) => {
      const scope = cursorScope(context, collection.resource, ownSearch(value));
      return { request: { first: request.first, offset: 0, resumed: false }, scope };
    };
    const created: Shared = new DataLoader(
      (values) => sharedFirstPages(context, collection, base, link, pageOf, values),
      { maxBatchSize: MAX_PAGE_SIZE },
    );
    loaders.set(key, created);
    loader = created;
  }
  const shared = (await loader.load(link.value)) as Connection<T> | null;
  if (shared === null) return resolveSearchConnection(context, collection, own, args);
  for (const edge of shared.edges) collection.prime(context, edge.node);
  return shared;
}
