import {
  DescribeEndpointCommand,
  DescribeEndpointConfigCommand,
  type DescribeEndpointConfigOutput,
  type DescribeEndpointOutput,
  DescribeModelCommand,
  type DescribeModelOutput,
  type Endpoint,
  type SageMakerClient,
} from '@aws-sdk/client-sagemaker';
import { type DescribeSpec, describeByKeys } from './batch/describe.js';
import { mapLimited } from './batch/limiter.js';
import {
  type BatchResult,
  DESCRIBE_CONCURRENCY,
  listTags,
  type SearchKeySpec,
  searchByKeys,
  settle,
} from './batch/search.js';
import type { WarnLogger } from './logger.js';
import { RESOURCE_NAME } from './names.js';

export const ENDPOINT_SPEC: SearchKeySpec<Endpoint> = {
  resource: 'Endpoint',
  nameProperty: 'EndpointName',
  arnProperty: 'EndpointArn',
  arnType: 'endpoint',
  namePattern: RESOURCE_NAME,
  pick: (record) => record.Endpoint,
  describeOperation: 'DescribeEndpoint',
  async describe(client, { name }) {
    const { $metadata: _, ...endpoint } = await client.send(
      new DescribeEndpointCommand({ EndpointName: name }),
    );
    const arn = endpoint.EndpointArn;
    return {
      ...endpoint,
      // Required members of the Search shape that Describe declares optional.
      EndpointConfigName: endpoint.EndpointConfigName,
      EndpointStatus: endpoint.EndpointStatus,
      CreationTime: endpoint.CreationTime,
      Tags: arn === undefined ? [] : await listTags(client, arn),
    };
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
): Promise<BatchResult<Endpoint>[]> {
  return searchByKeys(client, ENDPOINT_SPEC, keys, logger);
}

export type EndpointConfig = Omit<DescribeEndpointConfigOutput, '$metadata'>;

const ENDPOINT_CONFIG_SPEC: DescribeSpec<EndpointConfig> = {
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

export type Model = Omit<DescribeModelOutput, '$metadata'>;

const MODEL_SPEC: DescribeSpec<Model> = {
  arnType: 'model',
  namePattern: RESOURCE_NAME,
  describeOperation: 'DescribeModel',
  async describe(client, name) {
    const { $metadata: _, ...model } = await client.send(
      new DescribeModelCommand({ ModelName: name }),
    );
    return model;
  },
};

/**
 * Batch function for models by name or ARN (no Search: one Describe per key, bounded
 * concurrency; no tags, see loadTagsByArn), in key order, null for missing, an Error per failing key.
 */
export function loadModels(
  client: SageMakerClient,
  keys: readonly string[],
  logger?: WarnLogger,
): Promise<BatchResult<Model>[]> {
  return describeByKeys(client, MODEL_SPEC, keys, logger);
}

/** What DescribeEndpoint adds to the Endpoint Search record. */
export type EndpointDetails = Omit<DescribeEndpointOutput, '$metadata'>;

/**
 * Batch function for the DescribeEndpoint output of endpoints by name, in key order (null for
 * missing, an Error per failing key): for the members the Endpoint Search record lacks (pending
 * deployment, last deployment config, async inference, explainer, metrics config). One
 * DescribeEndpoint per distinct name, at most {@link DESCRIBE_CONCURRENCY} in flight; no ListTags.
 */
export async function describeEndpoints(
  client: SageMakerClient,
  names: readonly string[],
  logger?: WarnLogger,
): Promise<BatchResult<EndpointDetails>[]> {
  const distinct = [...new Set(names)];
  const described = await mapLimited(distinct, DESCRIBE_CONCURRENCY, (name) =>
    settle('DescribeEndpoint', logger, async () => {
      const { $metadata: _, ...endpoint } = await client.send(
        new DescribeEndpointCommand({ EndpointName: name }),
      );
      return endpoint;
    }),
  );
  const byName = new Map(distinct.map((name, at) => [name, described[at] ?? null]));
  return names.map((name) => byName.get(name) ?? null);
}
