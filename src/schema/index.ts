import { builder } from '../builder.js';
import './training-job.js';
import './model.js';
import './endpoint.js';

export const schema = builder.toSchema();
