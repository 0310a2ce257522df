import type {
  HyperParameterTuningJobSearchEntity,
  ModelPackage,
  ModelPackageGroup,
  TrainingJob,
} from '@aws-sdk/client-sagemaker';
import { describe, expect, it } from 'vitest';
import type { Emulator } from '../../src/emulator/server.js';
import {
  NestedDocument,
  NestedGroupsDocument,
  type NestedGroupsQuery,
  type NestedQuery,
  type NestedQueryVariables,
} from '../gql/graphql.js';
import { type GraphQLResponse, useDemoGateway } from '../support/gateway.js';

interface JobResult {
  name: string;
  tuningJob: { name: string; bestTrainingJob: { name: string } | null } | null;
  modelPackages: Array<{ arn: string; group: { name: string } | null }>;
}

/** 100 demo training jobs of tuning jobs, each the source of exactly one model package. */
const jobs: TrainingJob[] = [];
/** The group each job's package is in, by job name. */
const groupOf = new Map<string, string>();
const packageOf = new Map<string, string>();

/**
 * Picks the 100 jobs and registers each one's model as a version in one of the demo groups (spread
 * over all of them).
 */
const registerPackages = ({ store }: Emulator): void => {
  const packaged = new Set(
    (store.all('ModelPackage') as ModelPackage[]).flatMap((pkg) =>
      (pkg.InferenceSpecification?.Containers ?? []).map((container) => container.ModelDataUrl),
    ),
  );
  const candidates = (store.all('TrainingJob') as TrainingJob[])
    .filter(
      (job) =>
        job.TuningJobArn !== undefined &&
        job.ModelArtifacts?.S3ModelArtifacts !== undefined &&
        !packaged.has(job.ModelArtifacts.S3ModelArtifacts),
    )
    .sort((a, b) => ((a.TrainingJobName ?? '') < (b.TrainingJobName ?? '') ? -1 : 1));
  // Round-robin over the tuning jobs, so that any N jobs belong to as many tuning jobs as can be.
  const byTuningJob = new Map<string, TrainingJob[]>();
  for (const job of candidates) {
    const key = job.TuningJobArn ?? '';
    byTuningJob.set(key, [...(byTuningJob.get(key) ?? []), job]);
  }
  const queues = [...byTuningJob.values()];
  while (jobs.length < 100 && queues.some((queue) => queue.length > 0)) {
    for (const queue of queues) {
      const job = queue.shift();
      if (job !== undefined && jobs.length < 100) jobs.push(job);
    }
  }
  const groups = (store.all('ModelPackageGroup') as ModelPackageGroup[]).map(
    (group) => group.ModelPackageGroupName ?? '',
  );
  jobs.forEach((job, index) => {
    const group = groups[index % groups.length] ?? '';
    const version = 1000 + index;
    const arn = store.arn('ModelPackage', `${group}/${version}`);
    store.put('ModelPackage', {
      ModelPackageName: group,
      ModelPackageGroupName: group,
      ModelPackageVersion: version,
      ModelPackageArn: arn,
      CreationTime: job.TrainingEndTime ?? new Date(),
      ModelPackageStatus: 'Completed',
      ModelApprovalStatus: 'PendingManualApproval',
      InferenceSpecification: {
        Containers: [{ Image: 'inference:1', ModelDataUrl: job.ModelArtifacts?.S3ModelArtifacts }],
        SupportedContentTypes: ['text/csv'],
        SupportedResponseMIMETypes: ['application/json'],
      },
      Tags: [],
    });
    groupOf.set(job.TrainingJobName ?? '', group);
    packageOf.set(job.TrainingJobName ?? '', arn);
  });
};

const gateway = useDemoGateway({ seed: registerPackages });
const emulator = gateway.emulator;

const query = (ids: readonly string[]): Promise<GraphQLResponse<NestedQuery>> => {
  const variables: NestedQueryVariables = { ids: [...ids] };
  return gateway.post<NestedQuery>(String(NestedDocument), variables);
};

const queryGroups = (ids: readonly string[]) =>
  gateway.post<NestedGroupsQuery>(String(NestedGroupsDocument), { ids: [...ids] });

/** The upstream calls, per operation, of one query. */
const callsOf = async (
  ids: readonly string[],
): Promise<{ result: GraphQLResponse<NestedQuery>; calls: Record<string, number> }> => {
  emulator().resetCalls();
  const result = await query(ids);
  return { result, calls: emulator().calls() };
};

const arnsOf = (count: number): string[] =>
  jobs.slice(0, count).map((job) => job.TrainingJobArn ?? '');

const expected = (job: TrainingJob): JobResult => {
  const tuningName = job.TuningJobArn?.split('/').at(-1) ?? '';
  const tuning = emulator().store.get(
    'HyperParameterTuningJob',
    tuningName,
  ) as HyperParameterTuningJobSearchEntity;
  const name = job.TrainingJobName ?? '';
  return {
    name,
    tuningJob: {
      name: tuning.HyperParameterTuningJobName ?? '',
      bestTrainingJob:
        tuning.BestTrainingJob === undefined
          ? null
          : { name: tuning.BestTrainingJob.TrainingJobName ?? '' },
    },
    modelPackages: [{ arn: packageOf.get(name) ?? '', group: { name: groupOf.get(name) ?? '' } }],
  };
};

