import type { SageMakerClient, Tag } from '@aws-sdk/client-sagemaker';
import { createContextCache } from '@pothos/core';
import DataLoader from 'dataloader';
import { guardAdmits } from '../sagemaker/batch/guard.js';
import { knownOutOfTenant, rememberOutOfTenant } from '../sagemaker/batch/out-of-tenant.js';
import type { BatchResult } from '../sagemaker/batch/search.js';
import type { WarnLogger } from '../sagemaker/logger.js';
import type { Context } from './context.js';
import { LEVEL_BATCHES } from './level-schedule.js';

/** How one Describe-only resource (endpoint config, algorithm) is held to the tenants. */
export interface DescribedTenancy<Rec> {
  /** Scopes what is remembered out of tenant: the ARN's resource type, e.g. `endpoint-config`. */
  resource: string;
  /**
   * The request's loader of plain Describe answers. Links that inherit the tenant of the record
   * they start from (an endpoint's configuration, a job's algorithm) read it directly.
   */
  described: (context: Context) => DataLoader<string, Rec | null>;
  /**
   * The tags of `records`, aligned; an Error where they could not be read (that item then fails,
   * closed): one ListTags per record.
   */
  tagsOf: (
    records: readonly Rec[],
    context: Context,
  ) => Promise<readonly (readonly Tag[] | Error)[]>;
}

/**
 * The batch function of a Describe-only node under the request's tenant guard, for the paths
 * that start from a client's key (lookups, `node`/`nodes`, `_entities`): each found record is
 * checked by its tags, and one outside the tenants is null, exactly as if it did not exist (and
 * remembered as such for this guard, so probing it again costs no call, as a missing key does).
 * Without a guard (an admin) it is the plain Describe batch.
 */
export async function loadWithinTenants<Rec extends object>(
  keys: readonly string[],
  context: Context,
  tenancy: DescribedTenancy<Rec>,
): Promise<BatchResult<Rec>[]> {
  const guard = context.tenantGuard;
  const loader = tenancy.described(context);
  if (guard === undefined) return loader.loadMany(keys);
  const { sagemaker: client } = context;
  const known = (key: string) => knownOutOfTenant(client, tenancy.resource, guard, key);
  const fresh = keys.filter((key) => !known(key));
  const loaded = await loader.loadMany(fresh);
  const found = loaded.filter((item): item is Rec => item !== null && !(item instanceof Error));
  const tags = await tenancy.tagsOf(found, context);
  const verdicts = new Map<Rec, BatchResult<Rec>>();
  for (const [at, record] of found.entries()) {
    const recordTags = tags[at];
    if (recordTags instanceof Error) verdicts.set(record, recordTags);
    else verdicts.set(record, guardAdmits(guard, recordTags) ? record : null);
  }
  const byKey = new Map<string, BatchResult<Rec>>();
  for (const [at, key] of fresh.entries()) {
    const item = loaded[at] ?? null;
    if (item === null || item instanceof Error) {
      byKey.set(key, item);
      continue;
    }
    const verdict = verdicts.get(item) ?? null;
    if (verdict === null) rememberOutOfTenant(client, tenancy.resource, guard, key);
    byKey.set(key, verdict);
  }
  return keys.map((key) => byKey.get(key) ?? null);
}

/**
 * The request's loader of a Describe-only resource's plain answers (no tenant check), in one
 * batch per level: each key costs its own Describe anyway, and one batch keeps the level whole.
 */
export function describedLoader<Rec>(
  batch: (
    client: SageMakerClient,
    keys: readonly string[],
    logger?: WarnLogger,
  ) => Promise<BatchResult<Rec>[]>,
): (context: Context) => DataLoader<string, Rec | null> {
  return createContextCache(
    (context: Context) =>
      new DataLoader<string, Rec | null>(
        (keys) => batch(context.sagemaker, keys, context.logger),
        LEVEL_BATCHES,
      ),
  );
}
