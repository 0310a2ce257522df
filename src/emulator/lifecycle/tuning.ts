import type {
  HyperParameterTrainingJobDefinition,
  HyperParameterTrainingJobSummary,
  HyperParameterTuningJobSearchEntity,
  ParameterRanges,
  TrainingJob,
} from '@aws-sdk/client-sagemaker';
import { createPrng, hashString, type Prng } from '../prng.js';
import { sampleMetric } from './metrics.js';
import type { TrainingPlan } from './training.js';

/** A tuning job's ranges: on its config, or on its definition when it has several definitions. */
const rangesOf = (tuning: HyperParameterTuningJobSearchEntity): ParameterRanges | undefined =>
  tuning.TrainingJobDefinition?.HyperParameterRanges ??
  tuning.HyperParameterTuningJobConfig?.ParameterRanges;

/** The names of the hyperparameters a tuning job varies. */
const tunedNames = (ranges: ParameterRanges | undefined): string[] => [
  ...(ranges?.IntegerParameterRanges ?? []).map((range) => range.Name ?? ''),
  ...(ranges?.ContinuousParameterRanges ?? []).map((range) => range.Name ?? ''),
  ...(ranges?.CategoricalParameterRanges ?? []).map((range) => range.Name ?? ''),
];

const formatFloat = (value: number): string => String(Number(value.toPrecision(6)));

/** Draws one value per tuned hyperparameter within its range (log scaling honoured). */
export const sampleHyperParameters = (
  ranges: ParameterRanges | undefined,
  prng: Prng,
): Record<string, string> => {
  const out: Record<string, string> = {};
  for (const range of ranges?.IntegerParameterRanges ?? []) {
    const min = Number(range.MinValue ?? 1);
    const max = Number(range.MaxValue ?? min);
    out[range.Name ?? ''] = String(prng.int(min, max));
  }
  for (const range of ranges?.ContinuousParameterRanges ?? []) {
    const min = Number(range.MinValue ?? 0);
    const max = Number(range.MaxValue ?? 1);
    const value =
      range.ScalingType === 'Logarithmic' && min > 0
        ? Math.exp(prng.float(Math.log(min), Math.log(max)))
        : prng.float(min, max);
    out[range.Name ?? ''] = formatFloat(value);
  }
  for (const range of ranges?.CategoricalParameterRanges ?? []) {
    out[range.Name ?? ''] = prng.pick(range.Values ?? ['']);
  }
  return out;
};

/** AWS names a tuning job's training jobs `<tuning job>-<3-digit index>-<8 hex>`. */
const childName = (tuningJobName: string, index: number): string =>
  `${tuningJobName}-${String(index + 1).padStart(3, '0')}-${hashString(`${tuningJobName}/${index}`)
    .toString(16)
    .padStart(8, '0')}`;

export interface ChildTimings {
  startingMs: number;
  downloadingMs: number;
  trainingMs: number;
  uploadingMs: number;
  stoppingMs?: number;
}

/**
 * The `index`-th training job of a tuning job, created at `createdAt`, with the plan it will follow.
 * Hyperparameters, metrics and outcome derive from the names, so they are the same on every run.
 */
