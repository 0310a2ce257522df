import {
  CreateEndpointCommand,
  CreateEndpointConfigCommand,
  CreateHyperParameterTuningJobCommand,
  CreateModelCommand,
  UpdateEndpointWeightsAndCapacitiesCommand,
} from '@aws-sdk/client-sagemaker';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { IMAGE, ROLE, tuningJobInput } from '../emulator/helpers.js';
import { read, sseClient, statesOf, useLiveGateway } from '../support/live.js';

const TUNING = /* GraphQL */ `
  subscription Tuning($name: String!) {
    hyperParameterTuningJobUpdated(name: $name) {
      hyperParameterTuningJobStatus
      trainingJobStatusCounters { completed inProgress }
      bestTrainingJobSummary { trainingJobName }
    }
  }
`;

const ENDPOINT = /* GraphQL */ `
  subscription Endpoint($name: String!) {
    endpointUpdated(name: $name) {
      endpointStatus
      productionVariants { variantName currentWeight desiredWeight currentInstanceCount }
    }
  }
`;

describe('hyperParameterTuningJobUpdated and endpointUpdated', () => {
  // Scale 1000: a tuning job of 4 training jobs, 2 at a time, takes about 0.7 s.
  const gateway = useLiveGateway({
    config: loadConfig({
      LOG_LEVEL: 'silent',
      DEMO_TIME_SCALE: '1000',
      SUBSCRIPTION_POLL_MS: '25',
    }),
    emulator: { data: 'empty' },
  });

  it('follows a tuning job’s counters and best job to its end, then completes', async () => {
    await gateway
      .client()
      .send(new CreateHyperParameterTuningJobCommand(tuningJobInput('live-hpo')));
    const reading = read(
      sseClient(gateway.served().url).iterate({ query: TUNING, variables: { name: 'live-hpo' } }),
    );
    await reading.done;
    const states = statesOf(reading.events, 'hyperParameterTuningJobUpdated');
    expect(states[0]?.hyperParameterTuningJobStatus).toBe('InProgress');
    const last = states.at(-1);
    expect(last?.hyperParameterTuningJobStatus).toMatch(/^(Completed|Failed)$/);
    const completed = states.map(
      (state) => (state.trainingJobStatusCounters as { completed: number } | null)?.completed ?? 0,
    );
    // the counters move as the training jobs finish, never backwards
    expect(completed).toEqual([...completed].sort((a, b) => a - b));
    expect(new Set(completed).size).toBeGreaterThan(1);
    expect(last?.bestTrainingJobSummary).not.toBeNull();
  });

  it('follows an endpoint to InService and through a change of weights', async () => {
    const client = gateway.client();
    await client.send(
      new CreateModelCommand({
        ModelName: 'live-m',
        PrimaryContainer: { Image: IMAGE },
        ExecutionRoleArn: ROLE,
      }),
    );
    await client.send(
      new CreateEndpointConfigCommand({
        EndpointConfigName: 'live-ec',
        ProductionVariants: [
          {
            VariantName: 'a',
            ModelName: 'live-m',
            InstanceType: 'ml.m5.large',
            InitialInstanceCount: 1,
            InitialVariantWeight: 1,
          },
        ],
      }),
    );
    await client.send(
      new CreateEndpointCommand({ EndpointName: 'live-e', EndpointConfigName: 'live-ec' }),
    );
    const reading = read(
      sseClient(gateway.served().url).iterate({ query: ENDPOINT, variables: { name: 'live-e' } }),
    );
    const status = () =>
      statesOf(reading.events, 'endpointUpdated').map((state) => state.endpointStatus);
    await reading.until(() => status().includes('InService'));
    await client.send(
      new UpdateEndpointWeightsAndCapacitiesCommand({
        EndpointName: 'live-e',
        DesiredWeightsAndCapacities: [
          { VariantName: 'a', DesiredWeight: 5, DesiredInstanceCount: 2 },
        ],
      }),
    );
    await reading.until(() => {
      const variants = statesOf(reading.events, 'endpointUpdated').at(-1)?.productionVariants;
      return JSON.stringify(variants).includes('"currentWeight":5');
    });
    await reading.stop();
    expect(status()[0]).toBe('Creating');
    expect(status()).toContain('Updating');
    const variants = statesOf(reading.events, 'endpointUpdated').at(-1)?.productionVariants;
    expect(variants).toEqual([
      { variantName: 'a', currentWeight: 5, desiredWeight: 5, currentInstanceCount: 2 },
    ]);
  });
});
