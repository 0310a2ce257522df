import { resourceFilterInput, resourceOrderInput } from './filters.js';

/** `HyperParameterTuningJobFilter`: its fields are `SEARCH_SPECS.HyperParameterTuningJob` in src/search/properties.ts. */
export const HyperParameterTuningJobFilterInput = resourceFilterInput('HyperParameterTuningJob');

/** `HyperParameterTuningJobOrder`: one sort key and a direction. */
export const HyperParameterTuningJobOrderInput = resourceOrderInput('HyperParameterTuningJob');
