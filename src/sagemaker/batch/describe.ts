import type { SageMakerClient } from '@aws-sdk/client-sagemaker';
import { parseArn } from '../arn.js';
import type { WarnLogger } from '../logger.js';
import { mapLimited } from './limiter.js';
import { type BatchResult, DESCRIBE_CONCURRENCY, settle } from './search.js';

/** How to load one resource that Search does not cover. */
export interface DescribeSpec<T> {
  /** The ARN's resource-type segment, e.g. `model`. */
  arnType: string;
  namePattern: RegExp;
  describeOperation: string;
  /** Describe by name. Throws SDK errors. */
  describe: (client: SageMakerClient, name: string) => Promise<T>;
}

/**
 * Batch function for resources without Search or a batch Describe (endpoint configs, models,
 * algorithms), aligned with `keys` (names or ARNs): one Describe per distinct key, at most
 * {@link DESCRIBE_CONCURRENCY} in flight; `null` for missing or invalid keys, an Error for a key
 * whose call failed. Describe omits tags; they load separately (tags.ts), only when asked for.
 */
export async function describeByKeys<T extends object>(
  client: SageMakerClient,
  spec: DescribeSpec<T>,
  keys: readonly string[],
  logger?: WarnLogger,
): Promise<BatchResult<T>[]> {
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
    settle(spec.describeOperation, logger, () => spec.describe(client, name)),
  );
  const byName = new Map(names.map((name, at) => [name, loaded[at] ?? null]));
  return keys.map((key) => {
    const name = nameOf(key);
    return name === undefined ? null : (byName.get(name) ?? null);
  });
}
