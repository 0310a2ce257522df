import type {
  AdditionalInferenceSpecificationDefinition,
  AdditionalModelDataSource,
  AdditionalS3DataSource,
  BaseModel,
  InferenceSpecification,
  ModelDataSource,
  ModelPackageContainerDefinition,
  S3ModelDataSource,
} from '@aws-sdk/client-sagemaker';
import { builder } from '../builder.js';
import { KeyValuePairRef, keyValuePairs, listMember, present } from '../common.js';

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
      compressionType: t.exposeString('CompressionType', {
        nullable: true,
        description: 'How the data is compressed: None or Gzip.',
      }),
      eTag: t.exposeString('ETag', {
        nullable: true,
        description: 'The ETag of the S3 object.',
      }),
    }),
  });

const S3ModelDataSourceRef = builder.objectRef<S3ModelDataSource>('S3ModelDataSource').implement({
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
    manifestS3Uri: t.exposeString('ManifestS3Uri', {
      nullable: true,
      description: 'The S3 URI of the manifest file (a CSV listing the artifact locations).',
    }),
    eTag: t.exposeString('ETag', {
      nullable: true,
      description: 'The ETag of the S3 URI.',
    }),
    manifestEtag: t.exposeString('ManifestEtag', {
      nullable: true,
      description: 'The ETag of the manifest S3 URI.',
    }),
  }),
});

export const ModelDataSourceRef = builder.objectRef<ModelDataSource>('ModelDataSource').implement({
  description: 'Where the model data to deploy comes from.',
  fields: (t) => ({
    s3DataSource: t.expose('S3DataSource', {
      type: S3ModelDataSourceRef,
      nullable: true,
      description: 'The S3 location of the model data.',
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

const BaseModelRef = builder.objectRef<BaseModel>('BaseModel').implement({
  description: 'The foundation model a customised model started from.',
  fields: (t) => ({
    hubContentName: t.exposeString('HubContentName', {
      nullable: true,
      description: 'The name of the hub content of the foundation model.',
    }),
    hubContentVersion: t.exposeString('HubContentVersion', {
      nullable: true,
      description: 'The version of the hub content.',
    }),
    recipeName: t.exposeString('RecipeName', {
      nullable: true,
      description: 'The name of the recipe used to customise the model.',
    }),
  }),
});

const ModelPackageContainerDefinitionRef = builder
  .objectRef<ModelPackageContainerDefinition>('ModelPackageContainerDefinition')
  .implement({
    description: 'A Docker container of a model package or algorithm that serves inferences.',
    fields: (t) => ({
      containerHostname: t.exposeString('ContainerHostname', {
        nullable: true,
        description: 'The DNS host name of the container.',
      }),
      image: t.exposeString('Image', {
        nullable: true,
        description:
          'The ECR path of the inference image (registry/repository[:tag] or [@digest]).',
      }),
      imageDigest: t.exposeString('ImageDigest', {
        nullable: true,
        description: 'The digest that identifies the inference image.',
      }),
      modelDataUrl: t.exposeString('ModelDataUrl', {
        nullable: true,
        description:
          'The S3 path of the model artifacts (a single .tar.gz) that training produced, if any.',
      }),
      modelDataSource: t.expose('ModelDataSource', {
        type: ModelDataSourceRef,
        nullable: true,
        description: 'Where the model data to deploy comes from, when not from modelDataUrl.',
      }),
      productId: t.exposeString('ProductId', {
        nullable: true,
        description: 'The AWS Marketplace product ID of the model package.',
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
      framework: t.exposeString('Framework', {
        nullable: true,
        description: 'The machine learning framework of the container image.',
      }),
      frameworkVersion: t.exposeString('FrameworkVersion', {
        nullable: true,
        description: 'The framework version of the container image.',
      }),
      nearestModelName: t.exposeString('NearestModelName', {
        nullable: true,
        description:
          'The name of the Inference Recommender benchmarked pre-trained model closest to this one.',
      }),
      additionalModelDataSources: t.field({
        nullable: false,
        type: [AdditionalModelDataSourceRef],
        description: 'Model data available to the container besides modelDataSource.',
        resolve: listMember('AdditionalModelDataSources'),
      }),
      additionalS3DataSource: t.expose('AdditionalS3DataSource', {
        type: AdditionalS3DataSourceRef,
        nullable: true,
        description: 'An additional S3 data source used during inference.',
      }),
      modelDataETag: t.exposeString('ModelDataETag', {
        nullable: true,
        description: 'The ETag of the model data URL.',
      }),
      isCheckpoint: t.exposeBoolean('IsCheckpoint', {
        nullable: true,
        description: 'Whether the model data is a training checkpoint.',
      }),
      baseModel: t.expose('BaseModel', {
        type: BaseModelRef,
        nullable: true,
        description: 'The foundation model this model was customised from, if any.',
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
        resolve: listMember('Containers'),
      }),
      supportedTransformInstanceTypes: t.stringList({
        nullable: false,
        description: 'The instance types a batch transform job can run on.',
        resolve: listMember('SupportedTransformInstanceTypes'),
      }),
      supportedRealtimeInferenceInstanceTypes: t.stringList({
        nullable: false,
        description: 'The instance types that real-time endpoints can be deployed on.',
        resolve: listMember('SupportedRealtimeInferenceInstanceTypes'),
      }),
      supportedContentTypes: t.stringList({
        nullable: false,
        description: 'The MIME types of the input data.',
        resolve: listMember('SupportedContentTypes'),
      }),
      supportedResponseMIMETypes: t.stringList({
        nullable: false,
        description: 'The MIME types of the output data.',
        resolve: listMember('SupportedResponseMIMETypes'),
      }),
    }),
  });

export const AdditionalInferenceSpecificationRef = builder
  .objectRef<AdditionalInferenceSpecificationDefinition>('AdditionalInferenceSpecification')
  .implement({
    description: 'A further way to run inference with a model package, besides its main one.',
    fields: (t) => ({
      name: t.string({
        description: 'The name of the specification, unique within the model package.',
        resolve: (spec) => present(spec.Name, 'AdditionalInferenceSpecification.Name'),
      }),
      description: t.exposeString('Description', {
        nullable: true,
        description: 'A description of the specification.',
      }),
      containers: t.field({
        type: [ModelPackageContainerDefinitionRef],
        description: 'The containers that serve inferences.',
        resolve: listMember('Containers'),
      }),
      supportedTransformInstanceTypes: t.stringList({
        description: 'The instance types a batch transform job can run on.',
        resolve: listMember('SupportedTransformInstanceTypes'),
      }),
      supportedRealtimeInferenceInstanceTypes: t.stringList({
        description: 'The instance types that real-time endpoints can be deployed on.',
        resolve: listMember('SupportedRealtimeInferenceInstanceTypes'),
      }),
      supportedContentTypes: t.stringList({
        description: 'The MIME types of the input data.',
        resolve: listMember('SupportedContentTypes'),
      }),
      supportedResponseMIMETypes: t.stringList({
        description: 'The MIME types of the output data.',
        resolve: listMember('SupportedResponseMIMETypes'),
      }),
    }),
  });
