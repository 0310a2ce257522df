import type { SageMakerClient, TrainingJob } from '@aws-sdk/client-sagemaker';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type Emulator, startEmulator } from '../../src/emulator/server.js';
import {
  type ParentSearch,
  searchGroupedByParent,
} from '../../src/sagemaker/batch/grouped-search.js';
import { loadModelPackagesByModelDataUrl } from '../../src/sagemaker/model-registry.js';
import { loadTrainingJobsByModelArtifacts } from '../../src/sagemaker/training-job.js';
import { callsOf, clientFor } from './helpers.js';

let emulator: Emulator;
let client: SageMakerClient;

beforeAll(async () => {
  emulator = await startEmulator();
  client = clientFor(emulator);
});
afterAll(() => emulator.close());
beforeEach(() => emulator.resetCalls());

const arnsOf = (result: unknown): string[] =>
  Array.isArray(result)
    ? result
        .map((item: { ModelPackageArn?: string; TrainingJobArn?: string }) =>
          String(item.ModelPackageArn ?? item.TrainingJobArn),
        )
        .sort()
    : [];

describe('one-to-many links through one Search', () => {
  it('links training job artifacts and model package containers both ways', async () => {
    const withPackage = emulator.store
      .all('ModelPackage')
      .filter((pkg) => pkg.InferenceSpecification?.Containers?.[0]?.ModelDataUrl !== undefined)
      .slice(0, 5);
    const urls = withPackage.map((pkg) =>
      String(pkg.InferenceSpecification?.Containers?.[0]?.ModelDataUrl),
    );
    const packages = await loadModelPackagesByModelDataUrl(client, [...urls, 's3://nowhere/x']);
    const jobs = await loadTrainingJobsByModelArtifacts(client, [...urls, 's3://nowhere/x']);
    urls.forEach((url, i) => {
      expect(arnsOf(packages[i])).toEqual(
        arnsOf(
          emulator.store
            .all('ModelPackage')
            .filter((pkg) =>
              (pkg.InferenceSpecification?.Containers ?? []).some((c) => c.ModelDataUrl === url),
            ),
        ),
      );
      expect(arnsOf(jobs[i])).toEqual(
        arnsOf(
          emulator.store
            .all('TrainingJob')
            .filter((job) => job.ModelArtifacts?.S3ModelArtifacts === url),
        ),
      );
      expect(arnsOf(jobs[i]).length).toBeGreaterThan(0);
    });
    expect(packages.at(-1)).toEqual([]);
    expect(jobs.at(-1)).toEqual([]);
    expect(callsOf(emulator)).toEqual({ Search: 2 });
  });

  it('gives every value an Error when the Search fails', async () => {
    emulator.knobs.failNext('Search', 1, 'fault');
    const results = await loadModelPackagesByModelDataUrl(client, ['s3://a/x', 's3://b/y']);
    for (const result of results) expect(result).toBeInstanceOf(Error);
  });
});

const BY_TUNING_JOB: ParentSearch<TrainingJob> = {
  resource: 'TrainingJob',
  search: { SortBy: 'TrainingJobName', SortOrder: 'Ascending' },
  property: 'TuningJobArn',
  pick: (record) => record.TrainingJob,
  valueOf: (job) => job.TuningJobArn?.toLowerCase(),
  normalize: (arn) => arn.toLowerCase(),
  readLimit: 1_000,
};

const namesOf = (jobs: readonly TrainingJob[] | undefined) =>
  (jobs ?? []).map((j) => j.TrainingJobName);

describe('searchGroupedByParent', () => {
  it('splits one Search over many parents per parent, in Search order', async () => {
    const arns = emulator.store
      .all('HyperParameterTuningJob')
      .slice(0, 3)
      .map((job) => String(job.HyperParameterTuningJobArn));
    const expected = arns.map((arn) =>
      emulator.store
        .byIndex('TrainingJob', 'TuningJobArn', arn)
        .map((job) => job.TrainingJobName)
        .sort(),
    );
    const missing = `${arns[0]}-gone`;
    const groups = await searchGroupedByParent(client, BY_TUNING_JOB, [...arns, missing]);
    expect(groups?.map(namesOf)).toEqual([...expected, []]);
    const total = expected.reduce((sum, names) => sum + names.length, 0);
    expect(callsOf(emulator)).toEqual({ Search: Math.max(1, Math.ceil(total / 100)) });
  });

  it('gives up after the first page when it matches more than the read limit', async () => {
    const arns = emulator.store
      .all('HyperParameterTuningJob')
      .map((job) => String(job.HyperParameterTuningJobArn));
    expect(
      await searchGroupedByParent(client, { ...BY_TUNING_JOB, readLimit: 1 }, arns),
    ).toBeNull();
    expect(callsOf(emulator)).toEqual({ Search: 1 });
  });

  it('makes no call when the parents cannot fit one Search', async () => {
    const arns = Array.from({ length: 2_000 }, (_, i) => `arn:aws:sagemaker:us-east-1:1:x/${i}`);
    expect(await searchGroupedByParent(client, BY_TUNING_JOB, arns)).toBeNull();
    expect(callsOf(emulator)).toEqual({});
  });

  it('throws the mapped error of a failed page', async () => {
    emulator.knobs.failNext('Search', 1, 'fault');
    await expect(searchGroupedByParent(client, BY_TUNING_JOB, ['a'])).rejects.toThrow(
      /SageMaker is unavailable/,
    );
  });
});
