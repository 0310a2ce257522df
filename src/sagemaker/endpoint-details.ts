import {
  DescribeEndpointCommand,
  type DescribeEndpointOutput,
  type SageMakerClient,
} from '@aws-sdk/client-sagemaker';
import { mapLimited } from './limiter.js';
import { type BatchResult, DESCRIBE_CONCURRENCY, settle, type WarnLogger } from './search-batch.js';

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
