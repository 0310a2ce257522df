import { ENDPOINT } from './hosting.js';
import { MODEL_PACKAGE, MODEL_PACKAGE_GROUP } from './model-registry.js';
import type { ResourceSearchSpec, SearchResource } from './property-spec.js';
import { TRAINING_JOB } from './training-job.js';
import { TUNING_JOB } from './tuning-job.js';

/** The filter and order catalogue of every resource: GraphQL field → Search property + kind. */
export const SEARCH_SPECS: Readonly<Record<SearchResource, ResourceSearchSpec>> = {
  TrainingJob: TRAINING_JOB,
  HyperParameterTuningJob: TUNING_JOB,
  Endpoint: ENDPOINT,
  ModelPackage: MODEL_PACKAGE,
  ModelPackageGroup: MODEL_PACKAGE_GROUP,
};
