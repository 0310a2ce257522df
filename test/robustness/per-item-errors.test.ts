import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { useDemoGateway } from '../support/gateway.js';

// Issue 11, defect 5: one bad id in nodes(ids:) failed every id (the ids were decoded as one
// argument), and one representation with an unknown __typename made `_entities` data: null.

const PREFIX = 'arn:aws:sagemaker:us-east-1:123456789012';
const BAD_REGION = `arn:aws:sagemaker:us-${'x'.repeat(145)}-1:123456789012:endpoint/card-fraud-prod`;

for (const jit of ['true', 'false']) {
  describe(`per-item errors (GRAPHQL_JIT=${jit})`, () => {
    const gateway = useDemoGateway({
      config: loadConfig({ LOG_LEVEL: 'silent', GRAPHQL_JIT: jit }),
    });

    it('nodes(ids:) reports a bad id at its index and resolves the others', async () => {
      const good = `${PREFIX}:endpoint/card-fraud-prod`;
      const result = await gateway.post(
        /* GraphQL */ `query Nodes($ids: [ID!]!) { nodes(ids: $ids) { id } }`,
        { ids: [good, BAD_REGION, 'not-an-arn', `${PREFIX}:endpoint/no-such-endpoint`, good] },
      );
      expect(result.data).toEqual({ nodes: [{ id: good }, null, null, null, { id: good }] });
      expect(result.errors?.map((error) => [error.path, error.extensions?.code])).toEqual([
        [['nodes', 1], 'BAD_USER_INPUT'],
        [['nodes', 2], 'BAD_USER_INPUT'],
      ]);
    });

    it('_entities reports an unknown __typename at its index and resolves the others', async () => {
      const endpoint = gateway.emulator().store.all('Endpoint')[0];
      const arn = endpoint?.EndpointArn ?? '';
      const result = await gateway.post(
        /* GraphQL */ `query E($r: [_Any!]!) {
          _entities(representations: $r) { ... on Endpoint { arn } }
        }`,
        {
          r: [
            { __typename: 'Endpoint', arn },
            { __typename: 'NoSuchType', arn },
            { __typename: 'Endpoint', arn: BAD_REGION },
            { __typename: 'Endpoint', name: endpoint?.EndpointName },
            { arn },
          ],
        },
      );
      expect(result.data).toEqual({ _entities: [{ arn }, null, null, { arn }, null] });
      expect(
        result.errors?.map((error) => [error.path, error.extensions?.code, error.message]),
      ).toEqual([
        [
          ['_entities', 1],
          'BAD_USER_INPUT',
          'Representation 1 has __typename "NoSuchType", which is not an entity of this subgraph (Endpoint, HyperParameterTuningJob, ModelPackage, ModelPackageGroup, TrainingJob).',
        ],
        [['_entities', 2], 'BAD_USER_INPUT', expect.stringContaining('region of 9 to 16')],
        [['_entities', 4], 'BAD_USER_INPUT', 'Representation 4 needs a string __typename.'],
      ]);
    });
  });
}
