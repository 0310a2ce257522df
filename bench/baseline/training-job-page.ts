import {
  DescribeHyperParameterTuningJobCommand,
  type DescribeHyperParameterTuningJobResponse,
  DescribeTrainingJobCommand,
  type HyperParameterTuningJobSearchEntity,
  ListTagsCommand,
  ListTrainingJobsCommand,
  type ModelPackage,
  type SageMakerClient,
  SearchCommand,
  type Tag,
  type TrainingJob,
} from '@aws-sdk/client-sagemaker';
import { TRAINING_JOB_PAGE } from '../queries.js';
import { distinct, iso, nameOfArn, pool, searchEquals, searchIn } from './sdk.js';
import type { Answer, View } from './view.js';

type TuningJob = HyperParameterTuningJobSearchEntity | DescribeHyperParameterTuningJobResponse;

/** What both sequences fetch, keyed the way the page links. */
interface Fetched {
  jobs: TrainingJob[];
  tags: (job: TrainingJob) => Tag[];
  tuningJob: (job: TrainingJob) => TuningJob | undefined;
  bestJob: (tuning: TuningJob) => TrainingJob | undefined;
  packages: (job: TrainingJob) => ModelPackage[];
}

const metrics = (job: TrainingJob | undefined) =>
  (job?.FinalMetricDataList ?? []).map((m) => ({ metricName: m.MetricName, value: m.Value }));

const newestFirst = (a: ModelPackage, b: ModelPackage): number =>
  (b.CreationTime?.getTime() ?? 0) - (a.CreationTime?.getTime() ?? 0) ||
  (b.ModelPackageVersion ?? 0) - (a.ModelPackageVersion ?? 0);

/** The page as the query's `data`. */
function assemble(fetched: Fetched) {
  const nodes = fetched.jobs.map((job) => {
    const tuning = fetched.tuningJob(job);
    const best = tuning === undefined ? undefined : fetched.bestJob(tuning);
    return {
      name: job.TrainingJobName,
      trainingJobStatus: job.TrainingJobStatus,
      creationTime: iso(job.CreationTime),
      tags: fetched.tags(job).map((tag) => ({ key: tag.Key, value: tag.Value ?? '' })),
      finalMetricDataList: metrics(job),
      tuningJob:
        tuning === undefined
          ? null
          : {
              name: tuning.HyperParameterTuningJobName,
              hyperParameterTuningJobStatus: tuning.HyperParameterTuningJobStatus,
              bestTrainingJob:
                best === undefined
                  ? null
                  : { name: best.TrainingJobName, finalMetricDataList: metrics(best) },
            },
      modelPackages: [...fetched.packages(job)].sort(newestFirst).map((pkg) => ({
        arn: pkg.ModelPackageArn,
        version: pkg.ModelPackageVersion ?? null,
        modelApprovalStatus: pkg.ModelApprovalStatus ?? null,
        group: pkg.ModelPackageGroupName === undefined ? null : { name: pkg.ModelPackageGroupName },
      })),
    };
  });
  return { trainingJobs: { nodes } };
}

const COMPLETED = { Name: 'TrainingJobStatus', Operator: 'Equals', Value: 'Completed' } as const;
const urlOf = (job: TrainingJob): string | undefined => job.ModelArtifacts?.S3ModelArtifacts;

/**
 * One Search for the page; then one each for its tuning jobs and its packages, together; then one
 * for the best jobs not on the page. Three levels, the last only when a best job is missing.
 */
