import { createGraphQLError } from 'graphql-yoga';
import { parseArn } from '../../sagemaker/arn.js';
import { MODEL_PACKAGE_ARN_NAME, RESOURCE_NAME } from '../../sagemaker/names.js';
import { builder } from '../builder.js';
import { requireName } from '../lookup.js';
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
    resolve: (_root, { arn }) => {
      const parsed = parseArn(arn);
      // An ARN, not a name, so requireName's message does not fit; this one names the ARN form.
      if (
        parsed?.resourceType !== 'model-package' ||
        !MODEL_PACKAGE_ARN_NAME.test(parsed.resourceName)
      ) {
        throw createGraphQLError(
          `Argument "arn" must be a model package ARN (arn:aws:sagemaker:<region>:<account>:model-package/<name>[/<version>]), but got: ${JSON.stringify(arn)}.`,
          { extensions: { code: 'BAD_USER_INPUT' } },
        );
      }
      return arn;
    },
  }),
  modelPackageGroup: t.field({
    type: ModelPackageGroup,
    nullable: true,
    description: 'The model package group with this name, or null when there is none.',
    args: { name: t.arg.string({ required: true }) },
    resolve: (_root, { name }) => requireName(name, RESOURCE_NAME, 'a model package group'),
  }),
}));
