import { createContextCache } from '@pothos/core';
import DataLoader from 'dataloader';
import { type CursorScope, MAX_PAGE_SIZE, queryHash } from '../../connection/cursor.js';
import { type Connection, connectionFromAll, type PageRequest } from '../../connection/page.js';
import { searchGroupedByParent } from '../../sagemaker/batch/grouped-search.js';
import type { CompiledSearch } from '../../search/compile.js';
import type { Context } from '../context.js';
import { LEVEL_BATCHES } from '../level-schedule.js';
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
  /**
   * How many children this parent has before any filter, where its own record says (a tuning
   * job's TrainingJobStatusCounters): parents that all say are packed into Searches of at most
   * {@link MAX_PAGE_SIZE} children, one page each and no probe (see packParents).
   */
  children?: number;
}

type Shared = DataLoader<string, Connection<unknown> | null>;

const sharedLoaders = createContextCache(
  () => new Map<string, { loader: Shared; children: Map<string, number> }>(),
);

/**
 * `values` in groups whose children (by `children`) add up to at most {@link MAX_PAGE_SIZE}, first
 * fit in decreasing order of children; a parent with more children is left out (it searches on its
 * own). Aligned with nothing: each group lists its values.
 */
function packParents(values: readonly string[], children: (value: string) => number): string[][] {
  const packs: Array<{ values: string[]; total: number }> = [];
  const fitting = values.filter((value) => children(value) <= MAX_PAGE_SIZE);
  for (const value of [...fitting].sort((a, b) => children(b) - children(a))) {
    const count = children(value);
    const pack = packs.find((candidate) => candidate.total + count <= MAX_PAGE_SIZE);
    if (pack === undefined) packs.push({ values: [value], total: count });
    else {
      pack.values.push(value);
      pack.total += count;
    }
  }
  return packs.map((pack) => pack.values);
}

/** What every first page of one nested field shares: the children's Search and the link. */
interface FirstPages<T> {
  context: Context;
  collection: SearchCollection<T>;
  base: CompiledSearch;
  link: ParentLink<T>;
  pageOf: (value: string) => { request: PageRequest; scope: CursorScope };
  /** Each parent's children, where its record counts them. */
  children: ReadonlyMap<string, number>;
}

type FirstPage<T> = Connection<T> | null | Error;

/**
 * The first pages of many parents: packed by their children where every parent's record gives
 * the count (packedFirstPages), else one shared Search for all of them (groupedFirstPages).
 */
function firstPages<T>(query: FirstPages<T>, values: readonly string[]): Promise<FirstPage<T>[]> {
  return values.every((value) => query.children.has(value))
    ? packedFirstPages(query, values)
    : groupedFirstPages(query, values, SHARED_READ_LIMIT);
}

/**
 * The first pages of parents whose records give their number of children: one Search of one page
 * per pack of parents (packParents), all at once. A parent in no pack, or in a pack whose Search
 * found more than a page (the counts were stale) or could not be built, is null: it searches on
 * its own. A failed Search is the error of each parent of its pack.
 */
async function packedFirstPages<T>(
  query: FirstPages<T>,
  values: readonly string[],
): Promise<FirstPage<T>[]> {
  const answers = new Map<string, FirstPage<T>>();
  const packs = packParents([...new Set(values)], (value) => query.children.get(value) ?? 0);
  await Promise.all(
    packs.map(async (pack) => {
      const pages = await groupedFirstPages(query, pack, MAX_PAGE_SIZE);
      for (const [at, value] of pack.entries()) answers.set(value, pages[at] ?? null);
    }),
  );
  return values.map((value) => answers.get(value) ?? null);
}

/**
 * The first pages of many parents from one Search over all of them, split per parent (see
 * searchGroupedByParent); null for each parent when that Search would not fit SageMaker's limits
 * or matches more than `readLimit`, and the error for each when it failed.
 */
async function groupedFirstPages<T>(
  { context, collection, base, link, pageOf }: FirstPages<T>,
  values: readonly string[],
  readLimit: number,
): Promise<FirstPage<T>[]> {
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
        readLimit,
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
 * arguments share Searches: packed by their children where the parents' records count them (one
 * page per pack of at most 100 children, all at once); otherwise one Search read to the end when
 * the children of all of them number at most {@link SHARED_READ_LIMIT}. A parent with more
 * children than that, and every later page, searches on its own. Cursors are those of the
 * parent's own Search either way.
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
  let shared = loaders.get(key);
  if (shared === undefined) {
    const pageOf = (value: string) => {
      const scope = cursorScope(context, collection.resource, ownSearch(value));
      return { request: { first: request.first, offset: 0, resumed: false }, scope };
    };
    const children = new Map<string, number>();
    const loader: Shared = new DataLoader(
      (values) => firstPages({ context, collection, base, link, pageOf, children }, values),
      { ...LEVEL_BATCHES, maxBatchSize: MAX_PAGE_SIZE },
    );
    shared = { loader, children };
    loaders.set(key, shared);
  }
  if (link.children !== undefined) shared.children.set(link.value, link.children);
  const page = (await shared.loader.load(link.value)) as Connection<T> | null;
  if (page === null) return resolveSearchConnection(context, collection, own, args);
  for (const edge of page.edges) collection.prime(context, edge.node);
  return page;
}
