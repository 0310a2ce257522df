import {
  DescribeTrainingJobCommand,
  ListTagsCommand,
  type SageMakerClient,
  SearchCommand,
  type SearchExpression,
  type Tag,
  type TrainingJob,
} from '@aws-sdk/client-sagemaker';
import { mapSageMakerError } from './errors.js';

/** SageMaker's pattern for training job names. */
export const TRAINING_JOB_NAME = /^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$/;

/** Search takes at most 100 results per page, so a batch never needs a second page. */
export const MAX_BATCH = 100;

// A Filter.Value holds at most 1024 characters.
const MAX_FILTER_VALUE = 1024;

/**
 * The Search expression matching exactly `names`: one `TrainingJobName In a,b,c` filter, or an
 * Or of several when the comma-separated list would exceed a filter value's 1024 characters.
 * Pure; `names` must be valid training job names (no commas).
 */
export function nameInExpression(names: readonly string[]): SearchExpression {
  const groups: string[][] = [];
  let current: string[] = [];
  let length = 0;
  for (const name of names) {
    const added = current.length === 0 ? name.length : length + 1 + name.length;
    if (added > MAX_FILTER_VALUE) {
      groups.push(current);
      current = [name];
      length = name.length;
    } else {
      current.push(name);
      length = added;
    }
  }
  if (current.length > 0) groups.push(current);
  const filter = (group: string[]) => ({
    Name: 'TrainingJobName',
    Operator: 'In' as const,
    Value: group.join(','),
  });
  const [only] = groups;
  if (groups.length === 1 && only !== undefined) return { Filters: [filter(only)] };
  return { Operator: 'Or', SubExpressions: groups.map((group) => ({ Filters: [filter(group)] })) };
}

async function describeTrainingJob(
  client: SageMakerClient,
  name: string,
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
        return mapSageMakerError('ListTags', error) ?? null;
      }
    }
    return { ...job, Tags: tags };
  } catch (error) {
    return mapSageMakerError('DescribeTrainingJob', error);
  }
}

/**
 * Batch function for training jobs by name, aligned with `names` (dataloader contract): the job,
 * `null` when it does not exist, or an Error for that name. One Search call covers the whole
 * batch; names Search did not return (it is eventually consistent) fall back to
 * DescribeTrainingJob.
 */
export async function loadTrainingJobs(
  client: SageMakerClient,
  names: readonly string[],
): Promise<(TrainingJob | Error | null)[]> {
  const valid = [...new Set(names.filter((name) => TRAINING_JOB_NAME.test(name)))];
  const found = new Map<string, TrainingJob>();
  if (valid.length > 0) {
    try {
      const page = await client.send(
        new SearchCommand({
          Resource: 'TrainingJob',
          SearchExpression: nameInExpression(valid),
          MaxResults: MAX_BATCH,
        }),
      );
      for (const result of page.Results ?? []) {
        const job = result.TrainingJob;
        if (job?.TrainingJobName !== undefined) found.set(job.TrainingJobName, job);
      }
    } catch (error) {
      const mapped = mapSageMakerError('Search', error) ?? new Error('Search failed');
      return names.map(() => mapped);
    }
  }
  const missing = valid.filter((name) => !found.has(name));
  const described = await Promise.all(missing.map((name) => describeTrainingJob(client, name)));
  const fallback = new Map(missing.map((name, index) => [name, described[index] ?? null]));
  return names.map((name) => found.get(name) ?? fallback.get(name) ?? null);
}
