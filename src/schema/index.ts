import { builder } from '../builder.js';
import './training-job.js';
import './tuning-job.js';
import './algorithm.js';
import './model-package.js';
import './model.js';
import './endpoint.js';

export const schema = builder.toSchema();
