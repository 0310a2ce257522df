import type {
  AdditionalModelDataSource,
  AdditionalS3DataSource,
  BaseModel,
  InferenceSpecification,
  ModelDataSource,
  ModelPackageContainerDefinition,
  S3ModelDataSource,
} from '@aws-sdk/client-sagemaker';
import { builder } from '../builder.js';
import { KeyValuePairRef, keyValuePairs, present } from '../common.js';

export const AdditionalS3DataSourceRef = builder
  .objectRef<AdditionalS3DataSource>('AdditionalS3DataSource')
  .implement({
    description: 'An additional S3 data source used during training or inference.',
    fields: (t) => ({
      s3DataType: t.string({
        nullable: false,
        description: 'The data type of the source: S3Object or S3Prefix.',
        resolve: (source) => present(source.S3DataType, 'AdditionalS3DataSource.S3DataType'),
      }),
      s3Uri: t.string({
        nullable: false,
        description: 'The S3 URI of the data source.',
        resolve: (source) => present(source.S3Uri, 'AdditionalS3DataSource.S3Uri'),
      }),
      compressionType: t.string({
        nullable: true,
        description: 'How the data is compressed: None or Gzip.',
        resolve: (source) => source.CompressionType ?? null,
      }),
      eTag: t.string({
        nullable: true,
        description: 'The ETag of the S3 object.',
        resolve: (source) => source.ETag ?? null,
      }),
    }),
  });

export const S3ModelDataSourceRef = builder
  .objectRef<S3ModelDataSource>('S3ModelDataSource')
  .implement({
    description: 'The S3 location of model data to deploy.',
    fields: (t) => ({
      s3Uri: t.string({
        nullable: false,
        description: 'The S3 path of the model data.',
        resolve: (source) => present(source.S3Uri, 'S3ModelDataSource.S3Uri'),
      }),
      s3DataType: t.string({
        nullable: false,
        description:
          'S3Prefix (s3Uri is a key name prefix of the uncompressed model files) or S3Object (one object).',
        resolve: (source) => present(source.S3DataType, 'S3ModelDataSource.S3DataType'),
      }),
      compressionType: t.string({
        nullable: false,
        description:
          'How the model data is prepared: None (deployed as is) or Gzip (a .tar.gz archive).',
        resolve: (source) => present(source.CompressionType, 'S3ModelDataSource.CompressionType'),
      }),
      acceptEula: t.boolean({
        nullable: true,
        description: 'Whether the end-user license agreement of the model was accepted.',
        resolve: (source) => source.ModelAccessConfig?.AcceptEula ?? null,
      }),
      hubContentArn: t.string({
        nullable: true,
        description: 'The ARN of the hub content the model data comes from, if any.',
        resolve: (source) => source.HubAccessConfig?.HubContentArn ?? null,
      }),
      manifestS3Uri: t.string({
        nullable: true,
        description: 'The S3 URI of the manifest file (a CSV listing the artifact locations).',
        resolve: (source) => source.ManifestS3Uri ?? null,
      }),
      eTag: t.string({
        nullable: true,
        description: 'The ETag of the S3 URI.',
        resolve: (source) => source.ETag ?? null,
      }),
      manifestEtag: t.string({
        nullable: true,
        description: 'The ETag of the manifest S3 URI.',
        resolve: (source) => source.ManifestEtag ?? null,
      }),
    }),
  });

export const ModelDataSourceRef = builder.objectRef<ModelDataSource>('ModelDataSource').implement({
  description: 'Where the model data to deploy comes from.',
  fields: (t) => ({
    s3DataSource: t.field({
      type: S3ModelDataSourceRef,
      nullable: true,
      description: 'The S3 location of the model data.',
      resolve: (source) => source.S3DataSource ?? null,
    }),
  }),
});

export const AdditionalModelDataSourceRef = builder
  .objectRef<AdditionalModelDataSource>('AdditionalModelDataSource')
  .implement({
    description: 'Model data available to the container besides its main model data.',
    fields: (t) => ({
      channelName: t.string({
        nullable: false,
        description: 'The name of this data source; the container finds it under this name.',
        resolve: (source) => present(source.ChannelName, 'AdditionalModelDataSource.ChannelName'),
      }),
      s3DataSource: t.field({
        nullable: false,
        type: S3ModelDataSourceRef,
        description: 'The S3 location of the data.',
        resolve: (source) => present(source.S3DataSource, 'AdditionalModelDataSource.S3DataSource'),
      }),
    }),
  });

export const BaseModelRef = builder.objectRef<BaseModel>('BaseModel').implement({
  description: 'The foundation model a customised model started from.',
  fields: (t) => ({
    hubContentName: t.string({
      nullable: true,
      description: 'The name of the hub content of the foundation model.',
      resolve: (model) => model.HubContentName ?? null,
    }),
    hubContentVersion: t.string({
      nullable: true,
      description: 'The version of the hub content.',
      resolve: (model) => model.HubContentVersion ?? null,
    }),
    recipeName: t.string({
      nullable: true,
      description: 'The name of the recipe used to customise the model.',
      resolve: (model) => model.RecipeName ?? null,
    }),
  }),
});

