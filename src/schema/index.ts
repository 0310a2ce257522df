import { builder } from '../builder.js';
import './training-job.js';
import './tuning-job.js';
import './algorithm.js';
import './model-package.js';
import './model.js';
import './endpoint.js';
import './training-job-filter.js';
import './tuning-job-filter.js';
import './endpoint-filter.js';
import './model-package-filter.js';
import './model-package-group-filter.js';
import './collections.js';

export const schema = builder.toSchema();
