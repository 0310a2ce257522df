import { pathToFileURL } from 'node:url';
import type { View } from './baseline/view.js';
import { VIEWS } from './baseline/views.js';
import { sameData, sameRows } from './compare.js';
import { describeMachine, type Machine, machine, table, writeResult } from './report.js';
import {
  GATEWAY_ENV,
  killAllServers,
  type ServerProcess,
  startServer,
  stopAllServers,
} from './servers/spawn.js';
import { TRACE_PATH } from './servers/trace-proxy.js';
import { summarize, type Timing } from './stats.js';
import { type CallSummary, summarizeCalls, type TracedCall } from './trace.js';

/**
 * Every query at every size, four ways, with a fixed latency per upstream call: the physical
 * limit (the fewest sequential round trips SageMaker's API allows), the hand-written baseline,
 * the gateway, and the per-item pattern. The emulator (behind a recording proxy), the gateway and
 * the baselines each run in their own process; this one only sends requests and reads the trace.
 */

export const LATENCY_MS = 30;
export const SIZES = [10, 50, 100] as const;

export interface Measured {
  calls: CallSummary;
  /** Wall time seen by this process, one request at a time; null when not timed. */
  latency: Timing | null;
}

export interface ScenarioRow {
  view: string;
  first: number;
  /** Fewest calls (the hand-written ones) in the fewest sequential round trips (its levels). */
  limit: { calls: number; roundTrips: number; latencyMs: number };
  handwritten: Measured;
  gateway: Measured;
  perItem: Measured;
  /** The baselines fetched the gateway's data (per-item: the same rows). */
  agrees: { handwritten: boolean; perItem: boolean };
}

export interface ScenariosResult {
  machine: Machine;
  latencyMs: number;
  rows: ScenarioRow[];
}

export interface ScenarioOptions {
  latencyMs?: number;
  /** Timed runs per target after the counted one (0: count only). */
  iterations?: number;
  /** The per-item pattern is slow at 30 ms per call: its timed runs. */
  perItemIterations?: number;
}

interface Processes {
  world: ServerProcess;
  gateway: ServerProcess;
  baseline: ServerProcess;
}

const server = (file: string): URL => new URL(`./servers/${file}`, import.meta.url);

async function json(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!response.ok) throw new Error(`HTTP ${response.status}: ${text.slice(0, 300)}`);
  return JSON.parse(text);
}

async function gatewayData(url: string, view: View, first: number): Promise<unknown> {
  const body = (await json(
    await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: view.query, variables: { first } }),
    }),
  )) as { data?: unknown; errors?: unknown };
  if (body.errors !== undefined || body.data === undefined) {
    throw new Error(`the gateway answered with errors: ${JSON.stringify(body.errors)}`);
  }
  return body.data;
}

const baselineRun = async (
  url: string,
  view: View,
  pattern: 'handwritten' | 'perItem',
  first: number,
): Promise<{ data: unknown; levels: number | null }> => {
  const run = new URL('/run', url);
  run.search = new URLSearchParams({ view: view.name, pattern, first: String(first) }).toString();
  return (await json(await fetch(run))) as { data: unknown; levels: number | null };
};

/** Runs `task` once with the trace cleared before and read after, then `iterations` timed runs. */
async function measured<T>(
  world: string,
  task: () => Promise<T>,
  iterations: number,
): Promise<{ result: T; measured: Measured }> {
  await fetch(new URL(TRACE_PATH, world), { method: 'DELETE' });
  const result = await task();
  const trace = (await json(await fetch(new URL(TRACE_PATH, world)))) as TracedCall[];
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const start = performance.now();
    await task();
    samples.push(performance.now() - start);
  }
  return {
    result,
    measured: {
      calls: summarizeCalls(trace),
      latency: iterations === 0 ? null : summarize(samples),
    },
  };
}

