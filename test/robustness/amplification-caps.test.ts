import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { useDemoGateway } from '../support/gateway.js';

// Issue 11, defect 4: nodes(ids:) took any number of ids (variables bypass the token limit, and
// the cost limit counted the list as ×5), and _entities any number of representations.

const gateway = useDemoGateway({
  config: loadConfig({ LOG_LEVEL: 'silent', MAX_NODE_IDS: '5', MAX_ENTITY_REPRESENTATIONS: '7' }),
});
const defaults = useDemoGateway();
const cheap = useDemoGateway({ config: loadConfig({ LOG_LEVEL: 'silent', MAX_COST: '60' }) });

const NODES = /* GraphQL */ `query Nodes($ids: [ID!]!) { nodes(ids: $ids) { id } }`;
const ENTITIES = /* GraphQL */ `
  query E($r: [_Any!]!) { _entities(representations: $r) { ... on Endpoint { name } } }
`;

const endpointArns = (count: number) =>
  Array.from(
    { length: count },
    (_, at) => `arn:aws:sagemaker:us-east-1:123456789012:endpoint/no-such-endpoint-${at}`,
  );

describe('amplification caps', () => {
  it('rejects more than MAX_NODE_IDS ids with MAX_NODE_IDS_LIMIT and no upstream call', async () => {
    gateway.emulator().resetCalls();
    const result = await gateway.post(NODES, { ids: endpointArns(6) });
    expect(result.errors?.map((error) => [error.extensions?.code, error.message])).toEqual([
      [
        'MAX_NODE_IDS_LIMIT',
        'Argument "ids" holds 6 ids, more than the limit of 5 (MAX_NODE_IDS); ask in batches.',
      ],
    ]);
    expect(gateway.emulator().calls()).toEqual({});
    const five = await gateway.post(NODES, { ids: endpointArns(5) });
    expect(five).toEqual({ data: { nodes: [null, null, null, null, null] } });
  });

  it('rejects more than MAX_ENTITY_REPRESENTATIONS representations before any call', async () => {
    const r = endpointArns(8).map((arn) => ({ __typename: 'Endpoint', arn }));
    gateway.emulator().resetCalls();
    const result = await gateway.post(ENTITIES, { r });
    expect(result.errors?.map((error) => error.extensions?.code)).toEqual([
      'MAX_ENTITY_REPRESENTATIONS_LIMIT',
    ]);
    expect(gateway.emulator().calls()).toEqual({});
    expect((await gateway.post(ENTITIES, { r: r.slice(0, 7) })).errors).toBeUndefined();
  });

  it('defaults to 100 ids, and 100 ids in variables cost one Search', async () => {
    const over = await defaults.post(NODES, { ids: endpointArns(101) });
    expect(over.errors?.map((error) => error.extensions?.code)).toEqual(['MAX_NODE_IDS_LIMIT']);
    defaults.emulator().resetCalls();
    const hundred = await defaults.post(NODES, { ids: endpointArns(100) });
    expect(hundred.errors).toBeUndefined();
    // Missing names fall back to Describe (Search is eventually consistent).
    expect(defaults.emulator().calls().Search).toBe(1);
  });

  it('counts the nodes selection once per id in the cost limit, not ×5', async () => {
    const query = /* GraphQL */ `query Nodes($ids: [ID!]!) {
      nodes(ids: $ids) { id ... on Endpoint { name endpointName arn endpointArn } }
    }`;
    // 1 + 20 ids × 5 fields = 101 > 60; as a list of 5 it counted 1 + 5 × 5 = 26.
    cheap.emulator().resetCalls();
    const result = await cheap.post(query, { ids: endpointArns(20) });
    expect(result.errors?.map((error) => [error.extensions?.code, error.message])).toEqual([
      [
        'MAX_COST_LIMIT',
        'Query complexity of 101 exceeds the limit of 60 (MAX_COST); lower "first" on connections or select fewer fields.',
      ],
    ]);
    expect(cheap.emulator().calls()).toEqual({});
    expect((await cheap.post(query, { ids: endpointArns(11) })).errors).toBeUndefined();
  });
});
