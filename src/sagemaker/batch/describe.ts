import type { SageMakerClient } from '@aws-sdk/client-sagemaker';
import { parseArn } from '../arn.js';
import type { WarnLogger } from '../logger.js';
import { inFlightBound } from '../middleware/concurrency.js';
import type { NameRule } from '../names.js';
import { readOptions } from '../read-options.js';
import { mapLimited } from './limiter.js';
import { type BatchResult, settle } from './search.js';

/** How to load one resource that Search does not cover. */
export interface DescribeSpec<T> {
  /** The ARN's resource-type segment, e.g. `model`. */
  arnType: string;
  namePattern: NameRule;
  describeOperation: string;
  /** Describe by name. Throws SDK errors. */
  describe: (client: SageMakerClient, name: string) => Promise<T>;
}

/**
 * Batch function for resources without Search or a batch Describe (endpoint configs, models,
 * algorithms), aligned with `keys` (names or ARNs): one Describe per distinct key, at most the
 * operation's bound in flight ({@link inFlightBound}, SAGEMAKER_MAX_CONCURRENCY); `null` for
 * missing or invalid keys, an Error for a key whose call failed. Names found missing are
 * remembered in the client's negative cache, if any. Describe omits tags; they load separately
 * (tags.ts), only when asked for.
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
  const { negativeCache } = readOptions(client);
  const scope = spec.arnType;
  const names = [...new Set(keys.map(nameOf).filter((name) => name !== undefined))];
  // A name a Describe recently said is missing costs no call until its entry expires.
  const toDescribe = names.filter((name) => negativeCache?.has(scope, name) !== true);
  // The keys are the client's (lookups, node ids): a rejection is its bad input.
  const bound = inFlightBound(client, spec.describeOperation);
  const loaded = await mapLimited(toDescribe, bound, (name) =>
    settle(spec.describeOperation, logger, () => spec.describe(client, name), { userInput: true }),
  );
  const byName = new Map<string, BatchResult<T>>();
  for (const [at, name] of toDescribe.entries()) {
    const result = loaded[at] ?? null;
    if (result === null) negativeCache?.add(scope, name);
    byName.set(name, result);
  }
  return keys.map((key) => {
    const name = nameOf(key);
    return name === undefined ? null : (byName.get(name) ?? null);
  });
}
