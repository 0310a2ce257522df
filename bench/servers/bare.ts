import { readFileSync } from 'node:fs';
import { createSchema, createYoga } from 'graphql-yoga';
import { serve } from './child.js';

/**
 * The floor the gateway is compared with: graphql-yoga with its default settings and no plugins,
 * executing the same selection over the same JSON (argv[2]: the gateway's `data`) with graphql-js's
 * default resolvers. The SDL covers exactly what TRAINING_JOB_PAGE selects, with the gateway's
 * nullability, so both servers validate and complete the same shapes.
 */
const typeDefs = /* GraphQL */ `
  scalar DateTime

  enum SortDirection {
    ASC
    DESC
  }

  enum TrainingJobOrderField {
    CREATION_TIME
  }

  input EnumFilter {
    eq: String
  }

  input TrainingJobFilter {
    status: EnumFilter
  }

  input TrainingJobOrder {
    field: TrainingJobOrderField
    direction: SortDirection! = DESC
  }

  type Query {
    trainingJobs(filter: TrainingJobFilter, orderBy: TrainingJobOrder, first: Int = 20): TrainingJobConnection
  }

  type TrainingJobConnection {
    nodes: [TrainingJob!]!
  }

  type TrainingJob {
    name: String!
    trainingJobStatus: String!
    creationTime: DateTime!
    tags: [Tag!]!
    finalMetricDataList: [MetricData!]!
    tuningJob: HyperParameterTuningJob
    modelPackages: [ModelPackage!]
  }

  type Tag {
    key: String!
    value: String!
  }

  type MetricData {
    metricName: String!
    value: Float!
  }

  type HyperParameterTuningJob {
    name: String!
    hyperParameterTuningJobStatus: String!
    bestTrainingJob: TrainingJob
  }

  type ModelPackage {
    arn: String
    version: Int
    modelApprovalStatus: String
    group: ModelPackageGroup
  }

  type ModelPackageGroup {
    name: String
  }
`;

const file = process.argv[2];
if (file === undefined) throw new Error('usage: bare.ts <file with the data to serve>');
const data = JSON.parse(readFileSync(file, 'utf8')) as { trainingJobs: { nodes: unknown[] } };

// a page of `first` is the prefix of the page of 100 the gateway answered (distinct queries)
const schema = createSchema({
  typeDefs,
  resolvers: {
    Query: {
      trainingJobs: (_: unknown, args: { first?: number }) => ({
        nodes: data.trainingJobs.nodes.slice(0, args.first ?? 20),
      }),
    },
  },
});
const app = createYoga({ schema });
await serve(app);
