import type { Redis } from 'ioredis';
import type { WarnLogger } from '../logger.js';

/**
 * Hands out turns at a fixed spacing per key (GCRA, the token bucket as a meter with no burst):
 * `reserve` books the next free turn and says how long until it comes, or undefined when that
 * is further off than `maxWaitMs` (nothing is booked then). Spaced turns keep every window of
 * a second within the rate, where a fixed window would let two windows' worth through at
 * their boundary.
 */
export interface RateMeter {
  reserve(key: string, intervalMs: number, maxWaitMs: number): Promise<number | undefined>;
}

/** Turns booked in this process: the next free turn per key (theoretical arrival time). */
export function localMeter(now: () => number = Date.now): RateMeter {
  const next = new Map<string, number>();
  return {
    reserve(key, intervalMs, maxWaitMs) {
      const at = now();
      const turn = Math.max(next.get(key) ?? at, at);
      if (turn - at > maxWaitMs) return Promise.resolve(undefined);
      next.set(key, turn + intervalMs);
      return Promise.resolve(turn - at);
    },
  };
}

// The same booking in Redis, atomic, on Redis's clock so replicas' clocks need not agree. The
// key expires once its last turn is past.
const RESERVE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local turn = tonumber(redis.call('GET', KEYS[1]) or '0')
if turn < now then turn = now end
local wait = turn - now
if wait > tonumber(ARGV[2]) then return -1 end
redis.call('SET', KEYS[1], turn + tonumber(ARGV[1]), 'PX', wait + tonumber(ARGV[1]) + 1000)
return wait
`;

const KEY_PREFIX = 'sagemaker-graphql-gateway:rate:';

/**
 * Turns booked in Redis, one schedule per key for every replica. While Redis does not answer,
 * each replica books locally at its share (the interval × `replicas`), logs that once, and goes
 * back to Redis as soon as it answers again (logged once too).
 */
export function sharedMeter(redis: Redis, replicas: number, logger?: WarnLogger): RateMeter {
  const local = localMeter();
  let degraded = false;
  return {
    async reserve(key, intervalMs, maxWaitMs) {
      let wait: unknown;
      try {
        wait = await redis.eval(RESERVE, 1, KEY_PREFIX + key, intervalMs, maxWaitMs);
      } catch (error) {
        if (!degraded) {
          degraded = true;
          logger?.warn(
            { err: error, replicas },
            'Redis unavailable: SageMaker rate limits fall back to this replica’s share (rate ÷ SAGEMAKER_REPLICAS)',
          );
        }
        return local.reserve(key, intervalMs * replicas, maxWaitMs);
      }
      if (degraded) {
        degraded = false;
        logger?.warn({}, 'Redis answers again: SageMaker rate limits are shared by the replicas');
      }
      return typeof wait === 'number' && wait >= 0 ? wait : undefined;
    },
  };
}
