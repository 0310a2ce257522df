import type { Filter, SageMakerClient } from '@aws-sdk/client-sagemaker';
import type { SearchResource } from '../search/property-spec.js';
import type { Logger } from '../server/logger.js';

/**
 * What every resolver receives. A fresh object per request: the Pothos dataloader plugin keys its
 * loaders on this object, so batching and caching never cross requests.
 */
export interface Context {
  sagemaker: SageMakerClient;
  logger: Logger;
  /**
   * Mandatory filters per Search resource (tenant isolation): AND-ed onto every collection and
   * nested connection of that resource, outside anything a client can write.
   */
  guards?: SearchGuards;
}

/**
 * Guard filters per Search resource, AND-ed at the top of the compiled expression (see
 * compileSearch); a resource without any is not restricted.
 */
export type SearchGuards = Partial<Record<SearchResource, readonly Filter[]>>;

/** Builds the per-request context from the gateway's long-lived dependencies. */
export function createContext(deps: { sagemaker: SageMakerClient; logger: Logger }): Context {
  return { sagemaker: deps.sagemaker, logger: deps.logger };
}
