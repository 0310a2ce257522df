import {
  CreateEndpointCommand,
  CreateEndpointConfigCommand,
  CreateHyperParameterTuningJobCommand,
  CreateModelCommand,
  CreateTrainingJobCommand,
  DescribeEndpointCommand,
  DescribeHyperParameterTuningJobCommand,
  DescribeTrainingJobCommand,
  ListTrainingJobsForHyperParameterTuningJobCommand,
  type SageMakerClient,
  StopTrainingJobCommand,
  UpdateEndpointCommand,
  UpdateEndpointWeightsAndCapacitiesCommand,
} from '@aws-sdk/client-sagemaker';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { LIVE_TIMINGS } from '../../src/emulator/lifecycle/lifecycle.js';
import { startEmulator } from '../../src/emulator/server.js';
import { useEmulator } from '../support/emulator.js';
import { useDemoGateway } from '../support/gateway.js';
import { runProcess } from '../support/process.js';
import { IMAGE, ROLE, trainingJobInput, tuningJobInput } from './helpers.js';

// These tests run on the emulator's real clock: the time scale is what lets them watch a
// resource they created settle within a second or two.

/** Polls `read` until `done` holds (or fails after `timeoutMs`); returns every value seen. */
const until = async <T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  timeoutMs = 5000,
): Promise<T[]> => {
  const seen: T[] = [];
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    seen.push(value);
    if (done(value)) return seen;
    if (Date.now() > deadline) throw new Error(`not settled after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};

const startTimes = (transitions: Array<{ Status?: string; StartTime?: Date }> | undefined) =>
  Object.fromEntries((transitions ?? []).map((t) => [t.Status, t.StartTime?.getTime() ?? 0]));

describe('EMULATOR_TIME_SCALE / timeScale on the real clock', () => {
  const SCALE = 1000;
  const suite = useEmulator({ emulator: { data: 'empty', timeScale: SCALE } });
  const client = (): SageMakerClient => suite.client();
  const describeJob = (name: string) =>
    client().send(new DescribeTrainingJobCommand({ TrainingJobName: name }));

  it('runs a created training job through its phases to Completed in well under a second', async () => {
    const started = Date.now();
    await client().send(new CreateTrainingJobCommand(trainingJobInput('fast-1')));
    const seen = await until(
      () => describeJob('fast-1'),
      (job) => job.TrainingJobStatus === 'Completed',
    );
    expect(Date.now() - started).toBeLessThan(3000);
    const done = seen.at(-1);
    expect(done?.SecondaryStatusTransitions?.map((t) => t.Status)).toEqual([
      'Starting',
      'Downloading',
      'Training',
      'Uploading',
      'Completed',
    ]);
    // each phase lasts its LIVE_TIMINGS duration over the scale
    const at = startTimes(done?.SecondaryStatusTransitions);
    const { startingMs, downloadingMs, trainingMs, uploadingMs } = LIVE_TIMINGS.training;
    expect((at.Downloading ?? 0) - (at.Starting ?? 0)).toBe(startingMs / SCALE);
    expect((at.Training ?? 0) - (at.Downloading ?? 0)).toBe(downloadingMs / SCALE);
    expect((at.Uploading ?? 0) - (at.Training ?? 0)).toBe(trainingMs / SCALE);
    expect((at.Completed ?? 0) - (at.Uploading ?? 0)).toBe(uploadingMs / SCALE);
    expect(done?.ModelArtifacts?.S3ModelArtifacts).toBe(
      's3://bucket/output/fast-1/output/model.tar.gz',
    );
  });

  it('lands an endpoint InService, and again after each kind of update', async () => {
    await client().send(
      new CreateModelCommand({
        ModelName: 'fm',
        PrimaryContainer: { Image: IMAGE },
        ExecutionRoleArn: ROLE,
      }),
    );
    for (const [name, weight] of [
      ['fc-1', 1],
      ['fc-2', 2],
    ] as const) {
      await client().send(
        new CreateEndpointConfigCommand({
          EndpointConfigName: name,
          ProductionVariants: [
            {
              VariantName: 'a',
              ModelName: 'fm',
              InstanceType: 'ml.m5.large',
              InitialInstanceCount: 1,
              InitialVariantWeight: weight,
            },
          ],
        }),
      );
    }
    const describeEndpoint = () =>
      client().send(new DescribeEndpointCommand({ EndpointName: 'fe' }));
    const inService = (e: { EndpointStatus?: string }) => e.EndpointStatus === 'InService';

    await client().send(
      new CreateEndpointCommand({ EndpointName: 'fe', EndpointConfigName: 'fc-1' }),
    );
    const created = await until(describeEndpoint, inService);
    expect(created.at(-1)?.ProductionVariants?.[0]?.CurrentWeight).toBe(1);

    await client().send(
      new UpdateEndpointCommand({ EndpointName: 'fe', EndpointConfigName: 'fc-2' }),
    );
    const switched = await until(describeEndpoint, inService);
    expect(switched.at(-1)?.EndpointConfigName).toBe('fc-2');
    expect(switched.at(-1)?.ProductionVariants?.[0]?.CurrentWeight).toBe(2);

    await client().send(
      new UpdateEndpointWeightsAndCapacitiesCommand({
        EndpointName: 'fe',
        DesiredWeightsAndCapacities: [{ VariantName: 'a', DesiredWeight: 5 }],
      }),
    );
    const shifted = await until(describeEndpoint, inService);
    expect(shifted.at(-1)?.ProductionVariants?.[0]?.CurrentWeight).toBe(5);
    // both updates passed through Updating for endpointUpdatingMs / SCALE
    const last = shifted.at(-1);
    const updatedAt = last?.LastModifiedTime?.getTime() ?? 0;
    expect(updatedAt - (switched.at(-1)?.LastModifiedTime?.getTime() ?? 0)).toBeGreaterThanOrEqual(
      LIVE_TIMINGS.endpointUpdatingMs / SCALE,
    );
  });

  it('launches a tuning job’s training jobs batch after batch until it completes', async () => {
    await client().send(new CreateHyperParameterTuningJobCommand(tuningJobInput('fast-hpo')));
    const seen = await until(
      () =>
        client().send(
          new DescribeHyperParameterTuningJobCommand({ HyperParameterTuningJobName: 'fast-hpo' }),
        ),
      (job) => job.HyperParameterTuningJobStatus !== 'InProgress',
    );
    expect(seen.at(-1)?.HyperParameterTuningJobStatus).toMatch(/^(Completed|Failed)$/);
    const children =
      (
        await client().send(
          new ListTrainingJobsForHyperParameterTuningJobCommand({
            HyperParameterTuningJobName: 'fast-hpo',
            SortBy: 'CreationTime',
            SortOrder: 'Ascending',
          }),
        )
      ).TrainingJobSummaries ?? [];
    expect(children).toHaveLength(4);
    const created = children.map((c) => c.CreationTime?.getTime() ?? 0);
    const { startingMs, downloadingMs, trainingMs, uploadingMs } = LIVE_TIMINGS.training;
    const spacing = (startingMs + downloadingMs + trainingMs + uploadingMs) / SCALE;
    // two at once, the next two one (scaled) job length later
    expect(created[1]).toBe(created[0]);
    expect((created[2] ?? 0) - (created[0] ?? 0)).toBe(spacing);
    expect(created[3]).toBe(created[2]);
  });
});

describe('StopTrainingJob under a time scale', () => {
  const SCALE = 100;
  const suite = useEmulator({ emulator: { data: 'empty', timeScale: SCALE } });

  it('goes Stopping, then Stopped after the scaled stopping time', async () => {
    const client = suite.client();
    await client.send(new CreateTrainingJobCommand(trainingJobInput('fast-stop')));
    await client.send(new StopTrainingJobCommand({ TrainingJobName: 'fast-stop' }));
    const seen = await until(
      () => client.send(new DescribeTrainingJobCommand({ TrainingJobName: 'fast-stop' })),
      (job) => job.TrainingJobStatus === 'Stopped',
    );
    const stopped = seen.at(-1);
    expect(stopped?.SecondaryStatus).toBe('Stopped');
    expect(stopped?.SecondaryStatusTransitions?.map((t) => t.Status).slice(-2)).toEqual([
      'Stopping',
      'Stopped',
    ]);
    const at = startTimes(stopped?.SecondaryStatusTransitions);
    expect((at.Stopped ?? 0) - (at.Stopping ?? 0)).toBe(LIVE_TIMINGS.training.stoppingMs / SCALE);
    expect(stopped?.FinalMetricDataList?.[0]?.MetricName).toBe('validation:auc');
  });
});

describe('time scale bounds and wiring', () => {
  it.each([0, 10_001, 1.5, Number.NaN])('refuses timeScale %s, naming the rule', async (scale) => {
    await expect(startEmulator({ data: 'empty', timeScale: scale })).rejects.toThrow(
      /^timeScale: expected an integer between 1 and 10000, got /,
    );
  });

  it('refuses EMULATOR_TIME_SCALE out of bounds before the standalone emulator listens', async () => {
    const result = await runProcess('npx', ['tsx', 'src/emulator/main.ts'], {
      env: { ...process.env, EMULATOR_TIME_SCALE: '0', EMULATOR_PORT: '0' },
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      'EMULATOR_TIME_SCALE: expected an integer between 1 and 10000, got "0"',
    );
  });

  describe('DEMO_TIME_SCALE reaches the embedded emulator', () => {
    const gateway = useDemoGateway({
      config: loadConfig({ LOG_LEVEL: 'silent', DEMO_TIME_SCALE: '500' }),
      emulator: { data: 'empty' },
    });
    it('starts it with the configured scale', () => {
      expect(gateway.config.demo.timeScale).toBe(500);
      expect(gateway.emulator().timeScale).toBe(500);
    });
  });
});
