import type { Parameters } from 'fast-check';

/**
 * Fixed seeds and run counts, so CI replays the same cases on every run; FUZZ_SEED and FUZZ_RUNS
 * explore other ones locally (fast-check prints the seed and path of any failure to replay it).
 * The time limit is a safety net for shrinking, which has no bound of its own.
 */
export function fuzzParameters<T>(seed: number, numRuns: number): Parameters<T> {
  const runs = Number(process.env.FUZZ_RUNS ?? '');
  const chosen = Number(process.env.FUZZ_SEED ?? '');
  return {
    seed: Number.isInteger(chosen) && process.env.FUZZ_SEED ? chosen : seed,
    numRuns: Number.isInteger(runs) && runs > 0 ? runs : numRuns,
    interruptAfterTimeLimit: 25_000,
    markInterruptAsFailure: true,
    verbose: 1,
  };
}

/** The vitest timeout of one property: its time limit plus room for the last case and report. */
export const PROPERTY_TIMEOUT_MS = 40_000;
