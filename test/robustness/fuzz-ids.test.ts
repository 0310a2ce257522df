import fc from 'fast-check';
import { describe, it } from 'vitest';
import { KINDS } from '../../src/emulator/kinds.js';
import { arnLike } from './support/arns.js';
import { useFuzzGateway } from './support/harness.js';
import { answerData, expectRobust, RobustnessViolation } from './support/oracle.js';
import { fuzzParameters, PROPERTY_TIMEOUT_MS } from './support/settings.js';

const gateway = useFuzzGateway();

const NODE = 'query Node($id: ID!) { node(id: $id) { id __typename } }';
const NODES = 'query Nodes($ids: [ID!]!) { nodes(ids: $ids) { id } }';
const PACKAGE = 'query Package($arn: String!) { modelPackage(arn: $arn) { id arn } }';
const ENTITIES =
  'query Entities($representations: [_Any!]!) { _entities(representations: $representations) { ... on Node { id } } }';

/** Entity types of the subgraph and the keys a router could send for them. */
const representation = fc.record({
  __typename: fc.constantFrom(...KINDS, 'Query', 'Nope'),
  arn: arnLike(),
});

describe('ids', () => {
  it(
    'node(id:) answers null or the very resource asked for, never another one',
    async () => {
      await fc.assert(
        fc.asyncProperty(arnLike(), async (id) => {
          const answer = await gateway.query(NODE, { id });
          expectRobust(answer);
          const node = answer.json === undefined ? null : answerData(answer.json)?.node;
          const found = (node as { id?: unknown } | null | undefined)?.id;
          if (found !== undefined && found !== id) {
            throw new RobustnessViolation('node(id:) answered another resource', answer);
          }
        }),
        fuzzParameters(0x1d5, 300),
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'modelPackage(arn:) answers null or the package asked for',
    async () => {
      await fc.assert(
        fc.asyncProperty(arnLike(), async (arn) => {
          const answer = await gateway.query(PACKAGE, { arn });
          expectRobust(answer);
          const found = (answerData(answer.json)?.modelPackage as { arn?: unknown } | null)?.arn;
          if (found !== undefined && found !== arn) {
            throw new RobustnessViolation('modelPackage(arn:) answered another package', answer);
          }
        }),
        fuzzParameters(0xa27, 200),
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'nodes(ids:) of any length answers in order, or is refused before any call',
    async () => {
      const ids = fc.oneof(
        fc.array(arnLike(), { maxLength: 5 }),
        fc.array(arnLike(), { minLength: 100, maxLength: 1000 }),
      );
      await fc.assert(
        fc.asyncProperty(ids, async (list) => {
          const answer = await gateway.query(NODES, { ids: list });
          expectRobust(answer);
          const nodes = answerData(answer.json)?.nodes;
          if (Array.isArray(nodes)) {
            const wrong = nodes.some((node, index) => {
              const id = (node as { id?: unknown } | null)?.id;
              return id !== undefined && id !== list[index];
            });
            if (nodes.length !== list.length || wrong) {
              throw new RobustnessViolation('nodes(ids:) answered other resources', answer);
            }
          }
        }),
        fuzzParameters(0x11d5, 25),
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    '_entities answers any representations, few or many',
    async () => {
      const representations = fc.oneof(
        fc.array(representation, { maxLength: 5 }),
        fc.array(representation, { minLength: 100, maxLength: 1000 }),
      );
      await fc.assert(
        fc.asyncProperty(representations, async (list) => {
          expectRobust(await gateway.query(ENTITIES, { representations: list }));
        }),
        fuzzParameters(0xe7, 25),
      );
    },
    PROPERTY_TIMEOUT_MS,
  );
});
