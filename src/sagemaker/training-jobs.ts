import {
  DescribeTrainingJobCommand,
  ListTagsCommand,
  type SageMakerClient,
  SearchCommand,
  type SearchExpression,
  type Tag,
  type TrainingJob,
} from '@aws-sdk/client-sagemaker';
import type { Logger } from '../logger.js';
import { parseArn, type SageMakerArn } from './arn.js';
import { mapSageMakerError } from './errors.js';

/** SageMaker's pattern for training job names. */
export const TRAINING_JOB_NAME = /^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$/;

/** Search takes at most 100 results per page, so a batch never needs a second page. */
export const MAX_BATCH = 100;

// A Filter.Value holds at most 1024 characters.
const MAX_FILTER_VALUE = 1024;

/** Splits `values` into comma-separated lists of at most 1024 characters. */
function inValues(values: readonly string[]): string[] {
  const lists: string[] = [];
  let current = '';
  for (const value of values) {
    if (current === '') current = value;
    else if (current.length + 1 + value.length <= MAX_FILTER_VALUE) current = `${current},${value}`;
    else {
      lists.push(current);
      current = value;
    }
  }
  if (current !== '') lists.push(current);
  return lists;
}

/**
 * The Search expression matching exactly the training jobs named in `names` or identified in
 * `arns`: one `In` filter, or an Or of several when a comma-separated list would exceed a filter
 * value's 1024 characters. Pure; keys must be valid names and ARNs (no commas).
 */
export function keyExpression(
  names: readonly string[],
  arns: readonly string[] = [],
): SearchExpression {
  const filters = [
    ...inValues(names).map((Value) => ({
      Name: 'TrainingJobName',
      Operator: 'In' as const,
      Value,
    })),
    ...inValues(arns).map((Value) => ({ Name: 'TrainingJobArn', Operator: 'In' as const, Value })),
  ];
  const [only] = filters;
  if (filters.length === 1 && only !== undefined) return { Filters: [only] };
  return { Operator: 'Or', SubExpressions: filters.map((filter) => ({ Filters: [filter] })) };
}

/** The ARN when `key` is a training job ARN, else undefined. */
const trainingJobArn = (key: string): SageMakerArn | undefined => {
  const arn = parseArn(key);
  return arn?.resourceType === 'training-job' && TRAINING_JOB_NAME.test(arn.resourceName)
    ? arn
    : undefined;
};

async function describeTrainingJob(
  client: SageMakerClient,
  name: string,
  logger: Pick<Logger, 'warn'> | undefined,
): Promise<TrainingJob | Error | null> {
  try {
    const { $metadata: _, ...job } = await client.send(
      new DescribeTrainingJobCommand({ TrainingJobName: name }),
    );
    // Describe omits tags (Search includes them), so this rare path costs one more call.
    let tags: Tag[] = [];
    if (job.TrainingJobArn !== undefined) {
      try {
        tags =
          (await client.send(new ListTagsCommand({ ResourceArn: job.TrainingJobArn }))).Tags ?? [];
      } catch (error) {
        return mapSageMakerError('ListTags', error, logger) ?? null;
      }
    }
    return { ...job, Tags: tags };
  } catch (error) {
    return mapSageMakerError('DescribeTrainingJob', error, logger);
  }
}

/**
 * Batch function for training jobs by name or ARN, aligned with `keys` (dataloader contract): the
 * job, `null` when it does not exist, or an Error for that key. One Search call covers the whole
 * batch; keys Search did not return (it is eventually consistent) fall back to
 * DescribeTrainingJob.
 */
export async function loadTrainingJobs(
  client: SageMakerClient,
  keys: readonly string[],
  logger?: Pick<Logger, 'warn'>,
): Promise<(TrainingJob | Error | null)[]> {
  const names = new Set<string>();
  // SageMaker lower-cases names in ARNs, so ARNs match case-insensitively.
  const arns = new Map<string, string>();
  for (const key of new Set(keys)) {
    const arn = trainingJobArn(key);
    if (arn !== undefined) arns.set(key.toLowerCase(), arn.resourceName);
    else if (TRAINING_JOB_NAME.test(key)) names.add(key);
  }
  const byName = new Map<string, TrainingJob>();
  const byArn = new Map<string, TrainingJob>();
  if (names.size + arns.size > 0) {
    try {
      const page = await client.send(
        new SearchCommand({
          Resource: 'TrainingJob',
          SearchExpression: keyExpression([...names], [...arns.keys()]),
          MaxResults: MAX_BATCH,
        }),
      );
      for (const result of page.Results ?? []) {
        const job = result.TrainingJob;
        if (job?.TrainingJobName !== undefined) byName.set(job.TrainingJobName, job);
        if (job?.TrainingJobArn !== undefined) byArn.set(job.TrainingJobArn.toLowerCase(), job);
      }
    } catch (error) {
      const mapped = mapSageMakerError('Search', error, logger) ?? new Error('Search failed');
      return keys.map(() => mapped);
    }
  }
  const missing = new Map<string, string>();
  for (const name of names) if (!byName.has(name)) missing.set(name, name);
  for (const [arn, name] of arns) if (!byArn.has(arn)) missing.set(arn, name);
  const described = new Map(
    await Promise.all(
      [...missing].map(
        async ([key, name]) => [key, await describeTrainingJob(client, name, logger)] as const,
      ),
    ),
  );
  return keys.map((key) => {
    const lower = key.toLowerCase();
    return (
      byName.get(key) ?? byArn.get(lower) ?? described.get(arns.has(lower) ? lower : key) ?? null
    );
  });
}
