import type { SageMakerClient, SearchExpression } from '@aws-sdk/client-sagemaker';
import type { Logger } from './logger.js';

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

/** A guard per Search resource; a resource without one is not restricted. */
export type SearchGuards = Partial<
  Record<
    'TrainingJob' | 'HyperParameterTuningJob' | 'Endpoint' | 'ModelPackage' | 'ModelPackageGroup',
    SearchExpression
  >
>;

/** Builds the per-request context from the gateway's long-lived dependencies. */
export function createContext(deps: { sagemaker: SageMakerClient; logger: Logger }): Context {
  return { sagemaker: deps.sagemaker, logger: deps.logger };
}
