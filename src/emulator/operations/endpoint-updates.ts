import type {
  DesiredWeightAndCapacity,
  ProductionVariantSummary,
  VariantProperty,
} from '@aws-sdk/client-sagemaker';
import type { KindRecords } from '../kinds.js';
import { optionalList, requiredString } from '../request-members.js';
import { validationError } from '../service-errors.js';
import { copy, type Operation, type OperationContext } from './context.js';
import { mustFindConfig, mustFindEndpoint, variantSummaries } from './endpoints.js';

type Endpoint = KindRecords['Endpoint'];

/** Statuses SageMaker reports while an earlier create or update is still being applied. */
const IN_PROGRESS = new Set(['Creating', 'Updating', 'SystemUpdating', 'RollingBack', 'Deleting']);

/** Both update calls need an InService endpoint, and refuse the others with these messages. */
const mustBeInService = (endpoint: Endpoint): void => {
  const status = endpoint.EndpointStatus ?? 'Creating';
  if (status === 'InService') return;
  if (IN_PROGRESS.has(status)) {
    throw validationError(`Cannot update in-progress endpoint "${endpoint.EndpointArn}".`);
  }
  throw validationError(
    `Endpoint "${endpoint.EndpointArn}" cannot be updated in its current status ${status}.`,
  );
};

/** Starts the Updating transition; it lands after `timings.endpointUpdatingMs`. */
const startUpdating = (
  context: OperationContext,
  endpoint: Endpoint,
  switchTo?: { endpointConfigName: string; variants: ProductionVariantSummary[] },
): void => {
  endpoint.EndpointStatus = 'Updating';
  endpoint.LastModifiedTime = new Date(context.now);
  context.lifecycle.trackEndpoint(endpoint.EndpointName ?? '', {
    until: context.now + context.timings.endpointUpdatingMs,
    to: 'InService',
    switchTo,
  });
};

/**
 * The new configuration's variants; with RetainAllVariantProperties, a variant of the same name
 * keeps the endpoint's desired weight and instance count unless ExcludeRetainedVariantProperties
 * names them.
 */
const nextVariants = (
  context: OperationContext,
  endpoint: Endpoint,
  configName: string,
  retain: boolean,
  excluded: ReadonlySet<string>,
): ProductionVariantSummary[] => {
  const config = mustFindConfig(context, configName);
  const next = variantSummaries(context.store, config, new Date(context.now), false);
  if (!retain) return next;
  return next.map((variant) => {
    const current = endpoint.ProductionVariants?.find(
      (candidate) => candidate.VariantName === variant.VariantName,
    );
    if (!current) return variant;
    return {
      ...variant,
      DesiredWeight: excluded.has('DesiredWeight') ? variant.DesiredWeight : current.DesiredWeight,
      DesiredInstanceCount: excluded.has('DesiredInstanceCount')
        ? variant.DesiredInstanceCount
        : current.DesiredInstanceCount,
    };
  });
};

/**
 * Blue/green switch to another endpoint configuration: the endpoint serves its current variants
 * while Updating, with the new ones in PendingDeploymentSummary, and takes them on when it lands.
 */
const updateEndpoint: Operation = (request, context) => {
  const name = requiredString(request, 'EndpointName');
  const configName = requiredString(request, 'EndpointConfigName');
  const endpoint = mustFindEndpoint(context, name);
  const excluded = new Set(
    ((optionalList(request, 'ExcludeRetainedVariantProperties') ?? []) as VariantProperty[]).map(
      (property) => property.VariantPropertyType ?? '',
    ),
  );
  const variants = nextVariants(
    context,
    endpoint,
    configName,
    request.RetainAllVariantProperties === true,
    excluded,
  );
  mustBeInService(endpoint);
  const deployment = request.DeploymentConfig as Endpoint['LastDeploymentConfig'];
  if (deployment) endpoint.LastDeploymentConfig = copy(deployment);
  else if (request.RetainDeploymentConfig !== true) endpoint.LastDeploymentConfig = undefined;
  endpoint.PendingDeploymentSummary = {
    EndpointConfigName: configName,
    ProductionVariants: copy(variants),
    StartTime: new Date(context.now),
  };
  startUpdating(context, endpoint, { endpointConfigName: configName, variants });
  return { EndpointArn: endpoint.EndpointArn };
};

/** Desired weights and instance counts move at once; current ones when the update lands. */
const updateWeights: Operation = (request, context) => {
  const name = requiredString(request, 'EndpointName');
  const endpoint = mustFindEndpoint(context, name);
  const desired = (optionalList(request, 'DesiredWeightsAndCapacities') ??
    []) as DesiredWeightAndCapacity[];
  if (desired.length === 0) {
    throw validationError(
      "1 validation error detected: Value '[]' at 'desiredWeightsAndCapacities' failed to satisfy constraint: Member must have length greater than or equal to 1",
    );
  }
  const variants = endpoint.ProductionVariants ?? [];
  const missing = desired
    .map((item) => item.VariantName ?? '')
    .filter((variantName) => !variants.some((variant) => variant.VariantName === variantName));
  if (missing.length > 0) {
    throw validationError(
      `The variant name(s) "${missing.join(', ')}" is/are not present within endpoint configuration "${endpoint.EndpointConfigName}".`,
    );
  }
  mustBeInService(endpoint);
  for (const item of desired) {
    const variant = variants.find((candidate) => candidate.VariantName === item.VariantName);
    if (!variant) continue;
    if (item.DesiredWeight !== undefined) variant.DesiredWeight = item.DesiredWeight;
    if (item.DesiredInstanceCount !== undefined)
      variant.DesiredInstanceCount = item.DesiredInstanceCount;
  }
  startUpdating(context, endpoint);
  return { EndpointArn: endpoint.EndpointArn };
};

export const endpointUpdateOperations: Record<string, Operation> = {
  UpdateEndpoint: updateEndpoint,
  UpdateEndpointWeightsAndCapacities: updateWeights,
};
