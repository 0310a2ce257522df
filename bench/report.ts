import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, totalmem } from 'node:os';

/** What the figures were measured on. */
export interface Machine {
  cpus: number;
  cpuModel: string;
  memoryGB: number;
  node: string;
}

export const machine = (): Machine => ({
  cpus: availableParallelism(),
  cpuModel: cpus()[0]?.model ?? 'unknown',
  memoryGB: Math.round(totalmem() / 1e9),
  node: process.version,
});

export const describeMachine = (m: Machine): string =>
  `Machine: ${m.cpus} CPUs (${m.cpuModel}), ${m.memoryGB} GB, Node ${m.node}`;

type Cell = string | number | boolean | null | undefined;

/** A markdown table; columns whose first row holds a number are right-aligned. */
export function table(headers: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const align = headers.map((_, at) => (typeof rows[0]?.[at] === 'number' ? '---:' : '---'));
  const line = (cells: readonly Cell[]) =>
    `| ${cells.map((cell) => (cell === null || cell === undefined ? '–' : String(cell))).join(' | ')} |`;
  return [line(headers), `|${align.join('|')}|`, ...rows.map(line)].join('\n');
}

/** A two-column markdown table of named ratios. */
export const ratioTable = (ratios: Readonly<Record<string, number>>): string =>
  table(['Ratio', 'value'], Object.entries(ratios));

/** a / b to two decimals; NaN when either is missing or b is 0. */
export const ratio = (a: number | undefined, b: number | undefined): number =>
  a === undefined || b === undefined || b === 0 ? Number.NaN : Math.round((a / b) * 100) / 100;

/** Writes `result` as JSON to bench/results/<name>-<time>.json and returns the path. */
export function writeResult(name: string, result: unknown): string {
  const dir = new URL('./results/', import.meta.url);
  mkdirSync(dir, { recursive: true });
  const file = new URL(`${name}-${new Date().toISOString().replace(/[:.]/g, '-')}.json`, dir);
  writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  return file.pathname;
}
