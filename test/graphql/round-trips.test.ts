import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deployments } from '../../bench/baseline/deployments.js';
import { baselineClient } from '../../bench/baseline/sdk.js';
import { roundTripsAt } from '../../bench/baseline/view.js';
import { startTraceProxy, TRACE_PATH } from '../../bench/servers/trace-proxy.js';
import { summarizeCalls, type TracedCall } from '../../bench/trace.js';
import { loadConfig } from '../../src/config.js';
import { type Emulator, startEmulator } from '../../src/emulator/server.js';
import { createSageMakerClient } from '../../src/sagemaker/client.js';
import { createGateway, type Gateway } from '../../src/server/gateway.js';
import { type GraphQLResponse, postTo } from '../support/gateway.js';

// Round trips: the longest chain of SageMaker calls each sent after the previous one was
// answered, read from a recording proxy in front of the emulator. Every answer waits LATENCY_MS,
// so calls of one level overlap and calls of the next cannot: long enough that a loaded machine
// (the whole suite on 2 cores) does not start one level's calls a whole call apart.
const LATENCY_MS = 100;

let emulator: Emulator | undefined;
let proxy: { url: string; close(): Promise<void> } | undefined;
let gateway: Gateway | undefined;
/** The same gateway with a bound that lets every DescribeEndpointConfig of a level out at once. */
let raised: Gateway | undefined;
const config = loadConfig({ LOG_LEVEL: 'silent' });
const RAISED = 64;
const raisedConfig = loadConfig({ LOG_LEVEL: 'silent', SAGEMAKER_MAX_CONCURRENCY: `${RAISED}` });
/** Eight calls at once, unlike the tests' queries: as many sockets as their widest level needs. */
const WARM_UP = `{ ${[...'abcdefgh']
  .map(
    (letter) =>
      `${letter}: trainingJobs(first: 1, filter: { name: { contains: "${letter}" } }) { nodes { name } }`,
  )
  .join(' ')} }`;
const client = (settings = config) => createSageMakerClient(settings, proxy?.url);

beforeAll(async () => {
  emulator = await startEmulator({ data: 'demo', latencyMs: LATENCY_MS });
  proxy = await startTraceProxy(emulator.endpoint);
  gateway = createGateway(config, { client: client() });
  raised = createGateway(raisedConfig, { client: client(raisedConfig) });
  // warm: a cold client resolves its configuration and opens its sockets on the first calls
  await postTo(gateway, WARM_UP);
  await postTo(raised, WARM_UP);
});

afterAll(async () => {
  await proxy?.close();
  await emulator?.close();
});

/** What `task` returned and the calls it made, with their round trips. */
async function tracedRun<T>(task: () => Promise<T>) {
  if (proxy === undefined) throw new Error('the suite is not running');
  await fetch(new URL(TRACE_PATH, proxy.url), { method: 'DELETE' });
  const result = await task();
  const trace = (await (await fetch(new URL(TRACE_PATH, proxy.url))).json()) as TracedCall[];
  return { result, calls: summarizeCalls(trace) };
}

/** The answer to `query` and the calls it made, with their round trips. */
function traced(query: string, target = gateway, variables?: Record<string, unknown>) {
  if (target === undefined) throw new Error('the suite is not running');
  return tracedRun((): Promise<GraphQLResponse> => postTo(target, query, variables));
}

const counters = (): Map<string, number> => {
  const counts = new Map<string, number>();
  for (const job of emulator?.store.all('HyperParameterTuningJob') ?? []) {
    const c = job.TrainingJobStatusCounters ?? {};
    const total =
      (c.Completed ?? 0) +
      (c.InProgress ?? 0) +
      (c.RetryableError ?? 0) +
      (c.NonRetryableError ?? 0) +
      (c.Stopped ?? 0);
    counts.set(job.HyperParameterTuningJobName ?? '', total);
  }
  return counts;
};

