import {
  DescribeModelPackageCommand,
  DescribeModelPackageGroupCommand,
  type ModelPackage,
  type ModelPackageGroup,
  type SageMakerClient,
} from '@aws-sdk/client-sagemaker';
import type { KeyGuard } from './batch/guard.js';
import {
  type BatchResult,
  type SearchKeySpec,
  searchByKeys,
  searchGroupedBy,
  withTags,
} from './batch/search.js';
import type { WarnLogger } from './logger.js';
import { MODEL_PACKAGE_ARN_NAME, RESOURCE_NAME } from './names.js';

async function describeModelPackage(client: SageMakerClient, nameOrArn: string) {
  const { $metadata: _, ...pkg } = await client.send(
    new DescribeModelPackageCommand({ ModelPackageName: nameOrArn }),
  );
  return pkg;
}

export const MODEL_PACKAGE_SPEC: SearchKeySpec<ModelPackage> = {
  resource: 'ModelPackage',
  nameProperty: 'ModelPackageName',
  arnProperty: 'ModelPackageArn',
  arnType: 'model-package',
  namePattern: RESOURCE_NAME,
  arnNamePattern: MODEL_PACKAGE_ARN_NAME,
  pick: (record) => record.ModelPackage,
  // Versions share their group's name; a name key means the unversioned package of that name.
  answersName: (pkg) => pkg.ModelPackageVersion === undefined,
  describeOperation: 'DescribeModelPackage',
  async describe(client, { raw }, logger) {
    const pkg = await describeModelPackage(client, raw);
    return withTags(client, pkg, pkg.ModelPackageArn, logger);
  },
};

/**
 * Batch function for model packages by ARN (or an unversioned package's name), with Tags: key
 * order, null for missing, an Error per failing key. One Search per 100 keys, Describe for keys
 * Search did not return.
 */
export function loadModelPackages(
  client: SageMakerClient,
  keys: readonly string[],
  logger?: WarnLogger,
  guard?: KeyGuard,
): Promise<BatchResult<ModelPackage>[]> {
  return searchByKeys(client, MODEL_PACKAGE_SPEC, keys, logger, guard);
}

/**
 * Batch function: per artifact URL, the model packages with a container whose ModelDataUrl is that
 * URL (the link from a training job's ModelArtifacts.S3ModelArtifacts). One Search per 100 URLs.
 */
export function loadModelPackagesByModelDataUrl(
  client: SageMakerClient,
  urls: readonly string[],
  logger?: WarnLogger,
  guard?: KeyGuard,
): Promise<(ModelPackage[] | Error)[]> {
  return searchGroupedBy(
    client,
    {
      resource: 'ModelPackage',
      property: 'InferenceSpecification.Containers.ModelDataUrl',
      pick: (record) => record.ModelPackage,
      valuesOf: (pkg) =>
        (pkg.InferenceSpecification?.Containers ?? []).map((container) => container.ModelDataUrl),
    },
    urls,
    logger,
    guard,
  );
}

export const MODEL_PACKAGE_GROUP_SPEC: SearchKeySpec<ModelPackageGroup> = {
  resource: 'ModelPackageGroup',
  nameProperty: 'ModelPackageGroupName',
  arnProperty: 'ModelPackageGroupArn',
  arnType: 'model-package-group',
  namePattern: RESOURCE_NAME,
  pick: (record) => record.ModelPackageGroup,
  describeOperation: 'DescribeModelPackageGroup',
  async describe(client, { name }, logger) {
    const { $metadata: _, ...group } = await client.send(
      new DescribeModelPackageGroupCommand({ ModelPackageGroupName: name }),
    );
    return withTags(client, group, group.ModelPackageGroupArn, logger);
  },
};

/**
 * Batch function for model package groups by name or ARN (key order, null for missing, an Error
 * per failing key): one Search per 100 keys, Describe for keys Search did not return.
 */
export function loadModelPackageGroups(
  client: SageMakerClient,
  keys: readonly string[],
  logger?: WarnLogger,
  guard?: KeyGuard,
): Promise<BatchResult<ModelPackageGroup>[]> {
  return searchByKeys(client, MODEL_PACKAGE_GROUP_SPEC, keys, logger, guard);
}
