import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { freePort } from '../test/support/free-port.js';

// `npm run soak`: the production build under 50 concurrent clients for a few minutes, with
// throttling, faults and latency spikes injected by a standalone emulator (the embedded demo
// backend only exposes DEMO_LATENCY_MS). Bounded: SOAK_SECONDS (default 180; SOAK_QUICK=1: 20),
// then both processes are stopped by their PIDs. Not a test; it prints a markdown table.
// Event-loop delay is measured from outside, without touching src: the time a /health request
// takes, sampled every 100 ms.

const QUICK = process.env.SOAK_QUICK === '1';
const SECONDS = Number(process.env.SOAK_SECONDS ?? (QUICK ? 20 : 180));
const CLIENTS = Number(process.env.SOAK_CLIENTS ?? 50);
const REQUEST_TIMEOUT_MS = 30_000;

/** Starts `node <script>` and resolves once its stdout shows `ready`. */

/** The gateway's event-loop delay since the last scrape (prom-client's monitor), in ms. */
async function scrapeLag(gatewayUrl: string): Promise<{ p99: number; max: number }> {
  const text = await (await fetch(`${gatewayUrl}/metrics`)).text();
  const read = (name: string): number => {
    const line = text.split('\n').find((entry) => entry.startsWith(`${name} `));
    return line === undefined ? Number.NaN : Number(line.split(' ')[1]) * 1000;
  };
  return {
    p99: read('nodejs_eventloop_lag_p99_seconds'),
    max: read('nodejs_eventloop_lag_max_seconds'),
  };
}

async function start(script: string, env: NodeJS.ProcessEnv, ready: RegExp): Promise<ChildProcess> {
  const child = spawn(process.execPath, [script], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000);
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${script} not ready: ${output}`)), 30_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-4000);
      if (ready.test(output)) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code}: ${output}`)));
  });
  return child;
}

const stop = async (child: ChildProcess): Promise<void> => {
  if (child.pid === undefined || child.exitCode !== null) return;
  process.kill(child.pid, 'SIGTERM');
  const exited = new Promise((resolve) => child.once('exit', resolve));
  if ((await Promise.race([exited, sleep(5_000, 'late')])) === 'late')
    process.kill(child.pid, 'SIGKILL');
};

const rssMiB = (pid: number): number => {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) / 1024 : Number.NaN;
};

interface Request {
  kind: 'realistic' | 'hostile';
  body: string;
  contentType?: string;
}

const example = (file: string, variables: Record<string, unknown>): Request => ({
  kind: 'realistic',
  body: JSON.stringify({ query: readFileSync(`examples/${file}`, 'utf8'), variables }),
});

const hostile = (query: string, variables: Record<string, unknown> = {}): Request => ({
  kind: 'hostile',
  body: JSON.stringify({ query, variables }),
});

const deepNot = (depth: number): unknown => {
  let filter: unknown = { name: { eq: 'x' } };
  for (let level = 0; level < depth; level += 1) filter = { not: filter };
  return filter;
};

/** The mix: the examples with the variables their tests use, and inputs a fuzzer would send. */
const MIX: readonly Request[] = [
  example('tuning-job-dashboard.graphql', {
    name: 'card-fraud-hpo-flagship',
    objective: 'validation:auc',
  }),
  example('model-registry.graphql', { team: 'fraud' }),
  example('endpoint-deployment.graphql', { name: 'card-fraud-prod', metric: 'validation:auc' }),
  example('training-job-search.graphql', {
    filter: { tags: [{ key: 'team', eq: 'fraud' }], status: { eq: 'Completed' } },
    orderBy: { field: 'CREATION_TIME', direction: 'DESC' },
    first: 25,
  }),
  hostile('query($f: TrainingJobFilter) { trainingJobs(filter: $f) { totalCount } }', {
    f: deepNot(200),
  }),
  hostile('query($f: TrainingJobFilter) { trainingJobs(filter: $f) { totalCount } }', {
    f: { name: { in: Array.from({ length: 2000 }, (_, i) => `job-${i}`) } },
  }),
  hostile('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', {
    ids: Array.from(
      { length: 1000 },
      (_, i) => `arn:aws:sagemaker:us-east-1:123456789012:training-job/j-${i}`,
    ),
  }),
  hostile(
    `{ ${Array.from({ length: 300 }, (_, i) => `a${i}: trainingJobs(first: 100) { totalCount }`).join(' ')} }`,
  ),
  hostile('{ trainingJobs(after: "bm90IGEgY3Vyc29y") { totalCount } }'),
  hostile('query($n: String!) { trainingJob(name: $n) { name } }', { n: 'x'.repeat(5000) }),
  {
    kind: 'hostile',
    body: '{"query": "{ trainingJobs { totalCount } ',
    contentType: 'application/json',
  },
];

