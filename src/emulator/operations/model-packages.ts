import type {
  BatchDescribeModelPackageError,
  BatchDescribeModelPackageSummary,
  ModelPackage,
  ModelPackageGroup,
  ModelPackageGroupSummary,
  ModelPackageSummary,
} from '@aws-sdk/client-sagemaker';
import { listPage, timeKey } from '../list.js';
import {
  optionalEnum,
  optionalList,
  optionalObject,
  optionalString,
  type Request,
  requiredString,
  resourceName,
} from '../request-members.js';
import { resourceInUse, validationError } from '../service-errors.js';
import {
  copy,
  type Operation,
  type OperationContext,
  visibleFrom,
  withoutTags,
} from './context.js';

const APPROVAL_STATUSES = ['Approved', 'Rejected', 'PendingManualApproval'] as const;

const packageNotFound = (nameOrArn: string) =>
  validationError(`ModelPackage ${nameOrArn} does not exist.`);

const groupNotFound = (name: string) =>
  validationError(`ModelPackageGroup ${name} does not exist.`);

/** A model package by ARN, or an unversioned one by name. */
export const findModelPackage = (
  context: OperationContext,
  nameOrArn: string,
): ModelPackage | undefined => {
  if (nameOrArn.startsWith('arn:')) return context.store.get('ModelPackage', nameOrArn);
  return context.store
    .byIndex('ModelPackage', 'ModelPackageName', nameOrArn)
    .find((pkg) => pkg.ModelPackageVersion === undefined);
};

/** A group by name or ARN. */
const findGroup = (context: OperationContext, nameOrArn: string): ModelPackageGroup | undefined => {
  if (!nameOrArn.startsWith('arn:')) return context.store.get('ModelPackageGroup', nameOrArn);
  const found = context.store.findByArn(nameOrArn);
  return found?.kind === 'ModelPackageGroup' ? (found.record as ModelPackageGroup) : undefined;
};

const describeModelPackage: Operation = (request, context) => {
  const name = requiredString(request, 'ModelPackageName');
  const pkg = findModelPackage(context, name);
  if (!pkg) throw packageNotFound(name);
  return withoutTags(pkg);
};

const packageSummary = (pkg: ModelPackage): ModelPackageSummary => ({
  ModelPackageName: pkg.ModelPackageName,
  ModelPackageGroupName: pkg.ModelPackageGroupName,
  ModelPackageVersion: pkg.ModelPackageVersion,
  ModelPackageArn: pkg.ModelPackageArn,
  ModelPackageDescription: pkg.ModelPackageDescription,
  CreationTime: pkg.CreationTime,
  ModelPackageStatus: pkg.ModelPackageStatus,
  ModelApprovalStatus: pkg.ModelApprovalStatus,
  ModelLifeCycle: pkg.ModelLifeCycle,
  ModelPackageRegistrationType: pkg.ModelPackageRegistrationType,
});

const listModelPackages: Operation = (request, context) => {
  const groupName = optionalString(request, 'ModelPackageGroupName');
  const approval = optionalEnum(request, 'ModelApprovalStatus', APPROVAL_STATUSES);
  // AWS lists only unversioned packages unless told otherwise or given a group.
  const type =
    optionalEnum(request, 'ModelPackageType', ['Versioned', 'Unversioned', 'Both'] as const) ??
    (groupName ? 'Versioned' : 'Unversioned');
  const group = groupName ? findGroup(context, groupName) : undefined;
  const items = group?.ModelPackageGroupName
    ? context.store.byIndex('ModelPackage', 'ModelPackageGroupName', group.ModelPackageGroupName)
    : groupName
      ? []
      : context.store.all('ModelPackage');
  const page = listPage({
    operation: 'ListModelPackages',
    request,
    items,
    id: (pkg) =>
      `${pkg.ModelPackageName}/${String(pkg.ModelPackageVersion ?? 0).padStart(10, '0')}`,
    name: (pkg) => pkg.ModelPackageName,
    created: (pkg) => pkg.CreationTime,
    sortBy: {
      Name: (pkg) => pkg.ModelPackageName,
      CreationTime: (pkg) => timeKey(pkg.CreationTime),
    },
    defaultSortOrder: 'Ascending',
    filter: (pkg) => {
      const versioned = pkg.ModelPackageVersion !== undefined;
      if (type === 'Versioned' && !versioned) return false;
      if (type === 'Unversioned' && versioned) return false;
      return approval === undefined || pkg.ModelApprovalStatus === approval;
    },
  });
  return { ModelPackageSummaryList: page.items.map(packageSummary), NextToken: page.nextToken };
};

