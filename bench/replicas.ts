import { pathToFileURL } from 'node:url';
import { loadConfig } from '../src/config.js';
import { startEmulator } from '../src/emulator/server.js';
import { createSageMakerClient } from '../src/sagemaker/client.js';
import { createGateway, type Gateway } from '../src/server/gateway.js';
import { type RunningRedis, startRedis } from '../test/support/redis.js';
import { describeMachine, machine, table } from './report.js';

/**
 * A dashboard refreshed by 100 clients, against 1 or 3 replicas of the gateway over one
 * emulator: the SageMaker calls it costs with the response cache off, on in each replica's
 * memory, and on in a Redis the replicas share; then the account-wide call rate under
 * SAGEMAKER_RATE_LIMITS, 1 replica vs 3, with and without Redis. Counted by the emulator, side
 * by side in one run.
 */

const CLIENTS = 100;
/** How often each client refreshes its dashboard. */
const REFRESH_MS = 5_000;
/** How long each scenario runs; calls per minute are scaled from it. */
const RUN_MS = 10_000;
const RATE = 5;

// Two Searches a refresh without the cache: the dashboard's jobs and its endpoints.
const DASHBOARD = `query Dashboard {
  trainingJobs(first: 20) { edges { node { name trainingJobStatus } } }
  endpoints(first: 10) { edges { node { name endpointStatus } } }
}`;

interface Scenario {
  name: string;
  replicas: number;
  vars: Record<string, string>;
  redis: boolean;
}

interface Outcome {
  scenario: string;
  replicas: number;
  refreshes: number;
  callsPerMinute: number;
  /** The most calls in any second, sampled every 100 ms. */
  peakPerSecond: number;
  meanPerSecond: number;
  /** Refreshes answered with an error (UPSTREAM_THROTTLED past SAGEMAKER_RATE_WAIT_MS). */
  refused: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function run(
  scenario: Scenario,
  endpoint: string,
  calls: () => number,
  redis: RunningRedis,
): Promise<Outcome> {
  const config = loadConfig({
    LOG_LEVEL: 'silent',
    ...(scenario.redis ? { REDIS_URL: redis.url } : {}),
    ...scenario.vars,
  });
  const client = createSageMakerClient(config, endpoint);
  const gateways: Gateway[] = Array.from({ length: scenario.replicas }, () =>
    createGateway(config, { client }),
  );
  await sleep(300);
  const samples: Array<{ at: number; count: number }> = [];
  const sampler = setInterval(() => samples.push({ at: Date.now(), count: calls() }), 100);
  const start = { at: Date.now(), count: calls() };
  let refreshes = 0;
  let refused = 0;
  // each client starts at its own point of the refresh interval, as a room of screens would
  await Promise.all(
    Array.from({ length: CLIENTS }, async (_, at) => {
      const gateway = gateways[at % gateways.length];
      if (gateway === undefined) return;
      await sleep((REFRESH_MS * at) / CLIENTS);
      while (Date.now() - start.at < RUN_MS) {
        const began = Date.now();
        const response = await gateway.fetch('http://gateway/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: DASHBOARD }),
        });
        const body = (await response.json()) as { errors?: unknown[] };
        refreshes += 1;
        if (body.errors !== undefined) refused += 1;
        await sleep(Math.max(0, REFRESH_MS - (Date.now() - began)));
      }
    }),
  );
  clearInterval(sampler);
  const end = { at: Date.now(), count: calls() };
  let peak = 0;
  for (const [at, from] of samples.entries()) {
    const to = samples
      .slice(at)
      .filter((sample) => sample.at - from.at <= 1000)
      .at(-1);
    if (to !== undefined && to.at - from.at >= 900) peak = Math.max(peak, to.count - from.count);
  }
  await Promise.all(gateways.map((gateway) => gateway.dispose()));
  client.destroy();
  const seconds = (end.at - start.at) / 1000;
  return {
    scenario: scenario.name,
    replicas: scenario.replicas,
    refreshes,
    callsPerMinute: Math.round(((end.count - start.count) * 60) / seconds),
    peakPerSecond: peak,
    meanPerSecond: Math.round(((end.count - start.count) / seconds) * 10) / 10,
    refused,
  };
}

const CACHE: readonly Scenario[] = [
  { name: 'cache off', replicas: 1, redis: false, vars: { CACHE: 'off' } },
  { name: 'cache on, in memory', replicas: 1, redis: false, vars: {} },
  { name: 'cache on, each in its memory', replicas: 3, redis: false, vars: {} },
  { name: 'cache on, shared in Redis', replicas: 3, redis: true, vars: {} },
];

const BUDGET_VARS = {
  CACHE: 'off',
  SAGEMAKER_RATE_LIMITS: `Search=${RATE}/s`,
  SAGEMAKER_RATE_WAIT_MS: '2000',
};
const BUDGET: readonly Scenario[] = [
  { name: `Search=${RATE}/s, no Redis`, replicas: 1, redis: false, vars: BUDGET_VARS },
  { name: `Search=${RATE}/s, each alone`, replicas: 3, redis: false, vars: BUDGET_VARS },
  { name: `Search=${RATE}/s, shared in Redis`, replicas: 3, redis: true, vars: BUDGET_VARS },
  { name: `Search=${RATE}/s, shared in Redis`, replicas: 1, redis: true, vars: BUDGET_VARS },
];

export async function runReplicasBench(): Promise<{ cache: Outcome[]; budget: Outcome[] }> {
  const emulator = await startEmulator({ data: 'demo' });
  const redis = await startRedis();
  const calls = () => Object.values(emulator.calls()).reduce((sum, count) => sum + count, 0);
  try {
    const cache: Outcome[] = [];
    for (const scenario of CACHE) cache.push(await run(scenario, emulator.endpoint, calls, redis));
    const budget: Outcome[] = [];
    for (const scenario of BUDGET) {
      budget.push(await run(scenario, emulator.endpoint, calls, redis));
    }
    return { cache, budget };
  } finally {
    await redis.stop();
    await emulator.close();
  }
}

const rows = (outcomes: readonly Outcome[]) =>
  outcomes.map((o) => [
    o.scenario,
    o.replicas,
    o.refreshes,
    o.callsPerMinute,
    o.meanPerSecond,
    o.peakPerSecond,
    o.refused,
  ]);
const HEADERS = [
  'scenario',
  'replicas',
  'refreshes',
  'calls/min',
  'calls/s',
  'peak calls in 1 s',
  'refused',
];

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = await runReplicasBench();
  console.log(describeMachine(machine()));
  console.log(
    `\n${CLIENTS} clients refreshing a dashboard (2 Searches) every ${REFRESH_MS / 1000} s, ${RUN_MS / 1000} s per scenario\n`,
  );
  console.log(table(HEADERS, rows(result.cache)));
  console.log(`\nThe same load, cache off, SAGEMAKER_RATE_LIMITS=Search=${RATE}/s\n`);
  console.log(table(HEADERS, rows(result.budget)));
}
