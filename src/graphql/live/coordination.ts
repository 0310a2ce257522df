/**
 * How the replicas of a gateway split the polling of watched sets. In-process (no REDIS_URL)
 * every watched set is this replica's own; with Redis (redis-coordination.ts) one replica polls
 * each set and relays what it read to the others.
 */
export interface Coordination {
  /** Whether this replica polls `key` now (taking or renewing its lease where there is one). */
  claim(key: string): Promise<boolean>;
  /** Relays new states this replica polled for `key` to the other replicas. */
  publish(key: string, items: readonly unknown[]): void;
  /** Receives what other replicas polled for `key`, until {@link Coordination.leave}. */
  join(key: string, receive: (items: readonly unknown[]) => void): void;
  /** This replica no longer watches `key`: stop receiving, give up its lease. */
  leave(key: string): void;
  close(): Promise<void>;
}

/** Every watched set is polled here; nothing is relayed. */
export const localCoordination = (): Coordination => ({
  claim: async () => true,
  publish: () => {},
  join: () => {},
  leave: () => {},
  close: async () => {},
});
