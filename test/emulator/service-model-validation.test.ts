import {
  CreateHyperParameterTuningJobCommand,
  CreateTrainingJobCommand,
  DescribeEndpointCommand,
  DescribeTrainingJobCommand,
  ListTrainingJobsCommand,
  type ResourceType,
  type SageMakerClient,
  SearchCommand,
  type TrainingInstanceType,
} from '@aws-sdk/client-sagemaker';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEARCH_RESOURCE_TYPES } from '../../src/emulator/search/properties.js';
import type { Emulator } from '../../src/emulator/server.js';
import { clientFor, failure, startEmpty, trainingJobInput } from './helpers.js';

const NAME_PATTERN = '^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}';

let emulator: Emulator;
let client: SageMakerClient;

beforeAll(async () => {
  emulator = await startEmpty();
  client = clientFor(emulator);
});
afterAll(async () => {
  client?.destroy();
  await emulator?.close();
});

/** The ValidationException the emulator answers for the call, as `status name: message`. */
const rejection = async (call: Promise<unknown>): Promise<string> => {
  const error = await failure(call);
  return `${error.$metadata?.httpStatusCode} ${error.name}: ${error.message}`;
};

/** A raw AWS JSON 1.1 call, for bodies the SDK would never send. */
const post = async (operation: string, body: unknown) => {
  const response = await fetch(emulator.endpoint, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-amz-json-1.1',
      'x-amz-target': `SageMaker.${operation}`,
    },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
};

describe('every request is checked against the service model before it runs', () => {
  it('enforces name length and pattern on Describe calls', async () => {
    const long = 'a'.repeat(64);
    expect(
      await rejection(client.send(new DescribeTrainingJobCommand({ TrainingJobName: long }))),
    ).toBe(
      `400 ValidationException: 2 validation errors detected: Value '${long}' at 'trainingJobName' failed to satisfy constraint: Member must have length less than or equal to 63; Value '${long}' at 'trainingJobName' failed to satisfy constraint: Member must satisfy regular expression pattern: ${NAME_PATTERN}`,
    );
    expect(
      await rejection(client.send(new DescribeEndpointCommand({ EndpointName: 'bad_name!' }))),
    ).toBe(
      `400 ValidationException: 1 validation error detected: Value 'bad_name!' at 'endpointName' failed to satisfy constraint: Member must satisfy regular expression pattern: ${NAME_PATTERN}`,
    );
  });

  it('still answers a well-formed Describe of a missing resource as not found', async () => {
    const error = await failure(
      client.send(new DescribeTrainingJobCommand({ TrainingJobName: 'nope' })),
    );
    expect(error.name).toBe('ValidationException');
    expect(error.message).toContain('not found');
  });

  it('caps NextToken at 8192 characters, echoing only its first 100', async () => {
    const token = 'x'.repeat(9000);
    const expected = `400 ValidationException: 1 validation error detected: Value '${'x'.repeat(100)}...' at 'nextToken' failed to satisfy constraint: Member must have length less than or equal to 8192`;
    expect(await rejection(client.send(new ListTrainingJobsCommand({ NextToken: token })))).toBe(
      expected,
    );
    expect(
      await rejection(
        client.send(new SearchCommand({ Resource: 'TrainingJob', NextToken: token })),
      ),
    ).toBe(expected);
  });

  it('bounds Search MaxResults with the model range', async () => {
    expect(
      await rejection(client.send(new SearchCommand({ Resource: 'TrainingJob', MaxResults: 0 }))),
    ).toBe(
      "400 ValidationException: 1 validation error detected: Value '0' at 'maxResults' failed to satisfy constraint: Member must have value greater than or equal to 1",
    );
  });

  it('names nested members by their path and lists every violation', async () => {
    const input = {
      ...trainingJobInput('nested-1'),
      StoppingCondition: { MaxRuntimeInSeconds: 0 },
      HyperParameters: { eta: 'x'.repeat(2501) },
    };
    expect(await rejection(client.send(new CreateTrainingJobCommand(input)))).toBe(
      `400 ValidationException: 2 validation errors detected: Value '${'x'.repeat(100)}...' at 'hyperParameters' failed to satisfy constraint: Map value must satisfy constraint: [Member must have length less than or equal to 2500]; Value '0' at 'stoppingCondition.maxRuntimeInSeconds' failed to satisfy constraint: Member must have value greater than or equal to 1`,
    );
    expect(emulator.store.get('TrainingJob', 'nested-1')).toBeUndefined();
  });

  it("uses each operation's own limits: a tuning job name has at most 32 characters", async () => {
    const name = 't'.repeat(33);
    const error = await failure(
      client.send(
        new CreateHyperParameterTuningJobCommand({
          HyperParameterTuningJobName: name,
          HyperParameterTuningJobConfig: {
            Strategy: 'Bayesian',
            ResourceLimits: { MaxNumberOfTrainingJobs: 2, MaxParallelTrainingJobs: 1 },
          },
        }),
      ),
    );
    expect(error.message).toContain(
      `Value '${name}' at 'hyperParameterTuningJobName' failed to satisfy constraint: Member must have length less than or equal to 32`,
    );
  });

  it('leaves enums open: an instance type newer than the model is accepted', async () => {
    const input = trainingJobInput('future-1');
    const created = await client.send(
      new CreateTrainingJobCommand({
        ...input,
        ResourceConfig: {
          ...input.ResourceConfig,
          InstanceType: 'ml.future.96xlarge' as TrainingInstanceType,
        },
      }),
    );
    expect(created.TrainingJobArn).toMatch(/training-job\/future-1$/);
  });

  it('answers a member of the wrong JSON type with a SerializationException', async () => {
    expect(await post('DescribeModel', { ModelName: 5 })).toEqual({
      status: 400,
      body: {
        __type: 'SerializationException',
        message: "Expected a string at 'modelName', but got number 5.",
      },
    });
    expect(await post('DescribeModel', {})).toEqual({
      status: 400,
      body: {
        __type: 'ValidationException',
        message:
          "1 validation error detected: Value null at 'modelName' failed to satisfy constraint: Member must not be null",
      },
    });
  });
});

