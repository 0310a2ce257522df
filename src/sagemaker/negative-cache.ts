import { LRUCache } from 'lru-cache';

/**
 * Keys that a Describe recently said do not exist, per resource, shared by a gateway's requests:
 * stale references (deleted jobs a federation router keeps asking for, ids a client made up) cost
 * one Describe per TTL instead of one per request. Bounded in entries; an entry expires `ttlMs`
 * after it was written, so a resource created meanwhile is hidden at most that long.
 */
export interface NegativeCache {
  /** Whether `key` of `resource` is known to be missing. */
  has(resource: string, key: string): boolean;
  add(resource: string, key: string): void;
  /** Forgets `key` of `resource`: it was just created, so reads must ask again. */
  delete(resource: string, key: string): void;
}

export function createNegativeCache(options: { ttlMs: number; size: number }): NegativeCache {
  const cache = new LRUCache<string, true>({ max: options.size, ttl: options.ttlMs });
  // NUL cannot occur in a resource name or ARN, so scoped keys never collide.
  const scoped = (resource: string, key: string) => `${resource}\u0000${key}`;
  return {
    has: (resource, key) => cache.has(scoped(resource, key)),
    add: (resource, key) => {
      cache.set(scoped(resource, key), true);
    },
    delete: (resource, key) => {
      cache.delete(scoped(resource, key));
    },
  };
}
