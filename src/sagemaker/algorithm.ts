import {
  DescribeAlgorithmCommand,
  type DescribeAlgorithmOutput,
  type SageMakerClient,
} from '@aws-sdk/client-sagemaker';
import { type DescribeSpec, describeByKeys } from './batch/describe.js';
import type { BatchResult } from './batch/search.js';
import type { WarnLogger } from './logger.js';
import { RESOURCE_NAME } from './names.js';

export type Algorithm = Omit<DescribeAlgorithmOutput, '$metadata'>;

export const ALGORITHM_SPEC: DescribeSpec<Algorithm> = {
  arnType: 'algorithm',
  namePattern: RESOURCE_NAME,
  describeOperation: 'DescribeAlgorithm',
  async describe(client, name) {
    const { $metadata: _, ...algorithm } = await client.send(
      new DescribeAlgorithmCommand({ AlgorithmName: name }),
    );
    return algorithm;
  },
};

/**
 * Batch function for algorithms by name or ARN (one Describe per key, bounded concurrency; no
 * tags, see loadTagsByArn), in key order, null for missing, an Error per failing key.
 */
export function loadAlgorithms(
  client: SageMakerClient,
  keys: readonly string[],
  logger?: WarnLogger,
): Promise<BatchResult<Algorithm>[]> {
  return describeByKeys(client, ALGORITHM_SPEC, keys, logger);
}
