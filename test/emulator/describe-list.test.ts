import {
  DescribeAlgorithmCommand,
  DescribeEndpointCommand,
  DescribeEndpointConfigCommand,
  DescribeHyperParameterTuningJobCommand,
  DescribeModelCommand,
  DescribeModelPackageCommand,
  DescribeModelPackageGroupCommand,
  DescribeTrainingJobCommand,
  ListAlgorithmsCommand,
  ListEndpointConfigsCommand,
  ListEndpointsCommand,
  ListHyperParameterTuningJobsCommand,
  ListModelPackageGroupsCommand,
  ListModelPackagesCommand,
  ListModelsCommand,
  ListTrainingJobsCommand,
  ListTrainingJobsForHyperParameterTuningJobCommand,
  paginateListTrainingJobs,
  type TrainingJob,
} from '@aws-sdk/client-sagemaker';
import { describe, expect, it } from 'vitest';
import { DEMO } from '../../src/emulator/demo/demo-data.js';
import { useEmulator } from '../support/emulator.js';
import { failure } from './helpers.js';

const ARN = 'arn:aws:sagemaker:us-east-1:123456789012';

describe('Describe and List against demo data', () => {
  const { client } = useEmulator({ emulator: { scale: 400, seed: 7 } });

  it('describes the flagship endpoint with Dates and no Tags', async () => {
    const endpoint = await client().send(
      new DescribeEndpointCommand({ EndpointName: DEMO.endpointName }),
    );
    expect(endpoint.EndpointArn).toBe(`${ARN}:endpoint/${DEMO.endpointName}`);
    expect(endpoint.EndpointStatus).toBe('InService');
    expect(endpoint.CreationTime).toBeInstanceOf(Date);
    expect(endpoint.ProductionVariants?.map((v) => [v.VariantName, v.CurrentWeight])).toEqual([
      ['champion', 0.9],
      ['challenger', 0.1],
    ]);
    expect(endpoint).not.toHaveProperty('Tags');
  });

  it('follows the flagship chain down to the tuning job', async () => {
    const config = await client().send(
      new DescribeEndpointConfigCommand({ EndpointConfigName: DEMO.endpointConfigName }),
    );
    const modelName = config.ProductionVariants?.[0]?.ModelName ?? '';
    const model = await client().send(new DescribeModelCommand({ ModelName: modelName }));
    const packageArn = model.PrimaryContainer?.ModelPackageName ?? '';
    const pkg = await client().send(
      new DescribeModelPackageCommand({ ModelPackageName: packageArn }),
    );
    expect(pkg.ModelPackageName).toBe(DEMO.modelPackageGroupName);
    expect(pkg.ModelPackageArn).toMatch(/:model-package\/card-fraud-models\/\d+$/);
    const group = await client().send(
      new DescribeModelPackageGroupCommand({ ModelPackageGroupName: pkg.ModelPackageGroupName }),
    );
    expect(group.ModelPackageGroupArn).toBe(`${ARN}:model-package-group/card-fraud-models`);
    const jobName = pkg.CustomerMetadataProperties?.training_job ?? '';
    const job = await client().send(new DescribeTrainingJobCommand({ TrainingJobName: jobName }));
    expect(job.ModelArtifacts?.S3ModelArtifacts).toBe(
      pkg.InferenceSpecification?.Containers?.[0]?.ModelDataUrl,
    );
    expect(job.TuningJobArn).toBe(`${ARN}:hyper-parameter-tuning-job/${DEMO.tuningJobName}`);
    const tuning = await client().send(
      new DescribeHyperParameterTuningJobCommand({
        HyperParameterTuningJobName: DEMO.tuningJobName,
      }),
    );
    expect(tuning.BestTrainingJob?.TrainingJobName).toBe(jobName);
    expect(tuning.HyperParameterTuningEndTime).toBeInstanceOf(Date);
    const algorithm = await client().send(
      new DescribeAlgorithmCommand({ AlgorithmName: DEMO.algorithmName }),
    );
    expect(algorithm.AlgorithmArn).toBe(`${ARN}:algorithm/${DEMO.algorithmName}`);
  });

  it('lists every kind with summary shapes', async () => {
    const [jobs, tuning, endpoints, configs, models, packages, groups, algorithms] =
      await Promise.all([
        client().send(new ListTrainingJobsCommand({})),
        client().send(new ListHyperParameterTuningJobsCommand({})),
        client().send(new ListEndpointsCommand({})),
        client().send(new ListEndpointConfigsCommand({})),
        client().send(new ListModelsCommand({})),
        client().send(
          new ListModelPackagesCommand({ ModelPackageGroupName: DEMO.modelPackageGroupName }),
        ),
        client().send(new ListModelPackageGroupsCommand({})),
        client().send(new ListAlgorithmsCommand({})),
      ]);
    expect(jobs.TrainingJobSummaries).toHaveLength(10);
    expect(jobs.NextToken).toBeTypeOf('string');
    expect(jobs.TrainingJobSummaries?.[0]?.CreationTime).toBeInstanceOf(Date);
    expect(tuning.HyperParameterTuningJobSummaries?.[0]?.TrainingJobStatusCounters).toBeDefined();
    expect(endpoints.Endpoints?.length).toBeGreaterThan(0);
    expect(configs.EndpointConfigs?.length).toBeGreaterThan(0);
    expect(models.Models?.length).toBeGreaterThan(0);
    expect(packages.ModelPackageSummaryList?.[0]?.ModelPackageVersion).toBe(1);
    expect(groups.ModelPackageGroupSummaryList?.length).toBe(10);
    expect(algorithms.AlgorithmSummaryList?.map((a) => a.AlgorithmName)).toContain(
      DEMO.algorithmName,
    );
  });

  it('lists only unversioned model packages by default, as AWS does', async () => {
    const unversioned = await client().send(new ListModelPackagesCommand({ MaxResults: 100 }));
    for (const pkg of unversioned.ModelPackageSummaryList ?? []) {
      expect(pkg.ModelPackageVersion).toBeUndefined();
    }
    const both = await client().send(
      new ListModelPackagesCommand({ ModelPackageType: 'Both', MaxResults: 100 }),
    );
    expect(both.ModelPackageSummaryList?.length).toBeGreaterThan(
      unversioned.ModelPackageSummaryList?.length ?? 0,
    );
  });

  it('lists a tuning job’s training jobs, filtered and sorted by objective', async () => {
    const all = await client().send(
      new ListTrainingJobsForHyperParameterTuningJobCommand({
        HyperParameterTuningJobName: DEMO.tuningJobName,
        SortBy: 'FinalObjectiveMetricValue',
        SortOrder: 'Descending',
        MaxResults: 100,
      }),
    );
    const values = (all.TrainingJobSummaries ?? []).map(
      (s) => s.FinalHyperParameterTuningJobObjectiveMetric?.Value ?? Number.NaN,
    );
    expect(values.length).toBeGreaterThan(1);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    const tuning = await client().send(
      new DescribeHyperParameterTuningJobCommand({
        HyperParameterTuningJobName: DEMO.tuningJobName,
      }),
    );
    expect(all.TrainingJobSummaries?.[0]?.TrainingJobName).toBe(
      tuning.BestTrainingJob?.TrainingJobName,
    );
    const failed = await client().send(
      new ListTrainingJobsForHyperParameterTuningJobCommand({
        HyperParameterTuningJobName: DEMO.tuningJobName,
        StatusEquals: 'Completed',
        MaxResults: 100,
      }),
    );
    expect(failed.TrainingJobSummaries?.every((s) => s.TrainingJobStatus === 'Completed')).toBe(
      true,
    );
    expect(failed.TrainingJobSummaries?.[0]?.TunedHyperParameters).toHaveProperty('eta');
  });
});

