import { pathToFileURL } from 'node:url';
import { roundTripsAt, type View } from './baseline/view.js';
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
 * the gateway, and the per-item pattern. The deployment view runs once more with the bound on
 * Describes in flight raised past the page (the gateway's SAGEMAKER_MAX_CONCURRENCY, the
 * hand-written pool). The emulator (behind a recording proxy), the gateways and the baselines
 * each run in their own process; this one only sends requests and reads the trace.
 */

export const LATENCY_MS = 30;
export const SIZES = [10, 50, 100] as const;
/** Describes in flight at once: SAGEMAKER_MAX_CONCURRENCY's default and the hand-written pool. */
export const BOUND = 8;
/** The raised bound: every Describe of the largest page at once. */
export const RAISED_BOUND = Math.max(...SIZES);
/** The view run again under {@link RAISED_BOUND}: the one with a level of one Describe each. */
const RAISED_VIEW = 'deployment view';

export interface Measured {
  calls: CallSummary;
  /** Wall time seen by this process, one request at a time; null when not timed. */
  latency: Timing | null;
  /** Round trips of every run, the counted one first: they move with the machine's load. */
  roundTripsPerRun: number[];
}

export interface ScenarioRow {
  view: string;
  first: number;
  /** Describes in flight at once, for the gateway and the hand-written sequence. */
  bound: number;
  /**
   * Fewest calls (the hand-written ones) in the fewest sequential round trips: every level at
   * once (`roundTrips`), and with `bound` Describes in flight, a level of n Describes taking
   * ceil(n / bound) round trips (`atBound`).
   */
  limit: {
    calls: number;
    roundTrips: number;
    latencyMs: number;
    atBound: { roundTrips: number; latencyMs: number };
  };
  handwritten: Measured;
  gateway: Measured;
  /** Null on the rows of the raised bound, where it adds nothing. */
  perItem: Measured | null;
  /** The baselines fetched the gateway's data (per-item: the same rows; null when not run). */
  agrees: { handwritten: boolean; perItem: boolean | null };
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
  /** SAGEMAKER_MAX_CONCURRENCY at its default, and raised to {@link RAISED_BOUND}. */
  gateway: ServerProcess;
  raisedGateway: ServerProcess;
  baseline: ServerProcess;
}

interface Baseline {
  data: unknown;
  levels: number | null;
  describeLevels: number[];
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
  inFlight = BOUND,
): Promise<Baseline> => {
  const run = new URL('/run', url);
  run.search = new URLSearchParams({
    view: view.name,
    pattern,
    first: String(first),
    inFlight: String(inFlight),
  }).toString();
  return (await json(await fetch(run))) as Baseline;
};

/** Runs `task` once (counted), then `iterations` timed runs; every run's trace is read. */
async function measured<T>(
  world: string,
  task: () => Promise<T>,
  iterations: number,
): Promise<{ result: T; measured: Measured }> {
  const traced = async () => {
    await fetch(new URL(TRACE_PATH, world), { method: 'DELETE' });
    const start = performance.now();
    const result = await task();
    const ms = performance.now() - start;
    const trace = (await json(await fetch(new URL(TRACE_PATH, world)))) as TracedCall[];
    return { result, ms, calls: summarizeCalls(trace) };
  };
  const counted = await traced();
  const samples: number[] = [];
  const roundTripsPerRun = [counted.calls.roundTrips];
  for (let i = 0; i < iterations; i++) {
    const timed = await traced();
    samples.push(timed.ms);
    roundTripsPerRun.push(timed.calls.roundTrips);
  }
  return {
    result: counted.result,
    measured: {
      calls: counted.calls,
      latency: iterations === 0 ? null : summarize(samples),
      roundTripsPerRun,
    },
  };
}

async function scenario(
  processes: Processes,
  view: View,
  first: number,
  bound: number,
  options: Required<ScenarioOptions>,
): Promise<ScenarioRow> {
  const { world, baseline } = processes;
  const gateway = bound === BOUND ? processes.gateway : processes.raisedGateway;
  // one untimed warm-up of each, so no process pays its first-call costs in the figures
  await gatewayData(gateway.url, view, first);
  await baselineRun(baseline.url, view, 'handwritten', first, bound);
  const hand = await measured(
    world.url,
    () => baselineRun(baseline.url, view, 'handwritten', first, bound),
    options.iterations,
  );
  const ours = await measured(
    world.url,
    () => gatewayData(gateway.url, view, first),
    options.iterations,
  );
  const perItem =
    bound === BOUND
      ? await measured(
          world.url,
          () => baselineRun(baseline.url, view, 'perItem', first),
          options.perItemIterations,
        )
      : null;
  const levels = { levels: hand.result.levels ?? 0, describeLevels: hand.result.describeLevels };
  const atBound = roundTripsAt(levels, bound);
  return {
    view: view.name,
    first,
    bound,
    limit: {
      calls: hand.measured.calls.total,
      roundTrips: levels.levels,
      latencyMs: levels.levels * options.latencyMs,
      atBound: { roundTrips: atBound, latencyMs: atBound * options.latencyMs },
    },
    handwritten: hand.measured,
    gateway: ours.measured,
    perItem: perItem?.measured ?? null,
    agrees: {
      handwritten: sameData(ours.result, hand.result.data),
      perItem: perItem === null ? null : sameRows(ours.result, perItem.result.data, view.orderedBy),
    },
  };
}

