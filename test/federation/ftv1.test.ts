import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { subgraphSchema } from '../../src/graphql/subgraph.js';
import { type DemoGateway, useDemoGateway } from '../support/gateway.js';

// before any gateway is made
const resolveBefore = subgraphSchema({ nodeFields: true }).getQueryType()?.getFields()
  .trainingJobs?.resolve;
const gateway = useDemoGateway();
const untraced = useDemoGateway({
  config: loadConfig({ LOG_LEVEL: 'silent', CACHE: 'off', FEDERATION_TRACING: 'false' }),
});

async function entities(headers: Record<string, string>, target: DemoGateway = gateway) {
  const response = await target.app().fetch('http://gateway/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: '{ trainingJobs(first: 2) { nodes { name } } }' }),
  });
  return (await response.json()) as { data?: unknown; extensions?: { ftv1?: unknown } };
}

describe('Apollo federated tracing (ftv1)', () => {
  it('adds extensions.ftv1 when the router asks for it', async () => {
    const body = await entities({ 'apollo-federation-include-trace': 'ftv1' });
    expect(body.data).toBeDefined();
    expect(body.extensions?.ftv1).toMatch(/^[A-Za-z0-9+/]+=*$/);
    // a protobuf Trace: long enough to hold the root and its resolver nodes
    expect(Buffer.from(String(body.extensions?.ftv1), 'base64').length).toBeGreaterThan(20);
  });

  it('traces every field, also once the same query has been compiled for untraced requests', async () => {
    // the third run of a document is compiled (compiled-execution.ts)
    for (let run = 0; run < 3; run++) expect((await entities({})).extensions).toBeUndefined();
    const body = await entities({ 'apollo-federation-include-trace': 'ftv1' });
    const trace = Buffer.from(String(body.extensions?.ftv1), 'base64');
    // the protobuf Trace holds a node per field resolved, named by its response key
    for (const field of ['trainingJobs', 'nodes', 'name']) expect(trace.includes(field)).toBe(true);
  });

  it('leaves the resolvers of the schema untraced requests run on as they are', () => {
    // the gateways above serve a build of their own, whose resolvers the plugin wraps
    const field = subgraphSchema({ nodeFields: true }).getQueryType()?.getFields().trainingJobs;
    expect(field?.resolve).toBe(resolveBefore);
  });

  it('adds nothing otherwise', async () => {
    const body = await entities({});
    expect(body.data).toBeDefined();
    expect(body.extensions?.ftv1).toBeUndefined();
  });

  it('adds nothing, asked or not, with FEDERATION_TRACING=false', async () => {
    const body = await entities({ 'apollo-federation-include-trace': 'ftv1' }, untraced);
    expect(body.data).toEqual((await entities({})).data);
    expect(body.extensions?.ftv1).toBeUndefined();
  });
});
