/** SageMaker's pattern for most resource names (jobs, endpoints, configs, models, groups). */
export const RESOURCE_NAME = /^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$/;

/** A hyperparameter tuning job name: at most 32 characters. */
export const TUNING_JOB_NAME = /^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,31}$/;

/** The name part of a model package ARN: `<group>/<version>` or an unversioned `<name>`. */
export const MODEL_PACKAGE_ARN_NAME = /^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}(\/\d+)?$/;
