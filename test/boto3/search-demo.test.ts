import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import {
  type SageMakerClient as Client,
  paginateSearch,
  SageMakerClient,
  SearchCommand,
  type SearchRequest,
  type TrainingJob,
} from '@aws-sdk/client-sagemaker';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Emulator, startEmulator } from '../../src/emulator/server.js';
import { runProcess } from '../support/process.js';
import { findOnPath, requireTool } from '../support/tools.js';

/**
 * The same Searches from three sides over the demo data: boto3 (test/boto3/search_demo.py), the
 * JS SDK, and a hand-written evaluation over the emulator's store. boto3 and the AWS CLI must be
 * able to drive the emulator exactly as they drive SageMaker.
 */

const SCRIPT = fileURLToPath(new URL('./search_demo.py', import.meta.url));
const CONTAINS_LIMIT = "'CONTAINS' operator usage limit of 1 exceeded.";

const hasBoto3 =
  findOnPath('python3') !== undefined &&
  spawnSync('python3', ['-c', 'import boto3'], { stdio: 'ignore', timeout: 20_000 }).status === 0;
const run = requireTool({
  name: 'python3 with boto3',
  available: hasBoto3,
  install: 'pip install boto3 awscli',
});

interface Params {
  endpoint: string;
  tagKey: string;
  teams: [string, string];
  metric: { name: string; threshold: number };
  hyperParameter: { name: string; value: string };
  createdAfter: string;
  createdBefore: string;
  channel: string;
  s3UriPart: string;
}

interface ScriptOutput {
  cases: Array<{
    name: string;
    request: SearchRequest;
    arns: string[];
    totalHits: { Value: number; Relation: string } | null;
    nextToken: boolean;
  }>;
  paginated: { request: SearchRequest; pageSize: number; pages: number; arns: string[] };
  error: { code: string; message: string; status: number } | null;
}

const mostCommon = (values: Iterable<string>): string[] => {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([v]) => v);
};

/** SageMaker's Search time format: `YYYY-mm-ddTHH:MM:SS` (UTC). */
const searchTime = (ms: number): string => new Date(ms).toISOString().slice(0, 19);

const tagOf = (job: TrainingJob, key: string): string | undefined =>
  job.Tags?.find((t) => t.Key === key)?.Value;
const metricOf = (job: TrainingJob, name: string): number | undefined =>
  job.FinalMetricDataList?.find((m) => m.MetricName === name)?.Value;

/** Query parameters that select a proper, non-empty subset of the demo data. */
const pickParams = (endpoint: string, jobs: readonly TrainingJob[]): Params => {
  const tagKey = 'team';
  const teams = mostCommon(jobs.flatMap((j) => tagOf(j, tagKey) ?? []));
  const metricName = mostCommon(
    jobs.flatMap((j) => (j.FinalMetricDataList ?? []).map((m) => m.MetricName ?? '')),
  )[0];
  const values = jobs
    .map((j) => (metricName === undefined ? undefined : metricOf(j, metricName)))
    .filter((v): v is number => v !== undefined)
    .sort((a, b) => a - b);
  // a categorical hyperparameter, so that Equals needs no decimal/integer interpretation
  const categorical = jobs.flatMap((j) =>
    Object.entries(j.HyperParameters ?? {})
      .filter(([, v]) => Number.isNaN(Number(v)))
      .map(([k, v]) => `${k}\u0000${v}`),
  );
  const [hyperName, hyperValue] = (mostCommon(categorical)[0] ?? '').split('\u0000');
  const times = jobs.map((j) => j.CreationTime?.getTime() ?? 0).sort((a, b) => a - b);
  const channels = jobs.flatMap((j) => j.InputDataConfig ?? []);
  const channel = mostCommon(channels.map((c) => c.ChannelName ?? ''))[0] ?? '';
  const uri =
    channels.find((c) => c.ChannelName === channel)?.DataSource?.S3DataSource?.S3Uri ?? '';
  const s3UriPart = uri.split('/')[3] ?? '';
  if (
    teams.length < 2 ||
    metricName === undefined ||
    values.length === 0 ||
    hyperName === undefined
  ) {
    throw new Error('demo data lacks teams, metrics or categorical hyperparameters');
  }
  return {
    endpoint,
    tagKey,
    teams: [teams[0] ?? '', teams[1] ?? ''],
    metric: { name: metricName, threshold: values[Math.floor(values.length * 0.7)] ?? 0 },
    hyperParameter: { name: hyperName, value: hyperValue ?? '' },
    createdAfter: searchTime(times[Math.floor(times.length * 0.3)] ?? 0),
    createdBefore: searchTime(times[Math.floor(times.length * 0.6)] ?? 0),
    channel,
    s3UriPart,
  };
};

