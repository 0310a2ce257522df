import type {
  DeploymentRecommendation,
  ImageConfig,
  InferenceExecutionConfig,
  MultiModelConfig,
  RealTimeInferenceRecommendation,
} from '@aws-sdk/client-sagemaker';
import { builder } from '../builder.js';
import { KeyValuePairRef, keyValuePairs, listMember, present } from '../common.js';

export const ImageConfigRef = builder.objectRef<ImageConfig>('ImageConfig').implement({
  description: 'Where a model container image comes from: ECR or a private registry in a VPC.',
  fields: (t) => ({
    repositoryAccessMode: t.string({
      nullable: false,
      description: 'Platform (ECR) or Vpc (a private Docker registry in the VPC).',
      resolve: (config) => present(config.RepositoryAccessMode, 'ImageConfig.RepositoryAccessMode'),
    }),
    repositoryCredentialsProviderArn: t.string({
      nullable: true,
      description:
        'The ARN of the Lambda function that provides credentials for the private registry, if any.',
      resolve: (config) => config.RepositoryAuthConfig?.RepositoryCredentialsProviderArn ?? null,
    }),
  }),
});

export const MultiModelConfigRef = builder
  .objectRef<MultiModelConfig>('MultiModelConfig')
  .implement({
    description: 'Settings of a container that hosts multiple models.',
    fields: (t) => ({
      modelCacheSetting: t.exposeString('ModelCacheSetting', {
        nullable: true,
        description: 'Enabled (the default: models are cached in memory) or Disabled.',
      }),
    }),
  });

const RealTimeInferenceRecommendationRef = builder
  .objectRef<RealTimeInferenceRecommendation>('RealTimeInferenceRecommendation')
  .implement({
    description: 'A recommended instance type (and environment) for real-time inference.',
    fields: (t) => ({
      recommendationId: t.string({
        nullable: false,
        description: 'The ID of the recommendation.',
        resolve: (item) =>
          present(item.RecommendationId, 'RealTimeInferenceRecommendation.RecommendationId'),
      }),
      instanceType: t.string({
        nullable: false,
        description: 'The recommended instance type, e.g. ml.c5.xlarge.',
        resolve: (item) =>
          present(item.InstanceType, 'RealTimeInferenceRecommendation.InstanceType'),
      }),
      environment: t.field({
        nullable: false,
        type: [KeyValuePairRef],
        description: 'The recommended container environment variables, sorted by name.',
        resolve: (item) => keyValuePairs(item.Environment),
      }),
    }),
  });

export const DeploymentRecommendationRef = builder
  .objectRef<DeploymentRecommendation>('DeploymentRecommendation')
  .implement({
    description: 'The deployment configurations SageMaker recommends for a model.',
    fields: (t) => ({
      recommendationStatus: t.string({
        nullable: false,
        description: 'IN_PROGRESS, COMPLETED, FAILED or NOT_APPLICABLE.',
        resolve: (item) =>
          present(item.RecommendationStatus, 'DeploymentRecommendation.RecommendationStatus'),
      }),
      realTimeInferenceRecommendations: t.field({
        nullable: false,
        type: [RealTimeInferenceRecommendationRef],
        description: 'The recommended real-time inference configurations.',
        resolve: listMember('RealTimeInferenceRecommendations'),
      }),
    }),
  });

export const InferenceExecutionConfigRef = builder
  .objectRef<InferenceExecutionConfig>('InferenceExecutionConfig')
  .implement({
    description: 'How the containers of a multi-container model are called.',
    fields: (t) => ({
      mode: t.string({
        nullable: false,
        description:
          'Serial (the containers form a pipeline) or Direct (each is invoked on its own).',
        resolve: (config) => present(config.Mode, 'InferenceExecutionConfig.Mode'),
      }),
    }),
  });
