import { pathToFileURL } from 'node:url';
import type { loadConfig as LoadConfig } from '../src/config.js';
import type { createSageMakerClient as CreateClient } from '../src/sagemaker/client.js';
import type { createGateway as CreateGateway } from '../src/server/gateway.js';
import { TRAINING_JOB_PAGE } from './queries.js';
import { describeMachine, machine, table, writeResult } from './report.js';
import { GATEWAY_ENV, killAllServers, startServer, stopAllServers } from './servers/spawn.js';

/**
 * The gateway's CPU per request, paired: the gateways of several checkouts in this one process
 * (the emulator in its own), each request sent to each of them in turn, one at a time, so every
 * pair of requests meets the same machine. The throughput bench's windows follow each other
 * seconds apart, and another job's load moved whole windows by 10–15 %; a paired request moves
 * with its partner. Each request makes its own calls (no coalescing, no response cache).
 *
 *     npx tsx bench/paired.ts before=/tmp/before after=. [untraced=/tmp/copy?FEDERATION_TRACING=false]
 *
 * BENCH_REQUESTS per gateway (300), BENCH_CONCURRENCY at a time (1).
 *
 * The first checkout is the reference. A checkout's modules load once per directory: two
 * gateways of one directory share its schema, and a plugin that wraps the schema's resolvers
 * (federated tracing) would wrap them for both, so give each configuration its own directory.
 */

interface Variant {
  label: string;
  directory: string;
  env: Record<string, string>;
}

interface Gateway {
  label: string;
  post: (body: string) => Promise<void>;
  cpuMs: number[];
}

/** `label=directory[?NAME=value&...]` */
function parseVariant(arg: string): Variant {
  const [label, rest] = arg.split(/=(.*)/s);
  if (label === undefined || rest === undefined || label === '') {
    throw new Error(`expected label=directory[?NAME=value&...], got: ${arg}`);
  }
  const [directory = '', query = ''] = rest.split('?');
  return {
    label,
    directory: new URL(`${directory.replace(/\/?$/, '/')}`, pathToFileURL(`${process.cwd()}/`))
      .pathname,
    env: Object.fromEntries(new URLSearchParams(query)),
  };
}

async function gatewayOf(variant: Variant, emulator: string): Promise<Gateway> {
  const load = (file: string) => import(pathToFileURL(`${variant.directory}src/${file}`).href);
  const { loadConfig } = (await load('config.ts')) as { loadConfig: typeof LoadConfig };
  const { createSageMakerClient } = (await load('sagemaker/client.ts')) as {
    createSageMakerClient: typeof CreateClient;
  };
  const { createGateway } = (await load('server/gateway.ts')) as {
    createGateway: typeof CreateGateway;
  };
  const config = loadConfig({
    ...GATEWAY_ENV,
    NODE_ENV: 'production',
    LOG_LEVEL: 'silent',
    SAGEMAKER_BACKEND: 'demo',
    ...variant.env,
  });
  const app = createGateway(config, {
    client: createSageMakerClient(config, emulator),
    coalesceReads: false,
  });
  return {
    label: variant.label,
    cpuMs: [],
    async post(body) {
      const response = await app.fetch('http://gateway/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      const text = await response.text();
      if (!text.startsWith('{"data"') || text.includes('"errors"')) {
        throw new Error(`${variant.label} answered: ${text.slice(0, 300)}`);
      }
    },
  };
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};
const round = (value: number, digits: number): number => Number(value.toFixed(digits));

/**
 * `concurrency` requests at once per step (distinct pages, as the throughput bench's distinct
 * queries), so garbage and scheduling are those of a loaded gateway; a step's CPU is divided
 * among its requests. The steps of different gateways never overlap.
 */
export async function runPaired(variants: readonly Variant[], requests: number, concurrency = 1) {
  process.once('exit', killAllServers);
  try {
    const world = await startServer('emulator', new URL('./servers/world.ts', import.meta.url));
    const gateways: Gateway[] = [];
    for (const variant of variants) gateways.push(await gatewayOf(variant, world.url));
    // pages of 93..100, as the throughput bench's distinct queries
    const bodies = Array.from({ length: 8 }, (_, at) =>
      JSON.stringify({ query: TRAINING_JOB_PAGE, variables: { first: 100 - at } }),
    );
    for (let i = 0; i < 20; i++) for (const g of gateways) await g.post(bodies[i % 8] ?? '');
    for (let i = 0; i < requests / concurrency; i++) {
      // ABC, CBA, …: garbage left by one request is collected in the next one's time
      for (const g of i % 2 === 0 ? gateways : [...gateways].reverse()) {
        const before = process.cpuUsage();
        await Promise.all(
          Array.from({ length: concurrency }, (_, at) => g.post(bodies[(i + at) % 8] ?? '')),
        );
        const used = process.cpuUsage(before);
        g.cpuMs.push((used.user + used.system) / 1000 / concurrency);
      }
    }
    const reference = gateways[0]?.cpuMs ?? [];
    return gateways.map((g) => ({
      label: g.label,
      requests: g.cpuMs.length * concurrency,
      meanCpuMs: round(g.cpuMs.reduce((sum, ms) => sum + ms, 0) / g.cpuMs.length, 2),
      medianCpuMs: round(median(g.cpuMs), 2),
      medianPairedRatio: round(median(g.cpuMs.map((ms, at) => ms / (reference[at] ?? ms))), 3),
    }));
  } finally {
    await stopAllServers();
    process.off('exit', killAllServers);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  // as the Docker image runs: graphql-js reads it when first loaded, below
  process.env.NODE_ENV ??= 'production';
  const variants = process.argv.slice(2).map(parseVariant);
  if (variants.length < 2) throw new Error('usage: paired.ts label=directory label=directory …');
  const requests = Number(process.env.BENCH_REQUESTS ?? 300);
  const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 1);
  const rows = await runPaired(variants, requests, concurrency);
  console.log(
    `${describeMachine(machine())}\n\nTRAINING_JOB_PAGE, first 93–100, ${requests} requests per gateway, ${concurrency} at a time, alternated\n`,
  );
  console.log(
    table(
      [
        'gateway',
        'requests',
        'mean CPU ms',
        'median CPU ms',
        `median ratio to ${variants[0]?.label}`,
      ],
      rows.map((r) => [r.label, r.requests, r.meanCpuMs, r.medianCpuMs, r.medianPairedRatio]),
    ),
  );
  console.log(`\nJSON: ${writeResult('paired', { machine: machine(), variants, rows })}`);
}
