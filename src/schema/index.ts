import { builder } from '../builder.js';
import './training-job.js';

export const schema = builder.toSchema();
