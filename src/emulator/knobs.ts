import { createPrng } from './prng.js';
import {
  internalFailure,
  type SageMakerError,
  serviceUnavailable,
  throttlingError,
} from './service-errors.js';

type FaultKind = 'throttle' | 'fault';

/** Runtime-adjustable behaviour for benchmarks and fault tests. */
export interface Knobs {
  /** Added to every response (ms). */
  latencyMs: number;
  /** Up to this much extra latency, drawn from the seeded PRNG (ms). */
  jitterMs: number;
  /** Share of requests (0..1) answered with ThrottlingException. */
  throttleRate: number;
  /** Share of requests (0..1) answered with InternalFailure (500) or ServiceUnavailable (503). */
  faultRate: number;
  /** How long a newly created resource stays invisible to Search (ms). */
  searchLagMs: number;
  /** Makes the next `count` calls of `operation` (or of any, with '*') fail with `kind`. */
  failNext(operation: string, count: number, kind: FaultKind): void;
}

export type KnobValues = Pick<
  Knobs,
  'latencyMs' | 'jitterMs' | 'throttleRate' | 'faultRate' | 'searchLagMs'
>;

export interface KnobControl {
  knobs: Knobs;
  /** The injected error for this call of `operation`, if any. */
  injectedError(operation: string): SageMakerError | undefined;
  /** The delay to apply before answering (ms). */
  delay(): number;
  /** Applies a partial update, validating types and ranges; returns the values now in force. */
  update(values: Readonly<Record<string, unknown>>): KnobValues;
  values(): KnobValues;
}

const KNOB_NAMES = ['latencyMs', 'jitterMs', 'throttleRate', 'faultRate', 'searchLagMs'] as const;

/** Creates the knobs, seeded so random throttles and faults repeat from run to run. */
export const createKnobs = (initial: Partial<KnobValues>, seed: number): KnobControl => {
  const prng = createPrng(seed ^ 0x5eed);
  const pending: Array<{ operation: string; remaining: number; kind: FaultKind }> = [];
  const knobs: Knobs = {
    latencyMs: initial.latencyMs ?? 0,
    jitterMs: initial.jitterMs ?? 0,
    throttleRate: initial.throttleRate ?? 0,
    faultRate: initial.faultRate ?? 0,
    searchLagMs: initial.searchLagMs ?? 0,
    failNext(operation, count, kind) {
      if (count > 0) pending.push({ operation, remaining: count, kind });
    },
  };
  const values = (): KnobValues => ({
    latencyMs: knobs.latencyMs,
    jitterMs: knobs.jitterMs,
    throttleRate: knobs.throttleRate,
    faultRate: knobs.faultRate,
    searchLagMs: knobs.searchLagMs,
  });
  return {
    knobs,
    injectedError(operation) {
      const index = pending.findIndex(
        (entry) => entry.operation === operation || entry.operation === '*',
      );
      const entry = pending[index];
      if (entry) {
        entry.remaining -= 1;
        if (entry.remaining <= 0) pending.splice(index, 1);
        return entry.kind === 'throttle' ? throttlingError() : internalFailure();
      }
      if (knobs.throttleRate > 0 && prng.next() < knobs.throttleRate) return throttlingError();
      if (knobs.faultRate > 0 && prng.next() < knobs.faultRate) {
        return prng.chance(0.5) ? internalFailure() : serviceUnavailable();
      }
      return undefined;
    },
    delay: () =>
      Math.max(0, knobs.latencyMs + (knobs.jitterMs > 0 ? prng.next() * knobs.jitterMs : 0)),
    update(update) {
      for (const name of KNOB_NAMES) {
        const value = update[name];
        if (value === undefined) continue;
        if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
          throw new Error(`${name} must be a non-negative number`);
        }
        if ((name === 'throttleRate' || name === 'faultRate') && value > 1) {
          throw new Error(`${name} must be between 0 and 1`);
        }
        knobs[name] = value;
      }
      const failNext = update.failNext;
      if (failNext !== undefined) {
        const spec = failNext as { operation?: unknown; count?: unknown; kind?: unknown };
        if (
          typeof spec.operation !== 'string' ||
          typeof spec.count !== 'number' ||
          (spec.kind !== 'throttle' && spec.kind !== 'fault')
        ) {
          throw new Error(
            "failNext must be { operation: string, count: number, kind: 'throttle' | 'fault' }",
          );
        }
        knobs.failNext(spec.operation, spec.count, spec.kind);
      }
      return values();
    },
    values,
  };
};