async function handwritten(client: SageMakerClient, first: number): Promise<Answer> {
  const page = await client.send(
    new SearchCommand({
      Resource: 'TrainingJob',
      SearchExpression: { Filters: [COMPLETED] },
      SortBy: 'CreationTime',
      SortOrder: 'Descending',
      MaxResults: first,
    }),
  );
  const jobs = (page.Results ?? []).flatMap((r) => (r.TrainingJob ? [r.TrainingJob] : []));
  const tuningArns = distinct(jobs.map((job) => job.TuningJobArn));
  const urls = distinct(jobs.map(urlOf));
  const [tuningRecords, packageRecords] = await Promise.all([
    searchIn(client, 'HyperParameterTuningJob', 'HyperParameterTuningJobArn', tuningArns),
    searchIn(client, 'ModelPackage', 'InferenceSpecification.Containers.ModelDataUrl', urls),
  ]);
  const tuningJobs = tuningRecords.flatMap((r) => r.HyperParameterTuningJob ?? []);
  const byName = new Map(jobs.map((job) => [job.TrainingJobName, job]));
  const missing = distinct(tuningJobs.map((t) => t.BestTrainingJob?.TrainingJobName)).filter(
    (name) => !byName.has(name),
  );
  for (const record of await searchIn(client, 'TrainingJob', 'TrainingJobName', missing)) {
    if (record.TrainingJob) byName.set(record.TrainingJob.TrainingJobName, record.TrainingJob);
  }
  const tuningByArn = new Map(tuningJobs.map((t) => [t.HyperParameterTuningJobArn, t]));
  const packages = packageRecords.flatMap((r) => r.ModelPackage ?? []);
  const linked = tuningArns.length + urls.length > 0;
  const data = assemble({
    jobs,
    tags: (job) => job.Tags ?? [],
    tuningJob: (job) => tuningByArn.get(job.TuningJobArn),
    bestJob: (tuning) => byName.get(tuning.BestTrainingJob?.TrainingJobName),
    packages: (job) =>
      packages.filter((pkg) =>
        pkg.InferenceSpecification?.Containers?.some((c) => c.ModelDataUrl === urlOf(job)),
      ),
  });
  return { data, levels: 1 + (linked ? 1 : 0) + (missing.length > 0 ? 1 : 0), describeLevels: [] };
}

/** ListTrainingJobs, then per row: Describe + ListTags, its tuning job and best job, its packages. */
async function perItem(client: SageMakerClient, first: number) {
  const list = await client.send(
    new ListTrainingJobsCommand({
      StatusEquals: 'Completed',
      SortBy: 'CreationTime',
      SortOrder: 'Descending',
      MaxResults: first,
    }),
  );
  const rows = await pool(list.TrainingJobSummaries ?? [], async (summary) => {
    const { $metadata: _, ...job } = await client.send(
      new DescribeTrainingJobCommand({ TrainingJobName: summary.TrainingJobName }),
    );
    const tags = await client.send(new ListTagsCommand({ ResourceArn: job.TrainingJobArn }));
    let tuning: DescribeHyperParameterTuningJobResponse | undefined;
    let best: TrainingJob | undefined;
    if (job.TuningJobArn !== undefined) {
      tuning = await client.send(
        new DescribeHyperParameterTuningJobCommand({
          HyperParameterTuningJobName: nameOfArn(job.TuningJobArn),
        }),
      );
      const bestName = tuning.BestTrainingJob?.TrainingJobName;
      if (bestName !== undefined) {
        best = await client.send(new DescribeTrainingJobCommand({ TrainingJobName: bestName }));
      }
    }
    const url = urlOf(job);
    const packages =
      url === undefined
        ? []
        : (
            await searchEquals(
              client,
              'ModelPackage',
              'InferenceSpecification.Containers.ModelDataUrl',
              url,
            )
          ).flatMap((record) => record.ModelPackage ?? []);
    return { job, tags: tags.Tags ?? [], tuning, best, packages };
  });
  const row = (job: TrainingJob) => rows.find((r) => r.job.TrainingJobName === job.TrainingJobName);
  return assemble({
    jobs: rows.map((r) => r.job),
    tags: (job) => row(job)?.tags ?? [],
    tuningJob: (job) => row(job)?.tuning,
    bestJob: (tuning) => rows.find((r) => r.tuning === tuning)?.best,
    packages: (job) => row(job)?.packages ?? [],
  });
}

export const trainingJobPage: View = {
  name: 'training job page',
  query: TRAINING_JOB_PAGE,
  orderedBy: 'creationTime',
  perItem,
  handwritten,
};
