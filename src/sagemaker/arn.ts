import { ARN_NAME_PATTERNS } from './names.js';
import { validateRequest } from './service-model/validate.js';

/** The parts of a SageMaker ARN: `arn:<partition>:sagemaker:<region>:<account>:<type>/<name>`. */
export interface SageMakerArn {
  partition: string;
  region: string;
  accountId: string;
  /** e.g. `training-job`, `hyper-parameter-tuning-job`, `model-package`. */
  resourceType: string;
  /** Everything after the first `/`, e.g. `my-job` or `my-group/3`. */
  resourceName: string;
}

const ARN = /^arn:(aws[a-z-]*):sagemaker:([a-z0-9-]+):(\d{12}):([a-z][a-z-]*)\/(.+)$/;

/** Parses a SageMaker ARN; undefined for anything else. Pure. */
export function parseArn(value: string): SageMakerArn | undefined {
  const match = ARN.exec(value);
  if (match === null) return undefined;
  const [, partition = '', region = '', accountId = '', resourceType = '', resourceName = ''] =
    match;
  return { partition, region, accountId, resourceType, resourceName };
}

/** The GraphQL type name for an ARN's resource type: `training-job` → `TrainingJob`. Pure. */
export function typenameForResourceType(resourceType: string): string {
  return resourceType
    .split('-')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
}

/**
 * The longest ARN accepted: SageMaker's `ResourceArn` (ListTags, AddTags) allows 256 characters,
 * and every ARN the gateway reads from a user ends up there or in a shorter Describe member.
 */
const MAX_ARN_LENGTH = 256;

// SageMaker's own ARN pattern (the service model's ModelPackageArn): a region of 9–16 characters.
const STRICT_ARN = /^arn:(aws[a-z-]*):sagemaker:([a-z0-9-]{9,16}):(\d{12}):([a-z][a-z-]*)\/(.+)$/;

/** What the Describe fallback would send for an ARN of each type: the operation and member. */
const DESCRIBE_BY_TYPE: Readonly<
  Record<string, { operation: string; member: string; arn: boolean }>
> = {
  'training-job': { operation: 'DescribeTrainingJob', member: 'TrainingJobName', arn: false },
  'hyper-parameter-tuning-job': {
    operation: 'DescribeHyperParameterTuningJob',
    member: 'HyperParameterTuningJobName',
    arn: false,
  },
  endpoint: { operation: 'DescribeEndpoint', member: 'EndpointName', arn: false },
  'endpoint-config': {
    operation: 'DescribeEndpointConfig',
    member: 'EndpointConfigName',
    arn: false,
  },
  model: { operation: 'DescribeModel', member: 'ModelName', arn: false },
  // DescribeModelPackage takes the whole ARN (VersionedArnOrName: at most 176 characters).
  'model-package': { operation: 'DescribeModelPackage', member: 'ModelPackageName', arn: true },
  'model-package-group': {
    operation: 'DescribeModelPackageGroup',
    member: 'ModelPackageGroupName',
    arn: false,
  },
  algorithm: { operation: 'DescribeAlgorithm', member: 'AlgorithmName', arn: false },
};

/**
 * An ARN checked against SageMaker's rules, or the rule it breaks (for a BAD_USER_INPUT); `form`
 * when it is not an ARN of the type at all, rather than one breaking a length or pattern.
 */
export type ArnCheck = { arn: SageMakerArn } | { rule: string; form: boolean };

/**
 * Checks a user-supplied ARN against SageMaker's constraints before any call: at most
 * {@link MAX_ARN_LENGTH} characters, SageMaker's ARN pattern (partition `aws…`, a region of 9–16
 * characters, a 12-digit account), a resource type the gateway serves (`types`, default all),
 * the type's name pattern, and the service model's constraints on the Describe request the
 * lookup may send. Pure.
 */
export function checkArn(value: string, types?: readonly string[]): ArnCheck {
  if (value.length > MAX_ARN_LENGTH) {
    return {
      rule: `an ARN has at most ${MAX_ARN_LENGTH} characters (got ${value.length})`,
      form: false,
    };
  }
  const match = STRICT_ARN.exec(value);
  if (match === null) {
    return {
      rule: 'an ARN is arn:<partition>:sagemaker:<region>:<12-digit account>:<type>/<name>, with a region of 9 to 16 characters [a-z0-9-]',
      form: !value.startsWith('arn:'),
    };
  }
  const [, partition = '', region = '', accountId = '', resourceType = '', resourceName = ''] =
    match;
  const allowed = types ?? Object.keys(DESCRIBE_BY_TYPE);
  const describe = DESCRIBE_BY_TYPE[resourceType];
  if (describe === undefined || !allowed.includes(resourceType)) {
    return {
      rule: `the resource type must be ${allowed.join(' or ')}, not ${resourceType}`,
      form: true,
    };
  }
  const pattern = ARN_NAME_PATTERNS[resourceType];
  if (pattern !== undefined && !pattern.test(resourceName)) {
    return {
      rule: pattern.matches(resourceName)
        ? `the name part of a ${resourceType} ARN must have at most ${pattern.maxLength} characters`
        : `the name part of a ${resourceType} ARN must match ${pattern.source}`,
      form: false,
    };
  }
  const violations = validateRequest(describe.operation, {
    [describe.member]: describe.arn ? value : resourceName,
  });
  if (violations.length > 0) {
    // The rules only: the message echoes the value once, cut short, after them.
    const rules = violations.map((violation) => `${violation.path} ${violation.rule}`);
    return { rule: `${describe.operation}: ${rules.join('; ')}`, form: false };
  }
  return { arn: { partition, region, accountId, resourceType, resourceName } };
}

/** The gateway's own partition, region and account; a member is undefined while unknown. */
export interface HomeIdentity {
  partition: string | undefined;
  region: string | undefined;
  accountId: string | undefined;
}

/** The partition of a region: `aws-cn` for cn-*, `aws-us-gov` for us-gov-*, else `aws`. Pure. */
export function partitionOfRegion(region: string): string {
  if (region.startsWith('cn-')) return 'aws-cn';
  if (region.startsWith('us-gov-')) return 'aws-us-gov';
  if (region.startsWith('us-iso-')) return 'aws-iso';
  if (region.startsWith('us-isob-')) return 'aws-iso-b';
  return 'aws';
}

/**
 * Whether `arn` may name one of the gateway's own resources: its partition, region and account
 * are the home's where those are known. A false answer needs no call: the resource is not here.
 */
export function isHomeArn(arn: SageMakerArn, home: HomeIdentity): boolean {
  return (
    (home.partition === undefined || arn.partition === home.partition) &&
    (home.region === undefined || arn.region === home.region) &&
    (home.accountId === undefined || arn.accountId === home.accountId)
  );
}

/**
 * Whether two ARNs name the same resource: equal but for the case of the name part, which
 * SageMaker lower-cases in the ARNs it issues (and matches case-insensitively). Pure.
 */
export function sameResourceArn(a: string, b: string): boolean {
  const slash = a.indexOf('/');
  return (
    slash > 0 &&
    a.slice(0, slash) === b.slice(0, slash) &&
    a.slice(slash).toLowerCase() === b.slice(slash).toLowerCase()
  );
}
