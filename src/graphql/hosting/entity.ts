import { builder } from '../builder.js';
import { Endpoint } from './endpoint.js';

// A federation entity keyed by ARN or by name (unique per account and region); a supergraph's
// representations batch into the same loader as node and list lookups.
builder.asEntity(Endpoint, {
  key: [builder.selection<{ arn: string }>('arn'), builder.selection<{ name: string }>('name')],
  resolveReference: (ref, context) =>
    Endpoint.getDataloader(context).load('arn' in ref ? ref.arn : ref.name),
});