export const ModelPackageContainerDefinitionRef = builder
  .objectRef<ModelPackageContainerDefinition>('ModelPackageContainerDefinition')
  .implement({
    description: 'A Docker container of a model package or algorithm that serves inferences.',
    fields: (t) => ({
      containerHostname: t.string({
        nullable: true,
        description: 'The DNS host name of the container.',
        resolve: (container) => container.ContainerHostname ?? null,
      }),
      image: t.string({
        nullable: true,
        description:
          'The ECR path of the inference image (registry/repository[:tag] or [@digest]).',
        resolve: (container) => container.Image ?? null,
      }),
      imageDigest: t.string({
        nullable: true,
        description: 'The digest that identifies the inference image.',
        resolve: (container) => container.ImageDigest ?? null,
      }),
      modelDataUrl: t.string({
        nullable: true,
        description:
          'The S3 path of the model artifacts (a single .tar.gz) that training produced, if any.',
        resolve: (container) => container.ModelDataUrl ?? null,
      }),
      modelDataSource: t.field({
        type: ModelDataSourceRef,
        nullable: true,
        description: 'Where the model data to deploy comes from, when not from modelDataUrl.',
        resolve: (container) => container.ModelDataSource ?? null,
      }),
      productId: t.string({
        nullable: true,
        description: 'The AWS Marketplace product ID of the model package.',
        resolve: (container) => container.ProductId ?? null,
      }),
      environment: t.field({
        nullable: false,
        type: [KeyValuePairRef],
        description: 'The environment variables of the container, sorted by name.',
        resolve: (container) => keyValuePairs(container.Environment),
      }),
      modelInputDataInputConfig: t.string({
        nullable: true,
        description: 'The input configuration of the model (the data shape the model expects).',
        resolve: (container) => container.ModelInput?.DataInputConfig ?? null,
      }),
      framework: t.string({
        nullable: true,
        description: 'The machine learning framework of the container image.',
        resolve: (container) => container.Framework ?? null,
      }),
      frameworkVersion: t.string({
        nullable: true,
        description: 'The framework version of the container image.',
        resolve: (container) => container.FrameworkVersion ?? null,
      }),
      nearestModelName: t.string({
        nullable: true,
        description:
          'The name of the Inference Recommender benchmarked pre-trained model closest to this one.',
        resolve: (container) => container.NearestModelName ?? null,
      }),
      additionalModelDataSources: t.field({
        nullable: false,
        type: [AdditionalModelDataSourceRef],
        description: 'Model data available to the container besides modelDataSource.',
        resolve: (container) => container.AdditionalModelDataSources ?? [],
      }),
      additionalS3DataSource: t.field({
        type: AdditionalS3DataSourceRef,
        nullable: true,
        description: 'An additional S3 data source used during inference.',
        resolve: (container) => container.AdditionalS3DataSource ?? null,
      }),
      modelDataETag: t.string({
        nullable: true,
        description: 'The ETag of the model data URL.',
        resolve: (container) => container.ModelDataETag ?? null,
      }),
      isCheckpoint: t.boolean({
        nullable: true,
        description: 'Whether the model data is a training checkpoint.',
        resolve: (container) => container.IsCheckpoint ?? null,
      }),
      baseModel: t.field({
        type: BaseModelRef,
        nullable: true,
        description: 'The foundation model this model was customised from, if any.',
        resolve: (container) => container.BaseModel ?? null,
      }),
    }),
  });

export const InferenceSpecificationRef = builder
  .objectRef<InferenceSpecification>('InferenceSpecification')
  .implement({
    description:
      'How a model package or algorithm serves inferences: containers and instance types.',
    fields: (t) => ({
      containers: t.field({
        nullable: false,
        type: [ModelPackageContainerDefinitionRef],
        description: 'The containers that serve inferences.',
        resolve: (spec) => spec.Containers ?? [],
      }),
      supportedTransformInstanceTypes: t.stringList({
        nullable: false,
        description: 'The instance types a batch transform job can run on.',
        resolve: (spec) => spec.SupportedTransformInstanceTypes ?? [],
      }),
      supportedRealtimeInferenceInstanceTypes: t.stringList({
        nullable: false,
        description: 'The instance types that real-time endpoints can be deployed on.',
        resolve: (spec) => spec.SupportedRealtimeInferenceInstanceTypes ?? [],
      }),
      supportedContentTypes: t.stringList({
        nullable: false,
        description: 'The MIME types of the input data.',
        resolve: (spec) => spec.SupportedContentTypes ?? [],
      }),
      supportedResponseMIMETypes: t.stringList({
        nullable: false,
        description: 'The MIME types of the output data.',
        resolve: (spec) => spec.SupportedResponseMIMETypes ?? [],
      }),
    }),
  });
