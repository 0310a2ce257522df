import {
  DescribeTrainingJobCommand,
  ListTrainingJobsCommand,
  SearchCommand,
} from '@aws-sdk/client-sagemaker';
import { describe, expect, it } from 'vitest';
import { DEMO, loadDemoData } from '../../src/emulator/demo/demo-data.js';
import { createLifecycle } from '../../src/emulator/lifecycle/lifecycle.js';
import { startEmulator } from '../../src/emulator/server.js';
import { createStore, type EmulatorStore } from '../../src/emulator/store.js';
import { clientFor } from './helpers.js';

const REFERENCE = Date.UTC(2025, 5, 2, 9, 0, 0);

const generate = (scale: number, seed: number) => {
  const store = createStore({ region: 'us-east-1', accountId: '123456789012' });
  const lifecycle = createLifecycle(store);
  const summary = loadDemoData(store, lifecycle, { scale, seed, referenceTime: REFERENCE });
  return { store, lifecycle, summary };
};

const snapshot = (store: EmulatorStore): string =>
  JSON.stringify([
    store.all('TrainingJob'),
    store.all('HyperParameterTuningJob'),
    store.all('ModelPackage'),
    store.all('Endpoint'),
    store.all('EndpointConfig'),
    store.all('Model'),
  ]);

