import type { AlgorithmSpecification, TrainingImageConfig } from '@aws-sdk/client-sagemaker';
import { builder } from '../builder.js';
import { listMember, present } from '../common.js';
import { MetricDefinitionRef } from './config.js';

const TrainingImageConfigRef = builder
  .objectRef<TrainingImageConfig>('TrainingImageConfig')
  .implement({
    description:
      'Where the training image comes from: an ECR repository or a private registry in a VPC.',
    fields: (t) => ({
      trainingRepositoryAccessMode: t.string({
        nullable: false,
        description: 'Platform (ECR) or Vpc (a private Docker registry in the VPC).',
        resolve: (config) =>
          present(
            config.TrainingRepositoryAccessMode,
            'TrainingImageConfig.TrainingRepositoryAccessMode',
          ),
      }),
      trainingRepositoryCredentialsProviderArn: t.string({
        nullable: true,
        description:
          'The ARN of the Lambda function that provides credentials for the private registry, if any.',
        resolve: (config) =>
          config.TrainingRepositoryAuthConfig?.TrainingRepositoryCredentialsProviderArn ?? null,
      }),
    }),
  });

export const AlgorithmSpecificationRef = builder
  .objectRef<AlgorithmSpecification>('AlgorithmSpecification')
  .implement({
    description: 'The algorithm used for training, and its metadata.',
    fields: (t) => ({
      trainingImage: t.exposeString('TrainingImage', {
        nullable: true,
        description:
          'The registry path of the Docker image with the training algorithm; set when no algorithmName is.',
      }),
      algorithmName: t.exposeString('AlgorithmName', {
        nullable: true,
        description:
          'The name of the algorithm resource used (own or from AWS Marketplace); set when no trainingImage is.',
      }),
      trainingInputMode: t.string({
        nullable: false,
        description:
          'How the algorithm reads its data: File (downloaded to the ML storage volume), Pipe (streamed from S3) or FastFile (streamed with file system access).',
        resolve: (spec) =>
          present(spec.TrainingInputMode, 'AlgorithmSpecification.TrainingInputMode'),
      }),
      metricDefinitions: t.field({
        nullable: false,
        type: [MetricDefinitionRef],
        description: 'The metrics the algorithm emits and how SageMaker parses them from its logs.',
        resolve: listMember('MetricDefinitions'),
      }),
      enableSageMakerMetricsTimeSeries: t.exposeBoolean('EnableSageMakerMetricsTimeSeries', {
        nullable: true,
        description: 'Whether time-series metrics are generated and saved during training.',
      }),
      containerEntrypoint: t.stringList({
        nullable: false,
        description:
          'The entrypoint script of the training container, overriding its default train instruction.',
        resolve: listMember('ContainerEntrypoint'),
      }),
      containerArguments: t.stringList({
        nullable: false,
        description: 'The arguments passed to the training container.',
        resolve: listMember('ContainerArguments'),
      }),
      trainingImageConfig: t.expose('TrainingImageConfig', {
        type: TrainingImageConfigRef,
        nullable: true,
        description: 'Where the training image is pulled from, when it is not the default ECR.',
      }),
    }),
  });
