import {
  CREATION_TIME,
  field,
  LAST_MODIFIED_TIME,
  type ResourceSearchSpec,
} from './property-spec.js';

export const MODEL_PACKAGE: ResourceSearchSpec = {
  resource: 'ModelPackage',
  noun: 'model package',
  metrics: false,
  hyperParameters: false,
  fields: {
    name: field(
      'string',
      'ModelPackageName',
      'The name of the model package (for a versioned package, its group name).',
    ),
    arn: field('string', 'ModelPackageArn', 'The ARN of the model package.'),
    groupName: field(
      'string',
      'ModelPackageGroupName',
      'The name of the model package group the package is a version of.',
    ),
    version: field('int', 'ModelPackageVersion', 'The version of the package within its group.'),
    status: field(
      'enum',
      'ModelPackageStatus',
      'The status: Pending, InProgress, Completed, Failed or Deleting.',
    ),
    approvalStatus: field(
      'enum',
      'ModelApprovalStatus',
      'The approval status: Approved, Rejected or PendingManualApproval.',
    ),
    creationTime: CREATION_TIME,
    lastModifiedTime: LAST_MODIFIED_TIME,
    description: field('string', 'ModelPackageDescription', 'The description of the package.'),
    domain: field('string', 'Domain', 'The machine learning domain, e.g. COMPUTER_VISION.'),
    task: field('string', 'Task', 'The machine learning task, e.g. IMAGE_CLASSIFICATION.'),
    stage: field('string', 'ModelLifeCycle.Stage', 'The model life cycle stage.'),
    container: {
      kind: 'nested',
      list: 'InferenceSpecification.Containers',
      typeName: 'ModelPackageContainerFilter',
      description: 'Matches when one inference container satisfies every condition given.',
      fields: {
        image: field(
          'string',
          'InferenceSpecification.Containers.Image',
          'The inference image of the container.',
        ),
        framework: field(
          'string',
          'InferenceSpecification.Containers.Framework',
          'The machine learning framework of the image.',
        ),
        frameworkVersion: field(
          'string',
          'InferenceSpecification.Containers.FrameworkVersion',
          'The version of the framework.',
        ),
        modelDataUrl: field(
          'string',
          'InferenceSpecification.Containers.ModelDataUrl',
          'The S3 path of the model artifacts.',
        ),
      },
    },
  },
  sortFields: {
    NAME: { property: 'ModelPackageName', description: 'By name.' },
    VERSION: { property: 'ModelPackageVersion', description: 'By version.' },
    STATUS: { property: 'ModelPackageStatus', description: 'By status.' },
    APPROVAL_STATUS: { property: 'ModelApprovalStatus', description: 'By approval status.' },
    CREATION_TIME: { property: 'CreationTime', description: 'By creation time.' },
    LAST_MODIFIED_TIME: { property: 'LastModifiedTime', description: 'By last modification.' },
  },
};

export const MODEL_PACKAGE_GROUP: ResourceSearchSpec = {
  resource: 'ModelPackageGroup',
  noun: 'model package group',
  metrics: false,
  hyperParameters: false,
  fields: {
    name: field('string', 'ModelPackageGroupName', 'The name of the group.'),
    arn: field('string', 'ModelPackageGroupArn', 'The ARN of the group.'),
    status: field(
      'enum',
      'ModelPackageGroupStatus',
      'The status: Pending, InProgress, Completed, Failed, Deleting or DeleteFailed.',
    ),
    description: field('string', 'ModelPackageGroupDescription', 'The description of the group.'),
    creationTime: CREATION_TIME,
  },
  sortFields: {
    NAME: { property: 'ModelPackageGroupName', description: 'By name.' },
    STATUS: { property: 'ModelPackageGroupStatus', description: 'By status.' },
    CREATION_TIME: { property: 'CreationTime', description: 'By creation time.' },
  },
};
