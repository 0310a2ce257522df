import { present } from '../common.js';
import { inputMutation, resourcePayload } from '../mutations/define.js';
import { KINDS } from '../mutations/kinds.js';
import { outputMember, refresh } from '../mutations/references.js';
import { ModelPackage } from './model-package.js';
import { ModelPackageGroup } from './model-package-group.js';

inputMutation('createModelPackageGroup', {
  operation: 'CreateModelPackageGroup',
  description:
    'Creates a model package group (SageMaker CreateModelPackageGroup): the versions of one model in the registry. It is tagged with the caller’s tenant.',
  inputDescription:
    'The CreateModelPackageGroup request: every member of SageMaker’s, in camelCase.',
  payload: resourcePayload(
    'CreateModelPackageGroupPayload',
    'modelPackageGroup',
    ModelPackageGroup,
    'The model package group just created.',
  ),
  creates: { kind: KINDS.modelPackageGroup, name: (request) => request.ModelPackageGroupName },
  result: async (context, { request }) => ({
    key: await refresh(
      context,
      KINDS.modelPackageGroup,
      present(request.ModelPackageGroupName, 'ModelPackageGroupName'),
    ),
  }),
});

inputMutation('createModelPackage', {
  operation: 'CreateModelPackage',
  description:
    'Registers a model package (SageMaker CreateModelPackage): with modelPackageGroupName, the next version in that group, with its inference specification, model metrics and approval status. It is tagged with the caller’s tenant; the group must be visible to the caller.',
  inputDescription:
    'The CreateModelPackage request: every member of SageMaker’s, in camelCase (maps as key/value lists).',
  payload: resourcePayload(
    'CreateModelPackagePayload',
    'modelPackage',
    ModelPackage,
    'The model package (version) just created.',
  ),
  creates: { kind: KINDS.modelPackage, name: (request) => request.ModelPackageName },
  references: (request) =>
    request.ModelPackageGroupName === undefined
      ? []
      : [
          {
            kind: KINDS.modelPackageGroup,
            key: request.ModelPackageGroupName,
            path: 'input.modelPackageGroupName',
          },
        ],
  result: async (context, { output }) => ({
    key: await refresh(context, KINDS.modelPackage, outputMember(output, 'ModelPackageArn')),
  }),
});

inputMutation('updateModelPackage', {
  operation: 'UpdateModelPackage',
  description:
    'Updates a model package (SageMaker UpdateModelPackage): above all its approval (modelApprovalStatus Approved, Rejected or PendingManualApproval, with approvalDescription), which deployment pipelines wait for. The package must be visible to the caller.',
  inputDescription: 'The UpdateModelPackage request: every member of SageMaker’s, in camelCase.',
  payload: resourcePayload(
    'UpdateModelPackagePayload',
    'modelPackage',
    ModelPackage,
    'The model package as updated.',
  ),
  references: (request) =>
    request.ModelPackageArn === undefined
      ? []
      : [{ kind: KINDS.modelPackage, key: request.ModelPackageArn, path: 'input.modelPackageArn' }],
  result: async (context, { request }) => ({
    key: await refresh(
      context,
      KINDS.modelPackage,
      present(request.ModelPackageArn, 'ModelPackageArn'),
    ),
  }),
});
