import type {
  Endpoint,
  HyperParameterTuningJobSearchEntity,
  TrainingJob,
} from '@aws-sdk/client-sagemaker';
import { expect } from 'vitest';
import type { Assignments } from '../../examples/supergraph/teams-schema.js';
import type { EmulatorStore } from '../../src/emulator/store.js';

/**
 * The queries a supergraph of the SageMaker subgraph and the team subgraph
 * (examples/supergraph/) is checked with, in-process (compose.test.ts) and through a real Hive
 * Gateway with two replicas (router.test.ts), and the SageMaker calls each must cost: the same
 * in both.
 */

const TEAMS = ['fraud', 'vision', 'search'];

export interface DemoRecords {
  trainingJobs: readonly TrainingJob[];
  endpoints: readonly Endpoint[];
  tuningJobs: readonly HyperParameterTuningJobSearchEntity[];
}

/** The records of an emulator's store the cases are built from. */
export const recordsOf = (store: EmulatorStore): DemoRecords => ({
  trainingJobs: store.all('TrainingJob'),
  endpoints: store.all('Endpoint'),
  tuningJobs: store.all('HyperParameterTuningJob'),
});

/** The team subgraph's data over the demo records: owners of jobs, on-call teams of 10 endpoints. */
export function assignmentsOf(records: DemoRecords): Assignments {
  // first 100 jobs a tuning job launched (teamTrainingJobs lists them), then every other job
  const launched = records.trainingJobs.filter((job) => job.TuningJobArn !== undefined);
  const rest = records.trainingJobs.filter(
    (job, at) => at % 2 === 0 && !launched.slice(0, 100).includes(job),
  );
  const jobs = [...launched.slice(0, 100), ...rest];
  return {
    trainingJobs: Object.fromEntries(
      jobs.map((job, at) => [job.TrainingJobArn ?? '', TEAMS[at % TEAMS.length] ?? 'fraud']),
    ),
    endpoints: Object.fromEntries(
      records.endpoints
        .slice(0, 10)
        .map((endpoint, at) => [endpoint.EndpointName ?? '', TEAMS[at % TEAMS.length] ?? 'fraud']),
    ),
  };
}

/** The team subgraph first: its jobs, then each job's fields from SageMaker, by ARN. */
const TEAM_JOBS = /* GraphQL */ `
  query TeamJobs($first: Int!) {
    teamTrainingJobs(first: $first) {
      arn
      owner { name }
      name
      trainingJobStatus
      tuningJob { name }
    }
  }
`;

/** The team subgraph first, by endpoint name. */
const TEAM_ENDPOINTS = /* GraphQL */ `
  query TeamEndpoints {
    teamEndpoints(first: 10) {
      name
      onCall { name channel }
      endpointStatus
      productionVariants { variantName }
    }
  }
`;

/** SageMaker first: a page of jobs, then each job's owner from the team subgraph. */
const JOB_OWNERS = /* GraphQL */ `
  query JobOwners($first: Int!) {
    trainingJobs(first: $first) {
      nodes { arn name owner { name } }
    }
  }
`;

/** SageMaker first, for endpoints. */
const ENDPOINTS_ON_CALL = /* GraphQL */ `
  query EndpointsOnCall {
    endpoints(first: 10) {
      nodes { name endpointStatus onCall { name } }
    }
  }
`;

/** The SageMaker calls each query costs, whatever the page size. */
const EXPECTED_CALLS = {
  // one Search for the jobs' _entities, one for their tuning jobs
  teamJobs: { Search: 2 },
  // one Search for the endpoints' _entities (their variants are on the record)
  teamEndpoints: { Search: 1 },
  jobOwners: { Search: 1 },
  endpointsOnCall: { Search: 1 },
};

type Row = Record<string, unknown>;

