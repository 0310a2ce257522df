import type { HyperParameterTuningJobSearchEntity, TrainingJob } from '@aws-sdk/client-sagemaker';
import type { Lifecycle } from '../lifecycle/lifecycle.js';
import { applyTrainingPlan } from '../lifecycle/training.js';
import { buildTuningChild, type ChildTimings, refreshTuningJob } from '../lifecycle/tuning.js';
import { createPrng, type Prng } from '../prng.js';
import type { EmulatorStore } from '../store.js';
import { channels } from './channels.js';
import { buildDeployments } from './deployments.js';
import { buildStandaloneJob } from './standalone-jobs.js';
import { ALGORITHMS, USE_CASES, type UseCase, useCaseAt } from './use-cases.js';
import { DAY, HOUR, MINUTE, tags } from './util.js';

/** Names of well-known demo resources; the flagship chain is complete from endpoint to tuning job. */
export const DEMO = {
  /** Endpoint → EndpointConfig (A/B) → Model → ModelPackage → group, and package → job → tuning job. */
  endpointName: 'card-fraud-prod',
  endpointConfigName: 'card-fraud-prod-ab-config',
  championModelName: 'card-fraud-champion',
  challengerModelName: 'card-fraud-challenger',
  modelPackageGroupName: 'card-fraud-models',
  tuningJobName: 'card-fraud-hpo-flagship',
  algorithmName: 'fraud-gbm-trainer',
  /** Endpoints in transient or failed states. */
  creatingEndpointName: 'ticket-router-staging',
  updatingEndpointName: 'feed-ranker-prod',
  failedEndpointName: 'shelf-det-staging',
  teams: ['fraud', 'vision', 'nlp', 'recsys', 'forecasting'],
} as const;

const DEFAULT_DEMO_SCALE = 1500;

export interface DemoOptions {
  /** Training jobs to generate (default 1500). */
  scale?: number | undefined;
  seed?: number | undefined;
  /** "Now" for the generated data (epoch ms): everything is placed relative to it. */
  referenceTime: number;
}

export interface DemoSummary {
  trainingJobs: number;
  tuningJobs: number;
  modelPackages: number;
  endpoints: number;
  /** The training job behind the flagship endpoint's champion model package. */
  flagshipTrainingJobName: string;
  flagshipModelPackageArn: string;
}

const demoTimings = (useCase: UseCase, prng: Prng): ChildTimings => ({
  startingMs: prng.int(2, 5) * MINUTE,
  downloadingMs: prng.int(1, 4) * MINUTE,
  trainingMs: prng.int(useCase.minutes[0], useCase.minutes[1]) * MINUTE,
  uploadingMs: prng.int(1, 3) * MINUTE,
});

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

interface TuningSpec {
  name: string;
  useCase: UseCase;
  created: number;
  children: number;
  parent?: HyperParameterTuningJobSearchEntity | undefined;
}

/**
 * Generates the demo platform into `store` (and its in-flight jobs into `lifecycle`): teams, tuning
 * jobs with dozens of training jobs each, standalone jobs, algorithms, model registries, models,
 * endpoint configs and endpoints. Same seed, scale and reference time → identical data.
 */
