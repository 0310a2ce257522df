import type { TrainingJob } from '@aws-sdk/client-sagemaker';
import { sampleMetric } from '../lifecycle/metrics.js';
import type { TrainingPlan } from '../lifecycle/training.js';
import { sampleHyperParameters } from '../lifecycle/tuning.js';
import type { Prng } from '../prng.js';
import { channels } from './channels.js';
import type { UseCase } from './use-cases.js';
import { DAY, HOUR, MINUTE, nameTimestamp, tags } from './util.js';

const FAILURES = [
  'AlgorithmError: ExecuteUserScriptError: ExitCode 1 ErrorMessage "KeyError: \'label\'"',
  'ClientError: Please ensure the training data channel "validation" exists and is not empty.',
  'CapacityError: Unable to provision requested ML compute capacity. Please retry using a different ML instance type.',
  'AlgorithmError: CUDA out of memory. Tried to allocate 3.50 GiB (GPU 0; 22.20 GiB total capacity)',
  'InternalServerError: We encountered an internal error. Please try again.',
];

/**
 * One training job run outside a tuning job, as a data scientist's notebook or pipeline starts it,
 * and the plan it follows. `inFlight` places it in the last hours so it is still running.
 */
export const buildStandaloneJob = (
  useCase: UseCase,
  prng: Prng,
  base: number,
  account: string,
  names: Set<string>,
  inFlight: boolean,
): { job: TrainingJob; plan: TrainingPlan } => {
  let created =
    inFlight || prng.chance(0.005)
      ? base - prng.float(0.1, 1.5) * HOUR
      : base - prng.float(0.05, 240) * DAY;
  created = Math.round(created);
  let name = `${useCase.prefix}-${nameTimestamp(created)}`;
  while (names.has(name)) {
    created += 1;
    name = `${useCase.prefix}-${nameTimestamp(created)}`;
  }
  names.add(name);
  const useAlgorithm = useCase.algorithm !== undefined && prng.chance(0.3);
  const spot = prng.chance(0.3);
  const instanceType = prng.pick(useCase.trainingInstances);
  const env = prng.weighted(['dev', 'staging', 'prod'], [6, 2.5, 1.5]);
  const job: TrainingJob = {
    TrainingJobName: name,
    TrainingJobStatus: 'InProgress',
    SecondaryStatus: 'Starting',
    HyperParameters: {
      ...useCase.staticHyperParameters,
      ...sampleHyperParameters(useCase.ranges, prng),
    },
    AlgorithmSpecification: useAlgorithm
      ? {
          AlgorithmName: useCase.algorithm,
          TrainingInputMode: 'File',
          MetricDefinitions: useCase.metricDefinitions,
          EnableSageMakerMetricsTimeSeries: false,
        }
      : {
          TrainingImage: useCase.trainingImage,
          TrainingInputMode: prng.chance(0.2) ? 'FastFile' : 'File',
          MetricDefinitions: useCase.metricDefinitions,
          EnableSageMakerMetricsTimeSeries: true,
        },
    RoleArn: `arn:aws:iam::${account}:role/service-role/AmazonSageMaker-ExecutionRole-${useCase.team}`,
    InputDataConfig: channels(useCase, created),
    OutputDataConfig: {
      S3OutputPath: `s3://acme-ml-${useCase.team}-artifacts/${useCase.project}/training-output`,
    },
    ResourceConfig: {
      InstanceType: instanceType,
      InstanceCount:
        instanceType.includes('24xlarge') || instanceType.includes('32xlarge') ? prng.int(1, 4) : 1,
      VolumeSizeInGB: prng.pick([30, 50, 100, 200, 500]),
    },
    StoppingCondition: spot
      ? { MaxRuntimeInSeconds: 86_400, MaxWaitTimeInSeconds: 172_800 }
      : { MaxRuntimeInSeconds: 86_400 },
    EnableNetworkIsolation: false,
    EnableInterContainerTrafficEncryption: false,
    EnableManagedSpotTraining: spot,
    CheckpointConfig: spot
      ? { S3Uri: `s3://acme-ml-${useCase.team}-artifacts/${useCase.project}/checkpoints/${name}` }
      : undefined,
    CreationTime: new Date(created),
    LastModifiedTime: new Date(created),
    Tags: tags({ team: useCase.team, project: useCase.project, env }),
  };
  const quality = prng.next();
  const roll = prng.next();
  const outcome = roll < 0.07 ? 'Failed' : 'Completed';
  const plan: TrainingPlan = {
    startingMs: prng.int(2, 6) * MINUTE,
    downloadingMs: prng.int(1, 5) * MINUTE,
    trainingMs: prng.int(useCase.minutes[0], useCase.minutes[1]) * MINUTE,
    uploadingMs: prng.int(1, 3) * MINUTE,
    outcome,
    ...(outcome === 'Failed' ? { failureReason: prng.pick(FAILURES) } : {}),
    metrics: useCase.metricDefinitions.map((definition) => ({
      MetricName: definition.Name ?? '',
      Value: sampleMetric(definition.Name ?? '', prng, quality),
    })),
    billableRatio: spot ? prng.float(0.3, 0.6) : 1,
  };
  // A few jobs are stopped by hand part-way through training.
  if (outcome === 'Completed' && roll > 0.97) {
    plan.stopAt =
      created + plan.startingMs + plan.downloadingMs + Math.round(plan.trainingMs * 0.4);
  }
  return { job, plan };
};
