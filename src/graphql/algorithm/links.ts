import { builder } from '../builder.js';
import { TrainingJob } from '../training-job/node.js';
import { Algorithm, algorithmTenancy } from './node.js';

builder.objectField(TrainingJob, 'algorithm', (t) =>
  t.field({
    type: Algorithm,
    nullable: true,
    description:
      'The algorithm resource the job trained with (algorithmSpecification.algorithmName), or null when it used a training image or the algorithm no longer exists.',
    // The job's own algorithm takes the job's tenant (algorithmTenancy): no call.
    resolve: (job, _args, context) => {
      const name = job.AlgorithmSpecification?.AlgorithmName;
      return name === undefined ? null : algorithmTenancy.described(context).load(name);
    },
  }),
);
