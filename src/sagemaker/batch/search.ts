import {
  ListTagsCommand,
  type ResourceType,
  type SageMakerClient,
  SearchCommand,
  type SearchExpression,
  type SearchRecord,
  type Tag,
} from '@aws-sdk/client-sagemaker';
import { chunk } from '../../search/chunk.js';
import { parseArn, type SageMakerArn } from '../arn.js';
import { type MapOptions, mapSageMakerError, SageMakerCallError } from '../errors.js';
import type { WarnLogger } from '../logger.js';
import { inFlightBound } from '../middleware/concurrency.js';
import type { NameRule } from '../names.js';
import { readOptions } from '../read-options.js';
import { searchPage } from '../search-page.js';
import { guardAdmits, guardedExpression, type KeyGuard } from './guard.js';
import { anyOfExpression, anyOfFilters, keyExpression } from './key-expression.js';
import { mapLimited } from './limiter.js';
import { knownOutOfTenant, rememberOutOfTenant } from './out-of-tenant.js';
import { pages } from './pages.js';

/** Search takes at most 100 results per page, so a batch of 100 keys never needs a second page. */
export const MAX_BATCH = 100;

/** A batch function's answer per key: the item, null when it does not exist, or that key's error. */
export type BatchResult<T> = T | Error | null;

/** How to find one Search resource by name or ARN. */
export interface SearchKeySpec<T extends object> {
  resource: ResourceType;
  nameProperty: keyof T & string;
  arnProperty: keyof T & string;
  /** The ARN's resource-type segment, e.g. `training-job`. */
  arnType: string;
  /** Valid names (and the name part of an ARN); other keys cannot exist and load as null. */
  namePattern: NameRule;
  /** The name part of an ARN, where it differs (a model package's `<group>/<version>`). */
  arnNamePattern?: NameRule;
  /** The item in a Search record. */
  pick: (record: SearchRecord) => T | undefined;
  /**
   * Where the item sits in its Search record, prefixed to the key properties Search filters on:
   * `Model.` for a model, whose record is a ModelDashboardModel holding it as `Model`.
   */
  searchPath?: string;
  /**
   * Whether the guard's tag filters ride in the Search (default). False checks each hit's tags
   * instead, for records whose tags sit below the top (a model's): the same calls, the same
   * answers, only the filtering moves.
   */
  guardInSearch?: boolean;
  /** Whether a Search hit answers a name key (a model package's name is shared by its versions). */
  answersName?: (item: T) => boolean;
  /**
   * Describe by the name (or, where the API takes one, the ARN), with tags; null when the
   * resource went missing between its Describe and its ListTags. Throws SDK or mapped errors.
   */
  describe: (
    client: SageMakerClient,
    key: { name: string; arn?: SageMakerArn; raw: string },
    logger?: WarnLogger,
  ) => Promise<T | null>;
  /** For logs and errors. */
  describeOperation: string;
}

const read = (item: object, property: string): unknown =>
  (item as Record<string, unknown>)[property];

/** Whether a found item (null passes: nothing to hide) passes `guard`, by its Tags. */
function admitted(guard: KeyGuard | undefined, item: object | null): boolean {
  if (guard === undefined || item === null) return true;
  const tags = read(item, 'Tags');
  return guardAdmits(guard, Array.isArray(tags) ? (tags as Tag[]) : undefined);
}

/**
 * A Describe answer with its tags, which Describe omits and Search includes (so this rare path
 * costs one more call): null when the resource went away between the two calls.
 */
export async function withTags<T extends object>(
  client: SageMakerClient,
  record: T,
  arn: string | undefined,
  logger?: WarnLogger,
): Promise<(T & { Tags: Tag[] }) | null> {
  const tags = arn === undefined ? [] : await listTags(client, arn, logger);
  return tags === null ? null : { ...record, Tags: tags };
}

/**
 * All tags of `arn` (ListTags, paged): Describe shapes omit them. Null when ListTags says the
 * resource does not exist (deleted since it was found). Throws mapped errors.
 */
