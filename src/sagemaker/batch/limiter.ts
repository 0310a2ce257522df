/** Runs tasks with at most `concurrency` of them in flight; the rest wait in arrival order. */
export type Limiter = <T>(task: () => Promise<T>) => Promise<T>;

/** A limiter for calls that have no batch form (Describe per item), so a wide query cannot flood SageMaker. */
export function createLimiter(concurrency: number): Limiter {
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new RangeError(`concurrency must be a positive integer, got ${concurrency}`);
  }
  let active = 0;
  const queue: Array<() => void> = [];
  return async <T>(task: () => Promise<T>): Promise<T> => {
    if (active >= concurrency) await new Promise<void>((resolve) => queue.push(resolve));
    else active += 1;
    // A woken waiter inherits the finished task's slot, so `active` stays exact.
    try {
      return await task();
    } finally {
      if (queue.length > 0) queue.shift()?.();
      else active -= 1;
    }
  };
}

/** Maps `items` through `fn` with at most `concurrency` calls in flight; results keep item order. */
export function mapLimited<T, R>(
  items: readonly T[],
  concurrency: number,
  fn: (item: T) => Promise<R>,
): Promise<R[]> {
  const limit = createLimiter(concurrency);
  return Promise.all(items.map((item) => limit(() => fn(item))));
}
