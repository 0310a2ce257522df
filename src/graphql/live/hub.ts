import type { SageMakerClient } from '@aws-sdk/client-sagemaker';
import { createGraphQLError } from 'graphql-yoga';
import type { LiveConfig } from '../../config.js';
import { readChanges } from '../../sagemaker/changes.js';
import type { Logger } from '../../server/logger.js';
import { type Coordination, localCoordination } from './coordination.js';
import { createPoller, type Poller, type WatchSpec } from './poller.js';

/** The subscriptions of one gateway: its pollers by watched set, and how replicas share them. */
export interface LiveHub {
  /**
   * The states of the watched set `spec`, from its shared poller (made on first use). Throws
   * MAX_POLLERS_LIMIT when the set is new and MAX_POLLERS pollers run already.
   */
  watch<T>(spec: WatchSpec<T>): AsyncIterableIterator<T>;
  /** Pollers running now. */
  readonly pollers: number;
  /** Subscriptions open now, all pollers together. */
  readonly subscribers: number;
  close(): Promise<void>;
}

export interface LiveHubDeps {
  client: SageMakerClient;
  logger: Logger;
  config: LiveConfig;
  /** In-process unless given (REDIS_URL: redis-coordination.ts). */
  coordination?: Coordination;
}

export function createLiveHub(deps: LiveHubDeps): LiveHub {
  const { config, logger } = deps;
  const coordination = deps.coordination ?? localCoordination();
  const pollers = new Map<string, Poller>();
  return {
    watch<T>(spec: WatchSpec<T>) {
      let poller = pollers.get(spec.key);
      if (poller === undefined) {
        if (pollers.size >= config.maxPollers) {
          throw createGraphQLError(
            `Subscription refused: this gateway polls ${pollers.size} watched sets, the limit (MAX_POLLERS=${config.maxPollers}); subscribe to a set already watched, or try again later.`,
            { extensions: { code: 'MAX_POLLERS_LIMIT' } },
          );
        }
        const created = createPoller(spec, {
          read: (request, pageLimit) => readChanges(deps.client, request, logger, pageLimit),
          coordination,
          logger,
          pollMs: config.pollMs,
          maxBackoffMs: config.maxBackoffMs,
          queueSize: config.queueSize,
          onIdle: () => {
            if (pollers.get(spec.key) === created) pollers.delete(spec.key);
          },
        });
        pollers.set(spec.key, created);
        poller = created;
      }
      // A key names one resource type and filter, so its poller's states are this spec's T.
      return poller.subscribe() as AsyncIterableIterator<T>;
    },
    get pollers() {
      return pollers.size;
    },
    get subscribers() {
      let open = 0;
      for (const poller of pollers.values()) open += poller.subscribers;
      return open;
    },
    async close() {
      for (const poller of [...pollers.values()]) poller.stop();
      await coordination.close();
    },
  };
}