export async function listTags(
  client: SageMakerClient,
  arn: string,
  logger?: WarnLogger,
): Promise<Tag[] | null> {
  const tags: Tag[] = [];
  try {
    const read = pages(
      client,
      'ListTags',
      (token) =>
        client.send(
          new ListTagsCommand({
            ResourceArn: arn,
            MaxResults: 100,
            ...(token === undefined ? {} : { NextToken: token }),
          }),
        ),
      logger,
    );
    for await (const page of read) tags.push(...(page.Tags ?? []));
  } catch (error) {
    const mapped = mapSageMakerError('ListTags', error, logger);
    if (mapped === null) return null;
    throw mapped;
  }
  return tags;
}

/** Runs `call`, mapping SDK errors (`operation`'s not-found → null) via errors.ts. */
export async function settle<T>(
  operation: string,
  logger: WarnLogger | undefined,
  call: () => Promise<T | null>,
  options: MapOptions = {},
): Promise<BatchResult<T>> {
  try {
    return await call();
  } catch (error) {
    return mapSageMakerError(operation, error, logger, options);
  }
}

/**
 * Every record a Search returns, following NextToken (100 per page, at most MAX_UPSTREAM_PAGES).
 * For list-style helpers whose result size is not bounded by the number of keys. The expression
 * is the gateway's own (keys read from records), so a rejection is a bug, not bad input. Throws
 * mapped errors.
 */
async function searchAll<T>(
  client: SageMakerClient,
  resource: ResourceType,
  expression: SearchExpression,
  pick: (record: SearchRecord) => T | undefined,
  logger?: WarnLogger,
): Promise<T[]> {
  const items: T[] = [];
  const read = pages(
    client,
    'Search',
    (token) =>
      searchPage(
        client,
        {
          Resource: resource,
          SearchExpression: expression,
          MaxResults: MAX_BATCH,
          ...(token === undefined ? {} : { NextToken: token }),
        },
        logger,
      ),
    logger,
  );
  for await (const page of read) {
    for (const record of page.Results ?? []) {
      const item = pick(record);
      if (item !== undefined) items.push(item);
    }
  }
  return items;
}

interface ParsedKey {
  raw: string;
  /** The Search key: the name, or the lower-cased ARN. */
  id: string;
  name: string;
  arn?: SageMakerArn;
}

function parseKey<T extends object>(spec: SearchKeySpec<T>, key: string): ParsedKey | undefined {
  if (key.startsWith('arn:')) {
    const arn = parseArn(key);
    const pattern = spec.arnNamePattern ?? spec.namePattern;
    if (arn?.resourceType !== spec.arnType || !pattern.test(arn.resourceName)) {
      return undefined;
    }
    // SageMaker lower-cases names in ARNs, so ARNs match case-insensitively.
    return { raw: key, id: key.toLowerCase(), name: arn.resourceName, arn };
  }
  return spec.namePattern.test(key) ? { raw: key, id: key, name: key } : undefined;
}

/**
 * Batch function for a Search resource by name or ARN, aligned with `keys` (dataloader contract):
 * the item (with Tags), `null` when it does not exist (or cannot: an invalid key), or an Error for
 * that key. One Search per 100 distinct keys; keys Search did not return (it is eventually
 * consistent) fall back to Describe, as many at a time as the operation's bound
 * ({@link inFlightBound}) lets through.
 *
 * With a `guard` (the request's tenant filters), the Search carries it AND-ed with the keys and a
 * described record whose tags fail it is null, exactly as if missing; without one the calls are
 * those of an unguarded batch. Only true not-found answers enter the negative cache.
 */
