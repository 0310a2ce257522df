import { defineConfig, type GatewayPlugin } from '@graphql-hive/gateway';

/**
 * Hive Gateway in front of the SageMaker subgraph's replicas and the team subgraph:
 * `hive-gateway supergraph supergraph.graphql -c examples/supergraph/gateway.config.ts`.
 * test/federation/router.test.ts runs it so, and docker-compose.yml with the same variables.
 *
 * - FEDERATION_HMAC_SECRET: signs every subgraph request; the replicas, given the same secret,
 *   answer only signed ones.
 * - Authorization is forwarded as it came: each replica checks the JWT itself, so a principal's
 *   scopes and tenants hold behind the router as they do in front of a replica.
 * - SAGEMAKER_REPLICA_URLS (comma-separated): the replicas, taken in turn. Where a load balancer
 *   or a Kubernetes Service stands in front of them, leave it unset and put its URL in the
 *   supergraph instead.
 */
const env = (name: string): string | undefined => {
  const value = process.env[name];
  return value === undefined || value === '' ? undefined : value;
};

const secret = env('FEDERATION_HMAC_SECRET');
const replicas = (env('SAGEMAKER_REPLICA_URLS') ?? '')
  .split(',')
  .map((url) => url.trim())
  .filter((url) => url !== '');

/** Sends each request for the first replica's URL to the next replica in turn. */
function roundRobin(urls: string[]): GatewayPlugin {
  let next = 0;
  return {
    onFetch({ url, setURL }) {
      const [first] = urls;
      if (first === undefined || !url.startsWith(first)) return;
      const target = urls[next % urls.length] ?? first;
      next += 1;
      setURL(target + url.slice(first.length));
    },
  };
}

export const gatewayConfig = defineConfig({
  ...(secret === undefined ? {} : { hmacSignature: { secret } }),
  propagateHeaders: {
    fromClientToSubgraphs: ({ request }) => ({
      authorization: request.headers.get('authorization'),
    }),
  },
  plugins: () => (replicas.length > 1 ? [roundRobin(replicas)] : []),
});
