import fc from 'fast-check';
import { oddString } from './strings.js';

/** Resource types in SageMaker ARNs, the gateway's and others. */
const RESOURCE_TYPES = [
  'training-job',
  'hyper-parameter-tuning-job',
  'endpoint',
  'endpoint-config',
  'model',
  'model-package',
  'model-package-group',
  'algorithm',
  'notebook-instance',
  'pipeline',
  '',
];

/** The demo's own partition, region and account, mostly; others to test foreign ARNs. */
const part = {
  partition: fc.constantFrom('aws', 'aws', 'aws-cn', 'aws-us-gov', 'aws-iso', ''),
  service: fc.constantFrom('sagemaker', 'sagemaker', 's3', 'iam'),
  region: fc.constantFrom('us-east-1', 'us-east-1', 'eu-west-1', 'cn-north-1', '', 'us-east-1 '),
  account: fc.constantFrom('123456789012', '123456789012', '210987654321', '1234', ''),
};

/** Resource ids: demo-like names, versions, odd strings and very long ones. */
const resourceId = fc.oneof(
  fc.constantFrom(
    'card-fraud-prod',
    'card-fraud-models/1',
    'card-fraud-models/999999',
    'card-fraud-hpo-flagship',
    'card-fraud-champion',
  ),
  fc.stringMatching(/^[a-z][a-z0-9-]{0,80}(\/[0-9]{1,4})?$/),
  oddString(),
);

/** ARN-like strings: well-formed for other accounts, regions and types, and malformed ones. */
export const arnLike = (): fc.Arbitrary<string> =>
  fc.oneof(
    {
      weight: 6,
      arbitrary: fc
        .record({ ...part, type: fc.constantFrom(...RESOURCE_TYPES), id: resourceId })
        .map((p) => `arn:${p.partition}:${p.service}:${p.region}:${p.account}:${p.type}/${p.id}`),
    },
    { weight: 1, arbitrary: oddString() },
    {
      weight: 1,
      arbitrary: fc
        .array(oddString(), { minLength: 1, maxLength: 9 })
        .map((parts) => `arn:${parts.join(':')}`),
    },
  );
