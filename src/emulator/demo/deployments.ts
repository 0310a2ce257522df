import type {
  ModelApprovalStatus,
  ModelPackage,
  ProductionVariant,
  TrainingJob,
} from '@aws-sdk/client-sagemaker';
import type { KindRecords } from '../kinds.js';
import type { Lifecycle } from '../lifecycle/lifecycle.js';
import { variantSummaries } from '../operations/endpoints.js';
import type { Prng } from '../prng.js';
import type { EmulatorStore } from '../store.js';
import { USE_CASES, type UseCase } from './use-cases.js';
import { DAY, dayStamp, HOUR, MINUTE, tags } from './util.js';

export interface DeploymentInput {
  store: EmulatorStore;
  lifecycle: Lifecycle;
  prng: Prng;
  base: number;
  /** Completed training jobs per use case that may become model versions. */
  candidates: ReadonlyMap<UseCase, TrainingJob[]>;
  /** The flagship tuning job's best training job (its package backs the flagship endpoint). */
  flagshipJob: TrainingJob | undefined;
  names: {
    endpointName: string;
    endpointConfigName: string;
    championModelName: string;
    challengerModelName: string;
    creatingEndpointName: string;
    updatingEndpointName: string;
    failedEndpointName: string;
  };
}

const MAX_VERSIONS = 12;

const objectiveOf = (useCase: UseCase, job: TrainingJob): number | undefined =>
  job.FinalMetricDataList?.find((metric) => metric.MetricName === useCase.objective.MetricName)
    ?.Value;

/**
 * Model registry and serving for the demo: a model package group per use case whose versions
 * are built from training jobs' artifacts, models on top of packages (or raw artifacts), endpoint
 * configs with one or two (A/B) variants, and endpoints in every interesting state.
 */
