// Soak of /metrics against distinct operation names: starts the production build
// (`npm run build` first) on a free loopback port, sends N requests each with a new operation
// name and query string, and prints RSS and the /metrics body before and after.
//
//   npx tsx scripts/metrics-soak.ts [requests=20000] [dist/main.js]
//
// DOCUMENT_CACHE_SIZE and GRAPHQL_JIT, when set, are passed on to the gateway.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

const requests = Number(process.argv[2] ?? 20_000);
const entry = process.argv[3] ?? 'dist/main.js';
const CONCURRENCY = 8;

const rssMiB = (pid: number): number => {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+) kB/);
  return Math.round(Number(line?.[1] ?? 0) / 1024);
};

const child = spawn(process.execPath, [entry], {
  env: {
    PATH: process.env.PATH ?? '',
    NODE_ENV: 'production',
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    ...Object.fromEntries(
      ['DOCUMENT_CACHE_SIZE', 'GRAPHQL_JIT'].flatMap((name) => {
        const value = process.env[name];
        return value === undefined ? [] : [[name, value]];
      }),
    ),
  },
  stdio: ['ignore', 'pipe', 'inherit'],
});
const pid = child.pid ?? 0;
const port = await new Promise<string>((resolve, reject) => {
  let out = '';
  const timer = setTimeout(() => reject(new Error(`no port printed: ${out}`)), 60_000);
  child.stdout.on('data', (chunk: Buffer) => {
    out += chunk.toString();
    const match = out.match(/localhost:(\d+)\/graphql/);
    if (match?.[1] !== undefined) {
      clearTimeout(timer);
      resolve(match[1]);
    }
  });
});
const base = `http://127.0.0.1:${port}`;

const scrape = async (): Promise<{ bytes: number; series: number; ms: number }> => {
  const started = performance.now();
  const body = await (await fetch(`${base}/metrics`)).text();
  const ms = Math.round(performance.now() - started);
  const series = body.split('\n').filter((line) => line !== '' && !line.startsWith('#')).length;
  return { bytes: Buffer.byteLength(body), series, ms };
};

try {
  // warm up, so that the baseline includes the schema, caches and the first compiled query
  for (let i = 0; i < 50; i++) {
    await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'query Warm { __typename }' }),
    });
  }
  const rssBefore = rssMiB(pid);
  const before = await scrape();
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < requests) {
      const i = next++;
      const response = await fetch(`${base}/graphql?n=${i}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: `query Op${i} { __typename }` }),
      });
      await response.arrayBuffer();
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const seconds = (performance.now() - started) / 1000;
  const rssAfter = rssMiB(pid);
  const after = await scrape();
  const rssAfterScrape = rssMiB(pid);
  const healthStarted = performance.now();
  await (await fetch(`${base}/health`)).arrayBuffer();
  const healthMs = Math.round(performance.now() - healthStarted);
  process.stdout.write(
    `${JSON.stringify(
      {
        entry,
        requests,
        seconds: Math.round(seconds),
        rssMiB: {
          before: rssBefore,
          after: rssAfter,
          growth: rssAfter - rssBefore,
          rssAfterScrape,
        },
        metrics: { before, after },
        healthMs,
      },
      null,
      2,
    )}\n`,
  );
} finally {
  child.kill('SIGTERM');
}
