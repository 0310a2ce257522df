import type { Filter, SageMakerClient } from '@aws-sdk/client-sagemaker';
import {
  createRequestScope,
  type RequestScope,
  type UpstreamLimits,
} from '../sagemaker/request-scope.js';
import type { SearchResource } from '../search/property-spec.js';
import type { Logger } from '../server/logger.js';
import type { LiveHub } from './live/hub.js';
import { ANONYMOUS, type Principal, tenantFilters, tenantGuards } from './principal.js';
import type { GatewaySettings } from './settings.js';

/**
 * What every resolver receives. A fresh object per request: the Pothos dataloader plugin keys its
 * loaders on this object, so batching and caching never cross requests.
 */
export interface Context {
  sagemaker: SageMakerClient;
  logger: Logger;
  /** Who is asking: the scope rules (builder.ts) and the tenant guards are drawn from it. */
  principal: Principal;
  /**
   * Mandatory filters per Search resource (tenant isolation): AND-ed onto every collection,
   * nested connection, lookup and link of that resource (the batch functions take them too),
   * outside anything a client can write.
   */
  guards?: SearchGuards;
  /**
   * The same tenant filters, for resources found without Search (endpoint configs, models,
   * algorithms): their Describe answers are checked by their tags (describe-tenancy.ts).
   */
  tenantGuard?: readonly Filter[];
  /** The request's deadline, cancellation and budget of SageMaker calls (request-scope.ts). */
  upstream?: RequestScope;
  /** TENANT_TAG_KEY: the tag that carries a resource's tenant (default `team`). */
  tenantTagKey?: string;
  /** The gateway's identity, cursor key and id caps (config.identity); defaults when absent. */
  settings?: GatewaySettings;
  /** The gateway's shared subscription pollers; subscriptions are refused without it. */
  live?: LiveHub;
}

/**
 * Guard filters per Search resource, AND-ed at the top of the compiled expression (see
 * compileSearch); a resource without any is not restricted.
 */
export type SearchGuards = Partial<Record<SearchResource, readonly Filter[]>>;

/**
 * Builds the per-request context from the gateway's long-lived dependencies and the request's
 * principal (its tenant guards with it); with `limits`, a request scope whose deadline starts now and which ends when `signal` (the client's) aborts.
 */
export function createContext(deps: {
  sagemaker: SageMakerClient;
  logger: Logger;
  limits?: UpstreamLimits;
  signal?: AbortSignal;
  /** The authenticated principal; in-process callers without one get {@link ANONYMOUS}. */
  principal?: Principal;
  /** TENANT_TAG_KEY: the tag the principal's tenant guards filter on. */
  tenantTagKey?: string;
  /** The gateway's subscription pollers. */
  live?: LiveHub;
}): Context {
  const principal = deps.principal ?? ANONYMOUS;
  const context: Context = { sagemaker: deps.sagemaker, logger: deps.logger, principal };
  if (deps.tenantTagKey !== undefined) context.tenantTagKey = deps.tenantTagKey;
  if (deps.live !== undefined) context.live = deps.live;
  // Non-admins are held to their tenants on every collection and nested connection.
  const filters = tenantFilters(principal, deps.tenantTagKey ?? 'team');
  if (filters !== undefined) {
    context.guards = tenantGuards(filters);
    context.tenantGuard = filters;
  }
  if (deps.limits !== undefined) context.upstream = createRequestScope(deps.limits, deps.signal);
  return context;
}
