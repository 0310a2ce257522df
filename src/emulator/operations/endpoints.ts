import { createHash } from 'node:crypto';
import type {
  Endpoint,
  EndpointConfigSummary,
  EndpointSummary,
  ProductionVariant,
  ProductionVariantSummary,
} from '@aws-sdk/client-sagemaker';
import type { KindRecords } from '../kinds.js';
import { listPage, timeKey } from '../list.js';
import { optionalList, type Request, requiredString, resourceName } from '../request-members.js';
import { validationError } from '../service-errors.js';
import type { EmulatorStore } from '../store.js';
import {
  copy,
  type Operation,
  type OperationContext,
  visibleFrom,
  withoutTags,
} from './context.js';
import { mustFindModel } from './models.js';

type EndpointConfig = KindRecords['EndpointConfig'];

const ENDPOINT_STATUSES = [
  'OutOfService',
  'Creating',
  'Updating',
  'SystemUpdating',
  'RollingBack',
  'InService',
  'Deleting',
  'Failed',
  'UpdateRollbackFailed',
] as const;

const endpointNotFound = (context: OperationContext, name: string) =>
  validationError(`Could not find endpoint "${context.store.arn('Endpoint', name)}".`);

const configNotFound = (context: OperationContext, name: string) =>
  validationError(
    `Could not find endpoint configuration "${context.store.arn('EndpointConfig', name)}".`,
  );

export const mustFindEndpoint = (
  context: OperationContext,
  name: string,
): KindRecords['Endpoint'] =>
  context.store.require('Endpoint', name, () => endpointNotFound(context, name));

export const mustFindConfig = (context: OperationContext, name: string): EndpointConfig =>
  context.store.require('EndpointConfig', name, () => configNotFound(context, name));

/** The image a variant's model runs, as DescribeEndpoint reports it (with a resolved digest). */
const deployedImages = (store: EmulatorStore, variant: ProductionVariant, at: Date) => {
  const model = variant.ModelName ? store.get('Model', variant.ModelName) : undefined;
  const container = model?.PrimaryContainer ?? model?.Containers?.[0];
  let image = container?.Image;
  if (!image && container?.ModelPackageName) {
    const found = store.findByArn(container.ModelPackageName);
    const pkg =
      found?.kind === 'ModelPackage' ? (found.record as KindRecords['ModelPackage']) : undefined;
    image = pkg?.InferenceSpecification?.Containers?.[0]?.Image;
  }
  if (!image) return undefined;
  const digest = createHash('sha256').update(image).digest('hex');
  return [
    {
      SpecifiedImage: image,
      ResolvedImage: `${image.split(':')[0]}@sha256:${digest}`,
      ResolutionTime: at,
    },
  ];
};

/** The variant summaries an endpoint starts with, from its configuration. */
export const variantSummaries = (
  store: EmulatorStore,
  config: EndpointConfig,
  at: Date,
  live: boolean,
): ProductionVariantSummary[] =>
  (config.ProductionVariants ?? []).map((variant) => ({
    VariantName: variant.VariantName,
    DeployedImages: deployedImages(store, variant, at),
    CurrentWeight: live ? (variant.InitialVariantWeight ?? 1) : undefined,
    DesiredWeight: variant.InitialVariantWeight ?? 1,
    CurrentInstanceCount: live ? variant.InitialInstanceCount : undefined,
    DesiredInstanceCount: variant.InitialInstanceCount,
  }));

const describeEndpoint: Operation = (request, context) =>
  withoutTags(mustFindEndpoint(context, requiredString(request, 'EndpointName')));

const endpointSummary = (endpoint: Endpoint): EndpointSummary => ({
  EndpointName: endpoint.EndpointName,
  EndpointArn: endpoint.EndpointArn,
  CreationTime: endpoint.CreationTime,
  LastModifiedTime: endpoint.LastModifiedTime,
  EndpointStatus: endpoint.EndpointStatus,
});

const listEndpoints: Operation = (request, context) => {
  const page = listPage({
    operation: 'ListEndpoints',
    request,
    items: context.store.all('Endpoint'),
    id: (endpoint) => endpoint.EndpointName ?? '',
    name: (endpoint) => endpoint.EndpointName,
    created: (endpoint) => endpoint.CreationTime,
    modified: (endpoint) => endpoint.LastModifiedTime,
    status: { of: (endpoint) => endpoint.EndpointStatus, values: ENDPOINT_STATUSES },
    sortBy: {
      Name: (endpoint) => endpoint.EndpointName,
      CreationTime: (endpoint) => timeKey(endpoint.CreationTime),
      Status: (endpoint) => endpoint.EndpointStatus,
    },
  });
  return { Endpoints: page.items.map(endpointSummary), NextToken: page.nextToken };
};

