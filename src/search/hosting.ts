import {
  CREATION_TIME,
  field,
  LAST_MODIFIED_TIME,
  type ResourceSearchSpec,
} from './property-spec.js';

export const ENDPOINT: ResourceSearchSpec = {
  resource: 'Endpoint',
  noun: 'endpoint',
  metrics: false,
  hyperParameters: false,
  fields: {
    name: field('string', 'EndpointName', 'The name of the endpoint.'),
    arn: field('string', 'EndpointArn', 'The ARN of the endpoint.'),
    status: field(
      'enum',
      'EndpointStatus',
      'The status, e.g. Creating, InService, Updating, Failed, Deleting.',
    ),
    endpointConfigName: field(
      'string',
      'EndpointConfigName',
      'The name of the endpoint configuration.',
    ),
    creationTime: CREATION_TIME,
    lastModifiedTime: LAST_MODIFIED_TIME,
    failureReason: field('string', 'FailureReason', 'Why the endpoint failed, if it did.'),
    variant: {
      kind: 'nested',
      list: 'ProductionVariants',
      typeName: 'ProductionVariantFilter',
      description: 'Matches when one production variant satisfies every condition given.',
      fields: {
        name: field('string', 'ProductionVariants.VariantName', 'The name of the variant.'),
        currentInstanceCount: field(
          'int',
          'ProductionVariants.CurrentInstanceCount',
          'The number of instances the variant runs.',
        ),
        desiredInstanceCount: field(
          'int',
          'ProductionVariants.DesiredInstanceCount',
          'The number of instances requested for the variant.',
        ),
        currentWeight: field(
          'float',
          'ProductionVariants.CurrentWeight',
          'The traffic weight of the variant.',
        ),
      },
    },
  },
  sortFields: {
    NAME: { property: 'EndpointName', description: 'By name.' },
    STATUS: { property: 'EndpointStatus', description: 'By status.' },
    CREATION_TIME: { property: 'CreationTime', description: 'By creation time.' },
    LAST_MODIFIED_TIME: { property: 'LastModifiedTime', description: 'By last modification.' },
  },
};