async function scenario(
  processes: Processes,
  view: View,
  first: number,
  options: Required<ScenarioOptions>,
): Promise<ScenarioRow> {
  const { world, gateway, baseline } = processes;
  // one untimed warm-up of each, so no process pays its first-call costs in the figures
  await gatewayData(gateway.url, view, first);
  await baselineRun(baseline.url, view, 'handwritten', first);
  const hand = await measured(
    world.url,
    () => baselineRun(baseline.url, view, 'handwritten', first),
    options.iterations,
  );
  const ours = await measured(
    world.url,
    () => gatewayData(gateway.url, view, first),
    options.iterations,
  );
  const perItem = await measured(
    world.url,
    () => baselineRun(baseline.url, view, 'perItem', first),
    options.perItemIterations,
  );
  const levels = hand.result.levels ?? 0;
  return {
    view: view.name,
    first,
    limit: {
      calls: hand.measured.calls.total,
      roundTrips: levels,
      latencyMs: levels * options.latencyMs,
    },
    handwritten: hand.measured,
    gateway: ours.measured,
    perItem: perItem.measured,
    agrees: {
      handwritten: sameData(ours.result, hand.result.data),
      perItem: sameRows(ours.result, perItem.result.data, view.orderedBy),
    },
  };
}

const operations = (calls: CallSummary): string =>
  Object.entries(calls.byOperation)
    .map(([operation, n]) => `${operation} ${n}`)
    .join(', ');

/** One table per query and size: the limit, the hand-written baseline, the gateway, per-item. */
export function scenariosMarkdown(result: ScenariosResult): string {
  const ms = (timing: Timing | null): number | null =>
    timing === null ? null : Math.round(timing.p50);
  return result.rows
    .map((row) => {
      const line = (name: string, m: Measured, agrees: boolean | null) => [
        name,
        m.calls.total,
        m.calls.roundTrips,
        ms(m.latency),
        m.latency === null ? null : Math.round(m.latency.p95),
        m.latency?.n ?? 0,
        agrees === null ? '' : agrees ? 'yes' : 'NO',
        operations(m.calls),
      ];
      return [
        `**${row.view}, N = ${row.first}** (${result.latencyMs} ms per call)`,
        '',
        table(
          ['', 'calls', 'round trips', 'p50 ms', 'p95 ms', 'n', 'same data', 'by operation'],
          [
            [
              'limit',
              row.limit.calls,
              row.limit.roundTrips,
              row.limit.latencyMs,
              null,
              0,
              '',
              'fewest calls, each level at once',
            ],
            line('hand-written', row.handwritten, null),
            line('gateway', row.gateway, row.agrees.handwritten),
            line('per-item (Describe + ListTags per row)', row.perItem, row.agrees.perItem),
          ],
        ),
      ].join('\n');
    })
    .join('\n\n');
}

/** Starts the three processes, runs every view at every size, stops them. */
export async function runScenarios(options: ScenarioOptions = {}): Promise<ScenariosResult> {
  const quick = process.env.BENCH_QUICK === '1';
  const settings: Required<ScenarioOptions> = {
    latencyMs: options.latencyMs ?? LATENCY_MS,
    iterations: options.iterations ?? (quick ? 1 : 7),
    perItemIterations: options.perItemIterations ?? (quick ? 0 : 1),
  };
  process.once('exit', killAllServers);
  try {
    const world = await startServer('emulator', server('world.ts'));
    const [gateway, baseline] = await Promise.all([
      startServer('gateway', server('gateway.ts'), { args: [world.url], env: GATEWAY_ENV }),
      startServer('hand-written', server('handwritten.ts'), { args: [world.url] }),
    ]);
    await fetch(new URL('/_emulator/knobs', world.url), {
      method: 'POST',
      body: JSON.stringify({ latencyMs: settings.latencyMs }),
    });
    const rows: ScenarioRow[] = [];
    for (const view of VIEWS) {
      for (const first of SIZES) {
        rows.push(await scenario({ world, gateway, baseline }, view, first, settings));
      }
    }
    return { machine: machine(), latencyMs: settings.latencyMs, rows };
  } finally {
    await stopAllServers();
    process.off('exit', killAllServers);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = await runScenarios();
  console.log(`${describeMachine(result.machine)}\n\n${scenariosMarkdown(result)}`);
  console.log(`\nJSON: ${writeResult('scenarios', result)}`);
}
