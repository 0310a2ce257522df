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
