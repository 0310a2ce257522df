import { builder } from '../builder.js';
import { TrainingJob } from './node.js';

// A federation entity keyed by ARN or by name (unique per account and region); a supergraph's
// representations batch into the same loader as node and list lookups.
builder.asEntity(TrainingJob, {
  key: [builder.selection<{ arn: string }>('arn'), builder.selection<{ name: string }>('name')],
  resolveReference: (ref, context) =>
    TrainingJob.getDataloader(context).load('arn' in ref ? ref.arn : ref.name),
});