describe('not-found errors use SageMaker’s types and messages', () => {
  const { client } = useEmulator({ emulator: { data: 'empty' } });

  it.each([
    [
      new DescribeTrainingJobCommand({ TrainingJobName: 'nope' }),
      'ValidationException',
      'Requested resource not found.',
    ],
    [
      new DescribeEndpointCommand({ EndpointName: 'Nope' }),
      'ValidationException',
      `Could not find endpoint "${ARN}:endpoint/nope".`,
    ],
    [
      new DescribeEndpointConfigCommand({ EndpointConfigName: 'nope' }),
      'ValidationException',
      `Could not find endpoint configuration "${ARN}:endpoint-config/nope".`,
    ],
    [
      new DescribeModelCommand({ ModelName: 'nope' }),
      'ValidationException',
      `Could not find model "${ARN}:model/nope".`,
    ],
    [
      new DescribeHyperParameterTuningJobCommand({ HyperParameterTuningJobName: 'nope' }),
      'ResourceNotFound',
      "Amazon SageMaker can't find a tuning job with name nope",
    ],
    [
      new DescribeModelPackageCommand({ ModelPackageName: `${ARN}:model-package/g/1` }),
      'ValidationException',
      `ModelPackage ${ARN}:model-package/g/1 does not exist.`,
    ],
    [
      new DescribeModelPackageGroupCommand({ ModelPackageGroupName: 'nope' }),
      'ValidationException',
      'ModelPackageGroup nope does not exist.',
    ],
    [
      new DescribeAlgorithmCommand({ AlgorithmName: 'nope' }),
      'ValidationException',
      'Algorithm nope does not exist.',
    ],
  ])('%#: %s', async (command, name, message) => {
    // biome-ignore lint/suspicious/noExplicitAny: one table over many command types
    const error = await failure(client().send(command as any));
    expect(error.name).toBe(name);
    expect(error.message).toBe(message);
    expect(error.$metadata?.httpStatusCode).toBe(400);
  });
});