/** What TEAM_JOBS must answer for the first `first` assigned jobs. */
function expectedTeamJobs(records: DemoRecords, assignments: Assignments, first: number) {
  const tuningJobs = new Map(
    records.tuningJobs.map((job) => [
      job.HyperParameterTuningJobArn,
      job.HyperParameterTuningJobName,
    ]),
  );
  const byArn = new Map(records.trainingJobs.map((job) => [job.TrainingJobArn, job]));
  return Object.entries(assignments.trainingJobs)
    .slice(0, first)
    .map(([arn, team]): Row => {
      const job = byArn.get(arn);
      return {
        arn,
        owner: { name: team },
        name: job?.TrainingJobName,
        trainingJobStatus: job?.TrainingJobStatus,
        tuningJob: { name: tuningJobs.get(job?.TuningJobArn) },
      };
    });
}

/** The owner of each job on a JOB_OWNERS page: its team, or null. */
const ownersOf = (assignments: Assignments, nodes: Array<{ arn: string }>) =>
  nodes.map(({ arn }) => {
    const team = assignments.trainingJobs[arn];
    return team === undefined ? null : { name: team };
  });

/** The team on call for each endpoint on an ENDPOINTS_ON_CALL page, or null. */
const onCallOf = (assignments: Assignments, nodes: Array<{ name: string }>) =>
  nodes.map(({ name }) => {
    const team = assignments.endpoints[name];
    return team === undefined ? null : { name: team };
  });

/** What TEAM_ENDPOINTS must answer. */
function expectedTeamEndpoints(records: DemoRecords, assignments: Assignments) {
  const byName = new Map(records.endpoints.map((endpoint) => [endpoint.EndpointName, endpoint]));
  return Object.entries(assignments.endpoints).map(([name, team]): Row => {
    const endpoint = byName.get(name);
    return {
      name,
      onCall: { name: team, channel: `#${team}-oncall` },
      endpointStatus: endpoint?.EndpointStatus,
      productionVariants: (endpoint?.ProductionVariants ?? []).map((variant) => ({
        variantName: variant.VariantName,
      })),
    };
  });
}

/** Runs a query through the supergraph under test: its data and the SageMaker calls it cost. */
export type RunQuery = (
  query: string,
  variables?: Record<string, unknown>,
) => Promise<{ data: Record<string, unknown>; calls: Record<string, number> }>;

/**
 * This subgraph first: a page of 50 jobs with their owners and 10 endpoints with their on-call
 * teams, each answered with the team subgraph's values (some set, some null) at the expected calls.
 */
export async function expectPagesWithTeamFields(run: RunQuery, assignments: Assignments) {
  const jobs = await run(JOB_OWNERS, { first: 50 });
  const nodes = (jobs.data.trainingJobs as { nodes: Array<{ arn: string; owner: unknown }> }).nodes;
  expect(nodes).toHaveLength(50);
  expect(nodes.map((node) => node.owner)).toEqual(ownersOf(assignments, nodes));
  expect(nodes.some((node) => node.owner !== null)).toBe(true);
  expect(nodes.some((node) => node.owner === null)).toBe(true);
  expect(jobs.calls).toEqual(EXPECTED_CALLS.jobOwners);
  const endpoints = await run(ENDPOINTS_ON_CALL);
  const onCall = (endpoints.data.endpoints as { nodes: Array<{ name: string; onCall: unknown }> })
    .nodes;
  expect(onCall.map((node) => node.onCall)).toEqual(onCallOf(assignments, onCall));
  expect(onCall.some((node) => node.onCall !== null)).toBe(true);
  expect(endpoints.calls).toEqual(EXPECTED_CALLS.endpointsOnCall);
}

/**
 * The team subgraph first: its jobs (5, then 100) and its endpoints, each with this subgraph's
 * fields, at the same calls whatever the number of jobs.
 */
export async function expectTeamSubgraphFirst(
  run: RunQuery,
  records: DemoRecords,
  assignments: Assignments,
) {
  for (const first of [5, 100]) {
    const { data, calls } = await run(TEAM_JOBS, { first });
    expect(data.teamTrainingJobs).toHaveLength(first);
    expect(data.teamTrainingJobs).toEqual(expectedTeamJobs(records, assignments, first));
    expect(calls).toEqual(EXPECTED_CALLS.teamJobs);
  }
  const { data, calls } = await run(TEAM_ENDPOINTS);
  expect(data.teamEndpoints).toEqual(expectedTeamEndpoints(records, assignments));
  expect(calls).toEqual(EXPECTED_CALLS.teamEndpoints);
}