describe('first pages of a nested connection', () => {
  it('pack tuning jobs by their counters into Searches of at most 100 jobs: one level, no probe', async () => {
    const { result, calls } = await traced(
      `{ hyperParameterTuningJobs(first: 20) { nodes { name trainingJobs(first: 100) {
          totalCount nodes { name } } } } }`,
    );
    expect(result.errors).toBeUndefined();
    const nodes = (
      result.data as {
        hyperParameterTuningJobs: {
          nodes: Array<{ name: string; trainingJobs: { totalCount: number; nodes: unknown[] } }>;
        };
      }
    ).hyperParameterTuningJobs.nodes;
    expect(nodes).toHaveLength(20);
    const counts = counters();
    const children = nodes.map((node) => counts.get(node.name) ?? -1);
    // each tuning job's page holds every job it launched, as its counters say
    expect(nodes.map((node) => node.trainingJobs.totalCount)).toEqual(children);
    expect(nodes.map((node) => node.trainingJobs.nodes.length)).toEqual(children);
    const total = children.reduce((sum, n) => sum + n, 0);
    expect(Math.max(...children)).toBeLessThanOrEqual(100);
    // before: the page, a probe over all 20, then one Search each (22 calls, 3 round trips)
    expect(calls.byOperation).toEqual({ Search: calls.total });
    expect(calls.total).toBeGreaterThanOrEqual(1 + Math.ceil(total / 100));
    expect(calls.total).toBeLessThanOrEqual(2 + Math.ceil(total / 100));
    expect(calls.roundTrips).toBe(2);
  });
});

describe('links at one depth', () => {
  it('share one batch across aliased root connections', async () => {
    const aliases = Array.from(
      { length: 10 },
      (
        _,
        digit,
      ) => `d${digit}: trainingJobs(first: 50, filter: { name: { contains: "${digit}" } }) {
        nodes { name tuningJob { name } } }`,
    );
    const { result, calls } = await traced(`{ ${aliases.join('\n')} }`);
    expect(result.errors).toBeUndefined();
    const pages = Object.values(
      result.data as Record<string, { nodes: Array<{ tuningJob: { name: string } | null }> }>,
    );
    const tuningJobs = new Set(
      pages.flatMap((page) => page.nodes.flatMap((node) => node.tuningJob?.name ?? [])),
    );
    expect(pages.every((page) => page.nodes.length === 50)).toBe(true);
    expect(tuningJobs.size).toBeGreaterThan(1);
    expect(tuningJobs.size).toBeLessThanOrEqual(100);
    // before: 20 calls, the links of each root Search in their own batch
    expect(calls.byOperation).toEqual({ Search: 11 });
    // the ten root Searches wait their turn under SAGEMAKER_MAX_CONCURRENCY (8): two waves
    const waves = Math.ceil(10 / config.upstream.concurrency.default);
    expect(calls.roundTrips).toBe(waves + 1);
  });
});

describe('the deployment view', () => {
  // the benches' query, over every endpoint of the demo data
  const first = 100;

  /**
   * The view through `target`, with the limit of the hand-written sequence (bench/baseline) run
   * over the same proxy with `inFlight` Describes at once: both make the same calls.
   */
  async function againstLimit(target: Gateway | undefined, inFlight: number) {
    const sdk = baselineClient(proxy?.url ?? '');
    try {
      const hand = await tracedRun(() => deployments.handwritten(sdk, first, inFlight));
      const { result, calls } = await traced(deployments.query, target, { first });
      expect(result.errors).toBeUndefined();
      expect(calls.total).toBe(hand.calls.total);
      const limit = { atBound: roundTripsAt(hand.result, inFlight), unbounded: hand.result.levels };
      return { roundTrips: calls.roundTrips, limit };
    } finally {
      sdk.destroy();
    }
  }

  it('takes the round trips of the limit at SAGEMAKER_MAX_CONCURRENCY, with its calls', async () => {
    const { roundTrips, limit } = await againstLimit(gateway, config.upstream.concurrency.default);
    // a level of Describes is ceil(calls / bound) round trips: more than one at the default
    expect(limit.atBound).toBeGreaterThan(limit.unbounded);
    expect(roundTrips).toBe(limit.atBound);
  });

  it('reaches the unbounded limit when the bound lets a level out at once', async () => {
    const { roundTrips, limit } = await againstLimit(raised, RAISED);
    expect(limit.atBound).toBe(limit.unbounded);
    // before: the batch kept 8 Describes in flight whatever the bound (8 round trips, not 6)
    expect(roundTrips).toBe(limit.unbounded);
  });
});
