import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import { CreateTrainingJobCommand, StopTrainingJobCommand } from '@aws-sdk/client-sagemaker';
import { createClient } from 'graphql-sse';
import { loadConfig } from '../src/config.js';
import { type Emulator, startEmulator } from '../src/emulator/server.js';
import { createSageMakerClient } from '../src/sagemaker/client.js';
import { createGateway } from '../src/server/gateway.js';
import { createHttpServer } from '../src/server/http-server.js';
import { trainingJobInput } from '../test/emulator/helpers.js';
import { redisServerPath, startRedis } from '../test/support/redis.js';
import { describeMachine, machine, table, writeResult } from './report.js';

/**
 * What subscriptions cost upstream and how late their events arrive, at the default
 * SUBSCRIPTION_POLL_MS (5 s): Searches per minute for 1, 10 and 100 subscribers of one filter
 * on one replica, and for 10 subscribers on each of 1 or 3 replicas sharing a redis-server;
 * then the time from a StopTrainingJob call to the Stopping event at a subscriber.
 * `npm run bench:subscriptions`; BENCH_WINDOW_MS sets each count's window (default 30 000).
 */

const WINDOW_MS = Number(process.env.BENCH_WINDOW_MS ?? 30_000);
const LATENCY_SAMPLES = 10;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const JOBS = `subscription ($filter: TrainingJobFilter) {
  trainingJobsUpdated(filter: $filter) { name trainingJobStatus }
}`;

interface Served {
  url: string;
  close(): Promise<void>;
}

/** A gateway over `emulator`, on loopback (REDIS_URL when `redisUrl` is given). */
async function serve(emulator: Emulator, redisUrl?: string): Promise<Served> {
  const config = loadConfig({ LOG_LEVEL: 'silent', ...(redisUrl ? { REDIS_URL: redisUrl } : {}) });
  const client = createSageMakerClient(config, emulator.endpoint);
  const app = createGateway(config, { client });
  const server = createHttpServer(app, config.edge);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    async close() {
      await app.dispose();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      client.destroy();
    },
  };
}

/** Opens `count` subscriptions to `filter` on `url`; `onEvent` sees each event's job. */
function subscribe(
  url: string,
  count: number,
  filter: object,
  onEvent: (job: { name?: string; trainingJobStatus?: string }) => void = () => {},
): () => void {
  const client = createClient({ url, retryAttempts: 0 });
  const disposers = Array.from({ length: count }, () =>
    client.subscribe<{ trainingJobsUpdated: { name: string; trainingJobStatus: string } }>(
      { query: JOBS, variables: { filter } },
      {
        next: (event) => {
          if (event.data) onEvent(event.data.trainingJobsUpdated);
        },
        error: () => {},
        complete: () => {},
      },
    ),
  );
  return () => {
    for (const dispose of disposers) dispose();
    client.dispose();
  };
}

/** Searches per minute while `subscribers` subscribers on each gateway watch one filter. */
async function searchesPerMinute(
  emulator: Emulator,
  gateways: readonly Served[],
  subscribers: number,
): Promise<number> {
  const filter = { name: { contains: `bench-calls-${subscribers}-${gateways.length}` } };
  const stops = gateways.map((gateway) => subscribe(gateway.url, subscribers, filter));
  await sleep(2_000); // connected, first reads done, leases settled
  emulator.resetCalls();
  await sleep(WINDOW_MS);
  const searches = emulator.calls().Search ?? 0;
  for (const stop of stops) stop();
  await sleep(500);
  return Math.round((searches * 60_000) / WINDOW_MS);
}

/** Milliseconds from StopTrainingJob answering to a subscriber's Stopping event, per sample. */
async function latencies(emulator: Emulator, gateway: Served): Promise<number[]> {
  const sdk = createSageMakerClient(loadConfig({ LOG_LEVEL: 'silent' }), emulator.endpoint);
  const names = Array.from({ length: LATENCY_SAMPLES }, (_, i) => `bench-latency-${i}`);
  for (const name of names) await sdk.send(new CreateTrainingJobCommand(trainingJobInput(name)));
  const arrived = new Map<string, number>();
  const stop = subscribe(gateway.url, 1, { name: { contains: 'bench-latency' } }, (job) => {
    if (job.trainingJobStatus === 'Stopping' && job.name && !arrived.has(job.name)) {
      arrived.set(job.name, performance.now());
    }
  });
  await sleep(2_000);
  const samples: number[] = [];
  for (const name of names) {
    // a change lands anywhere within a poll interval
    await sleep(Math.random() * 5_000);
    await sdk.send(new StopTrainingJobCommand({ TrainingJobName: name }));
    const changed = performance.now();
    while (!arrived.has(name) && performance.now() - changed < 20_000) await sleep(10);
    samples.push(Math.round((arrived.get(name) ?? Number.NaN) - changed));
  }
  stop();
  sdk.destroy();
  return samples;
}

const percentile = (values: readonly number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
};

export async function runSubscriptionsBench() {
  const emulator = await startEmulator({ data: 'empty' });
  const one = await serve(emulator);
  const bySubscribers: Array<[number, number]> = [];
  for (const subscribers of [1, 10, 100]) {
    bySubscribers.push([subscribers, await searchesPerMinute(emulator, [one], subscribers)]);
  }
  const latency = await latencies(emulator, one);
  await one.close();

  const byReplicas: Array<[number, number | undefined]> = [];
  if (redisServerPath() === undefined) {
    byReplicas.push([1, undefined], [3, undefined]);
  } else {
    const redis = await startRedis();
    for (const count of [1, 3]) {
      const replicas = await Promise.all(
        Array.from({ length: count }, () => serve(emulator, redis.url)),
      );
      byReplicas.push([count, await searchesPerMinute(emulator, replicas, 10)]);
      await Promise.all(replicas.map((replica) => replica.close()));
    }
    await redis.stop();
  }
  await emulator.close();
  return { machine: machine(), windowMs: WINDOW_MS, bySubscribers, byReplicas, latency };
}

export function subscriptionsMarkdown(result: Awaited<ReturnType<typeof runSubscriptionsBench>>) {
  const { latency } = result;
  return [
    describeMachine(result.machine),
    '',
    table(['Subscribers (one filter, one replica)', 'Searches per minute'], result.bySubscribers),
    '',
    table(
      ['Replicas (10 subscribers each, REDIS_URL)', 'Searches per minute'],
      result.byReplicas.map(([count, perMinute]) => [count, perMinute ?? 'no redis-server']),
    ),
    '',
    table(
      ['Event latency, change → client (ms)', 'p50', 'p95', 'max'],
      [
        [
          `${latency.length} stops`,
          percentile(latency, 50),
          percentile(latency, 95),
          Math.max(...latency),
        ],
      ],
    ),
  ].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = await runSubscriptionsBench();
  process.stdout.write(`${subscriptionsMarkdown(result)}\n`);
  process.stdout.write(`\n${writeResult('subscriptions', result)}\n`);
}