describe('demo data', () => {
  const { store, lifecycle, summary } = generate(1500, 1);

  it('is identical for the same seed and differs for another', () => {
    expect(snapshot(generate(1500, 1).store)).toBe(snapshot(store));
    expect(snapshot(generate(1500, 2).store)).not.toBe(snapshot(store));
  });

  it('has the requested number of training jobs and a realistic mix', () => {
    const jobs = store.all('TrainingJob');
    expect(jobs).toHaveLength(1500);
    expect(summary.trainingJobs).toBe(1500);
    const statuses = new Map<string, number>();
    for (const job of jobs)
      statuses.set(
        job.TrainingJobStatus ?? '',
        (statuses.get(job.TrainingJobStatus ?? '') ?? 0) + 1,
      );
    expect(statuses.get('Completed') ?? 0).toBeGreaterThan(1200);
    expect(statuses.get('Failed') ?? 0).toBeGreaterThan(10);
    expect(statuses.get('Stopped') ?? 0).toBeGreaterThan(0);
    expect(statuses.get('InProgress') ?? 0).toBeGreaterThan(0);
    expect(lifecycle.active().training).toBe(statuses.get('InProgress'));
    const teams = new Set(jobs.map((job) => job.Tags?.find((tag) => tag.Key === 'team')?.Value));
    expect([...teams].sort()).toEqual([...DEMO.teams].sort());
    expect(jobs.some((job) => job.AlgorithmSpecification?.AlgorithmName)).toBe(true);
    expect(jobs.some((job) => job.ResourceConfig?.InstanceType === 'ml.p4d.24xlarge')).toBe(true);
    expect(jobs.filter((job) => job.TuningJobArn).length).toBeGreaterThan(900);
    for (const job of jobs.filter((j) => j.TrainingJobStatus === 'Completed').slice(0, 200)) {
      expect(job.FinalMetricDataList?.length).toBeGreaterThan(0);
      expect(job.ModelArtifacts?.S3ModelArtifacts).toMatch(/^s3:\/\/.+\/model\.tar\.gz$/);
      expect(job.InputDataConfig?.map((c) => c.ChannelName)).toContain('train');
    }
  });

  it('links every model package to a training job artifact', () => {
    const artifacts = new Set(
      store.all('TrainingJob').map((job) => job.ModelArtifacts?.S3ModelArtifacts),
    );
    const packages = store.all('ModelPackage');
    expect(packages.length).toBeGreaterThan(20);
    for (const pkg of packages) {
      for (const container of pkg.InferenceSpecification?.Containers ?? []) {
        expect(artifacts.has(container.ModelDataUrl)).toBe(true);
      }
    }
    const statuses = new Set(packages.map((pkg) => pkg.ModelApprovalStatus));
    expect(statuses).toEqual(new Set(['Approved', 'PendingManualApproval', 'Rejected', undefined]));
    for (const pkg of packages.filter((p) => p.ModelPackageGroupName)) {
      expect(store.get('ModelPackageGroup', pkg.ModelPackageGroupName ?? '')).toBeDefined();
    }
  });

  it('links every endpoint to its config and models, and models to packages', () => {
    const endpoints = store.all('Endpoint');
    for (const endpoint of endpoints) {
      const config = store.get('EndpointConfig', endpoint.EndpointConfigName ?? '');
      expect(config).toBeDefined();
      for (const variant of config?.ProductionVariants ?? []) {
        const model = store.get('Model', variant.ModelName ?? '');
        expect(model).toBeDefined();
        const packageArn = model?.PrimaryContainer?.ModelPackageName;
        if (packageArn) expect(store.get('ModelPackage', packageArn)).toBeDefined();
      }
    }
    const status = (name: string) => store.get('Endpoint', name)?.EndpointStatus;
    expect(status(DEMO.endpointName)).toBe('InService');
    expect(status(DEMO.creatingEndpointName)).toBe('Creating');
    expect(status(DEMO.updatingEndpointName)).toBe('Updating');
    expect(status(DEMO.failedEndpointName)).toBe('Failed');
    expect(store.get('Endpoint', DEMO.endpointName)?.ProductionVariants).toHaveLength(2);
  });

  it('gives each tuning job a best training job that is one of its children', () => {
    const tuningJobs = store.all('HyperParameterTuningJob');
    expect(tuningJobs.length).toBeGreaterThan(10);
    for (const tuning of tuningJobs) {
      const best = tuning.BestTrainingJob?.TrainingJobName;
      if (!best) continue;
      const job = store.get('TrainingJob', best);
      expect(job?.TuningJobArn).toBe(tuning.HyperParameterTuningJobArn);
      const objective = tuning.HyperParameterTuningJobConfig?.HyperParameterTuningJobObjective;
      const value = (name: string) =>
        store
          .get('TrainingJob', name)
          ?.FinalMetricDataList?.find((m) => m.MetricName === objective?.MetricName)?.Value;
      const siblings = store
        .byIndex('TrainingJob', 'TuningJobArn', tuning.HyperParameterTuningJobArn ?? '')
        .filter((child) => child.TrainingJobStatus === 'Completed')
        .map((child) => value(child.TrainingJobName ?? '') ?? Number.NaN);
      const bestValue = value(best) ?? Number.NaN;
      expect(bestValue).toBe(
        objective?.Type === 'Minimize' ? Math.min(...siblings) : Math.max(...siblings),
      );
      const counters = tuning.TrainingJobStatusCounters;
      const total =
        (counters?.Completed ?? 0) +
        (counters?.InProgress ?? 0) +
        (counters?.NonRetryableError ?? 0) +
        (counters?.Stopped ?? 0);
      expect(total).toBe(
        store.byIndex('TrainingJob', 'TuningJobArn', tuning.HyperParameterTuningJobArn ?? '')
          .length,
      );
    }
    expect(tuningJobs.some((t) => t.WarmStartConfig)).toBe(true);
    expect(tuningJobs.some((t) => t.HyperParameterTuningJobStatus === 'InProgress')).toBe(true);
    const flagshipJob = store.get('TrainingJob', summary.flagshipTrainingJobName);
    expect(flagshipJob?.TuningJobArn).toContain(DEMO.tuningJobName);
    expect(
      store.get('ModelPackage', summary.flagshipModelPackageArn)?.InferenceSpecification
        ?.Containers?.[0]?.ModelDataUrl,
    ).toBe(flagshipJob?.ModelArtifacts?.S3ModelArtifacts);
  });

  it('moves in-flight demo jobs along as time passes', () => {
    lifecycle.advance(REFERENCE + 30 * 24 * 3600 * 1000);
    expect(lifecycle.active()).toEqual({ training: 0, tuning: 0, endpoints: 0 });
    expect(store.all('TrainingJob').some((job) => job.TrainingJobStatus === 'InProgress')).toBe(
      false,
    );
  });
});

describe('demo data at scale', () => {
  // Only what the calls answer: their latency at this scale is bench/emulator.ts's figure.
  it('loads 100 000 training jobs and answers describe, search by name and list over them', async () => {
    const emulator = await startEmulator({ scale: 100_000, seed: 3 });
    try {
      expect(emulator.store.size('TrainingJob')).toBe(100_000);
      const client = clientFor(emulator);
      const job = await client.send(
        new DescribeTrainingJobCommand({
          TrainingJobName: emulator.store.all('TrainingJob')[500]?.TrainingJobName,
        }),
      );
      expect(job.TrainingJobArn).toBeDefined();
      const search = await client.send(
        new SearchCommand({
          Resource: 'TrainingJob',
          SearchExpression: {
            Filters: [{ Name: 'TrainingJobName', Operator: 'Equals', Value: job.TrainingJobName }],
          },
        }),
      );
      expect(search.Results).toHaveLength(1);
      const list = await client.send(new ListTrainingJobsCommand({ MaxResults: 100 }));
      expect(list.TrainingJobSummaries).toHaveLength(100);
    } finally {
      await emulator.close();
    }
  }, 60_000);
});
