import {
  DescribeTrainingJobCommand,
  type HyperParameterTrainingJobSummary,
  ListTrainingJobsForHyperParameterTuningJobCommand,
  type ListTrainingJobsForHyperParameterTuningJobRequest,
  type SageMakerClient,
  type TrainingJob,
} from '@aws-sdk/client-sagemaker';
import {
  type BatchResult,
  listTags,
  type SearchKeySpec,
  searchByKeys,
  searchGroupedBy,
  settle,
} from './batch/search.js';
import type { WarnLogger } from './logger.js';
import { RESOURCE_NAME } from './names.js';

export { keyExpression } from './batch/key-expression.js';
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
  async describe(client, { name }) {
    const { $metadata: _, ...job } = await client.send(
      new DescribeTrainingJobCommand({ TrainingJobName: name }),
    );
    // Describe omits tags (Search includes them), so this rare path costs one more call.
    const tags = job.TrainingJobArn === undefined ? [] : await listTags(client, job.TrainingJobArn);
    return { ...job, Tags: tags };
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
): Promise<BatchResult<TrainingJob>[]> {
  return searchByKeys(client, TRAINING_JOB_SPEC, keys, logger);
}

/**
 * Batch function: per S3 URL in `urls`, the training jobs whose `ModelArtifacts.S3ModelArtifacts`
 * is that URL (the reverse link from a model package's container). One Search (paged) per 100 URLs.
 */
export function loadTrainingJobsByModelArtifacts(
  client: SageMakerClient,
  urls: readonly string[],
  logger?: WarnLogger,
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
  );
}

export interface TuningJobTrainingJobsPage {
  items: HyperParameterTrainingJobSummary[];
  nextToken?: string;
}

/**
 * One page of ListTrainingJobsForHyperParameterTuningJob (`MaxResults` default 100). Throws the
 * mapped error; a missing tuning job is `null`.
 */
export async function listTuningJobTrainingJobs(
  client: SageMakerClient,
  request: ListTrainingJobsForHyperParameterTuningJobRequest,
  logger?: WarnLogger,
): Promise<TuningJobTrainingJobsPage | null> {
  const page = await settle('ListTrainingJobsForHyperParameterTuningJob', logger, () =>
    client.send(
      new ListTrainingJobsForHyperParameterTuningJobCommand({ MaxResults: 100, ...request }),
    ),
  );
  if (page instanceof Error) throw page;
  if (page === null) return null;
  return {
    items: page.TrainingJobSummaries ?? [],
    ...(page.NextToken === undefined ? {} : { nextToken: page.NextToken }),
  };
}

/** Every training job summary of a tuning job (all pages), or null when the tuning job does not exist. */
export async function listAllTuningJobTrainingJobs(
  client: SageMakerClient,
  tuningJobName: string,
  logger?: WarnLogger,
): Promise<HyperParameterTrainingJobSummary[] | null> {
  const items: HyperParameterTrainingJobSummary[] = [];
  let NextToken: string | undefined;
  do {
    const page = await listTuningJobTrainingJobs(
      client,
      { HyperParameterTuningJobName: tuningJobName, NextToken },
      logger,
    );
    if (page === null) return null;
    items.push(...page.items);
    NextToken = page.nextToken;
  } while (NextToken !== undefined);
  return items;
}
