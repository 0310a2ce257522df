import type {
  TransformInput,
  TransformJobDefinition,
  TransformOutput,
  TransformResources,
} from '@aws-sdk/client-sagemaker';
import { builder } from './builder.js';
import { KeyValuePairRef, keyValuePairs, present } from './common.js';

const TransformInputRef = builder.objectRef<TransformInput>('TransformInput').implement({
  description: 'The input of a batch transform job and how the job consumes it.',
  fields: (t) => ({
    s3DataType: t.string({
      description:
        'S3Prefix (s3Uri is a key name prefix) or ManifestFile (s3Uri is a manifest listing the objects).',
      resolve: (input) =>
        present(input.DataSource?.S3DataSource?.S3DataType, 'TransformInput.S3DataType'),
    }),
    s3Uri: t.string({
      description: 'The S3 key name prefix or manifest of the input data.',
      resolve: (input) => present(input.DataSource?.S3DataSource?.S3Uri, 'TransformInput.S3Uri'),
    }),
    contentType: t.exposeString('ContentType', {
      nullable: true,
      description: 'The MIME type of the input data.',
    }),
    compressionType: t.exposeString('CompressionType', {
      nullable: true,
      description: 'How the input data is compressed (None or Gzip); SageMaker decompresses it.',
    }),
    splitType: t.exposeString('SplitType', {
      nullable: true,
      description:
        'How the input files are split into mini-batches: None, Line, RecordIO or TFRecord.',
    }),
  }),
});

const TransformOutputRef = builder.objectRef<TransformOutput>('TransformOutput').implement({
  description: 'Where a batch transform job writes its results.',
  fields: (t) => ({
    s3OutputPath: t.string({
      description: 'The S3 path the results are written under (one .out object per input).',
      resolve: (output) => present(output.S3OutputPath, 'TransformOutput.S3OutputPath'),
    }),
    accept: t.exposeString('Accept', {
      nullable: true,
      description: 'The MIME type of the output data.',
    }),
    assembleWith: t.exposeString('AssembleWith', {
      nullable: true,
      description: 'How results are joined into one object: None (binary) or Line (newlines).',
    }),
    kmsKeyId: t.exposeString('KmsKeyId', {
      nullable: true,
      description: 'The KMS key that encrypts the results at rest in S3.',
    }),
  }),
});

const TransformResourcesRef = builder
  .objectRef<TransformResources>('TransformResources')
  .implement({
    description: 'The ML compute instances of a batch transform job.',
    fields: (t) => ({
      instanceType: t.string({
        description: 'The instance type, e.g. ml.m5.xlarge.',
        resolve: (resources) => present(resources.InstanceType, 'TransformResources.InstanceType'),
      }),
      instanceCount: t.field({
        type: 'NonNegativeInt',
        description: 'The number of instances (1 to 100).',
        resolve: (resources) =>
          present(resources.InstanceCount, 'TransformResources.InstanceCount'),
      }),
      volumeKmsKeyId: t.exposeString('VolumeKmsKeyId', {
        nullable: true,
        description: 'The KMS key that encrypts the storage volumes of the instances.',
      }),
      transformAmiVersion: t.exposeString('TransformAmiVersion', {
        nullable: true,
        description: 'The AMI version of the instances, e.g. al2-ami-sagemaker-batch-gpu-535.',
      }),
    }),
  });

export const TransformJobDefinitionRef = builder
  .objectRef<TransformJobDefinition>('TransformJobDefinition')
  .implement({
    description: 'A batch transform job as SageMaker runs it to validate a model or algorithm.',
    fields: (t) => ({
      maxConcurrentTransforms: t.expose('MaxConcurrentTransforms', {
        type: 'NonNegativeInt',
        nullable: true,
        description: 'The most parallel requests sent to each instance (default 1).',
      }),
      maxPayloadInMB: t.expose('MaxPayloadInMB', {
        type: 'NonNegativeInt',
        nullable: true,
        description: 'The largest payload (the data of one record, without metadata) in MB.',
      }),
      batchStrategy: t.exposeString('BatchStrategy', {
        nullable: true,
        description:
          'Records per mini-batch: SingleRecord, or MultiRecord (as many as fit in maxPayloadInMB).',
      }),
      environment: t.field({
        type: [KeyValuePairRef],
        description: 'The environment variables of the container, sorted by name.',
        resolve: (definition) => keyValuePairs(definition.Environment),
      }),
      transformInput: t.field({
        type: TransformInputRef,
        description: 'The input data of the job.',
        resolve: (definition) =>
          present(definition.TransformInput, 'TransformJobDefinition.TransformInput'),
      }),
      transformOutput: t.field({
        type: TransformOutputRef,
        description: 'Where the job writes its results.',
        resolve: (definition) =>
          present(definition.TransformOutput, 'TransformJobDefinition.TransformOutput'),
      }),
      transformResources: t.field({
        type: TransformResourcesRef,
        description: 'The instances the job runs on.',
        resolve: (definition) =>
          present(definition.TransformResources, 'TransformJobDefinition.TransformResources'),
      }),
    }),
  });
