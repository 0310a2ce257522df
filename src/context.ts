import type { SageMakerClient } from '@aws-sdk/client-sagemaker';
import type { Logger } from './logger.js';

/**
 * What every resolver receives. A fresh object per request: the Pothos dataloader plugin keys its
 * loaders on this object, so batching and caching never cross requests.
 */
export interface Context {
  sagemaker: SageMakerClient;
  logger: Logger;
}

/** Builds the per-request context from the gateway's long-lived dependencies. */
export function createContext(deps: { sagemaker: SageMakerClient; logger: Logger }): Context {
  return { sagemaker: deps.sagemaker, logger: deps.logger };
}
