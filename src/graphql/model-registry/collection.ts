import type {
  ModelPackageGroup as ModelPackageGroupRecord,
  ModelPackage as ModelPackageRecord,
} from '@aws-sdk/client-sagemaker';
import { builder } from '../builder.js';
import { resolveNestedConnection } from '../connections/nested-connection.js';
import {
  connectionComplexity,
  connectionType,
  pageArgs,
  rootCollectionField,
  searchCollection,
} from '../connections/search-connection.js';
import { resourceFilterInput, resourceOrderInput } from '../filters/resource-inputs.js';
import { ModelPackage } from './model-package.js';
import { ModelPackageGroup } from './model-package-group.js';

/** `ModelPackageFilter`: its fields are `SEARCH_SPECS.ModelPackage` in src/search/model-registry.ts. */
const ModelPackageFilterInput = resourceFilterInput('ModelPackage');

/** `ModelPackageOrder`: one sort key and a direction. */
const ModelPackageOrderInput = resourceOrderInput('ModelPackage');

/** `ModelPackageGroupFilter`: its fields are `SEARCH_SPECS.ModelPackageGroup` in src/search/model-registry.ts. */
const ModelPackageGroupFilterInput = resourceFilterInput('ModelPackageGroup');

/** `ModelPackageGroupOrder`: one sort key and a direction. */
const ModelPackageGroupOrderInput = resourceOrderInput('ModelPackageGroup');

const MODEL_PACKAGES = searchCollection<ModelPackageRecord>(
  'ModelPackage',
  (record) => record.ModelPackage,
  (context) => ModelPackage.getDataloader(context),
  // A versioned package shares its name with its group, so only its ARN is its key.
  (pkg) => [
    pkg.ModelPackageArn,
    pkg.ModelPackageVersion === undefined ? pkg.ModelPackageName : undefined,
  ],
);

const MODEL_PACKAGE_GROUPS = searchCollection<ModelPackageGroupRecord>(
  'ModelPackageGroup',
  (record) => record.ModelPackageGroup,
  (context) => ModelPackageGroup.getDataloader(context),
  (group) => [group.ModelPackageGroupName, group.ModelPackageGroupArn],
);

const ModelPackageConnection = connectionType('ModelPackage', ModelPackage, 'model package');

rootCollectionField('modelPackages', {
  type: ModelPackageConnection,
  collection: MODEL_PACKAGES,
  filter: ModelPackageFilterInput,
  order: ModelPackageOrderInput,
  what: 'Model packages (versions and unversioned packages)',
  which: 'Which model packages.',
});

rootCollectionField('modelPackageGroups', {
  type: connectionType('ModelPackageGroup', ModelPackageGroup, 'model package group'),
  collection: MODEL_PACKAGE_GROUPS,
  filter: ModelPackageGroupFilterInput,
  order: ModelPackageGroupOrderInput,
  what: 'Model package groups',
  which: 'Which model package groups.',
});

builder.objectField(ModelPackageGroup, 'modelPackages', (t) =>
  t.field({
    type: ModelPackageConnection,
    description:
      'The versions in this group that match filter, page by page, newest first unless orderBy says otherwise (first pages of many groups share a few Searches when they hold at most 300 matching versions together; otherwise, and for later pages, one Search per group and page).',
    args: {
      filter: t.arg({ type: ModelPackageFilterInput, description: 'Which of the versions.' }),
      orderBy: t.arg({
        type: ModelPackageOrderInput,
        description: 'The order of the results (default: newest first).',
      }),
      ...pageArgs(t.arg),
    },
    complexity: connectionComplexity,
    resolve: (group, args, context) =>
      resolveNestedConnection(context, MODEL_PACKAGES, args, {
        property: 'ModelPackageGroupName',
        value: group.ModelPackageGroupName ?? '',
        valueOf: (item) => item.ModelPackageGroupName,
        defaultOrder: { SortBy: 'CreationTime', SortOrder: 'Descending' },
      }),
  }),
);