/** The direct evaluation: each case's predicate and sort key, written by hand over the store. */
const oracle = (
  p: Params,
): Record<
  string,
  { match: (j: TrainingJob) => boolean; key: (j: TrainingJob) => number | string }
> => {
  const metricAtLeast = (j: TrainingJob) =>
    (metricOf(j, p.metric.name) ?? Number.NEGATIVE_INFINITY) >= p.metric.threshold;
  // Search compares times at second precision (the documented Value format has no fraction);
  // the pivots are the seconds of real creation times, so the boundary jobs test exactly that.
  const seconds = (ms: number) => Math.floor(ms / 1000);
  const after = seconds(Date.parse(`${p.createdAfter}Z`));
  const before = seconds(Date.parse(`${p.createdBefore}Z`));
  const name = (j: TrainingJob) => j.TrainingJobName ?? '';
  return {
    metric: { match: metricAtLeast, key: (j) => metricOf(j, p.metric.name) ?? 0 },
    hyperParameterAndTag: {
      match: (j) =>
        j.HyperParameters?.[p.hyperParameter.name] === p.hyperParameter.value &&
        tagOf(j, p.tagKey) === p.teams[0],
      key: name,
    },
    timeWindow: {
      match: (j) => {
        const t = seconds(j.CreationTime?.getTime() ?? 0);
        return t > after && t < before;
      },
      key: (j) => seconds(j.CreationTime?.getTime() ?? 0),
    },
    or: {
      match: (j) =>
        tagOf(j, p.tagKey) === p.teams[0] ||
        (tagOf(j, p.tagKey) === p.teams[1] && metricAtLeast(j)),
      key: name,
    },
    nested: {
      match: (j) =>
        (j.InputDataConfig ?? []).some(
          (c) =>
            c.ChannelName === p.channel &&
            (c.DataSource?.S3DataSource?.S3Uri ?? '').includes(p.s3UriPart),
        ),
      key: name,
    },
  };
};

const compareKeys = (a: number | string, b: number | string): number =>
  typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b));

