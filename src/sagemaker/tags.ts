import type { SageMakerClient, Tag } from '@aws-sdk/client-sagemaker';
import { mapLimited } from './batch/limiter.js';
import { type BatchResult, listTags, settle } from './batch/search.js';
import type { WarnLogger } from './logger.js';
import { inFlightBound } from './middleware/concurrency.js';

/**
 * Batch function for the tags of resources by ARN, aligned with `arns`: one ListTags (paged) per
 * distinct ARN, at most ListTags' bound in flight ({@link inFlightBound}); `[]` for a resource
 * that no longer exists, an Error for an ARN whose call failed. For resources whose Describe omits tags, so that
 * ListTags is paid only when tags are asked for.
 */
export async function loadTagsByArn(
  client: SageMakerClient,
  arns: readonly string[],
  logger?: WarnLogger,
): Promise<Exclude<BatchResult<Tag[]>, null>[]> {
  const distinct = [...new Set(arns)];
  const loaded = await mapLimited(distinct, inFlightBound(client, 'ListTags'), (arn) =>
    settle('ListTags', logger, () => listTags(client, arn, logger)),
  );
  const byArn = new Map(distinct.map((arn, at) => [arn, loaded[at] ?? []]));
  return arns.map((arn) => byArn.get(arn) ?? []);
}
