import { resourceFilterInput, resourceOrderInput } from './filters.js';

/** `TrainingJobFilter`: its fields are `SEARCH_SPECS.TrainingJob` in src/search/properties.ts. */
export const TrainingJobFilterInput = resourceFilterInput('TrainingJob');

/** `TrainingJobOrder`: one sort key (a field or a metric) and a direction. */
export const TrainingJobOrderInput = resourceOrderInput('TrainingJob');
