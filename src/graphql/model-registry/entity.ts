import { builder } from '../builder.js';
import { ModelPackage } from './model-package.js';
import { ModelPackageGroup } from './model-package-group.js';

// A federation entity keyed by ARN or by name (unique per account and region); a supergraph's
// representations batch into the same loader as node and list lookups.
builder.asEntity(ModelPackageGroup, {
  key: [builder.selection<{ arn: string }>('arn'), builder.selection<{ name: string }>('name')],
  resolveReference: (ref, context) =>
    ModelPackageGroup.getDataloader(context).load('arn' in ref ? ref.arn : ref.name),
});

// A federation entity keyed by ARN (versioned packages share their group's name); a
// supergraph's representations batch into the same loader as node and list lookups.
builder.asEntity(ModelPackage, {
  key: builder.selection<{ arn: string }>('arn'),
  resolveReference: (ref, context) => ModelPackage.getDataloader(context).load(ref.arn),
});
