/**
 * What tracing costs per request: two gateway processes (`tsx src/main.ts`, demo backend) side by
 * side in one run, one with OTEL_EXPORTER_OTLP_ENDPOINT (to a sink on loopback that counts spans),
 * one without. Requests alternate between them, so both see the same machine noise; the table
 * gives latency and the gateway process's CPU per request (/proc, emulator included).
 *
 *     npx tsx bench/tracing.ts          # about 30 s; BENCH_QUICK=1 for a smoke run
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { cpuMs } from './servers/proc.js';
import { summarize } from './stats.js';

const QUICK = process.env.BENCH_QUICK === '1';
const ROUNDS = QUICK ? 50 : 400;
const WARMUP = QUICK ? 10 : 50;
const START_TIMEOUT_MS = 30_000;
const QUERY = `query TracingBench {
  trainingJobs(first: 20) { nodes { name tuningJob { name } } }
}`;

let spans = 0;
const sink = createServer((request, response) => {
  let body = '';
  request.on('data', (chunk: Buffer) => {
    body += chunk.toString();
  });
  request.on('end', () => {
    spans += body.split('"spanId"').length - 1;
    response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
  });
});
const children: ChildProcess[] = [];
process.on('exit', () => {
  for (const child of children) child.kill('SIGKILL');
});

/** Starts a gateway with `env` and resolves with its pid and GraphQL URL once it prints it. */
function startGateway(env: Record<string, string>): Promise<{ pid: number; url: string }> {
  // node itself (not the tsx wrapper), so /proc/<pid> is the gateway's CPU
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'warn', DEMO_SCALE: '500', PORT: '0', ...env },
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('gateway did not start')), START_TIMEOUT_MS);
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const url = /GraphiQL: (\S+)/.exec(out)?.[1];
      if (url !== undefined && child.pid !== undefined) {
        clearTimeout(timer);
        resolve({ pid: child.pid, url });
      }
    });
  });
}

async function post(url: string): Promise<number> {
  const start = performance.now();
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: QUERY }),
  });
  await response.text();
  return performance.now() - start;
}

async function main(): Promise<void> {
  await new Promise<void>((resolve) => sink.listen(0, '127.0.0.1', resolve));
  const address = sink.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  const [off, on] = await Promise.all([
    startGateway({}),
    startGateway({ OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${port}` }),
  ]);
  const runs = [
    { name: 'tracing off', gateway: off, samples: [] as number[], cpu: 0 },
    { name: 'tracing on (OTLP/HTTP)', gateway: on, samples: [] as number[], cpu: 0 },
  ];
  for (let i = 0; i < WARMUP; i++) for (const run of runs) await post(run.gateway.url);
  for (const run of runs) run.cpu = -cpuMs(run.gateway.pid);
  for (let i = 0; i < ROUNDS; i++) {
    for (const run of runs) run.samples.push(await post(run.gateway.url));
  }
  for (const run of runs) run.cpu += cpuMs(run.gateway.pid);
  // the batch processor exports every 5 s at most; wait for the last batch
  await new Promise((resolve) => setTimeout(resolve, 6_000));

  console.log(
    `\n${ROUNDS} requests each, alternating (query: 20 training jobs with tuning jobs)\n`,
  );
  console.log('| gateway | p50 ms | p95 ms | mean ms | CPU ms per request |');
  console.log('| --- | ---: | ---: | ---: | ---: |');
  for (const run of runs) {
    const timing = summarize(run.samples);
    const cpu = (run.cpu / ROUNDS).toFixed(2);
    console.log(`| ${run.name} | ${timing.p50} | ${timing.p95} | ${timing.mean} | ${cpu} |`);
  }
  console.log(
    // the batch processor queues 2048 spans and drops the rest, so a burst exports fewer
    `\nspans received by the sink: ${spans} (${(spans / (ROUNDS + WARMUP)).toFixed(1)} per request)`,
  );
  for (const child of children) child.kill('SIGTERM');
  sink.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
