import type { MetadataProperties, SourceAlgorithm, UserContext } from '@aws-sdk/client-sagemaker';
import { builder } from '../builder.js';
import { present } from '../common.js';
import { ModelDataSourceRef } from './inference-specification.js';

export const UserContextRef = builder.objectRef<UserContext>('UserContext').implement({
  description: 'Who created or last modified a resource: a Studio user profile or an IAM identity.',
  fields: (t) => ({
    userProfileArn: t.exposeString('UserProfileArn', {
      nullable: true,
      description: 'The ARN of the Studio user profile.',
    }),
    userProfileName: t.exposeString('UserProfileName', {
      nullable: true,
      description: 'The name of the Studio user profile.',
    }),
    domainId: t.exposeString('DomainId', {
      nullable: true,
      description: 'The Studio domain of the user.',
    }),
    iamIdentityArn: t.string({
      nullable: true,
      description: 'The ARN of the IAM identity (user or assumed role) that made the change.',
      resolve: (user) => user.IamIdentity?.Arn ?? null,
    }),
    iamPrincipalId: t.string({
      nullable: true,
      description: 'The ID of the IAM principal that made the change.',
      resolve: (user) => user.IamIdentity?.PrincipalId ?? null,
    }),
    iamSourceIdentity: t.string({
      nullable: true,
      description: 'The source identity the IAM principal passed when assuming its role.',
      resolve: (user) => user.IamIdentity?.SourceIdentity ?? null,
    }),
  }),
});

export const MetadataPropertiesRef = builder
  .objectRef<MetadataProperties>('MetadataProperties')
  .implement({
    description: 'Where a model package came from: source repository, commit, project, producer.',
    fields: (t) => ({
      commitId: t.exposeString('CommitId', {
        nullable: true,
        description: 'The commit ID of the source.',
      }),
      repository: t.exposeString('Repository', {
        nullable: true,
        description: 'The source repository.',
      }),
      generatedBy: t.exposeString('GeneratedBy', {
        nullable: true,
        description: 'The entity (e.g. a training job ARN) that generated the model package.',
      }),
      projectId: t.exposeString('ProjectId', {
        nullable: true,
        description: 'The SageMaker project ID.',
      }),
    }),
  });

export const SourceAlgorithmRef = builder.objectRef<SourceAlgorithm>('SourceAlgorithm').implement({
  description:
    'An algorithm (of this account, or subscribed to in AWS Marketplace) used to create a model package.',
  fields: (t) => ({
    algorithmName: t.string({
      description: 'The name (or ARN) of the algorithm.',
      resolve: (source) => present(source.AlgorithmName, 'SourceAlgorithm.AlgorithmName'),
    }),
    modelDataUrl: t.exposeString('ModelDataUrl', {
      nullable: true,
      description: 'The S3 path of the model artifacts (a single .tar.gz) the algorithm produced.',
    }),
    modelDataSource: t.expose('ModelDataSource', {
      type: ModelDataSourceRef,
      nullable: true,
      description: 'Where the model data comes from, when not from modelDataUrl.',
    }),
    modelDataETag: t.exposeString('ModelDataETag', {
      nullable: true,
      description: 'The ETag of the model data.',
    }),
  }),
});
