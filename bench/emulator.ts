import { pathToFileURL } from 'node:url';
import {
  SageMakerClient,
  SearchCommand,
  type SearchRequest,
  type TrainingJob,
} from '@aws-sdk/client-sagemaker';
import { type Emulator, startEmulator } from '../src/emulator/server.js';
import { keyExpression } from '../src/sagemaker/batch/key-expression.js';
import {
  describeMachine,
  type Machine,
  machine,
  ratio,
  ratioTable,
  table,
  writeResult,
} from './report.js';
import { measure, type Timing } from './stats.js';

/**
 * The emulator at scale: how long demo data takes to load, and what Search costs over the SDK on
 * loopback when the store holds 1 000 vs 100 000 training jobs. Every loop is bounded; the whole
 * run takes well under two minutes on 2 cores.
 */

const SMALL = 1_000;
const MEDIUM = 10_000;
const LARGE = 100_000;
const SEED = 42;

interface LoadFigure {
  trainingJobs: number;
  loadMs: number;
  heapMB: number;
}

export interface EmulatorBenchResult {
  machine: Machine;
  load: LoadFigure[];
  search: Array<{ scenario: string; jobs: number; timing: Timing; hits: number }>;
  ratios: Record<string, number>;
}

const clientFor = (emulator: Emulator): SageMakerClient =>
  new SageMakerClient({
    region: 'us-east-1',
    endpoint: emulator.endpoint,
    credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
    maxAttempts: 1,
  });

const heapMB = (): number => Math.round(process.memoryUsage().heapUsed / 1e6);

async function load(scale: number): Promise<{ emulator: Emulator; figure: LoadFigure }> {
  globalThis.gc?.();
  const start = performance.now();
  const emulator = await startEmulator({ data: 'demo', scale, seed: SEED, searchLagMs: 0 });
  const loadMs = Math.round(performance.now() - start);
  return {
    emulator,
    figure: { trainingJobs: emulator.store.size('TrainingJob'), loadMs, heapMB: heapMB() },
  };
}

const tagOf = (job: TrainingJob, key: string): string | undefined =>
  job.Tags?.find((t) => t.Key === key)?.Value;

/** Requests picked from the loaded data, so that each selects what its name says. */
function requests(jobs: readonly TrainingJob[]) {
  const names = jobs.map((j) => j.TrainingJobName ?? '');
  const stride = Math.max(1, Math.floor(names.length / 997));
  const pickName = (i: number): string => names[(i * stride) % names.length] ?? '';
  const team = jobs.map((j) => tagOf(j, 'team')).find((t) => t !== undefined) ?? 'none';
  const metric =
    jobs.flatMap((j) => j.FinalMetricDataList ?? []).find((m) => m.MetricName)?.MetricName ??
    'validation:accuracy';
  return {
    byName: (i: number): SearchRequest => ({
      Resource: 'TrainingJob',
      SearchExpression: {
        Filters: [{ Name: 'TrainingJobName', Operator: 'Equals', Value: pickName(i) }],
      },
    }),
    // 100 names do not fit one Filter.Value (1024 characters): the gateway's batch loader sends
    // an Or of `In` filters, built here by the loader's own function
    byNameBatch: (i: number): SearchRequest => ({
      Resource: 'TrainingJob',
      SearchExpression: keyExpression(
        'TrainingJobName',
        'TrainingJobArn',
        Array.from({ length: 100 }, (_, k) => pickName(i * 100 + k)),
      ),
      MaxResults: 100,
    }),
    // as many names as fit one In filter: the shape the store's name index serves
    byNameIn: (i: number): SearchRequest => {
      const names: string[] = [];
      for (let k = 0; names.join(',').length + (pickName(i * 100 + k).length + 1) <= 1024; k++) {
        names.push(pickName(i * 100 + k));
      }
      return {
        Resource: 'TrainingJob',
        SearchExpression: {
          Filters: [{ Name: 'TrainingJobName', Operator: 'In', Value: names.join(',') }],
        },
        MaxResults: 100,
      };
    },
    tagAndMetric: (): SearchRequest => ({
      Resource: 'TrainingJob',
      SearchExpression: {
        Filters: [
          { Name: 'Tags.team', Operator: 'Equals', Value: team },
          { Name: `Metrics.${metric}`, Operator: 'GreaterThan', Value: '0.9' },
        ],
      },
      SortBy: `Metrics.${metric}`,
      SortOrder: 'Descending',
      MaxResults: 100,
    }),
    firstPage: (): SearchRequest => ({ Resource: 'TrainingJob', MaxResults: 100 }),
  };
}

