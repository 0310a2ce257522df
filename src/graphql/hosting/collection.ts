import type { Endpoint as EndpointRecord } from '@aws-sdk/client-sagemaker';
import {
  connectionType,
  rootCollectionField,
  searchCollection,
} from '../connections/search-connection.js';
import { resourceFilterInput, resourceOrderInput } from '../filters/resource-inputs.js';
import { Endpoint } from './endpoint.js';

/** `EndpointFilter`: its fields are `SEARCH_SPECS.Endpoint` in src/search/hosting.ts. */
const EndpointFilterInput = resourceFilterInput('Endpoint');

/** `EndpointOrder`: one sort key and a direction. */
const EndpointOrderInput = resourceOrderInput('Endpoint');

const ENDPOINTS = searchCollection<EndpointRecord>(
  'Endpoint',
  (record) => record.Endpoint,
  (context) => Endpoint.getDataloader(context),
  (endpoint) => [endpoint.EndpointName, endpoint.EndpointArn],
);

rootCollectionField('endpoints', {
  type: connectionType('Endpoint', Endpoint, 'endpoint'),
  collection: ENDPOINTS,
  filter: EndpointFilterInput,
  order: EndpointOrderInput,
  what: 'Endpoints',
  which: 'Which endpoints.',
});
