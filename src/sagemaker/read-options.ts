import type { SageMakerClient } from '@aws-sdk/client-sagemaker';
import type { Config } from '../config.js';
import { createNegativeCache, type NegativeCache } from './negative-cache.js';

/** How a gateway's batch functions read: the page cap of paging loops, the negative cache. */
export interface ReadOptions {
  /** The most pages one paging loop reads (see pages.ts). */
  maxPages: number;
  /** Keys known to be missing; none when off. */
  negativeCache: NegativeCache | undefined;
}

/** For a client no gateway configured (tests of the batch functions, scripts): no cache. */
const DEFAULTS: ReadOptions = { maxPages: 100, negativeCache: undefined };

// Keyed by the gateway's own client (instrumentClient makes one per gateway), so the batch
// functions keep their (client, keys, logger) signature and every call site stays as it is.
const configured = new WeakMap<SageMakerClient, ReadOptions>();

/** Sets how the batch functions read through `client`, from the gateway's configuration. */
export function configureReads(client: SageMakerClient, reads: Config['reads']): void {
  const { maxPages, negativeCacheTtlMs: ttlMs, negativeCacheSize: size } = reads;
  configured.set(client, {
    maxPages,
    negativeCache: ttlMs > 0 && size > 0 ? createNegativeCache({ ttlMs, size }) : undefined,
  });
}

/** How the batch functions read through `client`. */
export const readOptions = (client: SageMakerClient): ReadOptions =>
  configured.get(client) ?? DEFAULTS;
