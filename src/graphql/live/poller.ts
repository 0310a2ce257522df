import type { SearchRecord } from '@aws-sdk/client-sagemaker';
import type { Changes, ChangesRequest } from '../../sagemaker/changes.js';
import type { Logger } from '../../server/logger.js';
import { fingerprintOf } from './codec.js';
import type { Coordination } from './coordination.js';
import { createSeenStates } from './seen-states.js';
import { createSubscriber, type Subscriber } from './subscriber.js';
import { advanceWatermark } from './watermark.js';

/** What a family tells the poller about its records (the node type's backing model). */
export interface LiveResource<T> {
  pick: (record: SearchRecord) => T | undefined;
  /** A resource's identity across states: its ARN. */
  identity: (item: T) => string;
  /** LastModifiedTime in epoch ms. */
  modified: (item: T) => number;
  /** The members whose change is a new state (status, counters, metrics, LastModifiedTime...). */
  state: (item: T) => unknown;
}

/** One watched set: a resource, a compiled filter with the tenant guard, by name or not. */
export interface WatchSpec<T> {
  /** Identifies the set across subscribers and replicas (resource + compiled Search). */
  key: string;
  resource: LiveResource<T>;
  /** The Search of a poll that reads changes at or after `watermark` (epoch ms). */
  request: (watermark: number) => ChangesRequest;
  /** The same set newest first: a filter watch's first read, which sets its watermark. */
  newest: ChangesRequest;
  /**
   * A watch by name starts from the epoch, so its first poll reads the current state, and a new
   * subscriber gets the latest state at once; a filter watch reports changes from now on.
   */
  named: boolean;
}

export interface PollerDeps {
  read: (request: ChangesRequest, pageLimit?: number) => Promise<Changes>;
  coordination: Coordination;
  logger: Logger;
  pollMs: number;
  maxBackoffMs: number;
  queueSize: number;
  /** Runs when the last subscriber left and the poller stopped. */
  onIdle: () => void;
}

export interface Poller {
  subscribe(): AsyncIterableIterator<unknown>;
  readonly subscribers: number;
  stop(): void;
}

/**
 * The poller of one watched set: one Search per interval whatever the number of subscribers,
 * never two at once (the next poll is scheduled when one ends), backing off exponentially up to
 * SUBSCRIPTION_MAX_BACKOFF_MS while SageMaker throttles or fails. What it reads is deduped
 * (seen-states.ts) before it reaches subscribers, whichever replica polled it.
 */
export function createPoller<T>(spec: WatchSpec<T>, deps: PollerDeps): Poller {
  const subscribers = new Set<Subscriber<T>>();
  const seen = createSeenStates();
  const latest = new Map<string, T>();
  // Set by the first read: from the epoch by name; from the set's latest change for a filter
  // (SageMaker's clock, not this host's: the emulator's runs in its own time).
  let watermark = 0;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  let primed = false;
  let failures = 0;

  const ingest = (items: readonly T[], deliver = true): T[] => {
    const fresh: T[] = [];
    for (const item of items) {
      const id = spec.resource.identity(item);
      const modified = spec.resource.modified(item);
      if (!seen.admit(id, fingerprintOf(spec.resource.state(item)), modified)) continue;
      if (!deliver) continue;
      fresh.push(item);
      if (spec.named) latest.set(id, item);
      for (const subscriber of subscribers) subscriber.push(item);
    }
    watermark = advanceWatermark(watermark, items.map(spec.resource.modified));
    seen.prune(watermark);
    return fresh;
  };

  const picked = (records: readonly SearchRecord[]): T[] =>
    records.flatMap((record) => {
      const item = spec.resource.pick(record);
      return item === undefined ? [] : [item];
    });

  const poll = async (): Promise<void> => {
    // The first read is this replica's own even when another one polls the set (one Search per
    // new set, not per interval): by name it is the current state a subscriber gets at once;
    // for a filter it is the newest page, recorded as seen (not changes) to start from.
    if (!primed && !spec.named) {
      const { records } = await deps.read(spec.newest, 1);
      ingest(picked(records), false);
      primed = true;
      return;
    }
    const own = !primed || (await deps.coordination.claim(spec.key));
    if (!own || stopped) return;
    const { records } = await deps.read(spec.request(watermark));
    primed = true;
    const fresh = ingest(picked(records));
    if (fresh.length > 0) deps.coordination.publish(spec.key, fresh);
  };

  const schedule = (delay: number): void => {
    if (stopped) return;
    timer = setTimeout(() => {
      timer = undefined;
      const first = !primed;
      poll().then(
        () => {
          failures = 0;
          // a filter's first read only set the watermark: its first poll follows at once
          schedule(first && !spec.named ? 0 : deps.pollMs);
        },
        (error: unknown) => {
          // One warning per streak: a throttled minute is one line, not one per poll.
          if (failures === 0)
            deps.logger.warn(
              { err: error, key: spec.key },
              'subscription poll failed; backing off',
            );
          failures += 1;
          schedule(Math.min(deps.maxBackoffMs, deps.pollMs * 2 ** Math.min(failures, 20)));
        },
      );
    }, delay);
  };

  // Items relayed by other replicas are this set's records (same key, same resource type).
  deps.coordination.join(spec.key, (items) => ingest(items as T[]));
  schedule(0);

  const stop = (): void => {
    if (stopped) return;
    stopped = true;
    if (timer !== undefined) clearTimeout(timer);
    deps.coordination.leave(spec.key);
    for (const subscriber of subscribers) subscriber.end();
    deps.onIdle();
  };

  return {
    subscribe() {
      const subscriber = createSubscriber<T>(deps.queueSize, spec.resource.identity, () => {
        subscribers.delete(subscriber);
        if (subscribers.size === 0) stop();
      });
      subscribers.add(subscriber);
      for (const item of latest.values()) subscriber.push(item);
      return subscriber.events;
    },
    get subscribers() {
      return subscribers.size;
    },
    stop,
  };
}
