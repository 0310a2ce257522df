import { algorithmOperations } from './operations/algorithms.js';
import type { Operation } from './operations/context.js';
import { endpointUpdateOperations } from './operations/endpoint-updates.js';
import { endpointOperations } from './operations/endpoints.js';
import { modelPackageOperations } from './operations/model-packages.js';
import { modelOperations } from './operations/models.js';
import { searchOperations } from './operations/search.js';
import { tagOperations } from './operations/tags.js';
import { trainingJobOperations } from './operations/training-jobs.js';
import { tuningJobOperations } from './operations/tuning-jobs.js';

/** Every operation the emulator serves, by its `X-Amz-Target` name (`SageMaker.<name>`). */
export const OPERATIONS: Readonly<Record<string, Operation>> = {
  ...trainingJobOperations,
  ...tuningJobOperations,
  ...endpointOperations,
  ...endpointUpdateOperations,
  ...modelOperations,
  ...modelPackageOperations,
  ...algorithmOperations,
  ...tagOperations,
  ...searchOperations,
};