async function searchScenarios(emulator: Emulator, quick: boolean) {
  const client = clientFor(emulator);
  const jobs = emulator.store.all('TrainingJob');
  const r = requests(jobs);
  const out: EmulatorBenchResult['search'] = [];
  const run = async (scenario: string, make: (i: number) => SearchRequest, iterations: number) => {
    let hits = 0;
    const timing = await measure(
      async (i) => {
        const res = await client.send(new SearchCommand(make(i)));
        hits = res.TotalHits?.Value ?? 0;
      },
      quick ? Math.min(5, iterations) : iterations,
    );
    out.push({ scenario, jobs: jobs.length, timing, hits });
  };
  await run('name Equals (1 hit)', r.byName, 300);
  await run('name In (one filter, ≤1024 chars)', r.byNameIn, 100);
  await run('100 names (Or of In, as batched)', r.byNameBatch, 40);
  await run('tag + metric filter, sorted by metric', r.tagAndMetric, 40);
  await run('no filter, first page of 100', r.firstPage, 40);
  client.destroy();
  return out;
}

export function emulatorMarkdown(result: EmulatorBenchResult): string {
  return [
    table(
      ['Load demo data', 'training jobs', 'ms', 'heap MB'],
      result.load.map((l) => ['startEmulator', l.trainingJobs, l.loadMs, l.heapMB]),
    ),
    '',
    table(
      ['Search over the SDK (loopback)', 'jobs', 'hits', 'p50 ms', 'p95 ms', 'n'],
      result.search.map((s) => [
        s.scenario,
        s.jobs,
        s.hits,
        s.timing.p50,
        s.timing.p95,
        s.timing.n,
      ]),
    ),
    '',
    ratioTable(result.ratios),
  ].join('\n');
}

/** Runs every scenario and returns the figures. */
export async function runEmulatorBench(
  options: { quick?: boolean } = {},
): Promise<EmulatorBenchResult> {
  const quick = options.quick ?? process.env.BENCH_QUICK === '1';
  const scales = quick
    ? { small: 200, medium: 1_000, large: 5_000 }
    : { small: SMALL, medium: MEDIUM, large: LARGE };
  const result: EmulatorBenchResult = {
    machine: machine(),
    load: [],
    search: [],
    ratios: {},
  };

  // side by side in one run: the medium load is measured and released before the large one
  for (const scale of [scales.small, scales.medium]) {
    const { emulator, figure } = await load(scale);
    result.load.push(figure);
    if (scale === scales.small) result.search.push(...(await searchScenarios(emulator, quick)));
    await emulator.close();
  }
  const large = await load(scales.large);
  result.load.push(large.figure);
  result.search.push(...(await searchScenarios(large.emulator, quick)));
  await large.emulator.close();

  const p50 = (scenario: string, jobs: number) =>
    result.search.find((s) => s.scenario.startsWith(scenario) && s.jobs === jobs)?.timing.p50;
  const small = result.load[0]?.trainingJobs ?? scales.small;
  const big = result.load[2]?.trainingJobs ?? scales.large;
  result.ratios = {
    [`load ${big} / ${result.load[1]?.trainingJobs} jobs`]: ratio(
      result.load[2]?.loadMs,
      result.load[1]?.loadMs,
    ),
    [`name Equals p50, ${big} / ${small} jobs`]: ratio(
      p50('name Equals', big),
      p50('name Equals', small),
    ),
    [`name In p50, ${big} / ${small} jobs`]: ratio(p50('name In', big), p50('name In', small)),
    [`100-name batch p50, ${big} / ${small} jobs`]: ratio(
      p50('100 names', big),
      p50('100 names', small),
    ),
    [`tag + metric p50, ${big} / ${small} jobs`]: ratio(
      p50('tag + metric', big),
      p50('tag + metric', small),
    ),
    [`first page p50, ${big} / ${small} jobs`]: ratio(
      p50('no filter', big),
      p50('no filter', small),
    ),
    [`tag + metric / name In p50 at ${big} jobs`]: ratio(
      p50('tag + metric', big),
      p50('name In', big),
    ),
    [`100-name batch / name In p50 at ${big} jobs`]: ratio(
      p50('100 names', big),
      p50('name In', big),
    ),
  };

  return result;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = await runEmulatorBench();
  console.log(`${describeMachine(result.machine)}\n\n${emulatorMarkdown(result)}`);
  console.log(`\nJSON: ${writeResult('emulator', result)}`);
}
