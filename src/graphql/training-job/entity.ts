import { RESOURCE_NAME } from '../../sagemaker/names.js';
import { builder } from '../builder.js';
import { entityResolver } from '../lookup.js';
import { TrainingJob } from './node.js';

// A federation entity keyed by ARN or by name (unique per account and region); a supergraph's
// representations batch into the same loader as node and list lookups.
builder.asEntity(TrainingJob, {
  key: [builder.selection<{ arn: string }>('arn'), builder.selection<{ name: string }>('name')],
  resolveReference: entityResolver({
    typename: 'TrainingJob',
    resourceType: 'training-job',
    loader: (context) => TrainingJob.getDataloader(context),
    name: { pattern: RESOURCE_NAME, what: 'a training job' },
  }),
});