const operations = (calls: CallSummary): string =>
  Object.entries(calls.byOperation)
    .map(([operation, n]) => `${operation} ${n}`)
    .join(', ');

/** The median of `runs` and, when they differ, their range: `12 (12–13)`. */
export function roundTripsCell(runs: readonly number[]): string {
  const sorted = [...runs].sort((a, b) => a - b);
  const median = sorted[Math.floor((sorted.length - 1) / 2)] ?? 0;
  const [low, high] = [sorted[0] ?? 0, sorted[sorted.length - 1] ?? 0];
  return low === high ? String(median) : `${median} (${low}–${high})`;
}

/** One table per query, size and bound: the limits, the hand-written baseline, the gateway, per-item. */
export function scenariosMarkdown(result: ScenariosResult): string {
  const ms = (timing: Timing | null): number | null =>
    timing === null ? null : Math.round(timing.p50);
  return result.rows
    .map((row) => {
      const line = (name: string, m: Measured, agrees: boolean | null) => [
        name,
        m.calls.total,
        roundTripsCell(m.roundTripsPerRun),
        ms(m.latency),
        m.latency === null ? null : Math.round(m.latency.p95),
        m.latency?.n ?? 0,
        agrees === null ? '' : agrees ? 'yes' : 'NO',
        operations(m.calls),
      ];
      const limit = (name: string, roundTrips: number, latencyMs: number, how: string) => [
        name,
        row.limit.calls,
        String(roundTrips),
        latencyMs,
        null,
        0,
        '',
        how,
      ];
      const raised = row.bound !== BOUND;
      return [
        `**${row.view}, N = ${row.first}${raised ? `, ${row.bound} in flight` : ''}** (${result.latencyMs} ms per call)`,
        '',
        table(
          ['', 'calls', 'round trips', 'p50 ms', 'p95 ms', 'n', 'same data', 'by operation'],
          [
            limit(
              'limit, unbounded',
              row.limit.roundTrips,
              row.limit.latencyMs,
              'fewest calls, each level at once',
            ),
            limit(
              `limit, ${row.bound} in flight`,
              row.limit.atBound.roundTrips,
              row.limit.atBound.latencyMs,
              `a level of n Describes in ceil(n / ${row.bound}) round trips`,
            ),
            line(`hand-written${raised ? `, pool of ${row.bound}` : ''}`, row.handwritten, null),
            line(
              `gateway${raised ? `, SAGEMAKER_MAX_CONCURRENCY=${row.bound}` : ''}`,
              row.gateway,
              row.agrees.handwritten,
            ),
            ...(row.perItem === null
              ? []
              : [line('per-item (Describe + ListTags per row)', row.perItem, row.agrees.perItem)]),
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
    const gatewayWith = (name: string, bound: number) =>
      startServer(name, server('gateway.ts'), {
        args: [world.url],
        env: { ...GATEWAY_ENV, SAGEMAKER_MAX_CONCURRENCY: String(bound) },
      });
    const [gateway, raisedGateway, baseline] = await Promise.all([
      gatewayWith('gateway', BOUND),
      gatewayWith('gateway, raised bound', RAISED_BOUND),
      startServer('hand-written', server('handwritten.ts'), { args: [world.url] }),
    ]);
    await fetch(new URL('/_emulator/knobs', world.url), {
      method: 'POST',
      body: JSON.stringify({ latencyMs: settings.latencyMs }),
    });
    const processes = { world, gateway, raisedGateway, baseline };
    const rows: ScenarioRow[] = [];
    for (const view of VIEWS) {
      const bounds = view.name === RAISED_VIEW ? [BOUND, RAISED_BOUND] : [BOUND];
      for (const bound of bounds) {
        for (const first of SIZES) {
          rows.push(await scenario(processes, view, first, bound, settings));
        }
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
