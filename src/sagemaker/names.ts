/** SageMaker's pattern for most resource names (jobs, endpoints, configs, models, groups). */
export const RESOURCE_NAME = /^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$/;

/** A hyperparameter tuning job name: at most 32 characters. */
export const TUNING_JOB_NAME = /^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,31}$/;

/** The name part of a model package ARN: `<group>/<version>` or an unversioned `<name>`. */
export const MODEL_PACKAGE_ARN_NAME = /^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}(\/\d+)?$/;

/**
 * The name part of an ARN per SageMaker resource type the gateway serves: what the Describe
 * fallback would send as the resource's name (a model package's `<group>/<version>`).
 */
export const ARN_NAME_PATTERNS: Readonly<Record<string, RegExp>> = {
  'training-job': RESOURCE_NAME,
  'hyper-parameter-tuning-job': TUNING_JOB_NAME,
  endpoint: RESOURCE_NAME,
  'endpoint-config': RESOURCE_NAME,
  model: RESOURCE_NAME,
  'model-package': MODEL_PACKAGE_ARN_NAME,
  'model-package-group': RESOURCE_NAME,
  algorithm: RESOURCE_NAME,
};
