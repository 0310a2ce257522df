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
  type Model,
  type ModelPackage,
  type SageMakerClient,
  SearchCommand,
  type TrainingJob,
} from '@aws-sdk/client-sagemaker';
import { DEPLOYMENTS } from '../queries.js';
import { distinct, iso, nameOfArn, pool, searchEquals, searchIn } from './sdk.js';
import type { Answer, View } from './view.js';

type Package = ModelPackage | BatchDescribeModelPackageSummary;
/** A model as DescribeModel and Search (ModelDashboardModel.Model) give it. */
type AnyModel = Model | DescribeModelOutput;

/** What both sequences fetch, keyed the way the view links. */
interface Fetched {
  endpoints: Endpoint[];
  config: (name: string | undefined) => DescribeEndpointConfigOutput | undefined;
  model: (name: string | undefined) => AnyModel | undefined;
  pkg: (nameOrArn: string) => Package | undefined;
  trainingJob: (url: string) => TrainingJob | undefined;
  tuningJobName: (arn: string) => string | undefined;
}

const containersOf = (model: AnyModel): ContainerDefinition[] =>
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

const packageNames = (models: readonly AnyModel[]): string[] =>
  distinct(models.flatMap((model) => containersOf(model).map((c) => c.ModelPackageName)));

/**
 * The models named in `names`: Search (Resource Model), whose ModelDashboardModel record holds the
 * whole model; DescribeModel for a name Search has not indexed yet (it is eventually consistent).
 */
async function modelsByName(client: SageMakerClient, names: readonly string[], inFlight?: number) {
  const found = (await searchIn(client, 'Model', 'Model.ModelName', names)).flatMap(
    (record) => record.Model?.Model ?? [],
  );
  const known = new Set(found.map((model) => model.ModelName));
  const missing = names.filter((name) => !known.has(name));
  const described = await pool(
    missing,
    (name) => client.send(new DescribeModelCommand({ ModelName: name })),
    inFlight,
  );
  return { models: [...found, ...described], described: missing.length };
}

/**
 * One Search for the endpoints; a Describe per distinct config (SageMaker has no Search or batch
 * call for them), `inFlight` at once (8 unless told); one Search for the models; the packages in
 * batches of 100; one Search each for the training jobs behind the packages and their tuning jobs
 * (a tuning job's name is not in the lower-cased ARN). Six levels, the configs' one Describe each.
 */
async function handwritten(
  client: SageMakerClient,
  first: number,
  inFlight?: number,
): Promise<Answer> {
  const page = await client.send(
    new SearchCommand({
      Resource: 'Endpoint',
      SortBy: 'EndpointName',
      SortOrder: 'Ascending',
      MaxResults: first,
    }),
  );
  const endpoints = (page.Results ?? []).flatMap((r) => (r.Endpoint ? [r.Endpoint] : []));
  const configNames = distinct(endpoints.map((e) => e.EndpointConfigName));
  const configs = await pool(
    configNames,
    (name) => client.send(new DescribeEndpointConfigCommand({ EndpointConfigName: name })),
    inFlight,
  );
  const modelNames = distinct(
    configs.flatMap((c) => (c.ProductionVariants ?? []).map((v) => v.ModelName)),
  );
  const { models, described } = await modelsByName(client, modelNames, inFlight);
  const arns = packageNames(models);
  const packages = new Map<string, Package>();
  const batches: string[][] = [];
  for (let at = 0; at < arns.length; at += 100) batches.push(arns.slice(at, at + 100));
  for (const batch of await Promise.all(
    batches.map((list) =>
      client.send(new BatchDescribeModelPackageCommand({ ModelPackageArnList: list })),
    ),
  )) {
    for (const [arn, summary] of Object.entries(batch.ModelPackageSummaries ?? {})) {
      packages.set(arn, summary);
    }
  }
  const urls = distinct([...packages.values()].flatMap(urlsOf));
  const jobs = (
    await searchIn(client, 'TrainingJob', 'ModelArtifacts.S3ModelArtifacts', urls)
  ).flatMap((r) => r.TrainingJob ?? []);
  const tuningArns = distinct(jobs.map((job) => job.TuningJobArn));
  const tuningJobs = (
    await searchIn(client, 'HyperParameterTuningJob', 'HyperParameterTuningJobArn', tuningArns)
  ).flatMap((r) => r.HyperParameterTuningJob ?? []);
  const data = assemble({
    endpoints,
    config: (name) => configs.find((c) => c.EndpointConfigName === name),
    model: (name) => models.find((m) => m.ModelName === name),
    pkg: (arn) => packages.get(arn),
    trainingJob: (url) => jobs.find((job) => job.ModelArtifacts?.S3ModelArtifacts === url),
    tuningJobName: (arn) =>
      tuningJobs.find((t) => t.HyperParameterTuningJobArn === arn)?.HyperParameterTuningJobName,
  });
  const levels = [configNames, modelNames, arns, urls, tuningArns].filter((l) => l.length > 0);
  const describeLevels = [configNames.length, described].filter((calls) => calls > 0);
  return { data, levels: 1 + levels.length + (described > 0 ? 1 : 0), describeLevels };
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
          const [record] = await searchEquals(
            client,
            'TrainingJob',
            'ModelArtifacts.S3ModelArtifacts',
            url,
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
  handwritten,
};
