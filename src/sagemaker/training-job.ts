import {
  DescribeTrainingJobCommand,
  type SageMakerClient,
  type TrainingJob,
} from '@aws-sdk/client-sagemaker';
import type { KeyGuard } from './batch/guard.js';
import {
  type BatchResult,
  type SearchKeySpec,
  searchByKeys,
  searchGroupedBy,
  withTags,
} from './batch/search.js';
import type { WarnLogger } from './logger.js';
import { RESOURCE_NAME } from './names.js';

export { MAX_BATCH } from './batch/search.js';

/** SageMaker's pattern for training job names: that of most resources. */
export const TRAINING_JOB_NAME = RESOURCE_NAME;

export const TRAINING_JOB_SPEC: SearchKeySpec<TrainingJob> = {
  resource: 'TrainingJob',
  nameProperty: 'TrainingJobName',
  arnProperty: 'TrainingJobArn',
  arnType: 'training-job',
  namePattern: TRAINING_JOB_NAME,
  pick: (record) => record.TrainingJob,
  describeOperation: 'DescribeTrainingJob',
  async describe(client, { name }, logger) {
    const { $metadata: _, ...job } = await client.send(
      new DescribeTrainingJobCommand({ TrainingJobName: name }),
    );
    return withTags(client, job, job.TrainingJobArn, logger);
  },
};

/**
 * Batch function for training jobs by name or ARN, aligned with `keys` (dataloader contract): the
 * job, `null` when it does not exist, or an Error for that key. One Search per 100 keys; keys
 * Search did not return (it is eventually consistent) fall back to DescribeTrainingJob.
 */
export function loadTrainingJobs(
  client: SageMakerClient,
  keys: readonly string[],
  logger?: WarnLogger,
  guard?: KeyGuard,
): Promise<BatchResult<TrainingJob>[]> {
  return searchByKeys(client, TRAINING_JOB_SPEC, keys, logger, guard);
}

/**
 * Batch function: per S3 URL in `urls`, the training jobs whose `ModelArtifacts.S3ModelArtifacts`
 * is that URL (the reverse link from a model package's container). One Search (paged) per 100 URLs.
 */
export function loadTrainingJobsByModelArtifacts(
  client: SageMakerClient,
  urls: readonly string[],
  logger?: WarnLogger,
  guard?: KeyGuard,
): Promise<(TrainingJob[] | Error)[]> {
  return searchGroupedBy(
    client,
    {
      resource: 'TrainingJob',
      property: 'ModelArtifacts.S3ModelArtifacts',
      pick: (record) => record.TrainingJob,
      valuesOf: (job) => [job.ModelArtifacts?.S3ModelArtifacts],
    },
    urls,
    logger,
    guard,
  );
}
