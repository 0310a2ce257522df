import type { Filter, SageMakerClient } from '@aws-sdk/client-sagemaker';
import {
  createRequestScope,
  type RequestScope,
  type UpstreamLimits,
} from '../sagemaker/request-scope.js';
import type { SearchResource } from '../search/property-spec.js';
import type { Logger } from '../server/logger.js';
import type { GatewaySettings } from './settings.js';

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
  /** The request's deadline, cancellation and budget of SageMaker calls (request-scope.ts). */
  upstream?: RequestScope;
  /** The gateway's identity, cursor key and id caps (config.identity); defaults when absent. */
  settings?: GatewaySettings;
}

/**
 * Guard filters per Search resource, AND-ed at the top of the compiled expression (see
 * compileSearch); a resource without any is not restricted.
 */
export type SearchGuards = Partial<Record<SearchResource, readonly Filter[]>>;

/**
 * Builds the per-request context from the gateway's long-lived dependencies; with `limits`, a
 * request scope whose deadline starts now and which ends when `signal` (the client's) aborts.
 */
export function createContext(deps: {
  sagemaker: SageMakerClient;
  logger: Logger;
  limits?: UpstreamLimits;
  signal?: AbortSignal;
}): Context {
  const context: Context = { sagemaker: deps.sagemaker, logger: deps.logger };
  if (deps.limits !== undefined) context.upstream = createRequestScope(deps.limits, deps.signal);
  return context;
}