export const buildTuningChild = (
  tuning: HyperParameterTuningJobSearchEntity,
  index: number,
  createdAt: number,
  timings: ChildTimings,
  options: { failureRate?: number } = {},
): { job: TrainingJob; plan: TrainingPlan } => {
  const tuningName = tuning.HyperParameterTuningJobName ?? 'tuning-job';
  const name = childName(tuningName, index);
  const prng = createPrng(hashString(name));
  const definition: Partial<HyperParameterTrainingJobDefinition> =
    tuning.TrainingJobDefinition ?? {};
  const objective = tuning.HyperParameterTuningJobConfig?.HyperParameterTuningJobObjective;
  const objectiveName = objective?.MetricName ?? 'validation:objective';
  const tuned = sampleHyperParameters(rangesOf(tuning), prng);
  const algorithm = definition.AlgorithmSpecification;
  const job: TrainingJob = {
    TrainingJobName: name,
    TuningJobArn: tuning.HyperParameterTuningJobArn,
    TrainingJobStatus: 'InProgress',
    SecondaryStatus: 'Starting',
    HyperParameters: {
      ...definition.StaticHyperParameters,
      ...tuned,
      _tuning_objective_metric: objectiveName,
    },
    AlgorithmSpecification: algorithm
      ? {
          TrainingImage: algorithm.TrainingImage,
          AlgorithmName: algorithm.AlgorithmName,
          TrainingInputMode: algorithm.TrainingInputMode,
          MetricDefinitions: algorithm.MetricDefinitions,
          EnableSageMakerMetricsTimeSeries: false,
        }
      : undefined,
    RoleArn: definition.RoleArn,
    InputDataConfig: definition.InputDataConfig,
    OutputDataConfig: definition.OutputDataConfig,
    ResourceConfig: definition.ResourceConfig,
    StoppingCondition: definition.StoppingCondition,
    VpcConfig: definition.VpcConfig,
    EnableNetworkIsolation: definition.EnableNetworkIsolation ?? false,
    EnableInterContainerTrafficEncryption:
      definition.EnableInterContainerTrafficEncryption ?? false,
    EnableManagedSpotTraining: definition.EnableManagedSpotTraining ?? false,
    CheckpointConfig: definition.CheckpointConfig,
    RetryStrategy: definition.RetryStrategy,
    Environment: definition.Environment,
    CreationTime: new Date(createdAt),
    LastModifiedTime: new Date(createdAt),
    // Training jobs launched by a tuning job carry its tags.
    Tags: (tuning.Tags ?? []).map((tag) => ({ ...tag })),
  };
  const quality = prng.next();
  const metrics = [
    { MetricName: objectiveName, Value: sampleMetric(objectiveName, prng, quality) },
  ];
  for (const definitionMetric of algorithm?.MetricDefinitions ?? []) {
    const metricName = definitionMetric.Name;
    if (!metricName || metricName === objectiveName) continue;
    metrics.push({ MetricName: metricName, Value: sampleMetric(metricName, prng, quality) });
  }
  const failed = prng.chance(options.failureRate ?? 0.04);
  const jitter = (ms: number): number => Math.round(ms * prng.float(0.7, 1.4));
  const plan: TrainingPlan = {
    startingMs: jitter(timings.startingMs),
    downloadingMs: jitter(timings.downloadingMs),
    trainingMs: jitter(timings.trainingMs),
    uploadingMs: jitter(timings.uploadingMs),
    stoppingMs: timings.stoppingMs,
    outcome: failed ? 'Failed' : 'Completed',
    ...(failed
      ? {
          failureReason: prng.pick([
            'AlgorithmError: ExecuteUserScriptError: CUDA out of memory. Tried to allocate 2.00 GiB',
            'AlgorithmError: the objective metric became NaN after 3 epochs',
            'ClientError: Data download failed: no objects found under the validation channel prefix',
          ]),
        }
      : {}),
    metrics,
    billableRatio: job.EnableManagedSpotTraining ? prng.float(0.3, 0.6) : 1,
  };
  return { job, plan };
};

const objectiveValue = (job: TrainingJob, metricName: string): number | undefined =>
  job.FinalMetricDataList?.find((metric) => metric.MetricName === metricName)?.Value;

/** A child training job as ListTrainingJobsForHyperParameterTuningJob and Best*TrainingJob show it. */
export const summarizeChild = (
  tuning: HyperParameterTuningJobSearchEntity,
  job: TrainingJob,
): HyperParameterTrainingJobSummary => {
  const objective = tuning.HyperParameterTuningJobConfig?.HyperParameterTuningJobObjective;
  const names = new Set(tunedNames(rangesOf(tuning)));
  const tuned: Record<string, string> = {};
  for (const [key, value] of Object.entries(job.HyperParameters ?? {})) {
    if (names.has(key)) tuned[key] = value;
  }
  const value = objective?.MetricName ? objectiveValue(job, objective.MetricName) : undefined;
  const terminal = job.TrainingJobStatus !== 'InProgress' && job.TrainingJobStatus !== 'Stopping';
  return {
    TrainingJobName: job.TrainingJobName,
    TrainingJobArn: job.TrainingJobArn,
    TuningJobName: tuning.HyperParameterTuningJobName,
    CreationTime: job.CreationTime,
    TrainingStartTime: job.TrainingStartTime,
    TrainingEndTime: job.TrainingEndTime,
    TrainingJobStatus: job.TrainingJobStatus,
    TunedHyperParameters: tuned,
    FailureReason: job.FailureReason,
    FinalHyperParameterTuningJobObjectiveMetric:
      value === undefined
        ? undefined
        : { Type: objective?.Type, MetricName: objective?.MetricName, Value: value },
    ObjectiveStatus: value !== undefined ? 'Succeeded' : terminal ? 'Failed' : 'Pending',
  };
};

