import type { Endpoint } from '@aws-sdk/client-sagemaker';

/** An endpoint in a transient state (Creating, Updating) and where it lands. */
export interface EndpointPlan {
  /** Epoch ms at which the transition finishes. */
  until: number;
  to: 'InService' | 'Failed';
  failureReason?: string;
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
  for (const variant of endpoint.ProductionVariants ?? []) {
    variant.CurrentWeight = variant.DesiredWeight;
    variant.CurrentInstanceCount = variant.DesiredInstanceCount;
  }
  return true;
};