describe.skipIf(!run)('boto3 and the AWS CLI against the emulator', () => {
  const frozen = Date.now();
  let emulator: Emulator;
  let client: Client;
  let output: ScriptOutput;
  let params: Params;
  let jobs: readonly TrainingJob[];
  const byArn = new Map<string, TrainingJob>();

  beforeAll(async () => {
    // a frozen clock: no demo job moves on between the boto3 run and the replays
    emulator = await startEmulator({
      data: 'demo',
      scale: 400,
      seed: 11,
      searchLagMs: 0,
      now: () => frozen,
    });
    client = new SageMakerClient({
      region: 'us-east-1',
      endpoint: emulator.endpoint,
      credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
      maxAttempts: 1,
    });
    jobs = emulator.store.all('TrainingJob');
    for (const job of jobs) if (job.TrainingJobArn) byArn.set(job.TrainingJobArn, job);
    params = pickParams(emulator.endpoint, jobs);
    const result = await runProcess('python3', [SCRIPT], { input: JSON.stringify(params) });
    if (result.code !== 0)
      throw new Error(`search_demo.py failed (${result.code}): ${result.stderr}`);
    output = JSON.parse(result.stdout) as ScriptOutput;
  });

  afterAll(async () => {
    client?.destroy();
    await emulator?.close();
  });

  it('answers every boto3 Search exactly as the JS SDK does', async () => {
    expect(output.cases.map((c) => c.name)).toEqual(Object.keys(oracle(params)));
    for (const c of output.cases) {
      const js = await client.send(new SearchCommand(c.request));
      expect(c.arns, c.name).toEqual((js.Results ?? []).map((r) => r.TrainingJob?.TrainingJobArn));
      expect(c.totalHits, c.name).toEqual(js.TotalHits);
      expect(c.nextToken, c.name).toBe(js.NextToken !== undefined);
    }
  });

  it('matches a direct evaluation over the store (hits, counts and sort order)', () => {
    const cases = oracle(params);
    for (const c of output.cases) {
      const rule = cases[c.name];
      if (rule === undefined) throw new Error(`no oracle for ${c.name}`);
      const descending = c.request.SortOrder === 'Descending';
      const matches = jobs.filter(rule.match);
      expect(matches.length, `${c.name} selects something`).toBeGreaterThan(0);
      expect(matches.length, `${c.name} is selective`).toBeLessThan(jobs.length);
      expect(c.totalHits, c.name).toEqual({ Value: matches.length, Relation: 'EqualTo' });

      const page = c.arns.map((arn) => byArn.get(arn));
      expect(
        page.every((j) => j !== undefined && rule.match(j)),
        c.name,
      ).toBe(true);
      expect(page.length, c.name).toBe(Math.min(matches.length, c.request.MaxResults ?? 10));
      // a correct first page is sorted and nothing left out sorts before its last entry
      const keys = page.map((j) => (j === undefined ? 0 : rule.key(j)));
      for (let i = 1; i < keys.length; i++) {
        const order = compareKeys(keys[i - 1] ?? 0, keys[i] ?? 0);
        expect(descending ? order >= 0 : order <= 0, `${c.name} order at ${i}`).toBe(true);
      }
      const last = keys.at(-1);
      const onPage = new Set(c.arns);
      for (const j of matches) {
        if (last === undefined || onPage.has(j.TrainingJobArn ?? '')) continue;
        const order = compareKeys(rule.key(j), last);
        expect(
          descending ? order <= 0 : order >= 0,
          `${c.name}: ${j.TrainingJobName} left out`,
        ).toBe(true);
      }
    }
  });

  it('pages with the boto3 paginator like paginateSearch, over every matching job', async () => {
    const { request, pageSize, pages, arns } = output.paginated;
    const js: string[] = [];
    let jsPages = 0;
    for await (const page of paginateSearch({ client, pageSize }, request)) {
      jsPages++;
      js.push(...(page.Results ?? []).map((r) => r.TrainingJob?.TrainingJobArn ?? ''));
    }
    expect(arns).toEqual(js);
    expect(pages).toBe(jsPages);
    const expected = jobs
      .filter((j) => tagOf(j, params.tagKey) === params.teams[1])
      .map((j) => j.TrainingJobName ?? '')
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    expect(arns.map((arn) => byArn.get(arn)?.TrainingJobName)).toEqual(expected);
    expect(pages).toBe(Math.ceil(expected.length / pageSize));
    expect(pages).toBeGreaterThan(1);
  });

  it('reports a second Contains with SageMaker’s exact error', () => {
    expect(output.error).toEqual({
      code: 'ValidationException',
      message: CONTAINS_LIMIT,
      status: 400,
    });
  });

  it.skipIf(findOnPath('aws') === undefined)(
    'serves `aws sagemaker search --endpoint-url`',
    async () => {
      const request = output.cases.find((c) => c.name === 'metric')?.request;
      if (request === undefined) throw new Error('no metric case');
      const result = await runProcess(
        'aws',
        [
          'sagemaker',
          'search',
          '--endpoint-url',
          emulator.endpoint,
          '--region',
          'us-east-1',
          '--resource',
          'TrainingJob',
          '--search-expression',
          JSON.stringify(request.SearchExpression),
          '--sort-by',
          request.SortBy ?? '',
          '--sort-order',
          request.SortOrder ?? '',
          '--max-results',
          '7',
          '--no-paginate',
          '--output',
          'json',
        ],
        {
          env: {
            ...process.env,
            AWS_ACCESS_KEY_ID: 'test',
            AWS_SECRET_ACCESS_KEY: 'test',
            AWS_PAGER: '',
            AWS_CONFIG_FILE: '/dev/null',
            AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
          },
        },
      );
      expect(result.code, result.stderr).toBe(0);
      const cli = JSON.parse(result.stdout) as {
        Results: Array<{ TrainingJob: { TrainingJobArn: string } }>;
      };
      const js = await client.send(new SearchCommand({ ...request, MaxResults: 7 }));
      expect(cli.Results.map((r) => r.TrainingJob.TrainingJobArn)).toEqual(
        (js.Results ?? []).map((r) => r.TrainingJob?.TrainingJobArn),
      );
      expect(cli.Results).toHaveLength(7);
    },
  );
});
