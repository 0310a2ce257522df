import {
  BatchDescribeModelPackageCommand,
  type BatchDescribeModelPackageSummary,
  type ContainerDefinition,
  DescribeEndpointCommand,
  DescribeEndpointConfigCommand,
  type DescribeEndpointConfigOutput,
  DescribeHyperParameterTuningJobCommand,
  DescribeModelCommand,
  type DescribeModelOutput,
  DescribeModelPackageCommand,
  type Endpoint,
  ListEndpointsCommand,
  ListTagsCommand,
  type ModelPackage,
  type SageMakerClient,
  SearchCommand,
  type TrainingJob,
} from '@aws-sdk/client-sagemaker';
import { searchAll } from '../../src/sagemaker/batch/search.js';
import { DEPLOYMENTS } from '../queries.js';
import { distinct, iso, nameOfArn, pool, searchAnyOf } from './sdk.js';
import type { View } from './view.js';

type Package = ModelPackage | BatchDescribeModelPackageSummary;

/** What both sequences fetch, keyed the way the view links. */
interface Fetched {
  endpoints: Endpoint[];
  config: (name: string | undefined) => DescribeEndpointConfigOutput | undefined;
  model: (name: string | undefined) => DescribeModelOutput | undefined;
  pkg: (nameOrArn: string) => Package | undefined;
  trainingJob: (url: string) => TrainingJob | undefined;
  tuningJobName: (arn: string) => string | undefined;
}

const containersOf = (model: DescribeModelOutput): ContainerDefinition[] =>
  model.Containers !== undefined && model.Containers.length > 0
    ? model.Containers
    : model.PrimaryContainer === undefined
      ? []
      : [model.PrimaryContainer];

const urlsOf = (pkg: Package): string[] =>
  distinct((pkg.InferenceSpecification?.Containers ?? []).map((c) => c.ModelDataUrl));

const versionOf = (pkg: Package): number | null =>
  'ModelPackageVersion' in pkg ? (pkg.ModelPackageVersion ?? null) : null;

/** The page as the query's `data`. */
function assemble(fetched: Fetched) {
  const packageView = (pkg: Package) => {
    const job = urlsOf(pkg)
      .map(fetched.trainingJob)
      .find((found) => found !== undefined);
    return {
      arn: pkg.ModelPackageArn,
      version: versionOf(pkg),
      modelApprovalStatus: pkg.ModelApprovalStatus ?? null,
      group: pkg.ModelPackageGroupName === undefined ? null : { name: pkg.ModelPackageGroupName },
      trainingJob:
        job === undefined
          ? null
          : {
              name: job.TrainingJobName,
              trainingEndTime: iso(job.TrainingEndTime),
              tuningJob:
                job.TuningJobArn === undefined
                  ? null
                  : { name: fetched.tuningJobName(job.TuningJobArn) },
            },
    };
  };
  const nodes = fetched.endpoints.map((endpoint) => ({
    name: endpoint.EndpointName,
    endpointStatus: endpoint.EndpointStatus,
    productionVariants: (endpoint.ProductionVariants ?? []).map((variant) => {
      const configured = fetched
        .config(endpoint.EndpointConfigName)
        ?.ProductionVariants?.find((v) => v.VariantName === variant.VariantName);
      const model = fetched.model(configured?.ModelName);
      return {
        variantName: variant.VariantName,
        currentWeight: variant.CurrentWeight ?? null,
        currentInstanceCount: variant.CurrentInstanceCount ?? null,
        model:
          model === undefined
            ? null
            : {
                name: model.ModelName,
                containers: containersOf(model).map((container) => {
                  const pkg =
                    container.ModelPackageName === undefined
                      ? undefined
                      : fetched.pkg(container.ModelPackageName);
                  return { modelPackage: pkg === undefined ? null : packageView(pkg) };
                }),
              },
      };
    }),
  }));
  return { endpoints: { nodes } };
}

const packageNames = (models: readonly DescribeModelOutput[]): string[] =>
  distinct(models.flatMap((model) => containersOf(model).map((c) => c.ModelPackageName)));

/**
 * One Search for the endpoints; Describe per distinct config and model (SageMaker has no Search
 * or batch call for them); the packages in batches of 100; one Search each for the training jobs
 * behind the packages and their tuning jobs (a tuning job's name is not in the lower-cased ARN).
 */
