import type {
  MetricData,
  SecondaryStatus,
  SecondaryStatusTransition,
  TrainingJob,
} from '@aws-sdk/client-sagemaker';

/**
 * How one training job runs: phase durations from its CreationTime, how it ends, and what it
 * produces. Applying a plan at a given time is pure, so demo data and the live clock share it.
 */
export interface TrainingPlan {
  startingMs: number;
  downloadingMs: number;
  trainingMs: number;
  uploadingMs: number;
  outcome: 'Completed' | 'Failed';
  failureReason?: string;
  /** Final metrics, reported at completion. */
  metrics: ReadonlyArray<{ MetricName: string; Value: number }>;
  /** Set by StopTrainingJob (epoch ms). */
  stopAt?: number;
  /** Spot training bills only part of the time. */
  billableRatio?: number;
  /** Time between StopTrainingJob and Stopped; STOPPING_MS unless told. */
  stoppingMs?: number;
}

/** Time between StopTrainingJob and the job reaching Stopped. */
export const STOPPING_MS = 15_000;

const MESSAGES: Readonly<Partial<Record<SecondaryStatus, string>>> = {
  Starting: 'Preparing the instances for training',
  Downloading: 'Downloading input data',
  Training: 'Training image download completed. Training in progress.',
  Uploading: 'Uploading generated training model',
  Completed: 'Training job completed',
  Failed: 'Training job failed',
  Stopping: 'Stopping the training job',
  Stopped: 'Training job stopped',
};

interface Phase {
  status: SecondaryStatus;
  at: number;
}

/** The phases the job goes through, with their start times, ending in a terminal one. */
const phasesOf = (created: number, plan: TrainingPlan): Phase[] => {
  const downloading = created + plan.startingMs;
  const training = downloading + plan.downloadingMs;
  const uploading = training + plan.trainingMs;
  const end = uploading + plan.uploadingMs;
  const phases: Phase[] = [
    { status: 'Starting', at: created },
    { status: 'Downloading', at: downloading },
    { status: 'Training', at: training },
  ];
  if (plan.outcome === 'Failed') {
    phases.push({ status: 'Failed', at: training + Math.round(plan.trainingMs / 2) });
  } else {
    phases.push({ status: 'Uploading', at: uploading }, { status: 'Completed', at: end });
  }
  const stopAt = plan.stopAt;
  if (stopAt === undefined) return phases;
  const terminal = phases.at(-1);
  if (terminal && terminal.at <= stopAt) return phases;
  const before = phases.filter((phase) => phase.at < stopAt);
  return [
    ...before,
    { status: 'Stopping', at: stopAt },
    { status: 'Stopped', at: stopAt + (plan.stoppingMs ?? STOPPING_MS) },
  ];
};

const TERMINAL = new Set<SecondaryStatus>(['Completed', 'Failed', 'Stopped']);

/**
 * Brings `job` to its state at `now` according to `plan` (mutates it). Returns true once the job
 * is in a terminal state, so the caller can stop tracking it.
 */
export const applyTrainingPlan = (job: TrainingJob, plan: TrainingPlan, now: number): boolean => {
  const created = job.CreationTime?.getTime() ?? now;
  const all = phasesOf(created, plan);
  const reached = all.filter((phase) => phase.at <= now);
  const current = reached.at(-1) ?? all[0] ?? { status: 'Starting', at: created };
  const transitions: SecondaryStatusTransition[] = reached.map((phase, i) => {
    const next = reached[i + 1];
    const transition: SecondaryStatusTransition = {
      Status: phase.status,
      StartTime: new Date(phase.at),
      StatusMessage: MESSAGES[phase.status],
    };
    if (next) transition.EndTime = new Date(next.at);
    else if (TERMINAL.has(phase.status)) transition.EndTime = new Date(phase.at);
    return transition;
  });
  job.SecondaryStatus = current.status;
  job.SecondaryStatusTransitions = transitions;
  job.LastModifiedTime = new Date(Math.max(current.at, created));
  const downloading = all.find((phase) => phase.status === 'Downloading');
  if (downloading && downloading.at <= now) job.TrainingStartTime = new Date(downloading.at);
  const terminal = TERMINAL.has(current.status);
  switch (current.status) {
    case 'Completed':
      job.TrainingJobStatus = 'Completed';
      break;
    case 'Failed':
      job.TrainingJobStatus = 'Failed';
      job.FailureReason =
        plan.failureReason ?? 'AlgorithmError: training exited with a non-zero code';
      break;
    case 'Stopping':
      job.TrainingJobStatus = 'Stopping';
      break;
    case 'Stopped':
      job.TrainingJobStatus = 'Stopped';
      break;
    default:
      job.TrainingJobStatus = 'InProgress';
  }
  if (!terminal) return false;
  const start = job.TrainingStartTime?.getTime() ?? current.at;
  job.TrainingEndTime = new Date(current.at);
  const seconds = Math.max(1, Math.round((current.at - start) / 1000));
  job.TrainingTimeInSeconds = seconds;
  job.BillableTimeInSeconds = Math.max(1, Math.round(seconds * (plan.billableRatio ?? 1)));
  if (current.status === 'Completed') {
    job.FinalMetricDataList = plan.metrics.map(
      (metric): MetricData => ({ ...metric, Timestamp: new Date(current.at) }),
    );
    const output =
      job.OutputDataConfig?.S3OutputPath?.replace(/\/$/, '') ?? 's3://sagemaker-output';
    job.ModelArtifacts = {
      S3ModelArtifacts: `${output}/${job.TrainingJobName}/output/model.tar.gz`,
    };
  } else if (current.status === 'Stopped' && plan.metrics.length > 0) {
    // A stopped job keeps the metrics it had emitted so far.
    job.FinalMetricDataList = plan.metrics.map(
      (metric): MetricData => ({ ...metric, Timestamp: new Date(current.at) }),
    );
  }
  return true;
};
