import {
  CreateEndpointCommand,
  CreateEndpointConfigCommand,
  CreateModelCommand,
  CreateModelPackageCommand,
  SageMakerClient,
} from '@aws-sdk/client-sagemaker';
import { type Emulator, startEmulator } from '../src/emulator/server.js';

/** Endpoints the benchmarks need: the demo has a handful, a page of 100 needs 100. */
export const BENCH_ENDPOINTS = 100;
/** Of the most recently completed training jobs, one in REGISTER_EVERY is registered. */
const RECENT_JOBS = 150;
const REGISTER_EVERY = 3;
const HOUR = 3_600_000;
/**
 * The world's clock: fixed, moved on only by set-up, so the data (and so every count) is the same
 * on every run; a clock that follows the wall clock gave 3 or 4 calls for the same query.
 */
const REFERENCE_TIME = Date.UTC(2025, 5, 2, 9, 0, 0);

export interface BenchWorld {
  emulator: Emulator;
  close(): Promise<void>;
}

/**
 * A realistic platform: the demo's teams and jobs; a pipeline that registers a model version for
 * every third recently completed job; A/B endpoints over the registry's versions until there are
 * {@link BENCH_ENDPOINTS}. Added through the SDK, then left to settle (the emulator's clock is
 * moved on past their creation, so jobs have finished and endpoints are InService).
 */
export async function startBenchWorld(
  options: { scale?: number; latencyMs?: number; port?: number } = {},
): Promise<BenchWorld> {
  let skew = 0;
  const emulator = await startEmulator({
    data: 'demo',
    scale: options.scale ?? 1_500,
    seed: 7,
    searchLagMs: 0,
    referenceTime: REFERENCE_TIME,
    now: () => REFERENCE_TIME + skew,
    ...(options.port === undefined ? {} : { port: options.port }),
  });
  const client = new SageMakerClient({
    endpoint: emulator.endpoint,
    region: emulator.region,
    credentials: { accessKeyId: 'bench', secretAccessKey: 'bench' },
  });
  try {
    skew += 2 * HOUR;
    emulator.lifecycle.advance(emulator.now());
    await registerRecentJobs(emulator, client, () => {
      skew += 1_000;
    });
    await addEndpoints(emulator, client);
    skew += 2 * HOUR;
    emulator.lifecycle.advance(emulator.now());
  } finally {
    client.destroy();
  }
  emulator.knobs.latencyMs = options.latencyMs ?? 0;
  emulator.resetCalls();
  return { emulator, close: () => emulator.close() };
}

/** `tick` moves the clock a second on between versions, so newest-first is an order, not a tie. */
async function registerRecentJobs(
  emulator: Emulator,
  client: SageMakerClient,
  tick: () => void,
): Promise<void> {
  const groups = new Set(
    emulator.store.all('ModelPackageGroup').map((group) => group.ModelPackageGroupName),
  );
  const recent = emulator.store
    .all('TrainingJob')
    .filter((job) => job.TrainingJobStatus === 'Completed')
    .sort((a, b) => (b.CreationTime?.getTime() ?? 0) - (a.CreationTime?.getTime() ?? 0))
    .slice(0, RECENT_JOBS);
  for (const [at, job] of recent.entries()) {
    const project = job.Tags?.find((tag) => tag.Key === 'project')?.Value;
    const group = `${project}-models`;
    const artifacts = job.ModelArtifacts?.S3ModelArtifacts;
    if (at % REGISTER_EVERY !== 0 || !groups.has(group) || artifacts === undefined) continue;
    tick();
    await client.send(
      new CreateModelPackageCommand({
        ModelPackageGroupName: group,
        ModelPackageDescription: `registered by the pipeline run of ${job.TrainingJobName}`,
        InferenceSpecification: {
          Containers: [
            { Image: job.AlgorithmSpecification?.TrainingImage, ModelDataUrl: artifacts },
          ],
          SupportedContentTypes: ['text/csv'],
          SupportedResponseMIMETypes: ['application/json'],
        },
      }),
    );
  }
}

async function addEndpoints(emulator: Emulator, client: SageMakerClient): Promise<void> {
  const versions = emulator.store
    .all('ModelPackage')
    .filter((pkg) => pkg.ModelPackageVersion !== undefined)
    .sort((a, b) => (a.ModelPackageArn ?? '').localeCompare(b.ModelPackageArn ?? ''));
  const role = 'arn:aws:iam::123456789012:role/service-role/AmazonSageMaker-ExecutionRole-bench';
  const missing = BENCH_ENDPOINTS - emulator.store.size('Endpoint');
  for (let i = 0; i < missing; i++) {
    // champion and challenger: two neighbouring versions, mostly of the same group
    const pair = [versions[i % versions.length], versions[(i + 1) % versions.length]];
    const models: string[] = [];
    for (const [side, pkg] of pair.entries()) {
      const name = `bench-${i}-${side === 0 ? 'champion' : 'challenger'}`;
      await client.send(
        new CreateModelCommand({
          ModelName: name,
          ExecutionRoleArn: role,
          Containers: [{ ModelPackageName: pkg?.ModelPackageArn }],
        }),
      );
      models.push(name);
    }
    const config = `bench-endpoint-${i}-config`;
    await client.send(
      new CreateEndpointConfigCommand({
        EndpointConfigName: config,
        ProductionVariants: models.map((model, side) => ({
          VariantName: side === 0 ? 'champion' : 'challenger',
          ModelName: model,
          InstanceType: 'ml.m5.large',
          InitialInstanceCount: 1,
          InitialVariantWeight: side === 0 ? 0.9 : 0.1,
        })),
      }),
    );
    await client.send(
      new CreateEndpointCommand({
        EndpointName: `bench-endpoint-${i}`,
        EndpointConfigName: config,
      }),
    );
  }
}
