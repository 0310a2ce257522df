import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { read, sseClient, statesOf, useLiveGateway } from '../support/live.js';

const WATCH = /* GraphQL */ `
  subscription Watch($name: String!) {
    trainingJobUpdated(name: $name) {
      name
      trainingJobStatus
      secondaryStatus
      lastModifiedTime
      finalMetricDataList { metricName value }
    }
  }
`;

// Scale 100: a created job runs Starting 450 ms, Downloading 300 ms, Training 2.4 s,
// Uploading 150 ms; a 50 ms poll sees every phase.
const config = loadConfig({
  LOG_LEVEL: 'silent',
  DEMO_TIME_SCALE: '100',
  SUBSCRIPTION_POLL_MS: '50',
});

describe('trainingJobUpdated over SSE (graphql-sse on a listening gateway)', () => {
  const gateway = useLiveGateway({ config, emulator: { data: 'empty' } });

  /** Creates the job through the gateway's own createTrainingJob mutation. */
  async function createTrainingJob(name: string) {
    const answer = await gateway.post(
      `mutation ($input: CreateTrainingJobInput!) { createTrainingJob(input: $input) { trainingJob { name } } }`,
      {
        input: {
          trainingJobName: name,
          roleArn: 'arn:aws:iam::123456789012:role/service-role/SageMakerRole',
          algorithmSpecification: {
            trainingImage: '683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1',
            trainingInputMode: 'File',
          },
          outputDataConfig: { s3OutputPath: 's3://acme-ml-live/output/' },
          resourceConfig: { instanceType: 'ml.m5.xlarge', instanceCount: 1, volumeSizeInGB: 30 },
          stoppingCondition: { maxRuntimeInSeconds: 3600 },
        },
      },
    );
    expect(answer.errors).toBeUndefined();
  }

  it('sends the current state, then each phase, then Completed, and completes', async () => {
    await createTrainingJob('live-sse-1');
    const reading = read(
      sseClient(gateway.served().url).iterate({ query: WATCH, variables: { name: 'live-sse-1' } }),
    );
    await reading.done;
    const states = statesOf(reading.events, 'trainingJobUpdated');
    expect(reading.events.every((event) => event.errors === undefined)).toBe(true);
    expect(states[0]?.trainingJobStatus).toBe('InProgress');
    expect(states.at(-1)?.trainingJobStatus).toBe('Completed');
    expect(states.at(-1)?.finalMetricDataList).not.toEqual([]);
    const phases = [...new Set(states.map((state) => state.secondaryStatus))];
    expect(phases).toEqual(['Starting', 'Downloading', 'Training', 'Uploading', 'Completed']);
    // each distinct state once
    const keys = states.map((state) => JSON.stringify(state));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('gives Stopping, then Stopped, after stopTrainingJob', async () => {
    await createTrainingJob('live-sse-stop');
    const reading = read(
      sseClient(gateway.served().url).iterate({
        query: WATCH,
        variables: { name: 'live-sse-stop' },
      }),
    );
    await reading.until((events) => events.length > 0);
    const stopped = await gateway.post(
      'mutation { stopTrainingJob(name: "live-sse-stop") { trainingJob { trainingJobStatus } } }',
    );
    expect(stopped.errors).toBeUndefined();
    await reading.done;
    const statuses = statesOf(reading.events, 'trainingJobUpdated').map(
      (state) => state.trainingJobStatus,
    );
    expect(statuses.slice(-2)).toEqual(['Stopping', 'Stopped']);
    expect(statuses[0]).toBe('InProgress');
  });

  it('refuses a malformed name before any poller or SageMaker call', async () => {
    gateway.emulator().resetCalls();
    const reading = read(
      sseClient(gateway.served().url).iterate({ query: WATCH, variables: { name: 'bad_name!' } }),
    );
    await reading.done.catch(() => {});
    expect(JSON.stringify(reading.events)).toContain('BAD_USER_INPUT');
    expect(gateway.emulator().calls().Search).toBeUndefined();
  });
});
