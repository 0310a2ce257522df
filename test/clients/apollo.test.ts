import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createApolloClient } from '../../examples/frontend/apollo-client.js';
import { completedTrainingJobs } from '../../examples/frontend/paging.js';
import { EndpointDeploymentDeferredDocument } from '../../examples/gql/frontend/graphql.js';
import { DEMO } from '../../src/emulator/demo/demo-data.js';
import { useDemoGateway } from '../support/gateway.js';
import { bodyOf, gatewayFetch } from './gateway-fetch.js';

const gateway = useDemoGateway();
const GRAPHQL = 'http://gateway/graphql';

describe('Apollo Client', () => {
  it('posts JSON and normalizes every resource by its id, an ARN', async () => {
    const { fetch, sent } = gatewayFetch(gateway);
    const client = createApolloClient(GRAPHQL, { fetch });
    // (the deferred deployment view selects every id; its parts arrive before query() resolves)
    const { data } = await client.query({
      query: EndpointDeploymentDeferredDocument,
      variables: { name: DEMO.endpointName, metric: 'validation:auc' },
    });
    expect(sent.map((request) => request.method)).toEqual(['POST']);
    expect(sent[0]?.headers.get('content-type')).toBe('application/json');

    const cache = client.cache.extract() as Record<string, { __typename?: string; id?: string }>;
    const endpointId = data?.endpoint?.id ?? '';
    expect(endpointId).toMatch(/^arn:aws:sagemaker:.*:endpoint\/card-fraud-prod$/);
    expect(cache[`Endpoint:${endpointId}`]?.id).toBe(endpointId);
    const models = (data?.endpoint?.productionVariants ?? []).map((variant) => variant.model?.id);
    for (const id of models) expect(cache[`Model:${id}`]?.__typename).toBe('Model');
    // One record per resource: the model package group both packages belong to is one entry.
    const groups = Object.keys(cache).filter((key) => key.startsWith('ModelPackageGroup:'));
    expect(groups).toHaveLength(1);

    // Normalized, a resource read another way comes from the cache, without a request.
    const model = client.cache.readFragment({
      id: client.cache.identify({ __typename: 'Model', id: models[0] }),
      fragment: parse('fragment ModelName on Model { name }'),
    });
    expect(model).toEqual({ __typename: 'Model', name: DEMO.championModelName });
    expect(sent).toHaveLength(1);
  });

  it('pages with relayStylePagination, one request per page, into one cached list', async () => {
    const { fetch, sent } = gatewayFetch(gateway);
    const names = await completedTrainingJobs(createApolloClient(GRAPHQL, { fetch }), 'fraud', 3);
    expect(names).toHaveLength(75);
    expect(new Set(names).size).toBe(75);
    expect(sent).toHaveLength(3);
    const afters = sent.map((request) => (bodyOf(request).variables as { after?: string }).after);
    expect(afters[0]).toBeUndefined();
    expect(afters.slice(1).every((after) => typeof after === 'string')).toBe(true);
  });
});