async function optimal(client: SageMakerClient, first: number) {
  const page = await client.send(
    new SearchCommand({
      Resource: 'Endpoint',
      SortBy: 'EndpointName',
      SortOrder: 'Ascending',
      MaxResults: first,
    }),
  );
  const endpoints = (page.Results ?? []).flatMap((r) => (r.Endpoint ? [r.Endpoint] : []));
  const configs = await pool(distinct(endpoints.map((e) => e.EndpointConfigName)), (name) =>
    client.send(new DescribeEndpointConfigCommand({ EndpointConfigName: name })),
  );
  const models = await pool(
    distinct(configs.flatMap((c) => (c.ProductionVariants ?? []).map((v) => v.ModelName))),
    (name) => client.send(new DescribeModelCommand({ ModelName: name })),
  );
  const arns = packageNames(models);
  const packages = new Map<string, Package>();
  for (let at = 0; at < arns.length; at += 100) {
    const batch = await client.send(
      new BatchDescribeModelPackageCommand({ ModelPackageArnList: arns.slice(at, at + 100) }),
    );
    for (const [arn, summary] of Object.entries(batch.ModelPackageSummaries ?? {})) {
      packages.set(arn, summary);
    }
  }
  const jobs = (
    await searchAnyOf(
      client,
      'TrainingJob',
      'ModelArtifacts.S3ModelArtifacts',
      distinct([...packages.values()].flatMap(urlsOf)),
    )
  ).flatMap((r) => r.TrainingJob ?? []);
  const tuningJobs = (
    await searchAnyOf(
      client,
      'HyperParameterTuningJob',
      'HyperParameterTuningJobArn',
      distinct(jobs.map((job) => job.TuningJobArn)),
    )
  ).flatMap((r) => r.HyperParameterTuningJob ?? []);
  return assemble({
    endpoints,
    config: (name) => configs.find((c) => c.EndpointConfigName === name),
    model: (name) => models.find((m) => m.ModelName === name),
    pkg: (arn) => packages.get(arn),
    trainingJob: (url) => jobs.find((job) => job.ModelArtifacts?.S3ModelArtifacts === url),
    tuningJobName: (arn) =>
      tuningJobs.find((t) => t.HyperParameterTuningJobArn === arn)?.HyperParameterTuningJobName,
  });
}

/**
 * ListEndpoints, then per row: Describe + ListTags, its config, a DescribeModel per variant, and
 * per container its package, the training job behind it and that job's tuning job.
 */
async function perItem(client: SageMakerClient, first: number) {
  const list = await client.send(
    new ListEndpointsCommand({ SortBy: 'Name', SortOrder: 'Ascending', MaxResults: first }),
  );
  const packages = new Map<string, Package>();
  const jobs = new Map<string, TrainingJob>();
  const tuningNames = new Map<string, string | undefined>();
  const rows = await pool(list.Endpoints ?? [], async (summary) => {
    const { $metadata: _, ...endpoint } = await client.send(
      new DescribeEndpointCommand({ EndpointName: summary.EndpointName }),
    );
    await client.send(new ListTagsCommand({ ResourceArn: endpoint.EndpointArn }));
    const config = await client.send(
      new DescribeEndpointConfigCommand({ EndpointConfigName: endpoint.EndpointConfigName }),
    );
    const models: DescribeModelOutput[] = [];
    for (const variant of config.ProductionVariants ?? []) {
      const model = await client.send(new DescribeModelCommand({ ModelName: variant.ModelName }));
      models.push(model);
      for (const name of packageNames([model])) {
        const pkg = await client.send(new DescribeModelPackageCommand({ ModelPackageName: name }));
        packages.set(name, pkg);
        for (const url of urlsOf(pkg)) {
          const [record] = await searchAll(
            client,
            'TrainingJob',
            {
              Filters: [
                { Name: 'ModelArtifacts.S3ModelArtifacts', Operator: 'Equals', Value: url },
              ],
            },
            (found) => found,
          );
          const job = record?.TrainingJob;
          if (job === undefined) continue;
          jobs.set(url, job);
          if (job.TuningJobArn !== undefined) {
            const tuning = await client.send(
              new DescribeHyperParameterTuningJobCommand({
                HyperParameterTuningJobName: nameOfArn(job.TuningJobArn),
              }),
            );
            tuningNames.set(job.TuningJobArn, tuning.HyperParameterTuningJobName);
          }
        }
      }
    }
    return { endpoint: endpoint as Endpoint, config, models };
  });
  return assemble({
    endpoints: rows.map((r) => r.endpoint),
    config: (name) => rows.find((r) => r.config.EndpointConfigName === name)?.config,
    model: (name) => rows.flatMap((r) => r.models).find((m) => m.ModelName === name),
    pkg: (name) => packages.get(name),
    trainingJob: (url) => jobs.get(url),
    tuningJobName: (arn) => tuningNames.get(arn),
  });
}

export const deployments: View = {
  name: 'deployment view',
  query: DEPLOYMENTS,
  orderedBy: 'name',
  perItem,
  optimal,
};
