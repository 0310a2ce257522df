import type { DataSource, FileSystemDataSource, S3DataSource } from '@aws-sdk/client-sagemaker';
import { builder } from '../builder.js';
import { listMember, present } from '../common.js';

const S3DataSourceRef = builder.objectRef<S3DataSource>('S3DataSource').implement({
  description: 'The S3 location of the data of a channel.',
  fields: (t) => ({
    s3DataType: t.string({
      nullable: false,
      description:
        'S3Prefix (s3Uri is a key name prefix), ManifestFile (a manifest listing object keys) or AugmentedManifestFile (a JSON lines file with the data).',
      resolve: (source) => present(source.S3DataType, 'S3DataSource.S3DataType'),
    }),
    s3Uri: t.string({
      nullable: false,
      description:
        'The key name prefix or manifest, depending on s3DataType, e.g. s3://bucket/prefix.',
      resolve: (source) => present(source.S3Uri, 'S3DataSource.S3Uri'),
    }),
    s3DataDistributionType: t.exposeString('S3DataDistributionType', {
      nullable: true,
      description:
        'FullyReplicated (every instance gets the whole data set) or ShardedByS3Key (each of n instances gets about 1/n of the objects).',
    }),
    attributeNames: t.stringList({
      nullable: false,
      description: 'The attribute names to use from an augmented manifest file.',
      resolve: listMember('AttributeNames'),
    }),
    instanceGroupNames: t.stringList({
      nullable: false,
      description: 'The instance groups that get data from this source.',
      resolve: listMember('InstanceGroupNames'),
    }),
  }),
});

const FileSystemDataSourceRef = builder
  .objectRef<FileSystemDataSource>('FileSystemDataSource')
  .implement({
    description: 'A file system (EFS or FSx for Lustre) that a channel reads from.',
    fields: (t) => ({
      fileSystemId: t.string({
        nullable: false,
        description: 'The file system ID.',
        resolve: (source) => present(source.FileSystemId, 'FileSystemDataSource.FileSystemId'),
      }),
      fileSystemAccessMode: t.string({
        nullable: false,
        description: 'How the directory is mounted: ro (read-only) or rw (read-write).',
        resolve: (source) =>
          present(source.FileSystemAccessMode, 'FileSystemDataSource.FileSystemAccessMode'),
      }),
      fileSystemType: t.string({
        nullable: false,
        description: 'The file system type: EFS or FSxLustre.',
        resolve: (source) => present(source.FileSystemType, 'FileSystemDataSource.FileSystemType'),
      }),
      directoryPath: t.string({
        nullable: false,
        description: 'The full path to the directory associated with the channel.',
        resolve: (source) => present(source.DirectoryPath, 'FileSystemDataSource.DirectoryPath'),
      }),
    }),
  });

export const DataSourceRef = builder.objectRef<DataSource>('DataSource').implement({
  description: 'The location of the data of a channel: S3 or a file system.',
  fields: (t) => ({
    s3DataSource: t.expose('S3DataSource', {
      type: S3DataSourceRef,
      nullable: true,
      description: 'The S3 location of the data, when it is in S3.',
    }),
    fileSystemDataSource: t.expose('FileSystemDataSource', {
      type: FileSystemDataSourceRef,
      nullable: true,
      description: 'The file system of the data, when it is on a file system.',
    }),
  }),
});