export async function searchByKeys<T extends object>(
  client: SageMakerClient,
  spec: SearchKeySpec<T>,
  keys: readonly string[],
  logger?: WarnLogger,
  guard?: KeyGuard,
): Promise<BatchResult<T>[]> {
  const { negativeCache } = readOptions(client);
  const parsed = new Map<string, ParsedKey>();
  const hits = new Map<string, BatchResult<T>>();
  for (const key of keys) {
    const found = parseKey(spec, key);
    if (found === undefined || parsed.has(found.id) || hits.has(found.id)) continue;
    // A key a Describe recently said is missing, or outside this guard's tenants, costs no call
    // until its entry expires.
    if (
      negativeCache?.has(spec.arnType, found.id) ||
      (guard !== undefined && knownOutOfTenant(client, spec.arnType, guard, found.id))
    ) {
      hits.set(found.id, null);
    } else parsed.set(found.id, found);
  }
  await Promise.all(
    chunk([...parsed.values()], MAX_BATCH).map(async (batch) => {
      const names = batch.filter((key) => key.arn === undefined).map((key) => key.id);
      const arns = batch.filter((key) => key.arn !== undefined).map((key) => key.id);
      const path = spec.searchPath ?? '';
      const byKeys = keyExpression(
        `${path}${spec.nameProperty}`,
        `${path}${spec.arnProperty}`,
        names,
        arns,
      );
      try {
        const page = await client.send(
          new SearchCommand({
            Resource: spec.resource,
            SearchExpression:
              spec.guardInSearch === false ? byKeys : guardedExpression(guard, byKeys),
            MaxResults: MAX_BATCH,
          }),
        );
        for (const record of page.Results ?? []) {
          const item = spec.pick(record);
          if (item === undefined) continue;
          const name = read(item, spec.nameProperty);
          const arn = read(item, spec.arnProperty);
          const ids = [
            ...(typeof arn === 'string' ? [arn.toLowerCase()] : []),
            ...(typeof name === 'string' && (spec.answersName?.(item) ?? true) ? [name] : []),
          ];
          // A guard in the Search already held; checking again keeps a lax backend from leaking.
          // A guard checked here makes a hit outside it null, remembered as out of tenant.
          const admits = admitted(guard, item);
          if (!admits && spec.guardInSearch !== false) continue;
          for (const id of ids) {
            hits.set(id, admits ? item : null);
            if (!admits && guard !== undefined && parsed.has(id)) {
              rememberOutOfTenant(client, spec.arnType, guard, id);
            }
          }
        }
      } catch (error) {
        // Not a Describe: no Search error means "missing"; each key of the batch gets it.
        const failure =
          mapSageMakerError('Search', error, logger) ?? new SageMakerCallError('Search', error);
        for (const key of batch) hits.set(key.id, failure);
      }
    }),
  );
  const missing = [...parsed.values()].filter((key) => !hits.has(key.id));
  // The keys are the client's (lookups, node ids, entity keys): a rejection is its bad input.
  const bound = inFlightBound(client, spec.describeOperation);
  const described = await mapLimited(missing, bound, (key) =>
    settle(spec.describeOperation, logger, () => spec.describe(client, key, logger), {
      userInput: true,
    }),
  );
  for (const [at, key] of missing.entries()) {
    const result = described[at] ?? null;
    // Missing for everyone: cached for all. Out of tenant: null, and cached for this guard only.
    if (result === null) negativeCache?.add(spec.arnType, key.id);
    const admits = result instanceof Error || admitted(guard, result);
    if (!admits && guard !== undefined) rememberOutOfTenant(client, spec.arnType, guard, key.id);
    hits.set(key.id, admits ? result : null);
  }
  return keys.map((key) => {
    const found = parseKey(spec, key);
    return found === undefined ? null : (hits.get(found.id) ?? null);
  });
}

/**
 * Batch function for a one-to-many link found by Search: per value in `values`, the records whose
 * `property` holds it (`valuesOf` reads them back from a record, to group the hits). One Search per
 * 100 values, paged to the end; a failed Search is an Error for each of its values. A `guard` is
 * AND-ed with the values (and checked on each hit), so a link never reaches out of tenant.
 */
export async function searchGroupedBy<T extends object>(
  client: SageMakerClient,
  query: {
    resource: ResourceType;
    property: string;
    pick: (record: SearchRecord) => T | undefined;
    valuesOf: (item: T) => readonly (string | undefined)[];
  },
  values: readonly string[],
  logger?: WarnLogger,
  guard?: KeyGuard,
): Promise<(T[] | Error)[]> {
  const groups = new Map<string, T[] | Error>();
  await Promise.all(
    chunk([...new Set(values)], MAX_BATCH).map(async (batch) => {
      for (const value of batch) groups.set(value, []);
      const found = await settle('Search', logger, () =>
        searchAll(
          client,
          query.resource,
          guardedExpression(guard, anyOfExpression(anyOfFilters(query.property, batch))),
          query.pick,
          logger,
        ),
      );
      if (found instanceof Error) {
        for (const value of batch) groups.set(value, found);
        return;
      }
      for (const item of found ?? []) {
        if (!admitted(guard, item)) continue;
        for (const value of new Set(query.valuesOf(item))) {
          const group = value === undefined ? undefined : groups.get(value);
          if (Array.isArray(group)) group.push(item);
        }
      }
    }),
  );
  return values.map((value) => groups.get(value) ?? []);
}
