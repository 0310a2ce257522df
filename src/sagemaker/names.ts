/**
 * A SageMaker name rule: the service model's pattern and maximum length together. The pattern
 * alone does not bound the length (`(-*[a-zA-Z0-9]){0,62}` admits any number of hyphens), so a
 * name that only matches it may still be one SageMaker rejects.
 */
export interface NameRule {
  /** The pattern, as messages quote it. */
  readonly source: string;
  readonly maxLength: number;
  /** Whether `value` matches the pattern, whatever its length. */
  matches(value: string): boolean;
  /** Whether `value` satisfies both the pattern and the length. */
  test(value: string): boolean;
}

const nameRule = (pattern: RegExp, maxLength: number): NameRule => ({
  source: pattern.source,
  maxLength,
  matches: (value) => pattern.test(value),
  test: (value) => value.length <= maxLength && pattern.test(value),
});

/** What a message says a name breaks: the pattern, or the length when only that is wrong. */
export const describeRule = (rule: NameRule, value: string): string =>
  rule.matches(value) ? `at most ${rule.maxLength} characters` : rule.source;

/** Most resource names (jobs, endpoints, configs, models, groups, algorithms): 63 characters. */
export const RESOURCE_NAME = nameRule(/^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$/, 63);

/** A hyperparameter tuning job name: at most 32 characters. */
export const TUNING_JOB_NAME = nameRule(/^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,31}$/, 32);

/**
 * The name part of a model package ARN: `<group>/<version>` or an unversioned `<name>`, as long as
 * DescribeModelPackage takes (VersionedArnOrName: 176 characters).
 */
export const MODEL_PACKAGE_ARN_NAME = nameRule(/^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}(\/\d+)?$/, 176);

/**
 * The name part of an ARN per SageMaker resource type the gateway serves: what the Describe
 * fallback would send as the resource's name (a model package's `<group>/<version>`).
 */
export const ARN_NAME_PATTERNS: Readonly<Record<string, NameRule>> = {
  'training-job': RESOURCE_NAME,
  'hyper-parameter-tuning-job': TUNING_JOB_NAME,
  endpoint: RESOURCE_NAME,
  'endpoint-config': RESOURCE_NAME,
  model: RESOURCE_NAME,
  'model-package': MODEL_PACKAGE_ARN_NAME,
  'model-package-group': RESOURCE_NAME,
  algorithm: RESOURCE_NAME,
};