const createEndpoint: Operation = (request, context) => {
  const name = resourceName(request, 'EndpointName');
  const configName = requiredString(request, 'EndpointConfigName');
  const config = mustFindConfig(context, configName);
  if (context.store.get('Endpoint', name)) {
    throw validationError(
      `Cannot create already existing endpoint "${context.store.arn('Endpoint', name)}".`,
    );
  }
  const now = new Date(context.now);
  const input = copy(request) as Request & Endpoint;
  const endpoint: Endpoint = {
    EndpointName: name,
    EndpointArn: undefined,
    EndpointConfigName: configName,
    ProductionVariants: variantSummaries(context.store, config, now, false),
    EndpointStatus: 'Creating',
    CreationTime: now,
    LastModifiedTime: now,
    Tags: input.Tags ?? [],
  };
  const stored = context.store.put('Endpoint', endpoint, visibleFrom(context));
  context.lifecycle.trackEndpoint(name, {
    until: context.now + context.timings.endpointCreatingMs,
    to: 'InService',
  });
  return { EndpointArn: stored.EndpointArn };
};

const deleteEndpoint: Operation = (request, context) => {
  const name = requiredString(request, 'EndpointName');
  mustFindEndpoint(context, name);
  context.store.delete('Endpoint', name);
  context.lifecycle.forgetEndpoint(name);
  return {};
};

const describeConfig: Operation = (request, context) =>
  withoutTags(mustFindConfig(context, requiredString(request, 'EndpointConfigName')));

const configSummary = (config: EndpointConfig): EndpointConfigSummary => ({
  EndpointConfigName: config.EndpointConfigName,
  EndpointConfigArn: config.EndpointConfigArn,
  CreationTime: config.CreationTime,
});

const listConfigs: Operation = (request, context) => {
  const page = listPage({
    operation: 'ListEndpointConfigs',
    request,
    items: context.store.all('EndpointConfig'),
    id: (config) => config.EndpointConfigName ?? '',
    name: (config) => config.EndpointConfigName,
    created: (config) => config.CreationTime,
    sortBy: {
      Name: (config) => config.EndpointConfigName,
      CreationTime: (config) => timeKey(config.CreationTime),
    },
  });
  return { EndpointConfigs: page.items.map(configSummary), NextToken: page.nextToken };
};

const createConfig: Operation = (request, context) => {
  const name = resourceName(request, 'EndpointConfigName');
  const variants = (optionalList(request, 'ProductionVariants') ?? []) as ProductionVariant[];
  if (variants.length === 0) {
    throw validationError(
      "1 validation error detected: Value null at 'productionVariants' failed to satisfy constraint: Member must not be null",
    );
  }
  for (const variant of variants) {
    if (!variant.VariantName)
      throw validationError('VariantName must be specified for every production variant.');
    if (variant.ModelName) mustFindModel(context, variant.ModelName);
  }
  if (context.store.get('EndpointConfig', name)) {
    throw validationError(
      `Cannot create already existing endpoint configuration "${context.store.arn('EndpointConfig', name)}".`,
    );
  }
  const input = copy(request) as Request & EndpointConfig;
  const config: EndpointConfig = {
    ...input,
    EndpointConfigName: name,
    EndpointConfigArn: undefined,
    ProductionVariants: input.ProductionVariants?.map((variant) => ({
      ...variant,
      InitialVariantWeight: variant.InitialVariantWeight ?? 1,
    })),
    CreationTime: new Date(context.now),
    Tags: input.Tags ?? [],
  };
  const stored = context.store.put('EndpointConfig', config, visibleFrom(context));
  return { EndpointConfigArn: stored.EndpointConfigArn };
};

const deleteConfig: Operation = (request, context) => {
  const name = requiredString(request, 'EndpointConfigName');
  mustFindConfig(context, name);
  context.store.delete('EndpointConfig', name);
  return {};
};

export const endpointOperations: Record<string, Operation> = {
  DescribeEndpoint: describeEndpoint,
  ListEndpoints: listEndpoints,
  CreateEndpoint: createEndpoint,
  DeleteEndpoint: deleteEndpoint,
  DescribeEndpointConfig: describeConfig,
  ListEndpointConfigs: listConfigs,
  CreateEndpointConfig: createConfig,
  DeleteEndpointConfig: deleteConfig,
};
