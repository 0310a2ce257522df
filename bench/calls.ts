import { pathToFileURL } from 'node:url';
import { sameData, sameRows } from './compare.js';
import { type BenchWorld, execute, startBenchWorld } from './fixture.js';
import { describeMachine, type Machine, machine, ratio, table, writeResult } from './report.js';
import { deployments } from './views/deployments.js';
import { trainingJobPage } from './views/training-job-page.js';
import type { View } from './views/view.js';

/**
 * Upstream calls per query: the gateway vs the per-item pattern of existing tools and vs the
 * fewest calls that fetch the same data, counted by the emulator, on the same data in one run.
 */

export const VIEWS: readonly View[] = [trainingJobPage, deployments];
export const SIZES = [10, 50, 100] as const;

interface Calls {
  total: number;
  byOperation: Record<string, number>;
}

export interface CallsRow {
  view: string;
  first: number;
  gateway: Calls;
  perItem: Calls;
  optimal: Calls;
  /** The baselines fetched the same data as the gateway (per-item: the same rows). */
  agrees: { optimal: boolean; perItem: boolean };
}

export interface CallsResult {
  machine: Machine;
  rows: CallsRow[];
}

async function counted(world: BenchWorld, run: () => Promise<unknown>) {
  world.emulator.resetCalls();
  const data = await run();
  const byOperation = world.emulator.calls();
  const total = Object.values(byOperation).reduce((sum, n) => sum + n, 0);
  return { data, calls: { total, byOperation } };
}

const operations = (calls: Calls): string =>
  Object.entries(calls.byOperation)
    .map(([operation, n]) => `${operation} ${n}`)
    .join(', ');

export function callsMarkdown(result: CallsResult): string {
  return [
    table(
      [
        'Query',
        'N',
        'gateway calls',
        'optimal calls',
        'per-item calls',
        'gateway / optimal',
        'per-item / optimal',
        'same data',
      ],
      result.rows.map((row) => [
        row.view,
        row.first,
        row.gateway.total,
        row.optimal.total,
        row.perItem.total,
        ratio(row.gateway.total, row.optimal.total),
        ratio(row.perItem.total, row.optimal.total),
        row.agrees.optimal && row.agrees.perItem ? 'yes' : 'NO',
      ]),
    ),
    '',
    table(
      ['Query', 'N', 'gateway', 'optimal', 'per-item'],
      result.rows.map((row) => [
        row.view,
        row.first,
        operations(row.gateway),
        operations(row.optimal),
        operations(row.perItem),
      ]),
    ),
  ].join('\n');
}

/** Counts every view at every size; `world` defaults to a fresh one without latency. */
export async function runCallsBench(world?: BenchWorld): Promise<CallsResult> {
  const own = world ?? (await startBenchWorld());
  const rows: CallsRow[] = [];
  try {
    for (const view of VIEWS) {
      for (const first of SIZES) {
        const gateway = await counted(own, () => execute(own.gateway, view.query, { first }));
        const optimal = await counted(own, () => view.optimal(own.client, first));
        const perItem = await counted(own, () => view.perItem(own.client, first));
        rows.push({
          view: view.name,
          first,
          gateway: gateway.calls,
          optimal: optimal.calls,
          perItem: perItem.calls,
          agrees: {
            optimal: sameData(gateway.data, optimal.data),
            perItem: sameRows(gateway.data, perItem.data, view.orderedBy),
          },
        });
      }
    }
  } finally {
    if (world === undefined) await own.close();
  }
  return { machine: machine(), rows };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = await runCallsBench();
  console.log(`${describeMachine(result.machine)}\n\n${callsMarkdown(result)}`);
  console.log(`\nJSON: ${writeResult('calls', result)}`);
}
