import { TUNING_JOB_NAME } from '../../sagemaker/names.js';
import { builder } from '../builder.js';
import { requireName } from '../lookup.js';
import { HyperParameterTuningJob } from './node.js';

builder.queryField('hyperParameterTuningJob', (t) =>
  t.field({
    type: HyperParameterTuningJob,
    nullable: true,
    description: 'The hyperparameter tuning job with this name, or null when there is none.',
    args: {
      name: t.arg.string({ required: true, description: 'The name of the tuning job.' }),
    },
    resolve: (_root, { name }) => requireName(name, TUNING_JOB_NAME, 'a hyperparameter tuning job'),
  }),
);
