import { TUNING_JOB_NAME } from '../../sagemaker/names.js';
import { builder } from '../builder.js';
import { entityResolver } from '../lookup.js';
import { HyperParameterTuningJob } from './node.js';

// A federation entity keyed by ARN or by name (unique per account and region); a supergraph's
// representations batch into the same loader as node and list lookups.
builder.asEntity(HyperParameterTuningJob, {
  key: [builder.selection<{ arn: string }>('arn'), builder.selection<{ name: string }>('name')],
  resolveReference: entityResolver({
    typename: 'HyperParameterTuningJob',
    resourceType: 'hyper-parameter-tuning-job',
    loader: (context) => HyperParameterTuningJob.getDataloader(context),
    name: { pattern: TUNING_JOB_NAME, what: 'a hyperparameter tuning job' },
  }),
});
