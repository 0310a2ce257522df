import { buildSubgraphSchema } from '@apollo/subgraph';
import { type GraphQLSchema, parse } from 'graphql';

/**
 * A second subgraph, as a platform's team service would be: it knows which team owns each
 * training job (by ARN) and which team is on call for each endpoint (by name), and nothing else
 * of SageMaker. Every other field of TrainingJob and Endpoint comes from the SageMaker subgraph.
 */
export const TEAMS_SDL = /* GraphQL */ `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.6", import: ["@key"])

  type Team {
    name: String!
    "Where to reach the team."
    channel: String!
  }

  type TrainingJob @key(fields: "arn") {
    arn: String!
    "The team that owns the job; null if none is recorded."
    owner: Team
  }

  type Endpoint @key(fields: "name") {
    name: String!
    "The team on call for the endpoint; null if none is recorded."
    onCall: Team
  }

  type Query {
    "The first training jobs with a recorded owner, in the order they were recorded."
    teamTrainingJobs(first: Int!): [TrainingJob!]!
    "The endpoints with a team on call, in the order they were recorded."
    teamEndpoints(first: Int!): [Endpoint!]!
  }
`;

/** Who owns what: team names by training job ARN and by endpoint name. */
export interface Assignments {
  trainingJobs: Record<string, string>;
  endpoints: Record<string, string>;
}

/** The most entries a list field returns, whatever `first` asks. */
const MAX_FIRST = 500;

const team = (name: string | undefined) =>
  name === undefined ? null : { name, channel: `#${name}-oncall` };

const firstOf = (keys: string[], first: number) =>
  keys.slice(0, Math.max(0, Math.min(first, MAX_FIRST)));

export function teamsSchema(assignments: Assignments): GraphQLSchema {
  const ownerOf = new Map(Object.entries(assignments.trainingJobs));
  const onCallOf = new Map(Object.entries(assignments.endpoints));
  return buildSubgraphSchema({
    typeDefs: parse(TEAMS_SDL),
    resolvers: {
      Query: {
        teamTrainingJobs: (_root: unknown, { first }: { first: number }) =>
          firstOf([...ownerOf.keys()], first).map((arn) => ({ arn })),
        teamEndpoints: (_root: unknown, { first }: { first: number }) =>
          firstOf([...onCallOf.keys()], first).map((name) => ({ name })),
      },
      TrainingJob: {
        __resolveReference: ({ arn }: { arn: string }) => ({ arn }),
        owner: ({ arn }: { arn: string }) => team(ownerOf.get(arn)),
      },
      Endpoint: {
        __resolveReference: ({ name }: { name: string }) => ({ name }),
        onCall: ({ name }: { name: string }) => team(onCallOf.get(name)),
      },
    },
  });
}
