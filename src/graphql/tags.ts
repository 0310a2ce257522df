import type { Tag } from '@aws-sdk/client-sagemaker';
import { createContextCache } from '@pothos/core';
import DataLoader from 'dataloader';
import { loadTagsByArn } from '../sagemaker/tags.js';
import type { Context } from './context.js';
import { LEVEL_BATCHES } from './level-schedule.js';

// Describe-only resources (endpoint configs, algorithms) come without tags; one loader
// per request fetches them by ARN for the items whose `tags` a query selects, in one batch per
// level: each ARN costs its own ListTags anyway (see EndpointConfig).
const tagsByArn = createContextCache(
  (context: Context) =>
    new DataLoader<string, Tag[]>(
      (arns) => loadTagsByArn(context.sagemaker, arns, context.logger),
      LEVEL_BATCHES,
    ),
);

/** The tags of the resource with `arn` (none without an ARN), batched and cached per request. */
export const tagsOf = (arn: string | undefined, context: Context): Promise<Tag[]> =>
  arn === undefined ? Promise.resolve([]) : tagsByArn(context).load(arn);

/**
 * The tags of each of `records` by their ARN (aligned), an Error where ListTags failed: the
 * tenant check of Describe-only resources. Shares the request's loader with the `tags` fields, so
 * a query that also selects `tags` pays once.
 */
export async function listedTags<Rec>(
  records: readonly Rec[],
  arnOf: (record: Rec) => string | undefined,
  context: Context,
): Promise<(Tag[] | Error)[]> {
  const arns = records.map(arnOf);
  const known = arns.filter((arn): arn is string => arn !== undefined);
  const loaded = await tagsByArn(context).loadMany(known);
  const byArn = new Map(known.map((arn, at) => [arn, loaded[at] ?? []]));
  return arns.map((arn) => (arn === undefined ? [] : (byArn.get(arn) ?? [])));
}

/** Makes `tags` the request's answer for the tags of `arn`: they were just changed. */
export function primeTags(context: Context, arn: string, tags: Tag[]): void {
  tagsByArn(context).clear(arn).prime(arn, tags);
}
