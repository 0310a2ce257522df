/**
 * How each single-resource read says "this resource does not exist". SageMaker mostly answers a
 * missing resource with a ValidationException worded per operation (aws/aws-sdk#165), so the
 * message is matched per operation, anchored, and only for these calls: a Search or List that
 * fails validation says nothing about whether a resource exists.
 */
const NOT_FOUND_MESSAGES: Readonly<Record<string, RegExp>> = {
  // AWS: "Requested resource not found."; moto: "Could not find training job '…'."
  DescribeTrainingJob: /^(Requested resource not found|Could not find training job\b)/i,
  // AWS answers ResourceNotFound; moto: "Could not find hyper parameter tuning job '…'."
  DescribeHyperParameterTuningJob: /^Could not find hyper parameter tuning job\b/i,
  // "Could not find endpoint "arn:…"." — but not the endpoint configuration message.
  DescribeEndpoint: /^Could not find endpoint(?! configuration)\b/i,
  DescribeEndpointConfig: /^Could not find endpoint configuration\b/i,
  DescribeModel: /^Could not find model\b/i,
  // AWS: "ModelPackage arn:… does not exist."; moto: "Model package arn:… not found".
  DescribeModelPackage: /^(ModelPackage \S+ does not exist|Model package \S+ not found)/i,
  DescribeModelPackageGroup:
    /^(ModelPackageGroup \S+ does not exist|Model package group\b.* not found)/i,
  DescribeAlgorithm: /^Algorithm \S+ does not exist/i,
  // ListTags of one ARN is a read of that resource (its tags) after a Describe found it.
  ListTags: /^Resource \S+ does not exist/i,
};

const NOT_FOUND_NAMES: ReadonlySet<string> = new Set([
  'ResourceNotFound',
  'ResourceNotFoundException',
]);

/**
 * True when `error`, thrown by `operation`, is that operation's documented answer for a missing
 * resource: ResourceNotFound, or the ValidationException message it uses for one. Always false
 * for operations outside the table (Search above all).
 */
export function isNotFound(operation: string, error: unknown): boolean {
  const pattern = NOT_FOUND_MESSAGES[operation];
  if (pattern === undefined || !(error instanceof Error)) return false;
  if (NOT_FOUND_NAMES.has(error.name)) return true;
  return error.name === 'ValidationException' && pattern.test(error.message);
}
