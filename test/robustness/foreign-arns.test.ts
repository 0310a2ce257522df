import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { KINDS, type Kind } from '../../src/emulator/kinds.js';
import { useDemoGateway } from '../support/gateway.js';

// Issue 11, defect 1: an ARN of another account, region or partition resolved to the local
// resource of the same name (the Describe fallback goes by name), under a different id.

const gateway = useDemoGateway();

const NODE_KINDS = KINDS;

const ENTITY_KINDS = [
  'TrainingJob',
  'HyperParameterTuningJob',
  'Endpoint',
  'ModelPackage',
  'ModelPackageGroup',
] as const;

/** The ARN of the first demo record of `kind`. */
const arnOf = (kind: Kind): string => {
  const record = gateway.emulator().store.all(kind)[0] as Record<string, unknown> | undefined;
  const arn = record?.[`${kind}Arn`];
  if (typeof arn !== 'string') throw new Error(`no demo ${kind}`);
  return arn;
};

/** The same resource path in another account, region or partition. */
const elsewhere = (arn: string): string[] => [
  arn.replace(':123456789012:', ':999999999999:'),
  arn.replace(':us-east-1:', ':eu-west-1:'),
  arn.replace('arn:aws:', 'arn:aws-cn:').replace(':us-east-1:', ':cn-north-1:'),
];

const NODE = /* GraphQL */ `
  query Node($id: ID!) { node(id: $id) { id } }
`;

describe('ARNs of other accounts, regions and partitions', () => {
  it('resolve node(id) to null without an upstream call, for every node type', async () => {
    for (const kind of NODE_KINDS) {
      const local = arnOf(kind);
      expect((await gateway.post(NODE, { id: local })).data).toEqual({ node: { id: local } });
      for (const id of elsewhere(local)) {
        gateway.emulator().resetCalls();
        const result = await gateway.post(NODE, { id });
        expect([kind, result]).toEqual([kind, { data: { node: null } }]);
        expect([kind, gateway.emulator().calls()]).toEqual([kind, {}]);
      }
    }
  });

  it('resolve nodes(ids) to null at their index, next to the local ones', async () => {
    const local = arnOf('Endpoint');
    const [foreign = ''] = elsewhere(local);
    const result = await gateway.post(
      /* GraphQL */ `query Nodes($ids: [ID!]!) { nodes(ids: $ids) { id } }`,
      { ids: [foreign, local, foreign] },
    );
    expect(result).toEqual({ data: { nodes: [null, { id: local }, null] } });
  });

  it('resolve _entities representations by arn to null without an upstream call', async () => {
    for (const kind of ENTITY_KINDS) {
      const local = arnOf(kind);
      const representations = elsewhere(local).map((arn) => ({ __typename: kind, arn }));
      gateway.emulator().resetCalls();
      const result = await gateway.post(
        /* GraphQL */ `query E($representations: [_Any!]!) {
          _entities(representations: $representations) { __typename }
        }`,
        { representations },
      );
      expect([kind, result]).toEqual([kind, { data: { _entities: [null, null, null] } }]);
      expect([kind, gateway.emulator().calls()]).toEqual([kind, {}]);
    }
  });

  it('resolve modelPackage(arn:) of another account to null without an upstream call', async () => {
    const [foreign] = elsewhere(arnOf('ModelPackage'));
    gateway.emulator().resetCalls();
    const result = await gateway.post(
      /* GraphQL */ `query P($arn: String!) { modelPackage(arn: $arn) { arn } }`,
      { arn: foreign },
    );
    expect(result).toEqual({ data: { modelPackage: null } });
    expect(gateway.emulator().calls()).toEqual({});
  });
});

describe('the case of the name part', () => {
  it('node(id) answers only the id SageMaker issued: another case is null (node(id: X).id = X)', async () => {
    const local = arnOf('TrainingJob');
    const slash = local.indexOf('/');
    const upper = `${local.slice(0, slash)}${local.slice(slash).toUpperCase()}`;
    expect(upper).not.toBe(local);
    expect(await gateway.post(NODE, { id: upper })).toEqual({ data: { node: null } });
  });

  it('_entities and modelPackage(arn:) match it case-insensitively, as SageMaker does', async () => {
    const local = arnOf('ModelPackage');
    const slash = local.indexOf('/');
    const upper = `${local.slice(0, slash)}${local.slice(slash).toUpperCase()}`;
    const lookup = await gateway.post(
      /* GraphQL */ `query P($arn: String!) { modelPackage(arn: $arn) { arn } }`,
      { arn: upper },
    );
    expect(lookup).toEqual({ data: { modelPackage: { arn: local } } });
    const job = arnOf('TrainingJob');
    const jobSlash = job.indexOf('/');
    const entities = await gateway.post(
      /* GraphQL */ `query E($representations: [_Any!]!) {
        _entities(representations: $representations) { ... on TrainingJob { arn } }
      }`,
      {
        representations: [
          {
            __typename: 'TrainingJob',
            arn: `${job.slice(0, jobSlash)}${job.slice(jobSlash).toUpperCase()}`,
          },
        ],
      },
    );
    expect(entities).toEqual({ data: { _entities: [{ arn: job }] } });
  });
});

describe('while the account is unknown (AWS mode without AWS_ACCOUNT_ID)', () => {
  // The demo client's credentials, with the account AWS mode leaves unknown when it is unset.
  const demo = loadConfig({ LOG_LEVEL: 'silent' });
  const aws = useDemoGateway({
    config: { ...demo, identity: { ...demo.identity, accountId: undefined } },
  });

  it('checks what SageMaker returns: an ARN of another account is still null', async () => {
    const record = aws.emulator().store.all('Endpoint')[0];
    const local = record?.EndpointArn ?? '';
    const foreign = local.replace(':123456789012:', ':999999999999:');
    const probe = await aws.post(NODE, { id: local });
    expect([local, probe]).toEqual([local, { data: { node: { id: local } } }]);
    expect(await aws.post(NODE, { id: foreign })).toEqual({ data: { node: null } });
    // The region is known, so another region costs nothing even here.
    aws.emulator().resetCalls();
    expect(await aws.post(NODE, { id: local.replace(':us-east-1:', ':eu-west-1:') })).toEqual({
      data: { node: null },
    });
    expect(aws.emulator().calls()).toEqual({});
  });
});