export const buildDeployments = (
  input: DeploymentInput,
): { flagshipModelPackage?: ModelPackage } => {
  const { store, lifecycle, prng, base, names } = input;
  let flagshipModelPackage: ModelPackage | undefined;

  USE_CASES.forEach((useCase, useCaseIndex) => {
    const team = useCase.team;
    const groupName = `${useCase.project}-models`;
    const groupTags = tags({ team, project: useCase.project });
    store.put('ModelPackageGroup', {
      ModelPackageGroupName: groupName,
      ModelPackageGroupDescription: useCase.description,
      CreationTime: new Date(base - (250 - useCaseIndex * 4) * DAY),
      CreatedBy: {},
      ModelPackageGroupStatus: 'Completed',
      Tags: groupTags,
    });
    const all = [...(input.candidates.get(useCase) ?? [])];
    const flagship = useCaseIndex === 0 ? input.flagshipJob : undefined;
    const byEnd = (a: TrainingJob, b: TrainingJob) =>
      (a.TrainingEndTime?.getTime() ?? 0) - (b.TrainingEndTime?.getTime() ?? 0);
    all.sort(byEnd);
    const chosen = all.slice(-MAX_VERSIONS);
    if (flagship && !chosen.includes(flagship)) {
      chosen.push(flagship);
      chosen.sort(byEnd);
    }
    const versions: ModelPackage[] = chosen.map((job, index) => {
      const version = index + 1;
      const end = job.TrainingEndTime?.getTime() ?? base;
      const created = Math.min(base - 10 * MINUTE, end + prng.int(20, 360) * MINUTE);
      const last = index === chosen.length - 1 && chosen.length >= 3;
      const approval: ModelApprovalStatus =
        job === flagship || index === chosen.length - 2
          ? 'Approved'
          : last
            ? 'PendingManualApproval'
            : prng.weighted<ModelApprovalStatus>(['Approved', 'Rejected'], [0.65, 0.35]);
      const value = objectiveOf(useCase, job);
      const pkg: ModelPackage = {
        ModelPackageName: groupName,
        ModelPackageGroupName: groupName,
        ModelPackageVersion: version,
        ModelPackageArn: store.arn('ModelPackage', `${groupName}/${version}`),
        ModelPackageDescription: `${useCase.project} model trained by ${job.TrainingJobName}`,
        CreationTime: new Date(created),
        InferenceSpecification: {
          Containers: [
            {
              Image: useCase.inferenceImage,
              ModelDataUrl: job.ModelArtifacts?.S3ModelArtifacts,
              Framework: useCase.inferenceImage.includes('xgboost') ? 'XGBOOST' : 'PYTORCH',
            },
          ],
          SupportedContentTypes: [useCase.contentType],
          SupportedResponseMIMETypes: ['application/json'],
          SupportedRealtimeInferenceInstanceTypes: [...useCase.inferenceInstances],
          SupportedTransformInstanceTypes: ['ml.m5.xlarge', 'ml.m5.4xlarge'],
        },
        ModelPackageStatus: 'Completed',
        ModelPackageStatusDetails: { ValidationStatuses: [], ImageScanStatuses: [] },
        CertifyForMarketplace: false,
        ModelApprovalStatus: approval,
        CreatedBy: {},
        MetadataProperties: {
          GeneratedBy: job.TrainingJobArn,
          Repository: `https://github.com/acme-ml/${useCase.project}`,
          CommitId: (job.TrainingJobArn ?? '').length.toString(16).padStart(7, 'a'),
        },
        ModelMetrics: {
          ModelQuality: {
            Statistics: {
              ContentType: 'application/json',
              S3Uri: `s3://acme-ml-${team}-artifacts/${useCase.project}/evaluation/${job.TrainingJobName}/metrics.json`,
            },
          },
        },
        LastModifiedTime: new Date(approval === 'PendingManualApproval' ? created : created + HOUR),
        ApprovalDescription:
          approval === 'Approved'
            ? `Beats the current champion on ${useCase.objective.MetricName}`
            : approval === 'Rejected'
              ? `Regression on ${useCase.objective.MetricName} in the holdout evaluation`
              : undefined,
        Domain:
          useCase.team === 'vision'
            ? 'COMPUTER_VISION'
            : useCase.team === 'nlp'
              ? 'NATURAL_LANGUAGE_PROCESSING'
              : 'MACHINE_LEARNING',
        Task: useCase.objective.Type === 'Minimize' ? 'REGRESSION' : 'CLASSIFICATION',
        CustomerMetadataProperties: {
          training_job: job.TrainingJobName ?? '',
          ...(value === undefined ? {} : { [useCase.objective.MetricName]: String(value) }),
        },
        Tags: groupTags.map((tag) => ({ ...tag })),
      };
      store.put('ModelPackage', pkg);
      return pkg;
    });
    const newest = versions.at(-1);
    if (!newest) return;

    const approved = versions.filter((pkg) => pkg.ModelApprovalStatus === 'Approved');
    const latestApproved = approved.at(-1) ?? newest;
    const modelFor = (name: string, pkg: ModelPackage) =>
      store.put('Model', {
        ModelName: name,
        ModelArn: undefined,
        PrimaryContainer: { ModelPackageName: pkg.ModelPackageArn, Mode: 'SingleModel' },
        ExecutionRoleArn: `arn:aws:iam::${store.accountId}:role/service-role/AmazonSageMaker-ExecutionRole-${team}`,
        CreationTime: new Date((pkg.LastModifiedTime?.getTime() ?? base) + 15 * MINUTE),
        EnableNetworkIsolation: false,
        Tags: tags({ team, project: useCase.project, env: 'prod' }),
      });
    const directModel = (name: string, pkg: ModelPackage, env: string) => {
      const container = pkg.InferenceSpecification?.Containers?.[0];
      return store.put('Model', {
        ModelName: name,
        ModelArn: undefined,
        PrimaryContainer: {
          Image: container?.Image,
          ModelDataUrl: container?.ModelDataUrl,
          Mode: 'SingleModel',
          Environment: { SAGEMAKER_PROGRAM: 'inference.py', SAGEMAKER_REGION: store.region },
        },
        ExecutionRoleArn: `arn:aws:iam::${store.accountId}:role/service-role/AmazonSageMaker-ExecutionRole-${team}`,
        CreationTime: new Date((pkg.CreationTime?.getTime() ?? base) + 30 * MINUTE),
        EnableNetworkIsolation: false,
        Tags: tags({ team, project: useCase.project, env }),
      });
    };
    const endpoint = (
      name: string,
      configName: string,
      variants: ProductionVariant[],
      env: string,
      created: number,
    ): KindRecords['Endpoint'] => {
      const config = store.put('EndpointConfig', {
        EndpointConfigName: configName,
        EndpointConfigArn: undefined,
        ProductionVariants: variants,
        CreationTime: new Date(created - 5 * MINUTE),
        Tags: tags({ team, project: useCase.project, env }),
      });
      return store.put('Endpoint', {
        EndpointName: name,
        EndpointArn: undefined,
        EndpointConfigName: configName,
        ProductionVariants: variantSummaries(store, config, new Date(created), true),
        EndpointStatus: 'InService',
        CreationTime: new Date(created),
        LastModifiedTime: new Date(created + prng.int(4, 12) * MINUTE),
        Tags: tags({ team, project: useCase.project, env }),
      });
    };
    const variant = (
      variantName: string,
      modelName: string,
      weight: number,
      count = 2,
    ): ProductionVariant => ({
      VariantName: variantName,
      ModelName: modelName,
      InitialInstanceCount: count,
      InstanceType: prng.pick(useCase.inferenceInstances),
      InitialVariantWeight: weight,
    });
    const deployedAt = (pkg: ModelPackage) =>
      Math.min(
        base - 5 * MINUTE,
        (pkg.LastModifiedTime?.getTime() ?? base) + prng.int(1, 48) * HOUR,
      );

    if (flagship) {
      const championPkg = versions.find((pkg) =>
        pkg.ModelPackageDescription?.endsWith(flagship.TrainingJobName ?? '-'),
      );
      const challengerPkg = [...versions].reverse().find((pkg) => pkg !== championPkg);
      if (championPkg) {
        flagshipModelPackage = championPkg;
        modelFor(names.championModelName, championPkg);
        const variants = [variant('champion', names.championModelName, challengerPkg ? 0.9 : 1, 3)];
        if (challengerPkg) {
          modelFor(names.challengerModelName, challengerPkg);
          variants.push(variant('challenger', names.challengerModelName, 0.1, 1));
        }
        const created = Math.max(deployedAt(championPkg), deployedAt(challengerPkg ?? championPkg));
        const prod = endpoint(
          names.endpointName,
          names.endpointConfigName,
          variants,
          'prod',
          created,
        );
        prod.DataCaptureConfig = {
          EnableCapture: true,
          CaptureStatus: 'Started',
          CurrentSamplingPercentage: 20,
          KmsKeyId: undefined,
          DestinationS3Uri: `s3://acme-ml-${team}-artifacts/${useCase.project}/data-capture`,
        };
      }
      return;
    }

    const prodName = `${useCase.prefix}-prod`;
    const prodModel = `${useCase.project}-v${latestApproved.ModelPackageVersion}`;
    modelFor(prodModel, latestApproved);
    const created = deployedAt(latestApproved);
    const configName = `${prodName}-config-${dayStamp(created)}`;
    const previous = approved.at(-2);
    if (prodName === names.updatingEndpointName && previous) {
      const previousModel = `${useCase.project}-v${previous.ModelPackageVersion}`;
      modelFor(previousModel, previous);
      const prod = endpoint(
        prodName,
        configName,
        [variant('blue', previousModel, 0.8), variant('green', prodModel, 0.2)],
        'prod',
        Math.max(created, deployedAt(previous)),
      );
      // Shifting traffic to the new model: desired weights differ until the update lands.
      const [blue, green] = prod.ProductionVariants ?? [];
      if (blue && green) {
        blue.DesiredWeight = 0.5;
        green.DesiredWeight = 0.5;
      }
      prod.EndpointStatus = 'Updating';
      prod.LastModifiedTime = new Date(base - 3 * MINUTE);
      lifecycle.trackEndpoint(prodName, { until: base + 2 * MINUTE, to: 'InService' });
    } else {
      endpoint(prodName, configName, [variant('AllTraffic', prodModel, 1)], 'prod', created);
    }

    const stagingName = `${useCase.prefix}-staging`;
    if (
      stagingName === names.creatingEndpointName ||
      stagingName === names.failedEndpointName ||
      prng.chance(0.5)
    ) {
      const stagingModel = `${useCase.prefix}-staging-${dayStamp(newest.CreationTime?.getTime() ?? base)}`;
      directModel(stagingModel, newest, 'staging');
      const creating = stagingName === names.creatingEndpointName;
      const stagingCreated = creating ? base - 2 * MINUTE : deployedAt(newest);
      const staging = endpoint(
        stagingName,
        `${stagingName}-config-${dayStamp(stagingCreated)}`,
        [variant('AllTraffic', stagingModel, 1, 1)],
        'staging',
        stagingCreated,
      );
      if (creating) {
        staging.EndpointStatus = 'Creating';
        staging.LastModifiedTime = new Date(stagingCreated);
        for (const summary of staging.ProductionVariants ?? []) {
          summary.CurrentWeight = undefined;
          summary.CurrentInstanceCount = undefined;
        }
        lifecycle.trackEndpoint(stagingName, { until: base + 6 * MINUTE, to: 'InService' });
      } else if (stagingName === names.failedEndpointName) {
        staging.EndpointStatus = 'Failed';
        staging.FailureReason = `Failed to download model data for container "container_1" from URL: "${newest.InferenceSpecification?.Containers?.[0]?.ModelDataUrl}". Please ensure that there is an object located at the URL and that the role passed to CreateModel has permissions to download the model data.`;
        for (const summary of staging.ProductionVariants ?? []) {
          summary.CurrentWeight = undefined;
          summary.CurrentInstanceCount = undefined;
        }
      }
    }
  });

  // Two unversioned packages, the kind ListModelPackages shows by default.
  for (const useCase of [USE_CASES[8], USE_CASES[5]]) {
    const job = useCase ? input.candidates.get(useCase)?.[0] : undefined;
    if (!useCase || !job) continue;
    const name = `${useCase.prefix}-baseline`;
    store.put('ModelPackage', {
      ModelPackageName: name,
      ModelPackageArn: store.arn('ModelPackage', name),
      ModelPackageDescription: `Baseline ${useCase.project} model kept for comparisons`,
      CreationTime: new Date(
        Math.min(base - HOUR, (job.TrainingEndTime?.getTime() ?? base) + HOUR),
      ),
      InferenceSpecification: {
        Containers: [
          { Image: useCase.inferenceImage, ModelDataUrl: job.ModelArtifacts?.S3ModelArtifacts },
        ],
        SupportedContentTypes: [useCase.contentType],
        SupportedResponseMIMETypes: ['application/json'],
      },
      ModelPackageStatus: 'Completed',
      ModelPackageStatusDetails: { ValidationStatuses: [], ImageScanStatuses: [] },
      CertifyForMarketplace: false,
      Tags: tags({ team: useCase.team, project: useCase.project }),
    });
  }
  return flagshipModelPackage ? { flagshipModelPackage } : {};
};