const createModelPackage: Operation = (request, context) => {
  const groupName = optionalString(request, 'ModelPackageGroupName');
  const plainName = groupName ? undefined : resourceName(request, 'ModelPackageName');
  const approval =
    optionalEnum(request, 'ModelApprovalStatus', APPROVAL_STATUSES) ??
    (groupName ? 'PendingManualApproval' : undefined);
  const input = copy(request) as Request & ModelPackage;
  const now = new Date(context.now);
  const base: ModelPackage = {
    ...input,
    ModelPackageStatus: 'Completed',
    ModelPackageStatusDetails: { ValidationStatuses: [], ImageScanStatuses: [] },
    CertifyForMarketplace: input.CertifyForMarketplace ?? false,
    ModelApprovalStatus: approval,
    CreationTime: now,
    LastModifiedTime: now,
    ModelPackageRegistrationType: 'Logged',
    Tags: input.Tags ?? [],
  };
  delete (base as Record<string, unknown>).ClientToken;
  if (groupName) {
    const group = findGroup(context, groupName);
    if (!group?.ModelPackageGroupName) throw groupNotFound(groupName);
    const name = group.ModelPackageGroupName;
    const versions = context.store.byIndex('ModelPackage', 'ModelPackageGroupName', name);
    const version =
      versions.reduce((max, pkg) => Math.max(max, pkg.ModelPackageVersion ?? 0), 0) + 1;
    const stored = context.store.put(
      'ModelPackage',
      {
        ...base,
        // A versioned package is named after its group.
        ModelPackageName: name,
        ModelPackageGroupName: name,
        ModelPackageVersion: version,
        ModelPackageArn: context.store.arn('ModelPackage', `${name}/${version}`),
      },
      visibleFrom(context),
    );
    return { ModelPackageArn: stored.ModelPackageArn };
  }
  const name = plainName ?? '';
  if (findModelPackage(context, name)) {
    throw resourceInUse(`Model Package ${context.store.arn('ModelPackage', name)} already exists.`);
  }
  const stored = context.store.put(
    'ModelPackage',
    { ...base, ModelPackageName: name, ModelPackageArn: context.store.arn('ModelPackage', name) },
    visibleFrom(context),
  );
  return { ModelPackageArn: stored.ModelPackageArn };
};

const updateModelPackage: Operation = (request, context) => {
  const arn = requiredString(request, 'ModelPackageArn');
  const pkg = findModelPackage(context, arn);
  if (!pkg) throw packageNotFound(arn);
  const approval = optionalEnum(request, 'ModelApprovalStatus', APPROVAL_STATUSES);
  // Only what the request carries changes; omitted members keep their values.
  if (approval) pkg.ModelApprovalStatus = approval;
  const description = optionalString(request, 'ApprovalDescription');
  if (description !== undefined) pkg.ApprovalDescription = description;
  const properties = optionalObject(request, 'CustomerMetadataProperties') as
    | Record<string, string>
    | undefined;
  if (properties)
    pkg.CustomerMetadataProperties = { ...pkg.CustomerMetadataProperties, ...properties };
  for (const key of (optionalList(request, 'CustomerMetadataPropertiesToRemove') ??
    []) as string[]) {
    if (pkg.CustomerMetadataProperties) delete pkg.CustomerMetadataProperties[key];
  }
  const additional = optionalList(request, 'AdditionalInferenceSpecificationsToAdd');
  if (additional) {
    pkg.AdditionalInferenceSpecifications = [
      ...(pkg.AdditionalInferenceSpecifications ?? []),
      ...(copy(additional) as NonNullable<ModelPackage['AdditionalInferenceSpecifications']>),
    ];
  }
  const inference = optionalObject(request, 'InferenceSpecification');
  if (inference)
    pkg.InferenceSpecification = copy(
      inference,
    ) as unknown as ModelPackage['InferenceSpecification'];
  const sourceUri = optionalString(request, 'SourceUri');
  if (sourceUri !== undefined) pkg.SourceUri = sourceUri;
  pkg.LastModifiedTime = new Date(context.now);
  return { ModelPackageArn: pkg.ModelPackageArn };
};

