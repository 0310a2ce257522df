import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import { Redis } from 'ioredis';
import type { Logger } from '../../server/logger.js';
import { decodeRecord, encodeRecord } from './codec.js';
import type { Coordination } from './coordination.js';

const PREFIX = 'sagemaker-gateway:live';

// Take the lease when free, renew it when ours: one round trip, atomic.
const CLAIM = `
local holder = redis.call('GET', KEYS[1])
if holder == false then redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2]) return 1 end
if holder == ARGV[1] then redis.call('PEXPIRE', KEYS[1], ARGV[2]) return 1 end
return 0`;

// Give the lease up only if it is still ours.
const RELEASE = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0`;

/** What a replica publishes for a watched set: who polled, and the new states. */
interface Relay {
  from: string;
  items: unknown[];
}

const isRelay = (value: unknown): value is Relay =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as Partial<Relay>).from === 'string' &&
  Array.isArray((value as Partial<Relay>).items);

export interface RedisCoordinationOptions {
  url: string;
  /** SUBSCRIPTION_LOCK_TTL_MS: how long a lease outlives its holder's last renewal. */
  lockTtlMs: number;
  logger: Logger;
}

/**
 * Replicas sharing pollers through Redis (REDIS_URL). Each watched set has a lease
 * (`<prefix>:lock:<key>`, SET PX, renewed at every poll): its holder polls and publishes what is
 * new on `<prefix>:events:<key>` (@graphql-yoga/redis-event-target over ioredis); the others
 * only listen, and take the lease over once it expires (SUBSCRIPTION_LOCK_TTL_MS after a holder
 * died). While Redis cannot be reached, every replica polls its sets itself (logged once per
 * outage) and subscriptions stay open; when it answers again the leases decide once more.
 */
export function createRedisCoordination(options: RedisCoordinationOptions): Coordination {
  const { logger } = options;
  const self = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  // Lease commands fail at once while disconnected (the poller then polls locally); publishes
  // wait for the reconnection (sent only while connected, so that queue stays small).
  const commands = new Redis(options.url, { enableOfflineQueue: false, maxRetriesPerRequest: 1 });
  const publisher = new Redis(options.url, { maxRetriesPerRequest: null });
  const subscriber = new Redis(options.url);
  const target = createRedisEventTarget<CustomEvent>({
    publishClient: publisher,
    subscribeClient: subscriber,
    serializer: { stringify: encodeRecord, parse: decodeRecord },
  });

  let reachable = false;
  let outage = false;
  const down = (error?: unknown): void => {
    reachable = false;
    if (outage) return;
    outage = true;
    logger.warn(
      { err: error },
      'Redis unreachable: polling subscriptions locally until it is back',
    );
  };
  const up = (): void => {
    if (!reachable && outage) logger.info('Redis reachable again: replicas share pollers again');
    reachable = true;
    outage = false;
  };
  for (const connection of [commands, publisher, subscriber]) {
    // ioredis reconnects by itself; an unhandled 'error' event would end the process
    connection.on('error', (error: unknown) => down(error));
  }
  commands.on('close', () => down());
  commands.on('ready', up);

  const listeners = new Map<string, (event: CustomEvent) => void>();
  const lockOf = (key: string) => `${PREFIX}:lock:${key}`;
  const channelOf = (key: string) => `${PREFIX}:events:${key}`;

  return {
    async claim(key) {
      if (commands.status !== 'ready') {
        down();
        return true;
      }
      try {
        const won = await commands.eval(CLAIM, 1, lockOf(key), self, options.lockTtlMs);
        up();
        return won === 1;
      } catch (error) {
        down(error);
        return true;
      }
    },
    publish(key, items) {
      if (!reachable || publisher.status !== 'ready') return;
      const relay: Relay = { from: self, items: [...items] };
      target.dispatchEvent(new CustomEvent(channelOf(key), { detail: relay }));
    },
    join(key, receive) {
      const listener = (event: CustomEvent): void => {
        const relay: unknown = event.detail;
        if (isRelay(relay) && relay.from !== self) receive(relay.items);
      };
      listeners.set(key, listener);
      target.addEventListener(channelOf(key), listener);
    },
    leave(key) {
      const listener = listeners.get(key);
      if (listener !== undefined) target.removeEventListener(channelOf(key), listener);
      listeners.delete(key);
      if (commands.status === 'ready') {
        commands.eval(RELEASE, 1, lockOf(key), self).catch(() => {});
      }
    },
    async close() {
      for (const key of [...listeners.keys()]) this.leave(key);
      await Promise.allSettled(
        [commands, publisher, subscriber].map(async (connection) => {
          if (connection.status === 'ready') await connection.quit();
          else connection.disconnect();
        }),
      );
    },
  };
}