/** The better of two objective values for a tuning objective. */
const better = (type: string | undefined, a: number, b: number): boolean =>
  type === 'Minimize' ? a < b : a > b;

/**
 * Recomputes a tuning job's counters, best training job and status from its children (mutates it).
 * `allLaunched` says whether the job will launch no more children; `stopAt` whether it was stopped.
 */
export const refreshTuningJob = (
  tuning: HyperParameterTuningJobSearchEntity,
  children: readonly TrainingJob[],
  allLaunched: boolean,
  stopAt?: number,
): boolean => {
  const objective = tuning.HyperParameterTuningJobConfig?.HyperParameterTuningJobObjective;
  const counters = {
    Completed: 0,
    InProgress: 0,
    RetryableError: 0,
    NonRetryableError: 0,
    Stopped: 0,
  };
  const objectives = { Succeeded: 0, Pending: 0, Failed: 0 };
  let best: TrainingJob | undefined;
  let bestValue = 0;
  let lastEnd = 0;
  let lastModified = tuning.CreationTime?.getTime() ?? 0;
  let runtime = 0;
  for (const child of children) {
    switch (child.TrainingJobStatus) {
      case 'Completed':
        counters.Completed++;
        break;
      case 'Failed':
        counters.NonRetryableError++;
        break;
      case 'Stopped':
        counters.Stopped++;
        break;
      default:
        counters.InProgress++;
    }
    const value = objective?.MetricName ? objectiveValue(child, objective.MetricName) : undefined;
    if (value !== undefined) objectives.Succeeded++;
    else if (child.TrainingJobStatus === 'InProgress' || child.TrainingJobStatus === 'Stopping') {
      objectives.Pending++;
    } else objectives.Failed++;
    if (value !== undefined && child.TrainingJobStatus === 'Completed') {
      if (!best || better(objective?.Type, value, bestValue)) {
        best = child;
        bestValue = value;
      }
    }
    lastEnd = Math.max(lastEnd, child.TrainingEndTime?.getTime() ?? 0);
    lastModified = Math.max(lastModified, child.LastModifiedTime?.getTime() ?? 0);
    runtime += child.TrainingTimeInSeconds ?? 0;
  }
  tuning.TrainingJobStatusCounters = counters;
  tuning.ObjectiveStatusCounters = objectives;
  tuning.ConsumedResources = { RuntimeInSeconds: runtime };
  if (best) {
    tuning.BestTrainingJob = summarizeChild(tuning, best);
    // Without a better parent result carried over by warm start, the overall best is the same job.
    tuning.OverallBestTrainingJob ??= tuning.BestTrainingJob;
    const overall =
      tuning.OverallBestTrainingJob.FinalHyperParameterTuningJobObjectiveMetric?.Value;
    if (
      tuning.OverallBestTrainingJob.TuningJobName === tuning.HyperParameterTuningJobName ||
      overall === undefined ||
      better(objective?.Type, bestValue, overall)
    ) {
      tuning.OverallBestTrainingJob = tuning.BestTrainingJob;
    }
  }
  const running = counters.InProgress > 0;
  tuning.LastModifiedTime = new Date(lastModified);
  if (stopAt !== undefined) {
    tuning.HyperParameterTuningJobStatus = running ? 'Stopping' : 'Stopped';
  } else if (allLaunched && !running) {
    const failedAll = children.length > 0 && counters.Completed === 0;
    tuning.HyperParameterTuningJobStatus = failedAll ? 'Failed' : 'Completed';
    if (failedAll)
      tuning.FailureReason =
        'All training jobs failed. Please check the training job failure reasons.';
  } else {
    tuning.HyperParameterTuningJobStatus = 'InProgress';
  }
  const done =
    tuning.HyperParameterTuningJobStatus !== 'InProgress' &&
    tuning.HyperParameterTuningJobStatus !== 'Stopping';
  if (done) {
    const end = Math.max(lastEnd, stopAt ?? 0, tuning.CreationTime?.getTime() ?? 0);
    tuning.HyperParameterTuningEndTime = new Date(end);
    tuning.LastModifiedTime = new Date(Math.max(end, lastModified));
  }
  return done;
};
