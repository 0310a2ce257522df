import { RESOURCE_NAME } from '../../sagemaker/names.js';
import { builder } from '../builder.js';
import { loadByArn, requireArn, requireName } from '../lookup.js';
import { ModelPackage } from './model-package.js';
import { ModelPackageGroup } from './model-package-group.js';

builder.queryFields((t) => ({
  modelPackage: t.field({
    type: ModelPackage,
    nullable: true,
    description: 'The model package with this ARN, or null when there is none.',
    args: {
      arn: t.arg.string({
        required: true,
        description: 'e.g. arn:aws:sagemaker:us-east-1:123456789012:model-package/my-group/3',
      }),
    },
    // Checked against SageMaker's constraints before any call; an ARN of another account,
    // region or partition is null without one, and only the package with that ARN is returned.
    resolve: (_root, { arn }, context) =>
      loadByArn(
        context,
        'ModelPackage',
        ModelPackage.getDataloader(context),
        requireArn(arn, 'model-package', 'Argument "arn"'),
        arn,
      ),
  }),
  modelPackageGroup: t.field({
    type: ModelPackageGroup,
    nullable: true,
    description: 'The model package group with this name, or null when there is none.',
    args: { name: t.arg.string({ required: true }) },
    resolve: (_root, { name }) => requireName(name, RESOURCE_NAME, 'a model package group'),
  }),
}));
