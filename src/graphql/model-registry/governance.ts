import type {
  ModelLifeCycle,
  ModelPackageModelCard,
  ModelPackageSecurityConfig,
} from '@aws-sdk/client-sagemaker';
import { builder } from '../builder.js';
import { present } from '../common.js';

export const ModelLifeCycleRef = builder.objectRef<ModelLifeCycle>('ModelLifeCycle').implement({
  description:
    'Where a model package stands in its lifecycle, e.g. stage Staging, status Approved.',
  fields: (t) => ({
    stage: t.string({
      description: 'The lifecycle stage, e.g. Development, Staging or Production.',
      resolve: (cycle) => present(cycle.Stage, 'ModelLifeCycle.Stage'),
    }),
    stageStatus: t.string({
      description: 'The status within the stage, e.g. Approved or PendingApproval.',
      resolve: (cycle) => present(cycle.StageStatus, 'ModelLifeCycle.StageStatus'),
    }),
    stageDescription: t.exposeString('StageDescription', {
      nullable: true,
      description: 'A description of the stage.',
    }),
  }),
});

export const ModelPackageModelCardRef = builder
  .objectRef<ModelPackageModelCard>('ModelPackageModelCard')
  .implement({
    description: 'The model card attached to a model package.',
    fields: (t) => ({
      modelCardContent: t.exposeString('ModelCardContent', {
        nullable: true,
        description: 'The content of the model card, a JSON document (model card schema).',
      }),
      modelCardStatus: t.exposeString('ModelCardStatus', {
        nullable: true,
        description: 'The approval status of the card: Draft, PendingReview, Approved or Archived.',
      }),
    }),
  });

export const ModelPackageSecurityConfigRef = builder
  .objectRef<ModelPackageSecurityConfig>('ModelPackageSecurityConfig')
  .implement({
    description: 'How a model package is encrypted.',
    fields: (t) => ({
      kmsKeyId: t.string({
        description: 'The KMS key that encrypts the model package (including its model card).',
        resolve: (config) => present(config.KmsKeyId, 'ModelPackageSecurityConfig.KmsKeyId'),
      }),
    }),
  });
