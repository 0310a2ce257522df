import { Client, cacheExchange, fetchExchange } from '@urql/core';
import { EndpointDeploymentDocument } from '../gql/frontend/graphql.js';

/** urql for the gateway at `url`: queries within the URL length limit go as GET, as by default. */
export const createUrqlClient = (url: string, fetch = globalThis.fetch): Client =>
  new Client({ url, fetch, exchanges: [cacheExchange, fetchExchange] });

/** The traffic weight of each variant of an endpoint, by variant name. */
export async function variantWeights(client: Client, endpoint: string) {
  const { data, error } = await client
    .query(EndpointDeploymentDocument, { name: endpoint, metric: 'validation:auc' })
    .toPromise();
  if (error !== undefined) throw error;
  const variants = data?.endpoint?.productionVariants ?? [];
  return Object.fromEntries(variants.map((v) => [v.variantName, v.currentWeight]));
}
