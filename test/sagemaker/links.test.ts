import type { SageMakerClient } from '@aws-sdk/client-sagemaker';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type Emulator, startEmulator } from '../../src/emulator/server.js';
import {
  loadModelPackageSummaries,
  loadModelPackagesByGroup,
  loadModelPackagesByModelDataUrl,
} from '../../src/sagemaker/model-registry.js';
import {
  listAllTuningJobTrainingJobs,
  listTuningJobTrainingJobs,
  loadTrainingJobsByModelArtifacts,
} from '../../src/sagemaker/training-job.js';
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

describe('model package summaries (BatchDescribeModelPackage)', () => {
  it('answers 150 ARNs and a name in key order with two batch calls', async () => {
    const packages = emulator.store.all('ModelPackage');
    const versioned = packages.filter((pkg) => pkg.ModelPackageVersion !== undefined);
    const unversioned = packages.find((pkg) => pkg.ModelPackageVersion === undefined);
    const arns = Array.from({ length: 150 }, (_, i) =>
      i < versioned.length
        ? String(versioned[i]?.ModelPackageArn)
        : `${versioned[0]?.ModelPackageArn}${i}`,
    );
    const keys = [
      ...arns,
      String(unversioned?.ModelPackageName),
      'arn:aws:sagemaker:us-east-1:123456789012:model-package/not valid',
    ];
    const results = await loadModelPackageSummaries(client, keys);
    expect(results).toHaveLength(152);
    expect(results[151]).toBeNull();
    for (const [i, pkg] of versioned.entries()) {
      expect(results[i]).toMatchObject({
        ModelPackageArn: pkg.ModelPackageArn,
        ModelPackageGroupName: pkg.ModelPackageGroupName,
        ModelApprovalStatus: pkg.ModelApprovalStatus,
      });
    }
    expect(results.slice(versioned.length, 150).every((result) => result === null)).toBe(true);
    expect(results[150]).toMatchObject({ ModelPackageArn: unversioned?.ModelPackageArn });
    expect(callsOf(emulator)).toEqual({ BatchDescribeModelPackage: 2, DescribeModelPackage: 1 });
  });
});

describe('one-to-many links through one Search', () => {
  it('lists the versions of each group', async () => {
    const groups = emulator.store
      .all('ModelPackageGroup')
      .map((g) => String(g.ModelPackageGroupName));
    const results = await loadModelPackagesByGroup(client, [...groups, 'no-such-group']);
    groups.forEach((group, i) => {
      const expected = emulator.store
        .all('ModelPackage')
        .filter((pkg) => pkg.ModelPackageGroupName === group);
      expect(arnsOf(results[i])).toEqual(arnsOf(expected));
    });
    expect(results.at(-1)).toEqual([]);
    expect(callsOf(emulator)).toEqual({ Search: 1 });
  });

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
    const results = await loadModelPackagesByGroup(client, ['a', 'b']);
    for (const result of results) expect(result).toBeInstanceOf(Error);
  });
});

describe('training jobs of a tuning job', () => {
  it('pages through ListTrainingJobsForHyperParameterTuningJob', async () => {
    const tuning = emulator.store
      .all('HyperParameterTuningJob')
      .find(
        (job) =>
          emulator.store.byIndex(
            'TrainingJob',
            'TuningJobArn',
            String(job.HyperParameterTuningJobArn),
          ).length > 10,
      );
    const name = String(tuning?.HyperParameterTuningJobName);
    const expected = emulator.store
      .byIndex('TrainingJob', 'TuningJobArn', String(tuning?.HyperParameterTuningJobArn))
      .map((job) => job.TrainingJobName)
      .sort();
    const first = await listTuningJobTrainingJobs(client, {
      HyperParameterTuningJobName: name,
      MaxResults: 10,
    });
    expect(first?.items).toHaveLength(10);
    expect(first?.nextToken).toBeDefined();
    emulator.resetCalls();
    const all = await listAllTuningJobTrainingJobs(client, name);
    expect(all?.map((job) => job.TrainingJobName).sort()).toEqual(expected);
    expect(callsOf(emulator)).toEqual({
      ListTrainingJobsForHyperParameterTuningJob: Math.ceil(expected.length / 100),
    });
    expect(await listAllTuningJobTrainingJobs(client, 'no-such-tuning-job')).toBeNull();
  });
});
