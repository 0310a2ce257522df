import { pathToFileURL } from 'node:url';
import { SIZES, VIEWS } from './calls.js';
import { type BenchWorld, execute, startBenchWorld } from './fixture.js';
import { TRAINING_JOB_PAGE_BY_DEPTH } from './queries.js';
import { describeMachine, type Machine, machine, ratio, table, writeResult } from './report.js';
import { measure, summarize, type Timing } from './stats.js';

/**
 * Latency with slow upstream calls: every emulator answer is delayed by LATENCY_MS, as SageMaker's
 * are by the network and the service. The gateway and the optimal hand-written sequence run at
 * the same time, iteration by iteration, so both see the same machine.
 */

export const LATENCY_MS = 30;

export interface LatencyRow {
  view: string;
  first: number;
  gateway: Timing;
  optimal: Timing;
}

export interface DepthRow {
  depth: number;
  first: number;
  gateway: Timing;
}

export interface LatencyResult {
  machine: Machine;
  latencyMs: number;
  rows: LatencyRow[];
  depths: DepthRow[];
}

const timed = async (run: () => Promise<unknown>): Promise<number> => {
  const start = performance.now();
  await run();
  return performance.now() - start;
};

/** `iterations` runs of the pair, both started together, after one untimed warm-up pair. */
async function pairs(
  a: () => Promise<unknown>,
  b: () => Promise<unknown>,
  iterations: number,
): Promise<[Timing, Timing]> {
  await Promise.all([a(), b()]);
  const left: number[] = [];
  const right: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const [x, y] = await Promise.all([timed(a), timed(b)]);
    left.push(x);
    right.push(y);
  }
  return [summarize(left), summarize(right)];
}

export function latencyMarkdown(result: LatencyResult): string {
  return [
    table(
      [
        `Query (${result.latencyMs} ms per call)`,
        'N',
        'gateway p50 ms',
        'gateway p95 ms',
        'optimal p50 ms',
        'optimal p95 ms',
        'gateway / optimal p50',
        'n',
      ],
      result.rows.map((row) => [
        row.view,
        row.first,
        Math.round(row.gateway.p50),
        Math.round(row.gateway.p95),
        Math.round(row.optimal.p50),
        Math.round(row.optimal.p95),
        ratio(row.gateway.p50, row.optimal.p50),
        row.gateway.n,
      ]),
    ),
    '',
    table(
      ['Training job page, levels of links', 'N', 'gateway p50 ms', 'p50 / call latency', 'n'],
      result.depths.map((row) => [
        row.depth,
        row.first,
        Math.round(row.gateway.p50),
        ratio(row.gateway.p50, result.latencyMs),
        row.gateway.n,
      ]),
    ),
  ].join('\n');
}

/** Every view at every size with injected latency, and the depth ladder of the training job page. */
export async function runLatencyBench(options: { quick?: boolean } = {}): Promise<LatencyResult> {
  const quick = options.quick ?? process.env.BENCH_QUICK === '1';
  const world: BenchWorld = await startBenchWorld({ latencyMs: LATENCY_MS });
  const result: LatencyResult = {
    machine: machine(),
    latencyMs: LATENCY_MS,
    rows: [],
    depths: [],
  };
  try {
    for (const view of VIEWS) {
      for (const first of SIZES) {
        // a deployment view waits on a Describe per config and model: fewer, longer runs
        const iterations = quick ? 2 : view.name === 'deployment view' ? 6 : 20;
        const [gateway, optimal] = await pairs(
          () => execute(world.gateway, view.query, { first }),
          () => view.optimal(world.client, first),
          iterations,
        );
        result.rows.push({ view: view.name, first, gateway, optimal });
      }
    }
    for (const [level, query] of TRAINING_JOB_PAGE_BY_DEPTH.entries()) {
      for (const first of [SIZES[0], SIZES[2]]) {
        const run = () => execute(world.gateway, query, { first });
        const gateway = await measure(run, quick ? 2 : 15, 1);
        result.depths.push({ depth: level + 1, first, gateway });
      }
    }
  } finally {
    await world.close();
  }
  return result;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = await runLatencyBench();
  console.log(`${describeMachine(result.machine)}\n\n${latencyMarkdown(result)}`);
  console.log(`\nJSON: ${writeResult('latency', result)}`);
}
