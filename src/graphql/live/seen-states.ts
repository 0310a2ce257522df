import { floorToSecond } from './watermark.js';

/**
 * The last state delivered per resource of one watched set, so that subscribers see each distinct
 * state once: a poll reads the watermark's second again, replicas relay what they polled, and
 * SageMaker may report one change twice. Entries modified before the watermark are dropped
 * (`prune`): Search no longer returns those records unless they change, and a change moves their
 * LastModifiedTime (part of every fingerprint), so memory stays at the records of about one
 * second. Pure (no I/O, no clock).
 */
export interface SeenStates {
  /** True when `fingerprint` is a state of `resource` not delivered before (it is then recorded). */
  admit(resource: string, fingerprint: string, modified: number): boolean;
  /** Forgets resources last modified before `watermark`'s second. */
  prune(watermark: number): void;
  readonly size: number;
}

export function createSeenStates(): SeenStates {
  const seen = new Map<string, { fingerprint: string; modified: number }>();
  return {
    admit(resource, fingerprint, modified) {
      const last = seen.get(resource);
      if (last !== undefined && last.fingerprint === fingerprint) return false;
      // A relayed or repeated older state must not undo a newer one already delivered.
      if (last !== undefined && modified < last.modified) return false;
      seen.set(resource, { fingerprint, modified });
      return true;
    },
    prune(watermark) {
      const floor = floorToSecond(watermark);
      for (const [resource, last] of seen) if (last.modified < floor) seen.delete(resource);
    },
    get size() {
      return seen.size;
    },
  };
}
