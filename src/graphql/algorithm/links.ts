import { builder } from '../builder.js';
import { TrainingJob } from '../training-job/node.js';
import { Algorithm } from './node.js';

builder.objectField(TrainingJob, 'algorithm', (t) =>
  t.field({
    type: Algorithm,
    nullable: true,
    description:
      'The algorithm resource the job trained with (algorithmSpecification.algorithmName), or null when it used a training image or the algorithm no longer exists.',
    resolve: (job) => job.AlgorithmSpecification?.AlgorithmName ?? null,
  }),
);