/** The exact upstream calls of the nested query, whatever the number of jobs. */
const NESTED_CALLS = {
  // nodes (by ARN), tuningJob, modelPackages (by artifact); the query selects only the best
  // training job's and the group's names, which the tuning job and each package hold.
  Search: 3,
};

describe('a nested query over N training jobs', () => {
  it('has 100 demo jobs of tuning jobs with a model package to query', () => {
    expect(jobs).toHaveLength(100);
    expect(new Set(jobs.slice(0, 5).map((job) => job.TuningJobArn)).size).toBe(5);
    expect(new Set(jobs.map((job) => job.TuningJobArn)).size).toBeGreaterThan(20);
  });

  it('costs exactly the same upstream calls per operation at N=5 and at N=100', async () => {
    const five = await callsOf(arnsOf(5));
    expect(five.result.errors).toBeUndefined();
    expect(five.result.data?.nodes).toEqual(jobs.slice(0, 5).map(expected));

    const hundred = await callsOf(arnsOf(100));
    expect(hundred.result.errors).toBeUndefined();
    expect(hundred.result.data?.nodes).toEqual(jobs.map(expected));

    expect(five.calls).toEqual(NESTED_CALLS);
    expect(hundred.calls).toEqual(NESTED_CALLS);
  });

  it('gives null for missing linked items, and nothing else fails', async () => {
    const { store } = emulator();
    const [first, second] = jobs;
    if (first === undefined || second === undefined) throw new Error('no demo jobs');
    const orphanTuning = 'gone-hpo-0001';
    store.put('TrainingJob', {
      ...second,
      TrainingJobName: 'orphan-of-gone-hpo',
      TrainingJobArn: undefined,
      TuningJobArn: store.arn('HyperParameterTuningJob', orphanTuning),
      ModelArtifacts: { S3ModelArtifacts: 's3://orphans/orphan-of-gone-hpo/model.tar.gz' },
    });
    const orphan = store.get('TrainingJob', 'orphan-of-gone-hpo') as TrainingJob;
    const ghostArn = store.arn('ModelPackage', 'ghost-models/1');
    store.put('ModelPackage', {
      ModelPackageName: 'ghost-models',
      ModelPackageGroupName: 'ghost-models',
      ModelPackageVersion: 1,
      ModelPackageArn: ghostArn,
      CreationTime: new Date('2025-01-01T00:00:00Z'),
      ModelPackageStatus: 'Completed',
      InferenceSpecification: {
        Containers: [
          { Image: 'inference:1', ModelDataUrl: orphan.ModelArtifacts?.S3ModelArtifacts },
        ],
      },
      Tags: [],
    });
    const missingJob = store.arn('TrainingJob', 'never-existed');
    const result = await query([
      first.TrainingJobArn ?? '',
      orphan.TrainingJobArn ?? '',
      missingJob,
    ]);
    expect(result.errors).toBeUndefined();
    expect(result.data?.nodes).toEqual([
      expected(first),
      {
        name: 'orphan-of-gone-hpo',
        tuningJob: null,
        // the name is the package's own: SageMaker keeps a group while it holds versions
        modelPackages: [{ arn: ghostArn, group: { name: 'ghost-models' } }],
      },
      null,
    ]);
    // a field only the group itself holds looks it up, and a group that is not there is null
    const groups = await queryGroups([orphan.TrainingJobArn ?? '']);
    expect(groups.errors).toBeUndefined();
    expect(groups.data?.nodes).toEqual([{ modelPackages: [{ group: null }] }]);
  });

  it('looks the groups of all packages up in one Search when more than the name is selected', async () => {
    emulator().resetCalls();
    const result = await queryGroups(arnsOf(100));
    expect(result.errors).toBeUndefined();
    const status = (name: string) =>
      (emulator().store.get('ModelPackageGroup', name) as ModelPackageGroup)
        .ModelPackageGroupStatus;
    expect(result.data?.nodes).toEqual(
      jobs.map((job) => {
        const name = groupOf.get(job.TrainingJobName ?? '') ?? '';
        return { modelPackages: [{ group: { name, modelPackageGroupStatus: status(name) } }] };
      }),
    );
    // nodes, modelPackages (by artifact), groups
    expect(emulator().calls()).toEqual({ Search: 3 });
  });

  it('retries a throttled Search transparently', async () => {
    emulator().knobs.failNext('Search', 1, 'throttle');
    const { result, calls } = await callsOf(arnsOf(5));
    expect(result.errors).toBeUndefined();
    expect(result.data?.nodes).toEqual(jobs.slice(0, 5).map(expected));
    expect(calls).toEqual({ ...NESTED_CALLS, Search: NESTED_CALLS.Search + 1 });
  });
});
