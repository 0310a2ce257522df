import type { SageMakerClient, Tag } from '@aws-sdk/client-sagemaker';
import { parseArn } from '../arn.js';
import type { DescribeSpec } from '../batch/describe.js';
import { type BatchResult, listTags, type SearchKeySpec, settle } from '../batch/search.js';
import type { WarnLogger } from '../logger.js';
import { readOptions } from '../read-options.js';

/** How a resource family is described: its Search spec or its Describe-only spec. */
export type FreshSpec<T extends object> = SearchKeySpec<T> | DescribeSpec<T>;

/**
 * The resource `key` (a name, or an ARN) names, read right after a write by Describe, never by
 * Search (eventually consistent: a new resource may be missing from it for a while): the
 * negative cache's entries for the key are dropped first, and coalescing shares no read that
 * predates the write (middleware/coalescing.ts). Null when it does not exist; an Error when the
 * read failed.
 */
export async function readFresh<T extends object>(
  client: SageMakerClient,
  spec: FreshSpec<T>,
  key: string,
  logger?: WarnLogger,
): Promise<BatchResult<T>> {
  const arn = key.startsWith('arn:') ? parseArn(key) : undefined;
  const name = arn?.resourceName ?? key;
  const cache = readOptions(client).negativeCache;
  for (const entry of new Set([key, key.toLowerCase(), name, name.toLowerCase()])) {
    cache?.delete(spec.arnType, entry);
  }
  return settle(spec.describeOperation, logger, () =>
    'resource' in spec
      ? spec.describe(client, { name, raw: key, ...(arn === undefined ? {} : { arn }) }, logger)
      : spec.describe(client, name),
  );
}

/** The current tags of `arn`, read fresh (ListTags); null when the resource does not exist. */
export const readFreshTags = (
  client: SageMakerClient,
  arn: string,
  logger?: WarnLogger,
): Promise<BatchResult<Tag[]>> => settle('ListTags', logger, () => listTags(client, arn, logger));
