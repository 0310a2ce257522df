import type { HyperParameterTuningJobSearchEntity, TrainingJob } from '@aws-sdk/client-sagemaker';
import type { EmulatorStore } from '../store.js';
import { applyEndpointPlan, type EndpointPlan } from './endpoint.js';
import { applyTrainingPlan, STOPPING_MS, type TrainingPlan } from './training.js';
import { buildTuningChild, type ChildTimings, refreshTuningJob } from './tuning.js';

/** How a tuning job launches its training jobs over time. */
interface TuningPlan {
  /** Training jobs to launch in all. */
  total: number;
  /** How many run at once; a new batch starts every `spacingMs`. */
  parallel: number;
  spacingMs: number;
  /** Children launched so far (the first `launched` indexes exist). */
  launched: number;
  childTimings: ChildTimings;
  stopAt?: number;
}

/** Phase durations for resources created through the API (shortened from real life so demos move). */
export const LIVE_TIMINGS = {
  training: {
    startingMs: 45_000,
    downloadingMs: 30_000,
    trainingMs: 240_000,
    uploadingMs: 15_000,
    stoppingMs: STOPPING_MS,
  },
  endpointCreatingMs: 240_000,
  endpointUpdatingMs: 120_000,
} as const;

export interface LiveTimings {
  training: Required<ChildTimings>;
  endpointCreatingMs: number;
  endpointUpdatingMs: number;
}

/**
 * LIVE_TIMINGS divided by the time scale (EMULATOR_TIME_SCALE, DEMO_TIME_SCALE). Only these
 * durations scale, not the emulator's clock: the demo data is generated around the clock's
 * reference time and its InProgress jobs follow their own plans, so a faster clock would age the
 * demo data differently on every run, while shorter live durations leave it as it is and still
 * let a test or a demo watch a job it created finish in seconds.
 */
export const liveTimings = (scale: number): LiveTimings => {
  const scaled = (ms: number): number => Math.max(1, Math.round(ms / scale));
  const { training } = LIVE_TIMINGS;
  return {
    training: {
      startingMs: scaled(training.startingMs),
      downloadingMs: scaled(training.downloadingMs),
      trainingMs: scaled(training.trainingMs),
      uploadingMs: scaled(training.uploadingMs),
      stoppingMs: scaled(training.stoppingMs),
    },
    endpointCreatingMs: scaled(LIVE_TIMINGS.endpointCreatingMs),
    endpointUpdatingMs: scaled(LIVE_TIMINGS.endpointUpdatingMs),
  };
};

export interface Lifecycle {
  trackTraining(name: string, plan: TrainingPlan): void;
  trackTuning(name: string, plan: TuningPlan): void;
  trackEndpoint(name: string, plan: EndpointPlan): void;
  /** Stops a training job; false if it is not running. */
  stopTraining(name: string, now: number): boolean;
  /** Stops a tuning job and its running training jobs; false if it is not running. */
  stopTuning(name: string, now: number): boolean;
  /** Moves every tracked record to its state at `now`. Cheap: touches only what is in flight. */
  advance(now: number): void;
  /** Records still moving. */
  active(): { training: number; tuning: number; endpoints: number };
  forgetEndpoint(name: string): void;
}

/** Creates the lazy clock-driven state machine over `store`. */
export const createLifecycle = (store: EmulatorStore): Lifecycle => {
  const training = new Map<string, TrainingPlan>();
  const tuning = new Map<string, TuningPlan>();
  const endpoints = new Map<string, EndpointPlan>();

  const children = (job: HyperParameterTuningJobSearchEntity): TrainingJob[] =>
    job.HyperParameterTuningJobArn
      ? store.byIndex('TrainingJob', 'TuningJobArn', job.HyperParameterTuningJobArn)
      : [];

  const advanceTraining = (now: number): void => {
    for (const [name, plan] of training) {
      const job = store.get('TrainingJob', name);
      if (!job || applyTrainingPlan(job, plan, now)) training.delete(name);
    }
  };

  const stopTraining = (name: string, now: number): boolean => {
    const plan = training.get(name);
    const job = store.get('TrainingJob', name);
    if (!plan || !job) return false;
    applyTrainingPlan(job, plan, now);
    if (job.TrainingJobStatus !== 'InProgress') return false;
    plan.stopAt = now;
    applyTrainingPlan(job, plan, now);
    return true;
  };

  return {
    trackTraining: (name, plan) => void training.set(name, plan),
    trackTuning: (name, plan) => void tuning.set(name, plan),
    trackEndpoint: (name, plan) => void endpoints.set(name, plan),
    forgetEndpoint: (name) => void endpoints.delete(name),
    stopTraining,
    stopTuning(name, now) {
      const plan = tuning.get(name);
      const job = store.get('HyperParameterTuningJob', name);
      if (!plan || !job || plan.stopAt !== undefined) return false;
      plan.stopAt = now;
      for (const child of children(job)) {
        if (child.TrainingJobName) stopTraining(child.TrainingJobName, now);
      }
      refreshTuningJob(job, children(job), true, now);
      return true;
    },
    advance(now) {
      for (const [name, plan] of tuning) {
        const job = store.get('HyperParameterTuningJob', name);
        if (!job) {
          tuning.delete(name);
          continue;
        }
        const created = job.CreationTime?.getTime() ?? now;
        while (plan.stopAt === undefined && plan.launched < plan.total) {
          const startAt = created + Math.floor(plan.launched / plan.parallel) * plan.spacingMs;
          if (startAt > now) break;
          const child = buildTuningChild(job, plan.launched, startAt, plan.childTimings);
          store.put('TrainingJob', child.job);
          training.set(child.job.TrainingJobName ?? '', child.plan);
          plan.launched++;
        }
      }
      advanceTraining(now);
      for (const [name, plan] of tuning) {
        const job = store.get('HyperParameterTuningJob', name);
        if (!job) continue;
        const allLaunched = plan.launched >= plan.total;
        if (refreshTuningJob(job, children(job), allLaunched, plan.stopAt)) tuning.delete(name);
      }
      for (const [name, plan] of endpoints) {
        const endpoint = store.get('Endpoint', name);
        if (!endpoint || applyEndpointPlan(endpoint, plan, now)) endpoints.delete(name);
      }
    },
    active: () => ({ training: training.size, tuning: tuning.size, endpoints: endpoints.size }),
  };
};
