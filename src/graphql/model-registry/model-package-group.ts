import type { ModelPackageGroup as ModelPackageGroupRecord } from '@aws-sdk/client-sagemaker';
import { MAX_BATCH } from '../../sagemaker/batch/search.js';
import { loadModelPackageGroups } from '../../sagemaker/model-registry.js';
import { listMember, present, TagRef } from '../common.js';
import { resourceNode } from '../resource-node.js';
import { UserContextRef } from './provenance.js';

export const ModelPackageGroup = resourceNode<ModelPackageGroupRecord>('ModelPackageGroup', {
  description:
    'A model package group of the model registry: the versions of one model. Its id is its ARN.',
  noun: 'model package group',
  arnMember: 'ModelPackageGroupArn',
  nameMember: 'ModelPackageGroupName',
  descriptions: { id: 'The ARN of the model package group.' },
  nullableQuartet: true,
  loaderOptions: { maxBatchSize: MAX_BATCH },
  // Keyed by name (modelPackageGroup, ModelPackage.group) or ARN (node).
  load: (keys, context) =>
    loadModelPackageGroups(
      context.sagemaker,
      keys,
      context.logger,
      context.guards?.ModelPackageGroup,
    ),
  fields: (t) => ({
    modelPackageGroupDescription: t.exposeString('ModelPackageGroupDescription', {
      nullable: true,
      description: 'The description of the model package group.',
    }),
    modelPackageGroupStatus: t.string({
      description:
        'The status of the group: Pending, InProgress, Completed, Failed, Deleting or DeleteFailed.',
      resolve: (group) => present(group.ModelPackageGroupStatus, 'ModelPackageGroup.Status'),
    }),
    creationTime: t.field({
      type: 'DateTime',
      description: 'When the model package group was created.',
      resolve: (group) => present(group.CreationTime, 'ModelPackageGroup.CreationTime'),
    }),
    createdBy: t.expose('CreatedBy', {
      type: UserContextRef,
      nullable: true,
      description: 'Who created the model package group.',
    }),
    tags: t.field({
      type: [TagRef],
      description: 'The tags on the model package group.',
      resolve: listMember('Tags'),
    }),
  }),
});
