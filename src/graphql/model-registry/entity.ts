import { RESOURCE_NAME } from '../../sagemaker/names.js';
import { builder } from '../builder.js';
import { entityResolver } from '../lookup.js';
import { ModelPackage } from './model-package.js';
import { ModelPackageGroup } from './model-package-group.js';

// A federation entity keyed by ARN or by name (unique per account and region); a supergraph's
// representations batch into the same loader as node and list lookups.
builder.asEntity(ModelPackageGroup, {
  key: [builder.selection<{ arn: string }>('arn'), builder.selection<{ name: string }>('name')],
  resolveReference: entityResolver({
    typename: 'ModelPackageGroup',
    resourceType: 'model-package-group',
    loader: (context) => ModelPackageGroup.getDataloader(context),
    name: { pattern: RESOURCE_NAME, what: 'a model package group' },
  }),
});

// A federation entity keyed by ARN (versioned packages share their group's name); a
// supergraph's representations batch into the same loader as node and list lookups.
builder.asEntity(ModelPackage, {
  key: builder.selection<{ arn: string }>('arn'),
  resolveReference: entityResolver({
    typename: 'ModelPackage',
    resourceType: 'model-package',
    loader: (context) => ModelPackage.getDataloader(context),
  }),
});
