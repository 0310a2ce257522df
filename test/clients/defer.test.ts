import type { DeepPartial } from '@apollo/client/utilities';
import { describe, expect, it } from 'vitest';
import { createApolloClient } from '../../examples/frontend/apollo-client.js';
import { watchDeployment } from '../../examples/frontend/deferred.js';
import type { EndpointDeploymentDeferredQuery } from '../../examples/gql/frontend/graphql.js';
import { DEMO } from '../../src/emulator/demo/demo-data.js';
import { useDemoGateway } from '../support/gateway.js';
import { gatewayFetch } from './gateway-fetch.js';
import { partsOf } from './multipart.js';

// GRAPHQL_JIT is on (the default): compiled execution must leave incremental delivery alone.
const gateway = useDemoGateway();
const GRAPHQL = 'http://gateway/graphql';

const DEFERRED = `query ($name: String!) {
  endpoint(name: $name) {
    name
    productionVariants { variantName ... @defer(label: "model") { model { name } } }
  }
}`;

const STREAMED = `{ trainingJobs(first: 3) { nodes @stream(initialCount: 1) { name } } }`;

const multipart = (query: string, variables: Record<string, unknown> = {}) =>
  gateway.app().fetch(GRAPHQL, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'multipart/mixed' },
    body: JSON.stringify({ query, variables }),
  });

describe('@defer and @stream', () => {
  it('are directives of the served schema', async () => {
    const { data } = await gateway.post<{ __schema: { directives: Array<{ name: string }> } }>(
      '{ __schema { directives { name } } }',
    );
    expect(data?.__schema.directives.map((directive) => directive.name)).toEqual(
      expect.arrayContaining(['defer', 'stream']),
    );
  });

  it("deliver the deployment view to Apollo Client in parts, the endpoint's first", async () => {
    const { fetch, sent } = gatewayFetch(gateway);
    const seen: Array<{ data: DeepPartial<EndpointDeploymentDeferredQuery>; complete: boolean }> =
      [];
    await watchDeployment(
      createApolloClient(GRAPHQL, { fetch }),
      DEMO.endpointName,
      (data, complete) => seen.push({ data: structuredClone(data), complete }),
    );
    expect(sent).toHaveLength(1);
    expect(sent[0]?.headers.get('accept')).toContain('multipart/mixed');
    expect(seen.length).toBeGreaterThan(1);
    const [first] = seen;
    const last = seen.at(-1);
    expect(first?.complete).toBe(false);
    const variants = first?.data.endpoint?.productionVariants ?? [];
    expect(variants.map((variant) => variant.variantName)).toEqual(['champion', 'challenger']);
    expect(variants.every((variant) => !('model' in variant))).toBe(true);

    expect(last?.complete).toBe(true);
    const models = (last?.data.endpoint?.productionVariants ?? []).map((variant) =>
      'model' in variant ? variant.model : undefined,
    );
    expect(models.map((model) => model?.name)).toEqual([
      DEMO.championModelName,
      DEMO.challengerModelName,
    ]);
  });

  it('run on graphql-js, not compiled, every time: graphql-jit would answer in one part', async () => {
    // Compiled execution compiles an operation on its second run; the third runs compiled.
    for (let run = 1; run <= 3; run++) {
      const parts = await partsOf(await multipart(DEFERRED, { name: DEMO.endpointName }));
      // the first part holds the variants without their models
      expect(parts[0]).toEqual({
        data: {
          endpoint: {
            name: DEMO.endpointName,
            productionVariants: [{ variantName: 'champion' }, { variantName: 'challenger' }],
          },
        },
        hasNext: true,
      });
      const incremental = parts.slice(1).flatMap((part) => part.incremental ?? []);
      expect(incremental).toContainEqual({
        data: { model: { name: DEMO.championModelName } },
        path: ['endpoint', 'productionVariants', 0],
        label: 'model',
      });
      expect(parts.at(-1)).toMatchObject({ hasNext: false });
    }
  });

  it('stream a list item by item', async () => {
    const parts = await partsOf(await multipart(STREAMED));
    expect(parts[0]).toMatchObject({ data: { trainingJobs: { nodes: [{}] } }, hasNext: true });
    const items = parts
      .slice(1)
      .flatMap((part) =>
        ((part.incremental ?? []) as Array<{ items: unknown[] }>).flatMap((entry) => entry.items),
      );
    expect(items).toHaveLength(2);
  });

  it('answer in one JSON result a client that does not accept multipart', async () => {
    const response = await gateway.app().fetch(GRAPHQL, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: DEFERRED, variables: { name: DEMO.endpointName } }),
    });
    // yoga refuses incremental delivery over plain JSON rather than dropping the parts
    expect(response.status).toBe(406);
  });
});
