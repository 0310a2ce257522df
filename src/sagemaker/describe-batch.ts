import type { SageMakerClient, Tag } from '@aws-sdk/client-sagemaker';
import { parseArn } from './arn.js';
import { mapLimited } from './limiter.js';
import {
  type BatchResult,
  DESCRIBE_CONCURRENCY,
  listTags,
  settle,
  type WarnLogger,
} from './search-batch.js';

/** How to load one resource that Search does not cover. */
export interface DescribeSpec<T> {
  /** The ARN's resource-type segment, e.g. `model`. */
  arnType: string;
  namePattern: RegExp;
  describeOperation: string;
  /** Describe by name. Throws SDK errors. */
  describe: (client: SageMakerClient, name: string) => Promise<T>;
  /** The ARN in the Describe output, for ListTags. */
  arnOf: (item: T) => string | undefined;
}

/** A Describe output with the resource's tags, as Search records carry them. */
export type Tagged<T> = T & { Tags: Tag[] };

/**
 * Batch function for resources without Search or a batch Describe (endpoint configs, models,
 * algorithms), aligned with `keys` (names or ARNs): Describe plus ListTags per distinct key, at
 * most {@link DESCRIBE_CONCURRENCY} keys in flight; `null` for missing or invalid keys, an Error
 * for a key whose call failed.
 */
export async function describeByKeys<T extends object>(
  client: SageMakerClient,
  spec: DescribeSpec<T>,
  keys: readonly string[],
  logger?: WarnLogger,
): Promise<BatchResult<Tagged<T>>[]> {
  const nameOf = (key: string): string | undefined => {
    if (!key.startsWith('arn:')) return spec.namePattern.test(key) ? key : undefined;
    const arn = parseArn(key);
    // SageMaker lower-cases names in ARNs, so an ARN's name is looked up in that form.
    return arn?.resourceType === spec.arnType && spec.namePattern.test(arn.resourceName)
      ? arn.resourceName.toLowerCase()
      : undefined;
  };
  const names = [...new Set(keys.map(nameOf).filter((name) => name !== undefined))];
  const loaded = await mapLimited(names, DESCRIBE_CONCURRENCY, (name) =>
    settle(spec.describeOperation, logger, async () => {
      const item = await spec.describe(client, name);
      const arn = spec.arnOf(item);
      return { ...item, Tags: arn === undefined ? [] : await listTags(client, arn) };
    }),
  );
  const byName = new Map(names.map((name, at) => [name, loaded[at] ?? null]));
  return keys.map((key) => {
    const name = nameOf(key);
    return name === undefined ? null : (byName.get(name) ?? null);
  });
}
