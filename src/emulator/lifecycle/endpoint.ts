import type { ProductionVariantSummary } from '@aws-sdk/client-sagemaker';
import type { KindRecords } from '../kinds.js';

type Endpoint = KindRecords['Endpoint'];

/** An endpoint in a transient state (Creating, Updating) and where it lands. */
export interface EndpointPlan {
  /** Epoch ms at which the transition finishes. */
  until: number;
  to: 'InService' | 'Failed';
  failureReason?: string;
  /**
   * UpdateEndpoint's new configuration: it stays in PendingDeploymentSummary while the endpoint
   * is Updating and replaces EndpointConfigName and the variants once the endpoint is InService.
   */
  switchTo?: { endpointConfigName: string; variants: ProductionVariantSummary[] };
}

/** Brings `endpoint` to its state at `now` (mutates it); true once the transition is over. */
export const applyEndpointPlan = (endpoint: Endpoint, plan: EndpointPlan, now: number): boolean => {
  if (now < plan.until) return false;
  endpoint.EndpointStatus = plan.to;
  endpoint.LastModifiedTime = new Date(plan.until);
  if (plan.to === 'Failed') {
    endpoint.FailureReason = plan.failureReason ?? 'Request to service failed. Please retry.';
    return true;
  }
  if (plan.switchTo) {
    endpoint.EndpointConfigName = plan.switchTo.endpointConfigName;
    endpoint.ProductionVariants = plan.switchTo.variants;
    endpoint.PendingDeploymentSummary = undefined;
  }
  for (const variant of endpoint.ProductionVariants ?? []) {
    variant.CurrentWeight = variant.DesiredWeight;
    variant.CurrentInstanceCount = variant.DesiredInstanceCount;
  }
  return true;
};
