import { printSubgraphSchema } from '@apollo/subgraph';
import type { TrainingJob } from '@aws-sdk/client-sagemaker';
import { execute, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { subgraphSchema as buildSchema } from '../../src/graphql/subgraph.js';
import { useDemoGateway } from '../support/gateway.js';

const gateway = useDemoGateway();

const ENTITIES = /* GraphQL */ `
  query Entities($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on TrainingJob { arn name trainingJobStatus }
      ... on Endpoint { endpointArn: arn endpointName }
      ... on ModelPackageGroup { groupArn: arn modelPackageGroupName }
    }
  }
`;

/** Demo training jobs with a tuning job, in store order. */
const demoJobs = (count: number): TrainingJob[] =>
  gateway
    .emulator()
    .store.all('TrainingJob')
    .filter((job) => job.TuningJobArn !== undefined)
    .slice(0, count);

describe('_entities', () => {
  it('resolves 100 TrainingJob representations by arn with one Search', async () => {
    const jobs = demoJobs(100);
    expect(jobs).toHaveLength(100);
    const representations = jobs.map((job) => ({
      __typename: 'TrainingJob',
      arn: job.TrainingJobArn,
    }));
    gateway.emulator().resetCalls();
    const result = await gateway.post(ENTITIES, { representations });
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities).toEqual(
      jobs.map((job) => ({
        arn: job.TrainingJobArn,
        name: job.TrainingJobName,
        trainingJobStatus: job.TrainingJobStatus,
      })),
    );
    expect(gateway.emulator().calls()).toEqual({ Search: 1 });
  });

  it('resolves representations keyed by name and by arn alike', async () => {
    const [job] = demoJobs(1);
    const endpoint = gateway.emulator().store.all('Endpoint')[0];
    const group = gateway.emulator().store.all('ModelPackageGroup')[0];
    const result = await gateway.post(ENTITIES, {
      representations: [
        { __typename: 'TrainingJob', name: job?.TrainingJobName },
        { __typename: 'Endpoint', name: endpoint?.EndpointName },
        { __typename: 'ModelPackageGroup', arn: group?.ModelPackageGroupArn },
      ],
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities).toEqual([
      {
        arn: job?.TrainingJobArn,
        name: job?.TrainingJobName,
        trainingJobStatus: job?.TrainingJobStatus,
      },
      { endpointArn: endpoint?.EndpointArn, endpointName: endpoint?.EndpointName },
      {
        groupArn: group?.ModelPackageGroupArn,
        modelPackageGroupName: group?.ModelPackageGroupName,
      },
    ]);
  });

  it('serves its own SDL in _service', async () => {
    const result = await gateway.post('{ _service { sdl } }');
    const sdl = (result.data?._service as { sdl: string } | undefined)?.sdl;
    expect(sdl).toContain('type TrainingJob implements Node');
    expect(sdl).toMatch(/type PageInfo\s+@shareable/);
  });
});

describe('FEDERATION_NODE_FIELDS', () => {
  it('removes Query.node and Query.nodes from the schema and its SDL', async () => {
    const schema = buildSchema({ nodeFields: false });
    const fields = Object.keys(schema.getQueryType()?.getFields() ?? {});
    expect(fields).not.toContain('node');
    expect(fields).not.toContain('nodes');
    expect(fields).toContain('trainingJob');
    expect(fields).toContain('_entities');
    // a context as yoga gives one: plugins such as ftv1's wrap the shared types' resolvers
    const result = await execute({
      schema,
      document: parse('{ _service { sdl } }'),
      contextValue: {},
    });
    const sdl = (result.data?._service as { sdl: string } | undefined)?.sdl;
    expect(sdl).toContain('trainingJobs(');
    expect(sdl).not.toMatch(/^\s+nodes?\(/m);
    expect(printSubgraphSchema(buildSchema({ nodeFields: true }))).toMatch(/^\s+node\(id: ID!\)/m);
  });
});
