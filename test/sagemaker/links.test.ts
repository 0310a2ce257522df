import type { SageMakerClient } from '@aws-sdk/client-sagemaker';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type Emulator, startEmulator } from '../../src/emulator/server.js';
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
