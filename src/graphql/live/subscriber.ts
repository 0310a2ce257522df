import { enqueueBounded } from './bounded-queue.js';

/** One subscriber's end of a watched set: the poller pushes states, the client pulls them. */
export interface Subscriber<T> {
  push(item: T): void;
  /** Ends the stream once what is pending has been read. */
  end(): void;
  readonly events: AsyncIterableIterator<T>;
}

/**
 * A subscriber whose pending events are bounded by `bound` (enqueueBounded: past it,
 * intermediate states are dropped and the latest kept). `onClose` runs once, when the client
 * leaves (its iterator's return) or the stream ends.
 */
export function createSubscriber<T>(
  bound: number,
  resourceOf: (item: T) => string,
  onClose: () => void,
): Subscriber<T> {
  let queue: T[] = [];
  let ended = false;
  let closed = false;
  let wake: (() => void) | undefined;
  const close = (): void => {
    if (closed) return;
    closed = true;
    queue = [];
    onClose();
  };
  const notify = (): void => {
    const waiting = wake;
    wake = undefined;
    waiting?.();
  };
  const done = (): IteratorResult<T> => ({ done: true, value: undefined });

  const events: AsyncIterableIterator<T> = {
    async next() {
      for (;;) {
        if (closed) return done();
        const [first, ...rest] = queue;
        if (first !== undefined) {
          queue = rest;
          return { done: false, value: first };
        }
        if (ended) {
          close();
          return done();
        }
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
      }
    },
    async return() {
      close();
      notify();
      return done();
    },
    [Symbol.asyncIterator]() {
      return events;
    },
  };

  return {
    push(item) {
      if (closed || ended) return;
      queue = enqueueBounded(queue, item, bound, resourceOf);
      notify();
    },
    end() {
      ended = true;
      notify();
    },
    events,
  };
}