type Outcome = 'full' | 'partial' | 'failed';

const classify = (status: number, json: unknown): Outcome => {
  const body = json as { data?: unknown; errors?: unknown[] } | undefined;
  if (status === 200 && body?.data && !body.errors?.length) return 'full';
  if (body?.data && Object.values(body.data).some((value) => value !== null)) return 'partial';
  return 'failed';
};

const quantile = (sorted: readonly number[], q: number): number =>
  sorted.length === 0
    ? Number.NaN
    : (sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN);

async function main(): Promise<void> {
  if (process.env.SOAK_SKIP_BUILD !== '1') {
    const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
    if (build.status !== 0) throw new Error('npm run build failed');
  }
  const emulatorPort = await freePort();
  const emulatorUrl = `http://127.0.0.1:${emulatorPort}`;
  const emulator = await start(
    'dist/emulator/main.js',
    {
      EMULATOR_PORT: String(emulatorPort),
      EMULATOR_LATENCY_MS: '20',
      EMULATOR_JITTER_MS: '30',
      EMULATOR_THROTTLE_RATE: '0.05',
      EMULATOR_FAULT_RATE: '0.02',
    },
    /listening on/,
  );
  const gatewayPort = await freePort();
  const gatewayUrl = `http://127.0.0.1:${gatewayPort}`;
  const gateway = await start(
    'dist/main.js',
    {
      NODE_ENV: 'production',
      PORT: String(gatewayPort),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'fatal',
      SAGEMAKER_ENDPOINT_URL: emulatorUrl,
      AWS_REGION: 'us-east-1',
      // AWS mode against the emulator: open on purpose, as the soak measures the read path
      ALLOW_ANONYMOUS: 'true',
      AWS_ACCESS_KEY_ID: 'soak',
      AWS_SECRET_ACCESS_KEY: 'soak',
    },
    /GraphiQL:/,
  );
  const pid = gateway.pid ?? 0;
  const knobs = (values: Record<string, number>): Promise<Response> =>
    fetch(`${emulatorUrl}/_emulator/knobs`, { method: 'POST', body: JSON.stringify(values) });
  await fetch(`${emulatorUrl}/_emulator/calls`, { method: 'DELETE' });

  const deadline = Date.now() + SECONDS * 1000;
  const rssStart = rssMiB(pid);
  let rssMax = rssStart;
  const latencies: Record<Request['kind'], number[]> = { realistic: [], hostile: [] };
  const outcomes: Record<Request['kind'], Record<Outcome, number>> = {
    realistic: { full: 0, partial: 0, failed: 0 },
    hostile: { full: 0, partial: 0, failed: 0 },
  };
  const health: number[] = [];
  let crashed = false;
  gateway.once('exit', () => {
    crashed = true;
  });

  const client = async (seed: number): Promise<void> => {
    for (let i = seed; Date.now() < deadline && !crashed; i += 1) {
      const request = MIX[(i * 7 + seed) % MIX.length] as Request;
      const started = performance.now();
      let outcome: Outcome = 'failed';
      try {
        const response = await fetch(`${gatewayUrl}/graphql`, {
          method: 'POST',
          headers: { 'content-type': request.contentType ?? 'application/json' },
          body: request.body,
          signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
        });
        const text = await response.text();
        let json: unknown;
        try {
          json = JSON.parse(text);
        } catch {
          json = undefined;
        }
        outcome = classify(response.status, json);
      } catch {
        outcome = 'failed';
      }
      latencies[request.kind].push(performance.now() - started);
      outcomes[request.kind][outcome] += 1;
    }
  };

  const sampler = async (): Promise<void> => {
    while (Date.now() < deadline && !crashed) {
      const started = performance.now();
      try {
        await (await fetch(`${gatewayUrl}/health`, { signal: AbortSignal.timeout(10_000) })).text();
        health.push(performance.now() - started);
      } catch {
        health.push(10_000);
      }
      if (gateway.exitCode === null) rssMax = Math.max(rssMax, rssMiB(pid));
      await sleep(100);
    }
  };

  // every 10 s: 2 s of 300 ms latency, then 2 s of heavy throttling and faults
  const spikes = async (): Promise<void> => {
    while (Date.now() < deadline - 4_000 && !crashed) {
      await sleep(6_000);
      await knobs({ latencyMs: 300 });
      await sleep(2_000);
      await knobs({ latencyMs: 20, throttleRate: 0.5, faultRate: 0.2 });
      await sleep(2_000);
      await knobs({ throttleRate: 0.05, faultRate: 0.02 });
    }
  };

  // prom-client resets its event-loop delay histogram at each scrape: this one starts the window.
  await scrapeLag(gatewayUrl);
  await Promise.all([
    ...Array.from({ length: CLIENTS }, (_, seed) => client(seed)),
    sampler(),
    spikes(),
  ]);
  const crashedDuringRun = crashed;
  const lag = crashed ? undefined : await scrapeLag(gatewayUrl);
  const rssEnd = crashed ? Number.NaN : rssMiB(pid);
  rssMax = Math.max(rssMax, rssEnd);
  const calls = (await (await fetch(`${emulatorUrl}/_emulator/calls`)).json()) as Record<
    string,
    number
  >;
  const rejections = (await (await fetch(`${emulatorUrl}/_emulator/rejections`)).json()) as Record<
    string,
    number
  >;
  await stop(gateway);
  await stop(emulator);

  const totalCalls = Object.values(calls).reduce((sum, count) => sum + count, 0);
  const requests = [...latencies.realistic, ...latencies.hostile].length;
  const sortedHealth = [...health].sort((a, b) => a - b);
  const f = (ms: number): string => (Number.isFinite(ms) ? ms.toFixed(0) : '–');
  const lines = [
    `Soak: ${SECONDS} s, ${CLIENTS} clients, production build; knobs: 20+30 ms latency, 5 % throttles, 2 % faults; every 10 s 2 s of 300 ms latency and 2 s of 50 % throttles + 20 % faults.`,
    '',
    '| requests | full | partial | failed | p50 ms | p99 ms |',
    '| -------- | ---: | ------: | -----: | -----: | -----: |',
    ...(['realistic', 'hostile'] as const).map((kind) => {
      const sorted = [...latencies[kind]].sort((a, b) => a - b);
      const o = outcomes[kind];
      return `| ${kind} | ${o.full} | ${o.partial} | ${o.failed} | ${f(quantile(sorted, 0.5))} | ${f(quantile(sorted, 0.99))} |`;
    }),
    '',
    '| gateway | value |',
    '| ------- | ----: |',
    `| requests per second | ${(requests / SECONDS).toFixed(1)} |`,
    `| RSS start → end (max), MiB | ${f(rssStart)} → ${f(rssEnd)} (${f(rssMax)}) |`,
    `| event-loop delay p99 / max, ms (the gateway's nodejs_eventloop_lag_*) | ${f(lag?.p99 ?? Number.NaN)} / ${f(lag?.max ?? Number.NaN)} |`,
    `| /health delay p50 / p99 / max, ms (queueing included) | ${f(quantile(sortedHealth, 0.5))} / ${f(quantile(sortedHealth, 0.99))} / ${f(sortedHealth.at(-1) ?? Number.NaN)} |`,
    `| upstream calls per request | ${(totalCalls / Math.max(1, requests)).toFixed(2)} |`,
    `| upstream requests rejected by the service model | ${Object.values(rejections).reduce((sum, count) => sum + count, 0)} |`,
    `| gateway crashed | ${crashedDuringRun ? 'yes' : 'no'} |`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`soak failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
