import { resourceFilterInput, resourceOrderInput } from './filters.js';

/** `ModelPackageFilter`: its fields are `SEARCH_SPECS.ModelPackage` in src/search/properties.ts. */
export const ModelPackageFilterInput = resourceFilterInput('ModelPackage');

/** `ModelPackageOrder`: one sort key and a direction. */
export const ModelPackageOrderInput = resourceOrderInput('ModelPackage');
