import { printSubgraphSchema } from '@apollo/subgraph';
import { getStitchedSchemaFromSupergraphSdl } from '@graphql-tools/federation';
import { assertCompositionSuccess, composeServices } from '@theguild/federation-composition';
import { type ExecutionResult, execute, type GraphQLSchema, parse } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Assignments } from '../../examples/supergraph/teams-schema.js';
import { teamsSchema } from '../../examples/supergraph/teams-schema.js';
import { loadConfig } from '../../src/config.js';
import { createContext } from '../../src/graphql/context.js';
import { schema as sagemakerSchema } from '../../src/graphql/index.js';
import { createSageMakerClient } from '../../src/sagemaker/client.js';
import { createLogger } from '../../src/server/logger.js';
import { useEmulator } from '../support/emulator.js';
import {
  assignmentsOf,
  type DemoRecords,
  expectPagesWithTeamFields,
  expectTeamSubgraphFirst,
  recordsOf,
} from './supergraph-cases.js';

// The supergraph of examples/supergraph/ composed and executed in-process; router.test.ts runs
// the same cases through a real Hive Gateway and two replicas.

const config = loadConfig({ LOG_LEVEL: 'silent' });
const { emulator, client } = useEmulator({
  emulator: { data: 'demo' },
  client: (running) => createSageMakerClient(config, running.endpoint),
});
let supergraph: GraphQLSchema;
let records: DemoRecords;
let assignments: Assignments;

beforeAll(() => {
  const logger = createLogger('silent');
  records = recordsOf(emulator().store);
  assignments = assignmentsOf(records);
  const teams = teamsSchema(assignments);

  const composed = composeServices([
    { name: 'sagemaker', typeDefs: parse(printSubgraphSchema(sagemakerSchema)) },
    { name: 'teams', typeDefs: parse(printSubgraphSchema(teams)) },
  ]);
  assertCompositionSuccess(composed);

  // Subgraph names come back upper-cased from the supergraph.
  const subgraphs: Record<string, GraphQLSchema> = { SAGEMAKER: sagemakerSchema, TEAMS: teams };
  supergraph = getStitchedSchemaFromSupergraphSdl({
    supergraphSdl: composed.supergraphSdl,
    onSubschemaConfig: (subschema) => {
      const target = subgraphs[subschema.name];
      if (target === undefined) throw new Error(`unknown subgraph ${subschema.name}`);
      // One context per subgraph request, as the gateway makes one per HTTP request.
      subschema.executor = async (request) =>
        (await execute({
          schema: target,
          document: request.document,
          variableValues: request.variables,
          contextValue: createContext({ sagemaker: client(), logger }),
        })) as ExecutionResult<never>;
    },
  });
});

/** Runs `query` on a fresh context (the stitching loaders are cached per context object). */
async function run(query: string, variables: Record<string, unknown> = {}) {
  emulator().resetCalls();
  const result = await execute({
    schema: supergraph,
    document: parse(query),
    variableValues: variables,
    contextValue: {},
  });
  expect(result.errors).toBeUndefined();
  return { data: result.data as Record<string, unknown>, calls: emulator().calls() };
}

describe('a supergraph with a team subgraph', () => {
  it('resolves the team subgraph’s jobs and endpoints through this subgraph, at fixed calls', () =>
    expectTeamSubgraphFirst(run, records, assignments));

  it('gives a page of this subgraph the team subgraph’s fields, in one batch', () =>
    expectPagesWithTeamFields(run, assignments));
});
