import {
  BatchDescribeModelPackageCommand,
  DescribeModelPackageCommand,
  DescribeModelPackageGroupCommand,
  type ModelPackage,
  type ModelPackageGroup,
  type SageMakerClient,
} from '@aws-sdk/client-sagemaker';
import { parseArn } from './arn.js';
import { mapLimited } from './batch/limiter.js';
import {
  type BatchResult,
  chunk,
  DESCRIBE_CONCURRENCY,
  listTags,
  type SearchKeySpec,
  searchByKeys,
  searchGroupedBy,
  settle,
} from './batch/search.js';
import { SageMakerCallError } from './errors.js';
import type { WarnLogger } from './logger.js';
import { MODEL_PACKAGE_ARN_NAME, RESOURCE_NAME } from './names.js';

/** BatchDescribeModelPackage takes 1..100 ARNs. */
export const MAX_DESCRIBE_BATCH = 100;

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
  async describe(client, { raw }) {
    const pkg = await describeModelPackage(client, raw);
    const arn = pkg.ModelPackageArn;
    return { ...pkg, Tags: arn === undefined ? [] : await listTags(client, arn) };
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
): Promise<BatchResult<ModelPackage>[]> {
  return searchByKeys(client, MODEL_PACKAGE_SPEC, keys, logger);
}

const NOT_FOUND = /not found|could not find|does not exist/i;

const isModelPackageArn = (key: string): boolean => {
  const arn = parseArn(key);
  return arn?.resourceType === 'model-package' && MODEL_PACKAGE_ARN_NAME.test(arn.resourceName);
};

/**
 * Batch function for model package summaries (BatchDescribeModelPackage's members: group,
 * version, ARN, description, creation time, inference specification, statuses; no tags): ARNs in
 * chunks of 100 with the per-ARN error map, names (unversioned packages) through Describe. Key
 * order, null for missing, an Error per failing key.
 */
export async function loadModelPackageSummaries(
  client: SageMakerClient,
  keys: readonly string[],
  logger?: WarnLogger,
): Promise<BatchResult<ModelPackage>[]> {
  // A malformed ARN would fail its whole chunk; it cannot name a package, so it loads as null.
  const arns = [...new Set(keys.filter(isModelPackageArn))];
  const names = [...new Set(keys.filter((key) => !key.startsWith('arn:')))].filter((key) =>
    RESOURCE_NAME.test(key),
  );
  const found = new Map<string, BatchResult<ModelPackage>>();
  await Promise.all(
    chunk(arns, MAX_DESCRIBE_BATCH).map(async (batch) => {
      const output = await settle('BatchDescribeModelPackage', logger, () =>
        client.send(new BatchDescribeModelPackageCommand({ ModelPackageArnList: batch })),
      );
      if (output === null || output instanceof Error) {
        for (const arn of batch) found.set(arn, output);
        return;
      }
      for (const [arn, summary] of Object.entries(output.ModelPackageSummaries ?? {})) {
        found.set(arn, { ...summary });
      }
      for (const [arn, error] of Object.entries(output.BatchDescribeModelPackageErrorMap ?? {})) {
        const failure = Object.assign(new Error(error.ErrorResponse ?? 'failed'), {
          name: error.ErrorCode ?? 'Error',
        });
        found.set(
          arn,
          NOT_FOUND.test(error.ErrorResponse ?? '')
            ? null
            : new SageMakerCallError('BatchDescribeModelPackage', failure),
        );
      }
    }),
  );
  const described = await mapLimited(names, DESCRIBE_CONCURRENCY, (name) =>
    settle('DescribeModelPackage', logger, () => describeModelPackage(client, name)),
  );
  for (const [at, name] of names.entries()) {
    const pkg = described[at];
    // A name that reaches a versioned package is not an unversioned package's name.
    found.set(
      name,
      pkg && !(pkg instanceof Error) && pkg.ModelPackageVersion !== undefined
        ? null
        : (pkg ?? null),
    );
  }
  return keys.map((key) => found.get(key) ?? null);
}

/**
 * Batch function: per group name, the group's model packages (all versions, with Tags), from
 * one Search per 100 groups, paged to the end.
 */
export function loadModelPackagesByGroup(
  client: SageMakerClient,
  groupNames: readonly string[],
  logger?: WarnLogger,
): Promise<(ModelPackage[] | Error)[]> {
  return searchGroupedBy(
    client,
    {
      resource: 'ModelPackage',
      property: 'ModelPackageGroupName',
      pick: (record) => record.ModelPackage,
      valuesOf: (pkg) => [pkg.ModelPackageGroupName],
    },
    groupNames,
    logger,
  );
}

/**
 * Batch function: per artifact URL, the model packages with a container whose ModelDataUrl is that
 * URL (the link from a training job's ModelArtifacts.S3ModelArtifacts). One Search per 100 URLs.
 */
export function loadModelPackagesByModelDataUrl(
  client: SageMakerClient,
  urls: readonly string[],
  logger?: WarnLogger,
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
  async describe(client, { name }) {
    const { $metadata: _, ...group } = await client.send(
      new DescribeModelPackageGroupCommand({ ModelPackageGroupName: name }),
    );
    const arn = group.ModelPackageGroupArn;
    return { ...group, Tags: arn === undefined ? [] : await listTags(client, arn) };
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
): Promise<BatchResult<ModelPackageGroup>[]> {
  return searchByKeys(client, MODEL_PACKAGE_GROUP_SPEC, keys, logger);
}
