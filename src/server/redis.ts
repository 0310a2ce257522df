import { Redis } from 'ioredis';
import type { Logger } from './logger.js';

/**
 * The gateway's connection to REDIS_URL. Commands fail at once while it is down rather than
 * queue (the response cache then misses and the SageMaker budget falls back to the replica's
 * share), and within half a second when Redis hangs; it reconnects by itself.
 */
export function createRedis(url: string, logger: Logger): Redis {
  const redis = new Redis(url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    commandTimeout: 500,
  });
  // the cache and the budget log outages once each; ioredis would print every failed reconnect
  redis.on('error', (error: Error) => logger.debug({ err: error }, 'redis connection error'));
  return redis;
}
