import { type Algorithm as AlgorithmRecord, loadAlgorithms } from '../../sagemaker/algorithm.js';
import { present, TagRef } from '../common.js';
import type { Context } from '../context.js';
import { describedLoader, loadWithinTenants } from '../describe-tenancy.js';
import { InferenceSpecificationRef } from '../model-registry/inference-specification.js';
import { resourceNode } from '../resource-node.js';
import { listedTags, tagsOf } from '../tags.js';
import { TrainingSpecificationRef } from './training-specification.js';
import { AlgorithmStatusDetailsRef, AlgorithmValidationSpecificationRef } from './validation.js';

/**
 * Algorithms have no Search and their Describe carries no tags. Reached from a training job or
 * a model package (the algorithm it trained or was built with) an algorithm takes that
 * resource's tenant, already checked: no call. Reached from a client's name or id it is checked
 * by its own tags: one ListTags beside its Describe.
 */
export const algorithmTenancy = {
  resource: 'algorithm',
  described: describedLoader(loadAlgorithms),
  tagsOf: (records: readonly AlgorithmRecord[], context: Context) =>
    listedTags(records, (algorithm) => algorithm.AlgorithmArn, context),
};

export const Algorithm = resourceNode<AlgorithmRecord>('Algorithm', {
  description: 'A SageMaker algorithm resource (own or from AWS Marketplace). Its id is its ARN.',
  noun: 'algorithm',
  arnMember: 'AlgorithmArn',
  nameMember: 'AlgorithmName',
  load: (keys, context) => loadWithinTenants(keys, context, algorithmTenancy),
  fields: (t) => ({
    algorithmDescription: t.exposeString('AlgorithmDescription', {
      nullable: true,
      description: 'A brief summary of the algorithm.',
    }),
    creationTime: t.field({
      nullable: false,
      type: 'DateTime',
      description: 'When the algorithm was created.',
      resolve: (algorithm) => present(algorithm.CreationTime, 'Algorithm.CreationTime'),
    }),
    trainingSpecification: t.field({
      nullable: false,
      type: TrainingSpecificationRef,
      description: 'How the algorithm trains.',
      resolve: (algorithm) =>
        present(algorithm.TrainingSpecification, 'Algorithm.TrainingSpecification'),
    }),
    inferenceSpecification: t.expose('InferenceSpecification', {
      type: InferenceSpecificationRef,
      nullable: true,
      description: 'How models trained by the algorithm serve inferences, if specified.',
    }),
    validationSpecification: t.expose('ValidationSpecification', {
      type: AlgorithmValidationSpecificationRef,
      nullable: true,
      description: 'The jobs SageMaker runs to validate the algorithm, if any.',
    }),
    algorithmStatus: t.string({
      nullable: false,
      description: 'Pending, InProgress, Completed, Failed or Deleting.',
      resolve: (algorithm) => present(algorithm.AlgorithmStatus, 'Algorithm.AlgorithmStatus'),
    }),
    algorithmStatusDetails: t.expose('AlgorithmStatusDetails', {
      type: AlgorithmStatusDetailsRef,
      nullable: true,
      description: 'The validation and image scan statuses of the algorithm.',
    }),
    productId: t.exposeString('ProductId', {
      nullable: true,
      description: 'The AWS Marketplace product ID of the algorithm, if listed.',
    }),
    certifyForMarketplace: t.exposeBoolean('CertifyForMarketplace', {
      nullable: true,
      description: 'Whether the algorithm is certified to be listed in AWS Marketplace.',
    }),
    tags: t.field({
      nullable: false,
      type: [TagRef],
      description:
        'The tags on the algorithm. DescribeAlgorithm omits them: costs one ListTags call per item, made only when selected.',
      resolve: (algorithm, _args, context) => tagsOf(algorithm.AlgorithmArn, context),
    }),
  }),
});
