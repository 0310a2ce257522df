import type { Endpoint as EndpointRecord } from '@aws-sdk/client-sagemaker';
import { RESOURCE_NAME } from '../../sagemaker/names.js';
import { byNameSubscription, type LiveFamily } from '../live/field.js';
import { Endpoint } from './endpoint.js';

// The Search record carries the variants with their current and desired weights and counts.
const LIVE_ENDPOINTS: LiveFamily<EndpointRecord> = {
  searchResource: 'Endpoint',
  nameProperty: 'EndpointName',
  pick: (record) => record.Endpoint,
  identity: (endpoint) => endpoint.EndpointArn ?? endpoint.EndpointName ?? '',
  modified: (endpoint) => endpoint.LastModifiedTime?.getTime() ?? 0,
  state: (endpoint) => [
    endpoint.EndpointStatus,
    endpoint.EndpointConfigName,
    endpoint.ProductionVariants,
    endpoint.FailureReason,
    endpoint.LastModifiedTime,
  ],
};

byNameSubscription('endpointUpdated', {
  type: Endpoint,
  family: LIVE_ENDPOINTS,
  rule: RESOURCE_NAME,
  what: 'an endpoint',
  description:
    'The endpoint with this name: its current state first, then each change of status, configuration, or its variants’ weights and instance counts during a rollout. It does not complete by itself (an endpoint in service can be updated again). A slow consumer gets the latest state, not every intermediate one.',
});
