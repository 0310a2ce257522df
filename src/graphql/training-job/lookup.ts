import { TRAINING_JOB_NAME } from '../../sagemaker/training-job.js';
import { builder } from '../builder.js';
import { requireName } from '../lookup.js';
import { TrainingJob } from './node.js';

builder.queryField('trainingJob', (t) =>
  t.field({
    type: TrainingJob,
    nullable: true,
    description: 'The training job with this name, or null when there is none.',
    args: { name: t.arg.string({ required: true, description: 'The name of the training job.' }) },
    resolve: (_root, { name }) => requireName(name, TRAINING_JOB_NAME, 'a training job'),
  }),
);