export const loadDemoData = (
  store: EmulatorStore,
  lifecycle: Lifecycle,
  options: DemoOptions,
): DemoSummary => {
  const scale = Math.max(0, Math.floor(options.scale ?? DEFAULT_DEMO_SCALE));
  const prng = createPrng(options.seed ?? 1);
  const base = options.referenceTime;
  const account = store.accountId;

  ALGORITHMS.forEach((algorithm, index) => {
    const useCase = USE_CASES.find((candidate) => candidate.algorithm === algorithm.name);
    store.put('Algorithm', {
      AlgorithmName: algorithm.name,
      AlgorithmArn: undefined,
      AlgorithmDescription: algorithm.description,
      CreationTime: new Date(base - (320 - index * 15) * DAY),
      TrainingSpecification: {
        TrainingImage: algorithm.image,
        SupportedHyperParameters: Object.keys(useCase?.staticHyperParameters ?? {}).map((name) => ({
          Name: name,
          Type: 'FreeText',
          IsTunable: false,
          IsRequired: false,
        })),
        SupportedTrainingInstanceTypes: [...algorithm.instances],
        SupportsDistributedTraining: true,
        MetricDefinitions: useCase?.metricDefinitions,
        TrainingChannels: (useCase?.channels ?? ['train']).map((channel) => ({
          Name: channel,
          SupportedContentTypes: [useCase?.contentType ?? 'text/csv'],
          SupportedInputModes: ['File', 'FastFile'],
          IsRequired: channel === 'train',
        })),
        SupportedTuningJobObjectiveMetrics: useCase ? [useCase.objective] : undefined,
      },
      AlgorithmStatus: 'Completed',
      AlgorithmStatusDetails: { ValidationStatuses: [], ImageScanStatuses: [] },
      CertifyForMarketplace: false,
      Tags: tags({ team: algorithm.team, project: useCase?.project ?? 'shared', env: 'prod' }),
    });
  });

  /** Completed jobs each use case could register as a model version, oldest first. */
  const candidates = new Map<UseCase, TrainingJob[]>();
  const addCandidate = (useCase: UseCase, job: TrainingJob): void => {
    const list = candidates.get(useCase) ?? [];
    list.push(job);
    candidates.set(useCase, list);
  };
  const lastTuning = new Map<UseCase, HyperParameterTuningJobSearchEntity>();
  let trainingJobs = 0;
  let tuningJobs = 0;
  let flagshipJob: TrainingJob | undefined;

  const buildTuningJob = (spec: TuningSpec): HyperParameterTuningJobSearchEntity => {
    const { useCase, created } = spec;
    const parallel = Math.min(spec.children, prng.pick([2, 4, 5, 8, 10]));
    const useAlgorithm = useCase.algorithm !== undefined && prng.chance(0.3);
    const env = prng.weighted(['dev', 'staging'], [3, 1]);
    const job: HyperParameterTuningJobSearchEntity = {
      HyperParameterTuningJobName: spec.name,
      HyperParameterTuningJobConfig: {
        Strategy: prng.weighted(['Bayesian', 'Random', 'Hyperband'], [7, 2, 1]),
        HyperParameterTuningJobObjective: useCase.objective,
        ResourceLimits: {
          MaxNumberOfTrainingJobs: spec.children,
          MaxParallelTrainingJobs: parallel,
          MaxRuntimeInSeconds: 7 * 24 * 3600,
        },
        ParameterRanges: useCase.ranges,
        TrainingJobEarlyStoppingType: prng.chance(0.4) ? 'Auto' : 'Off',
      },
      TrainingJobDefinition: {
        StaticHyperParameters: useCase.staticHyperParameters,
        AlgorithmSpecification: useAlgorithm
          ? {
              AlgorithmName: useCase.algorithm,
              TrainingInputMode: 'File',
              // The algorithm's own metric definitions, as AWS copies them onto the job.
              MetricDefinitions: useCase.metricDefinitions,
            }
          : {
              TrainingImage: useCase.trainingImage,
              TrainingInputMode: 'File',
              MetricDefinitions: useCase.metricDefinitions,
            },
        RoleArn: `arn:aws:iam::${account}:role/service-role/AmazonSageMaker-ExecutionRole-${useCase.team}`,
        InputDataConfig: channels(useCase, created),
        OutputDataConfig: {
          S3OutputPath: `s3://acme-ml-${useCase.team}-artifacts/${useCase.project}/tuning/${spec.name}`,
        },
        ResourceConfig: {
          InstanceType: prng.pick(useCase.trainingInstances),
          InstanceCount: 1,
          VolumeSizeInGB: prng.pick([30, 50, 100, 200]),
        },
        StoppingCondition: { MaxRuntimeInSeconds: 86_400 },
        EnableManagedSpotTraining: false,
      },
      HyperParameterTuningJobStatus: 'InProgress',
      CreationTime: new Date(created),
      LastModifiedTime: new Date(created),
      Tags: tags({ team: useCase.team, project: useCase.project, env }),
    };
    if (spec.parent) {
      job.WarmStartConfig = {
        ParentHyperParameterTuningJobs: [
          { HyperParameterTuningJobName: spec.parent.HyperParameterTuningJobName },
        ],
        WarmStartType: 'IdenticalDataAndAlgorithm',
      };
      job.OverallBestTrainingJob = spec.parent.OverallBestTrainingJob;
    }
    const stored = store.put('HyperParameterTuningJob', job);
    const timings = demoTimings(useCase, prng);
    const spacingMs =
      timings.startingMs +
      timings.downloadingMs +
      Math.round(timings.trainingMs * 1.4) +
      timings.uploadingMs;
    let launched = 0;
    const children: TrainingJob[] = [];
    for (let index = 0; index < spec.children; index++) {
      const startAt = created + Math.floor(index / parallel) * spacingMs;
      if (startAt > base) break;
      const child = buildTuningChild(stored, index, startAt, timings, { failureRate: 0.05 });
      const storedChild = store.put('TrainingJob', child.job);
      if (!applyTrainingPlan(storedChild, child.plan, base)) {
        lifecycle.trackTraining(storedChild.TrainingJobName ?? '', child.plan);
      }
      children.push(storedChild);
      launched++;
    }
    trainingJobs += launched;
    tuningJobs++;
    const done = refreshTuningJob(stored, children, launched >= spec.children);
    if (!done) {
      lifecycle.trackTuning(spec.name, {
        total: spec.children,
        parallel,
        spacingMs,
        launched,
        childTimings: timings,
      });
    } else {
      const best = children.find(
        (child) => child.TrainingJobName === stored.BestTrainingJob?.TrainingJobName,
      );
      if (best) addCandidate(useCase, best);
    }
    lastTuning.set(useCase, stored);
    return stored;
  };

  // Roughly 70% of the jobs belong to tuning jobs, like on a platform that tunes most models.
  let tuningBudget = Math.round(scale * 0.7);
  const flagshipUseCase = USE_CASES[0];
  const flagshipChildren = Math.min(Math.max(tuningBudget, Math.min(scale, 4)), 36);
  if (flagshipChildren > 0) {
    const flagship = buildTuningJob({
      name: DEMO.tuningJobName,
      useCase: flagshipUseCase,
      created: base - 9 * DAY - 5 * HOUR,
      children: flagshipChildren,
    });
    tuningBudget -= flagshipChildren;
    flagshipJob = candidates
      .get(flagshipUseCase)
      ?.find((job) => job.TrainingJobName === flagship.BestTrainingJob?.TrainingJobName);
  }
  const tuningSpecs: TuningSpec[] = [];
  let tuningIndex = 0;
  while (tuningBudget > 0) {
    const useCase = useCaseAt(tuningIndex);
    const children = Math.min(tuningBudget, prng.int(20, 60));
    const inFlight = tuningIndex < 3 || prng.chance(0.02);
    const created = inFlight ? base - prng.float(0.3, 5) * HOUR : base - prng.float(1, 180) * DAY;
    const date = new Date(created);
    tuningSpecs.push({
      name: `${useCase.prefix}-hpo-${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}-${pad(tuningIndex, 4)}`,
      useCase,
      created,
      children,
    });
    tuningBudget -= children;
    tuningIndex++;
  }
  // Older tuning jobs first, so warm starts can name an earlier parent.
  tuningSpecs.sort((a, b) => a.created - b.created);
  for (const spec of tuningSpecs) {
    const parent = lastTuning.get(spec.useCase);
    const warm =
      parent?.HyperParameterTuningJobStatus === 'Completed' &&
      parent.HyperParameterTuningJobName !== DEMO.tuningJobName &&
      prng.chance(0.25);
    buildTuningJob({ ...spec, parent: warm ? parent : undefined });
  }

  const standalone = Math.max(0, scale - trainingJobs);
  const names = new Set<string>();
  for (let i = 0; i < standalone; i++) {
    const useCase = prng.pick(USE_CASES);
    const { job, plan } = buildStandaloneJob(useCase, prng, base, account, names, i < 4);
    const stored = store.put('TrainingJob', job);
    if (!applyTrainingPlan(stored, plan, base)) {
      lifecycle.trackTraining(stored.TrainingJobName ?? '', plan);
    } else if (stored.TrainingJobStatus === 'Completed' && prng.chance(0.08)) {
      addCandidate(useCase, stored);
    }
  }
  trainingJobs += standalone;

  const deployments = buildDeployments({
    store,
    lifecycle,
    prng,
    base,
    candidates,
    flagshipJob,
    names: DEMO,
  });

  return {
    trainingJobs,
    tuningJobs,
    modelPackages: store.size('ModelPackage'),
    endpoints: store.size('Endpoint'),
    flagshipTrainingJobName: flagshipJob?.TrainingJobName ?? '',
    flagshipModelPackageArn: deployments.flagshipModelPackage?.ModelPackageArn ?? '',
  };
};
