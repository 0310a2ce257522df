import { RESOURCE_NAME } from '../../sagemaker/names.js';
import { builder } from '../builder.js';
import { entityResolver } from '../lookup.js';
import { Endpoint } from './endpoint.js';

// A federation entity keyed by ARN or by name (unique per account and region); a supergraph's
// representations batch into the same loader as node and list lookups.
builder.asEntity(Endpoint, {
  key: [builder.selection<{ arn: string }>('arn'), builder.selection<{ name: string }>('name')],
  resolveReference: entityResolver({
    typename: 'Endpoint',
    resourceType: 'endpoint',
    loader: (context) => Endpoint.getDataloader(context),
    name: { pattern: RESOURCE_NAME, what: 'an endpoint' },
  }),
});