describe("Search accepts every resource type of the service model's ResourceType", () => {
  const held = [
    'TrainingJob',
    'HyperParameterTuningJob',
    'Endpoint',
    'ModelPackage',
    'ModelPackageGroup',
  ];
  const others = SEARCH_RESOURCE_TYPES.filter((type) => !held.includes(type));

  it('holds 18 types, 13 of which the emulator has no records of', () => {
    expect(SEARCH_RESOURCE_TYPES).toHaveLength(18);
    expect(others).toEqual([
      'Experiment',
      'ExperimentTrial',
      'ExperimentTrialComponent',
      'Model',
      'Pipeline',
      'PipelineExecution',
      'FeatureGroup',
      'FeatureMetadata',
      'Image',
      'ImageVersion',
      'Project',
      'ModelCard',
      'PipelineVersion',
    ]);
  });

  it.each(others)('answers %s with an empty, exact result', async (type) => {
    const result = await client.send(
      new SearchCommand({
        Resource: type as ResourceType,
        SearchExpression: { Filters: [{ Name: 'Tags.team', Operator: 'Equals', Value: 'churn' }] },
        MaxResults: 10,
      }),
    );
    expect(result.Results).toEqual([]);
    expect(result.TotalHits).toEqual({ Value: 0, Relation: 'EqualTo' });
    expect(result.NextToken).toBeUndefined();
  });

  it('still applies the limits to those types', async () => {
    expect(
      await rejection(client.send(new SearchCommand({ Resource: 'Pipeline', MaxResults: 101 }))),
    ).toBe(
      "400 ValidationException: 1 validation error detected: Value '101' at 'maxResults' failed to satisfy constraint: Member must have value less than or equal to 100",
    );
  });

  it('rejects an unknown type with the enum of the model', async () => {
    expect(
      await rejection(client.send(new SearchCommand({ Resource: 'Foo' as ResourceType }))),
    ).toBe(
      `400 ValidationException: 1 validation error detected: Value 'Foo' at 'resource' failed to satisfy constraint: Member must satisfy enum value set: [${SEARCH_RESOURCE_TYPES.join(', ')}]`,
    );
  });
});
