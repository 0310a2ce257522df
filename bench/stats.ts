/** Summary of a sample of durations in milliseconds. */
export interface Timing {
  n: number;
  p50: number;
  p95: number;
  mean: number;
  max: number;
}

const round = (ms: number): number => Math.round(ms * 100) / 100;

/** Nearest-rank percentiles over `samples` (ms). */
export function summarize(samples: readonly number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number): number =>
    sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0;
  const total = sorted.reduce((sum, x) => sum + x, 0);
  return {
    n: sorted.length,
    p50: round(at(0.5)),
    p95: round(at(0.95)),
    mean: round(total / Math.max(1, sorted.length)),
    max: round(sorted.at(-1) ?? 0),
  };
}

/** Times `iterations` sequential runs of `task` after `warmup` untimed ones. */
export async function measure(
  task: (i: number) => Promise<unknown>,
  iterations: number,
  warmup = Math.min(10, iterations),
): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await task(i);
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const start = performance.now();
    await task(i);
    samples.push(performance.now() - start);
  }
  return summarize(samples);
}
