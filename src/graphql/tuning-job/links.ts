import { builder } from '../builder.js';
import { TrainingJob } from '../training-job/node.js';
import { HyperParameterTuningJob } from './node.js';
import { HyperParameterTrainingJobSummaryRef } from './training-job-summary.js';

builder.objectField(HyperParameterTuningJob, 'warmStartParents', (t) =>
  t.field({
    type: [HyperParameterTuningJob],
    nullable: { list: false, items: true },
    description:
      'The tuning jobs this one warm-starts from, in the order configured; null for a parent that no longer exists.',
    resolve: (job) =>
      (job.WarmStartConfig?.ParentHyperParameterTuningJobs ?? []).flatMap((parent) =>
        parent.HyperParameterTuningJobName === undefined
          ? []
          : [parent.HyperParameterTuningJobName],
      ),
  }),
);

builder.objectField(HyperParameterTrainingJobSummaryRef, 'trainingJob', (t) =>
  t.field({
    type: TrainingJob,
    nullable: true,
    description: 'The training job itself, or null when it no longer exists.',
    resolve: (summary) => summary.TrainingJobArn ?? null,
  }),
);

builder.objectField(TrainingJob, 'tuningJob', (t) =>
  t.field({
    type: HyperParameterTuningJob,
    nullable: true,
    description:
      'The hyperparameter tuning job that launched this training job (tuningJobArn), or null when none did.',
    resolve: (job) => job.TuningJobArn ?? null,
  }),
);
