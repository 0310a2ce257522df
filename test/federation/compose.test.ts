import { buildSubgraphSchema, printSubgraphSchema } from '@apollo/subgraph';
import type { TrainingJob } from '@aws-sdk/client-sagemaker';
import { getStitchedSchemaFromSupergraphSdl } from '@graphql-tools/federation';
import { assertCompositionSuccess, composeServices } from '@theguild/federation-composition';
import { type ExecutionResult, execute, type GraphQLSchema, parse } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { createContext } from '../../src/graphql/context.js';
import { schema as sagemakerSchema } from '../../src/graphql/index.js';
import { createSageMakerClient } from '../../src/sagemaker/client.js';
import { createLogger } from '../../src/server/logger.js';
import { useEmulator } from '../support/emulator.js';

// A second subgraph, as a team service would be: it owns who runs each training job and knows
// jobs only by ARN.
const TEAMS_SDL = /* GraphQL */ `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.6", import: ["@key"])

  type TrainingJob @key(fields: "arn") {
    arn: String!
    owner: String!
  }

  type Query {
    teamTrainingJobs(first: Int!): [TrainingJob!]!
  }
`;

const ownerOf = (arn: string): string => `team-${arn.length % 3}`;

const QUERY = parse(/* GraphQL */ `
  query TeamJobs($first: Int!) {
    teamTrainingJobs(first: $first) {
      arn
      owner
      name
      trainingJobStatus
      tuningJob {
        name
      }
    }
  }
`);

const config = loadConfig({ LOG_LEVEL: 'silent' });
const { emulator, client } = useEmulator({
  emulator: { data: 'demo' },
  client: (running) => createSageMakerClient(config, running.endpoint),
});
let supergraph: GraphQLSchema;
/** Demo training jobs launched by tuning jobs, in store order. */
let jobs: TrainingJob[] = [];

beforeAll(() => {
  const logger = createLogger('silent');
  jobs = emulator()
    .store.all('TrainingJob')
    .filter((job) => job.TuningJobArn !== undefined)
    .slice(0, 100);

  const teamsSchema = buildSubgraphSchema({
    typeDefs: parse(TEAMS_SDL),
    resolvers: {
      Query: {
        teamTrainingJobs: (_root: unknown, { first }: { first: number }) =>
          jobs.slice(0, first).map((job) => ({ arn: job.TrainingJobArn })),
      },
      TrainingJob: {
        __resolveReference: ({ arn }: { arn: string }) => ({ arn }),
        owner: ({ arn }: { arn: string }) => ownerOf(arn),
      },
    },
  });

  const composed = composeServices([
    { name: 'sagemaker', typeDefs: parse(printSubgraphSchema(sagemakerSchema)) },
    { name: 'teams', typeDefs: parse(printSubgraphSchema(teamsSchema)) },
  ]);
  assertCompositionSuccess(composed);

  // Subgraph names come back upper-cased from the supergraph.
  const subgraphs: Record<string, GraphQLSchema> = {
    SAGEMAKER: sagemakerSchema,
    TEAMS: teamsSchema,
  };
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

// A fresh context per query: the stitching loaders are cached per context object.
const run = async (first: number): Promise<ExecutionResult> =>
  execute({ schema: supergraph, document: QUERY, variableValues: { first }, contextValue: {} });

describe('a supergraph with a team subgraph', () => {
  it('resolves 100 training jobs by ARN through this subgraph', async () => {
    expect(jobs).toHaveLength(100);
    const tuningJobNames = new Map(
      emulator()
        .store.all('HyperParameterTuningJob')
        .map((job) => [job.HyperParameterTuningJobArn, job.HyperParameterTuningJobName]),
    );
    const result = await run(100);
    expect(result.errors).toBeUndefined();
    expect(result.data?.teamTrainingJobs).toEqual(
      jobs.map((job) => ({
        arn: job.TrainingJobArn,
        owner: ownerOf(job.TrainingJobArn ?? ''),
        name: job.TrainingJobName,
        trainingJobStatus: job.TrainingJobStatus,
        tuningJob: { name: tuningJobNames.get(job.TuningJobArn) },
      })),
    );
  });

  it('costs the same SageMaker calls for 5 and for 100 jobs', async () => {
    emulator().resetCalls();
    expect((await run(5)).errors).toBeUndefined();
    const five = emulator().calls();
    emulator().resetCalls();
    expect((await run(100)).errors).toBeUndefined();
    const hundred = emulator().calls();
    // One Search for the training jobs' _entities, one for their tuning jobs.
    expect(five).toEqual({ Search: 2 });
    expect(hundred).toEqual(five);
  });
});
