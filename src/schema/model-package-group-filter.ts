import { resourceFilterInput, resourceOrderInput } from './filters.js';

/** `ModelPackageGroupFilter`: its fields are `SEARCH_SPECS.ModelPackageGroup` in src/search/properties.ts. */
export const ModelPackageGroupFilterInput = resourceFilterInput('ModelPackageGroup');

/** `ModelPackageGroupOrder`: one sort key and a direction. */
export const ModelPackageGroupOrderInput = resourceOrderInput('ModelPackageGroup');
