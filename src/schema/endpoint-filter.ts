import { resourceFilterInput, resourceOrderInput } from './filters.js';

/** `EndpointFilter`: its fields are `SEARCH_SPECS.Endpoint` in src/search/properties.ts. */
export const EndpointFilterInput = resourceFilterInput('Endpoint');

/** `EndpointOrder`: one sort key and a direction. */
export const EndpointOrderInput = resourceOrderInput('Endpoint');
