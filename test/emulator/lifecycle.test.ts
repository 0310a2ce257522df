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
  UpdateEndpointWeightsAndCapacitiesCommand,
} from '@aws-sdk/client-sagemaker';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIVE_TIMINGS } from '../../src/emulator/lifecycle/lifecycle.js';
import type { Emulator } from '../../src/emulator/server.js';
import {
  clientFor,
  createClock,
  failure,
  IMAGE,
  ROLE,
  startEmpty,
  trainingJobInput,
} from './helpers.js';

const { startingMs, downloadingMs, trainingMs, uploadingMs } = LIVE_TIMINGS.training;
const JOB_MS = startingMs + downloadingMs + trainingMs + uploadingMs;

describe('lifecycle on an injected clock', () => {
  const clock = createClock();
  let emulator: Emulator;
  let client: SageMakerClient;

  beforeAll(async () => {
    emulator = await startEmpty({ now: clock.now });
    client = clientFor(emulator);
  });
  afterAll(() => emulator.close());

  const describeJob = (name: string) =>
    client.send(new DescribeTrainingJobCommand({ TrainingJobName: name }));

  it('moves a training job through its secondary statuses to Completed', async () => {
    const created = clock.now();
    await client.send(new CreateTrainingJobCommand(trainingJobInput('life-1')));
    clock.advance(startingMs + 1000);
    const downloading = await describeJob('life-1');
    expect(downloading.SecondaryStatus).toBe('Downloading');
    expect(downloading.TrainingStartTime?.getTime()).toBe(created + startingMs);
    expect(downloading.FinalMetricDataList).toBeUndefined();
    clock.advance(downloadingMs);
    expect((await describeJob('life-1')).SecondaryStatus).toBe('Training');
    clock.advance(trainingMs);
    expect((await describeJob('life-1')).SecondaryStatus).toBe('Uploading');
    clock.advance(uploadingMs);
    const done = await describeJob('life-1');
    expect(done.TrainingJobStatus).toBe('Completed');
    expect(done.TrainingEndTime?.getTime()).toBe(created + JOB_MS);
    expect(done.SecondaryStatusTransitions?.map((t) => t.Status)).toEqual([
      'Starting',
      'Downloading',
      'Training',
      'Uploading',
      'Completed',
    ]);
    expect(done.FinalMetricDataList?.[0]?.MetricName).toBe('validation:auc');
    expect(done.FinalMetricDataList?.[0]?.Timestamp).toBeInstanceOf(Date);
    expect(done.ModelArtifacts?.S3ModelArtifacts).toBe(
      's3://bucket/output/life-1/output/model.tar.gz',
    );
    expect(done.TrainingTimeInSeconds).toBe((downloadingMs + trainingMs + uploadingMs) / 1000);
  });

  it('stops a running job and refuses to stop a finished one', async () => {
    await client.send(new CreateTrainingJobCommand(trainingJobInput('life-2')));
    clock.advance(startingMs + downloadingMs + 5000);
    await client.send(new StopTrainingJobCommand({ TrainingJobName: 'life-2' }));
    expect((await describeJob('life-2')).TrainingJobStatus).toBe('Stopping');
    clock.advance(60_000);
    const stopped = await describeJob('life-2');
    expect(stopped.TrainingJobStatus).toBe('Stopped');
    expect(stopped.SecondaryStatus).toBe('Stopped');
    const again = await failure(
      client.send(new StopTrainingJobCommand({ TrainingJobName: 'life-2' })),
    );
    expect(again.name).toBe('ValidationException');
  });

  it('launches a tuning job’s training jobs in parallel batches and tracks the best', async () => {
    await client.send(
      new CreateHyperParameterTuningJobCommand({
        HyperParameterTuningJobName: 'hpo-live',
        HyperParameterTuningJobConfig: {
          Strategy: 'Bayesian',
          ResourceLimits: { MaxNumberOfTrainingJobs: 4, MaxParallelTrainingJobs: 2 },
          HyperParameterTuningJobObjective: { Type: 'Minimize', MetricName: 'validation:rmse' },
          ParameterRanges: {
            ContinuousParameterRanges: [{ Name: 'eta', MinValue: '0.01', MaxValue: '0.3' }],
            IntegerParameterRanges: [{ Name: 'max_depth', MinValue: '3', MaxValue: '9' }],
          },
        },
        TrainingJobDefinition: {
          AlgorithmSpecification: { TrainingImage: IMAGE, TrainingInputMode: 'File' },
          StaticHyperParameters: { num_round: '100' },
          RoleArn: ROLE,
          OutputDataConfig: { S3OutputPath: 's3://bucket/hpo' },
          ResourceConfig: { InstanceType: 'ml.m5.xlarge', InstanceCount: 1, VolumeSizeInGB: 10 },
          StoppingCondition: { MaxRuntimeInSeconds: 3600 },
        },
        Tags: [{ Key: 'team', Value: 'forecasting' }],
      }),
    );
    const listChildren = () =>
      client.send(
        new ListTrainingJobsForHyperParameterTuningJobCommand({
          HyperParameterTuningJobName: 'hpo-live',
        }),
      );
    expect((await listChildren()).TrainingJobSummaries).toHaveLength(2);
    const early = await client.send(
      new DescribeHyperParameterTuningJobCommand({ HyperParameterTuningJobName: 'hpo-live' }),
    );
    expect(early.HyperParameterTuningJobStatus).toBe('InProgress');
    expect(early.TrainingJobStatusCounters?.InProgress).toBe(2);
    // Each child's phases vary by up to +40%; this is long enough for both batches to finish.
    clock.advance(JOB_MS * 3);
    const children = (await listChildren()).TrainingJobSummaries ?? [];
    expect(children).toHaveLength(4);
    const done = await client.send(
      new DescribeHyperParameterTuningJobCommand({ HyperParameterTuningJobName: 'hpo-live' }),
    );
    const completed = children.filter((c) => c.TrainingJobStatus === 'Completed');
    expect(done.HyperParameterTuningJobStatus).toBe(completed.length > 0 ? 'Completed' : 'Failed');
    expect(done.TrainingJobStatusCounters?.Completed).toBe(completed.length);
    const best = Math.min(
      ...completed.map(
        (c) => c.FinalHyperParameterTuningJobObjectiveMetric?.Value ?? Number.POSITIVE_INFINITY,
      ),
    );
    expect(done.BestTrainingJob?.FinalHyperParameterTuningJobObjectiveMetric?.Value).toBe(best);
    const child = await describeJob(children[0]?.TrainingJobName ?? '');
    expect(child.TuningJobArn).toBe(done.HyperParameterTuningJobArn);
    expect(child.HyperParameters?._tuning_objective_metric).toBe('validation:rmse');
    expect(child.HyperParameters?.num_round).toBe('100');
    expect(children[0]?.TunedHyperParameters).toHaveProperty('max_depth');
  });

  it('brings an endpoint from Creating to InService, and through Updating after a weight change', async () => {
    await client.send(
      new CreateModelCommand({
        ModelName: 'lm',
        PrimaryContainer: { Image: IMAGE },
        ExecutionRoleArn: ROLE,
      }),
    );
    await client.send(
      new CreateEndpointConfigCommand({
        EndpointConfigName: 'lc',
        ProductionVariants: [
          {
            VariantName: 'a',
            ModelName: 'lm',
            InstanceType: 'ml.m5.large',
            InitialInstanceCount: 1,
            InitialVariantWeight: 1,
          },
          {
            VariantName: 'b',
            ModelName: 'lm',
            InstanceType: 'ml.m5.large',
            InitialInstanceCount: 1,
            InitialVariantWeight: 1,
          },
        ],
      }),
    );
    await client.send(new CreateEndpointCommand({ EndpointName: 'le', EndpointConfigName: 'lc' }));
    const weights = () =>
      client.send(
        new UpdateEndpointWeightsAndCapacitiesCommand({
          EndpointName: 'le',
          DesiredWeightsAndCapacities: [{ VariantName: 'b', DesiredWeight: 3 }],
        }),
      );
    expect((await failure(weights())).message).toContain('Cannot update in-progress endpoint');
    clock.advance(LIVE_TIMINGS.endpointCreatingMs);
    const live = await client.send(new DescribeEndpointCommand({ EndpointName: 'le' }));
    expect(live.EndpointStatus).toBe('InService');
    expect(live.ProductionVariants?.[1]?.CurrentWeight).toBe(1);
    await weights();
    const updating = await client.send(new DescribeEndpointCommand({ EndpointName: 'le' }));
    expect(updating.EndpointStatus).toBe('Updating');
    expect(updating.ProductionVariants?.[1]?.DesiredWeight).toBe(3);
    expect(updating.ProductionVariants?.[1]?.CurrentWeight).toBe(1);
    clock.advance(LIVE_TIMINGS.endpointUpdatingMs);
    const updated = await client.send(new DescribeEndpointCommand({ EndpointName: 'le' }));
    expect(updated.EndpointStatus).toBe('InService');
    expect(updated.ProductionVariants?.[1]?.CurrentWeight).toBe(3);
    const unknown = await failure(
      client.send(
        new UpdateEndpointWeightsAndCapacitiesCommand({
          EndpointName: 'le',
          DesiredWeightsAndCapacities: [{ VariantName: 'z', DesiredWeight: 1 }],
        }),
      ),
    );
    expect(unknown.message).toBe(
      'The variant name(s) "z" is/are not present within endpoint configuration "lc".',
    );
  });
});
