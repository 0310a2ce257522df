import {
  DescribeEndpointCommand,
  DescribeEndpointConfigCommand,
  type DescribeEndpointConfigOutput,
  type DescribeEndpointOutput,
  DescribeModelCommand,
  type Endpoint,
  type ModelDashboardEndpoint,
  type SageMakerClient,
  type Model as SearchedModel,
} from '@aws-sdk/client-sagemaker';
import { type DescribeSpec, describeByKeys } from './batch/describe.js';
import type { KeyGuard } from './batch/guard.js';
import { type BatchResult, type SearchKeySpec, searchByKeys, withTags } from './batch/search.js';
import type { WarnLogger } from './logger.js';
import { RESOURCE_NAME } from './names.js';

/** What DescribeEndpoint adds to the Endpoint Search record. */
export type EndpointDetails = Omit<DescribeEndpointOutput, '$metadata'>;

async function describeEndpoint(client: SageMakerClient, name: string): Promise<EndpointDetails> {
  const { $metadata: _, ...endpoint } = await client.send(
    new DescribeEndpointCommand({ EndpointName: name }),
  );
  return endpoint;
}

export const ENDPOINT_SPEC: SearchKeySpec<Endpoint> = {
  resource: 'Endpoint',
  nameProperty: 'EndpointName',
  arnProperty: 'EndpointArn',
  arnType: 'endpoint',
  namePattern: RESOURCE_NAME,
  pick: (record) => record.Endpoint,
  describeOperation: 'DescribeEndpoint',
  async describe(client, { name }, logger) {
    const endpoint = await describeEndpoint(client, name);
    const tagged = await withTags(client, endpoint, endpoint.EndpointArn, logger);
    return (
      tagged && {
        ...tagged,
        // Required members of the Search shape that Describe declares optional.
        EndpointConfigName: endpoint.EndpointConfigName,
        EndpointStatus: endpoint.EndpointStatus,
        CreationTime: endpoint.CreationTime,
      }
    );
  },
};

/**
 * Batch function for endpoints by name or ARN (key order, null for missing, an Error per failing
 * key): one Search per 100 keys, Describe for keys Search did not return.
 */
export function loadEndpoints(
  client: SageMakerClient,
  keys: readonly string[],
  logger?: WarnLogger,
  guard?: KeyGuard,
): Promise<BatchResult<Endpoint>[]> {
  return searchByKeys(client, ENDPOINT_SPEC, keys, logger, guard);
}

export type EndpointConfig = Omit<DescribeEndpointConfigOutput, '$metadata'>;

export const ENDPOINT_CONFIG_SPEC: DescribeSpec<EndpointConfig> = {
  arnType: 'endpoint-config',
  namePattern: RESOURCE_NAME,
  describeOperation: 'DescribeEndpointConfig',
  async describe(client, name) {
    const { $metadata: _, ...config } = await client.send(
      new DescribeEndpointConfigCommand({ EndpointConfigName: name }),
    );
    return config;
  },
};

/**
 * Batch function for endpoint configs by name or ARN (no Search: one Describe per key, bounded
 * concurrency; no tags, see loadTagsByArn), in key order, null for missing, an Error per failing key.
 */
export function loadEndpointConfigs(
  client: SageMakerClient,
  keys: readonly string[],
  logger?: WarnLogger,
): Promise<BatchResult<EndpointConfig>[]> {
  return describeByKeys(client, ENDPOINT_CONFIG_SPEC, keys, logger);
}

/**
 * A model as Search returns it (with its tags), or as Describe and ListTags do. From Search it
 * also carries its ModelDashboardModel record's `Endpoints`: the endpoints whose configuration
 * hosts it now. Describe has no such member, so a model Search has not indexed yet lacks it.
 */
export type Model = SearchedModel & { Endpoints?: ModelDashboardEndpoint[] };

export const MODEL_SPEC: SearchKeySpec<Model> = {
  resource: 'Model',
  nameProperty: 'ModelName',
  arnProperty: 'ModelArn',
  arnType: 'model',
  namePattern: RESOURCE_NAME,
  // A model's Search record is a ModelDashboardModel, the model one level down as `Model`, and
  // beside it the endpoints hosting it.
  pick: ({ Model: dashboard }) =>
    dashboard?.Model && { ...dashboard.Model, Endpoints: dashboard.Endpoints ?? [] },
  searchPath: 'Model.',
  // Its tags sit below the record's top, where SageMaker documents no Tags.<key> filter: hits
  // are checked against the guard here instead.
  guardInSearch: false,
  describeOperation: 'DescribeModel',
  async describe(client, { name }, logger) {
    const { $metadata: _, ...model } = await client.send(
      new DescribeModelCommand({ ModelName: name }),
    );
    return withTags(client, model, model.ModelArn, logger);
  },
};

/**
 * Batch function for models by name or ARN (key order, null for missing, an Error per failing
 * key): one Search (Resource Model) per 100 keys, with tags, and DescribeModel + ListTags for the
 * keys Search has not indexed yet. With a `guard`, a model outside it is null, as if missing.
 */
export function loadModels(
  client: SageMakerClient,
  keys: readonly string[],
  logger?: WarnLogger,
  guard?: KeyGuard,
): Promise<BatchResult<Model>[]> {
  return searchByKeys(client, MODEL_SPEC, keys, logger, guard);
}

const ENDPOINT_DETAILS_SPEC: DescribeSpec<EndpointDetails> = {
  arnType: 'endpoint',
  namePattern: RESOURCE_NAME,
  describeOperation: 'DescribeEndpoint',
  describe: describeEndpoint,
};

/**
 * Batch function for the DescribeEndpoint output of endpoints by name, in key order (null for
 * missing, an Error per failing key): for the members the Endpoint Search record lacks (pending
 * deployment, last deployment config, async inference, explainer, metrics config). One
 * DescribeEndpoint per distinct name, with describeByKeys' bounded concurrency; no ListTags.
 */
export function describeEndpoints(
  client: SageMakerClient,
  names: readonly string[],
  logger?: WarnLogger,
): Promise<BatchResult<EndpointDetails>[]> {
  return describeByKeys(client, ENDPOINT_DETAILS_SPEC, names, logger);
}
