import { currentScope } from '../sagemaker/request-scope.js';

/**
 * When a per-request loader sends its batch. Dataloader's default sends it at the end of the tick
 * of its first key, so parents that arrive apart load their links apart: ten aliased root
 * Searches answered a few milliseconds apart made ten link Searches instead of one, and a level
 * of models read in two Searches split the next level in two. This waits instead for the calls
 * the request had in flight when the batch opened, which are this level's siblings (or the level
 * above), then for the continuations they start (setImmediate runs after the microtasks of the
 * last answer). The wait is at most one call already under way, so a long chain elsewhere in the
 * request never holds a batch for more than one of its calls. Outside a request scope (or with
 * nothing in flight) it is dataloader's own schedule.
 */
function levelSchedule(callback: () => void): void {
  const siblings = currentScope()?.inFlight() ?? [];
  if (siblings.length === 0) {
    // dataloader's default: after the promise jobs of this tick
    void Promise.resolve().then(() => process.nextTick(callback));
    return;
  }
  void Promise.allSettled(siblings).then(() => setImmediate(callback));
}

/** Options every per-request loader takes (spread before its own). */
export const LEVEL_BATCHES = { batchScheduleFn: levelSchedule } as const;
