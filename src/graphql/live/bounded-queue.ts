/**
 * Adds `item` to a subscriber's pending events, holding at most `bound`. Past the bound an
 * intermediate state is dropped: the oldest pending state of the same resource when there is one
 * (the new state supersedes it), else the oldest pending event. So a slow consumer costs at most
 * `bound` events of memory, and the latest state of the resource that just changed is always
 * delivered. Returns a new array; pure.
 */
export function enqueueBounded<T>(
  queue: readonly T[],
  item: T,
  bound: number,
  resourceOf: (event: T) => string,
): T[] {
  if (queue.length < bound) return [...queue, item];
  const resource = resourceOf(item);
  const superseded = queue.findIndex((event) => resourceOf(event) === resource);
  const drop = superseded === -1 ? 0 : superseded;
  const kept = queue.filter((_, at) => at !== drop);
  // A bound of 0 or less still delivers the latest state.
  return [...kept.slice(Math.max(0, kept.length - bound + 1)), item];
}