describe('List filtering, sorting and paging', () => {
  const base = Date.UTC(2025, 2, 1);
  const statuses = ['Completed', 'Failed', 'InProgress', 'Stopped'] as const;

  const { client } = useEmulator({
    emulator: { data: 'empty' },
    seed: ({ store }) => {
      for (let i = 0; i < 37; i++) {
        const job: TrainingJob = {
          TrainingJobName: `${i % 2 ? 'alpha' : 'beta'}-${String(i).padStart(2, '0')}`,
          TrainingJobStatus: statuses[i % 4],
          CreationTime: new Date(base + i * 60_000),
          LastModifiedTime: new Date(base + i * 60_000 + 30_000),
          Tags: [],
        };
        store.put('TrainingJob', job);
      }
    },
  });

  it('filters before paging, so every page is full until the last', async () => {
    const seen: string[] = [];
    const pageSizes: number[] = [];
    for await (const page of paginateListTrainingJobs(
      { client: client(), pageSize: 4 },
      { NameContains: 'alpha', StatusEquals: 'Failed' },
    )) {
      pageSizes.push(page.TrainingJobSummaries?.length ?? 0);
      for (const s of page.TrainingJobSummaries ?? []) seen.push(s.TrainingJobName ?? '');
    }
    const expected = Array.from({ length: 37 }, (_, i) => i)
      .filter((i) => i % 2 === 1 && i % 4 === 1)
      .map((i) => `alpha-${String(i).padStart(2, '0')}`)
      .reverse();
    expect(seen).toEqual(expected);
    expect(pageSizes.slice(0, -1).every((size) => size === 4)).toBe(true);
  });

  it('visits every item exactly once with a paginator', async () => {
    const seen: string[] = [];
    for await (const page of paginateListTrainingJobs({ client: client(), pageSize: 5 }, {})) {
      for (const s of page.TrainingJobSummaries ?? []) seen.push(s.TrainingJobName ?? '');
    }
    expect(seen).toHaveLength(37);
    expect(new Set(seen).size).toBe(37);
  });

  it('sorts by Name and Status in either order', async () => {
    const byName = await client().send(
      new ListTrainingJobsCommand({ SortBy: 'Name', SortOrder: 'Ascending', MaxResults: 3 }),
    );
    expect(byName.TrainingJobSummaries?.map((s) => s.TrainingJobName)).toEqual([
      'alpha-01',
      'alpha-03',
      'alpha-05',
    ]);
    const byStatus = await client().send(
      new ListTrainingJobsCommand({ SortBy: 'Status', SortOrder: 'Descending', MaxResults: 100 }),
    );
    const values = byStatus.TrainingJobSummaries?.map((s) => s.TrainingJobStatus ?? '') ?? [];
    expect(values).toEqual([...values].sort().reverse());
  });

  it('filters by creation and modification time', async () => {
    const result = await client().send(
      new ListTrainingJobsCommand({
        CreationTimeAfter: new Date(base + 10 * 60_000),
        CreationTimeBefore: new Date(base + 15 * 60_000),
        SortOrder: 'Ascending',
      }),
    );
    expect(result.TrainingJobSummaries?.map((s) => s.TrainingJobName)).toEqual([
      'alpha-11',
      'beta-12',
      'alpha-13',
      'beta-14',
    ]);
    const modified = await client().send(
      new ListTrainingJobsCommand({ LastModifiedTimeAfter: new Date(base + 35 * 60_000) }),
    );
    expect(modified.TrainingJobSummaries?.map((s) => s.TrainingJobName)).toEqual([
      'beta-36',
      'alpha-35',
    ]);
  });

  it('rejects MaxResults out of range, bad enums and foreign tokens', async () => {
    const tooMany = await failure(client().send(new ListTrainingJobsCommand({ MaxResults: 101 })));
    expect(tooMany.name).toBe('ValidationException');
    expect(tooMany.message).toBe(
      "1 validation error detected: Value '101' at 'maxResults' failed to satisfy constraint: Member must have value less than or equal to 100",
    );
    const zero = await failure(client().send(new ListEndpointsCommand({ MaxResults: 0 })));
    expect(zero.message).toContain('Member must have value greater than or equal to 1');
    const status = await failure(
      // biome-ignore lint/suspicious/noExplicitAny: an invalid enum value on purpose
      client().send(new ListTrainingJobsCommand({ StatusEquals: 'Done' as any })),
    );
    expect(status.message).toContain("Value 'Done' at 'statusEquals'");
    const page = await client().send(new ListTrainingJobsCommand({ MaxResults: 2 }));
    const foreign = await failure(
      client().send(
        new ListTrainingJobsCommand({ NextToken: page.NextToken, NameContains: 'beta' }),
      ),
    );
    expect(foreign.name).toBe('ValidationException');
  });
});
