import {
  DescribeHyperParameterTuningJobCommand,
  type HyperParameterTuningJobSearchEntity,
  type SageMakerClient,
} from '@aws-sdk/client-sagemaker';
import type { KeyGuard } from './batch/guard.js';
import { type BatchResult, type SearchKeySpec, searchByKeys, withTags } from './batch/search.js';
import type { WarnLogger } from './logger.js';
import { TUNING_JOB_NAME } from './names.js';

export const TUNING_JOB_SPEC: SearchKeySpec<HyperParameterTuningJobSearchEntity> = {
  resource: 'HyperParameterTuningJob',
  nameProperty: 'HyperParameterTuningJobName',
  arnProperty: 'HyperParameterTuningJobArn',
  arnType: 'hyper-parameter-tuning-job',
  namePattern: TUNING_JOB_NAME,
  pick: (record) => record.HyperParameterTuningJob,
  describeOperation: 'DescribeHyperParameterTuningJob',
  async describe(client, { name }, logger) {
    const { $metadata: _, ...job } = await client.send(
      new DescribeHyperParameterTuningJobCommand({ HyperParameterTuningJobName: name }),
    );
    return withTags(client, job, job.HyperParameterTuningJobArn, logger);
  },
};

/**
 * Batch function for hyperparameter tuning jobs by name or ARN (key order, null for missing, an
 * Error per failing key): one Search per 100 keys, Describe for keys Search did not return.
 */
export function loadTuningJobs(
  client: SageMakerClient,
  keys: readonly string[],
  logger?: WarnLogger,
  guard?: KeyGuard,
): Promise<BatchResult<HyperParameterTuningJobSearchEntity>[]> {
  return searchByKeys(client, TUNING_JOB_SPEC, keys, logger, guard);
}