const batchDescribe: Operation = (request, context) => {
  const arns = (optionalList(request, 'ModelPackageArnList') ?? []) as unknown[];
  if (arns.length < 1 || arns.length > 100) {
    throw validationError(
      `1 validation error detected: Value '[${arns.join(', ')}]' at 'modelPackageArnList' failed to satisfy constraint: Member must have length ${arns.length < 1 ? 'greater than or equal to 1' : 'less than or equal to 100'}`,
    );
  }
  const summaries: Record<string, BatchDescribeModelPackageSummary> = {};
  const errors: Record<string, BatchDescribeModelPackageError> = {};
  for (const entry of arns) {
    const arn = String(entry);
    const pkg = context.store.get('ModelPackage', arn);
    if (!pkg) {
      errors[arn] = {
        ErrorCode: 'ValidationException',
        ErrorResponse: `ModelPackage ${arn} does not exist.`,
      };
      continue;
    }
    summaries[arn] = {
      ModelPackageGroupName: pkg.ModelPackageGroupName,
      ModelPackageVersion: pkg.ModelPackageVersion,
      ModelPackageArn: pkg.ModelPackageArn,
      ModelPackageDescription: pkg.ModelPackageDescription,
      CreationTime: pkg.CreationTime,
      InferenceSpecification: pkg.InferenceSpecification,
      ModelPackageStatus: pkg.ModelPackageStatus,
      ModelApprovalStatus: pkg.ModelApprovalStatus,
      ModelPackageRegistrationType: pkg.ModelPackageRegistrationType,
    };
  }
  return { ModelPackageSummaries: summaries, BatchDescribeModelPackageErrorMap: errors };
};

const describeGroup: Operation = (request, context) => {
  const name = requiredString(request, 'ModelPackageGroupName');
  const group = findGroup(context, name);
  if (!group) throw groupNotFound(name);
  return withoutTags(group);
};

const groupSummary = (group: ModelPackageGroup): ModelPackageGroupSummary => ({
  ModelPackageGroupName: group.ModelPackageGroupName,
  ModelPackageGroupArn: group.ModelPackageGroupArn,
  ModelPackageGroupDescription: group.ModelPackageGroupDescription,
  CreationTime: group.CreationTime,
  ModelPackageGroupStatus: group.ModelPackageGroupStatus,
});

const listGroups: Operation = (request, context) => {
  const page = listPage({
    operation: 'ListModelPackageGroups',
    request,
    items: context.store.all('ModelPackageGroup'),
    id: (group) => group.ModelPackageGroupName ?? '',
    name: (group) => group.ModelPackageGroupName,
    created: (group) => group.CreationTime,
    sortBy: {
      Name: (group) => group.ModelPackageGroupName,
      CreationTime: (group) => timeKey(group.CreationTime),
    },
    defaultSortOrder: 'Ascending',
  });
  return { ModelPackageGroupSummaryList: page.items.map(groupSummary), NextToken: page.nextToken };
};

const createGroup: Operation = (request, context) => {
  const name = resourceName(request, 'ModelPackageGroupName');
  const existing = context.store.get('ModelPackageGroup', name);
  if (existing) {
    throw resourceInUse(`Model Package Group already exists: ${existing.ModelPackageGroupArn}`);
  }
  const input = copy(request) as Request & ModelPackageGroup;
  const group: ModelPackageGroup = {
    ModelPackageGroupName: name,
    ModelPackageGroupDescription: input.ModelPackageGroupDescription,
    CreationTime: new Date(context.now),
    CreatedBy: {},
    ModelPackageGroupStatus: 'Completed',
    Tags: input.Tags ?? [],
  };
  const stored = context.store.put('ModelPackageGroup', group, visibleFrom(context));
  return { ModelPackageGroupArn: stored.ModelPackageGroupArn };
};

export const modelPackageOperations: Record<string, Operation> = {
  DescribeModelPackage: describeModelPackage,
  ListModelPackages: listModelPackages,
  CreateModelPackage: createModelPackage,
  UpdateModelPackage: updateModelPackage,
  BatchDescribeModelPackage: batchDescribe,
  DescribeModelPackageGroup: describeGroup,
  ListModelPackageGroups: listGroups,
  CreateModelPackageGroup: createGroup,
};
