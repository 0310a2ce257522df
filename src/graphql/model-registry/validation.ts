import type {
  ModelPackageStatusDetails,
  ModelPackageStatusItem,
  ModelPackageValidationProfile,
  ModelPackageValidationSpecification,
} from '@aws-sdk/client-sagemaker';
import { builder } from '../builder.js';
import { listMember, present } from '../common.js';
import { TransformJobDefinitionRef } from '../transform-job-definition.js';

const ModelPackageStatusItemRef = builder
  .objectRef<ModelPackageStatusItem>('ModelPackageStatusItem')
  .implement({
    description: 'The status of one validation or image scan of a model package.',
    fields: (t) => ({
      name: t.string({
        description: 'What was validated or scanned (a validation profile or a container).',
        resolve: (item) => present(item.Name, 'ModelPackageStatusItem.Name'),
      }),
      status: t.string({
        description: 'The status: NotStarted, InProgress, Completed or Failed.',
        resolve: (item) => present(item.Status, 'ModelPackageStatusItem.Status'),
      }),
      failureReason: t.exposeString('FailureReason', {
        nullable: true,
        description: 'Why it failed, if it did.',
      }),
    }),
  });

export const ModelPackageStatusDetailsRef = builder
  .objectRef<ModelPackageStatusDetails>('ModelPackageStatusDetails')
  .implement({
    description: 'The validation and image scan statuses of a model package.',
    fields: (t) => ({
      validationStatuses: t.field({
        type: [ModelPackageStatusItemRef],
        description: 'The status of each validation of the model package.',
        resolve: listMember('ValidationStatuses'),
      }),
      imageScanStatuses: t.field({
        type: [ModelPackageStatusItemRef],
        description: 'The status of the scan of each container image.',
        resolve: listMember('ImageScanStatuses'),
      }),
    }),
  });

const ModelPackageValidationProfileRef = builder
  .objectRef<ModelPackageValidationProfile>('ModelPackageValidationProfile')
  .implement({
    description: 'A batch transform job SageMaker runs to validate a model package.',
    fields: (t) => ({
      profileName: t.string({
        description: 'The name of the profile.',
        resolve: (profile) =>
          present(profile.ProfileName, 'ModelPackageValidationProfile.ProfileName'),
      }),
      transformJobDefinition: t.field({
        type: TransformJobDefinitionRef,
        description: 'The transform job that validates the model package.',
        resolve: (profile) =>
          present(
            profile.TransformJobDefinition,
            'ModelPackageValidationProfile.TransformJobDefinition',
          ),
      }),
    }),
  });

export const ModelPackageValidationSpecificationRef = builder
  .objectRef<ModelPackageValidationSpecification>('ModelPackageValidationSpecification')
  .implement({
    description: 'The batch transform jobs SageMaker runs to validate a model package.',
    fields: (t) => ({
      validationRole: t.string({
        description: 'The IAM role the validation jobs run with.',
        resolve: (spec) =>
          present(spec.ValidationRole, 'ModelPackageValidationSpecification.ValidationRole'),
      }),
      validationProfiles: t.field({
        type: [ModelPackageValidationProfileRef],
        description: 'The validation jobs (one, currently).',
        resolve: listMember('ValidationProfiles'),
      }),
    }),
  });
