import { CreateTrainingJobCommand, StopTrainingJobCommand } from '@aws-sdk/client-sagemaker';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { trainingJobInput } from '../emulator/helpers.js';
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

  it('sends the current state, then each phase, then Completed, and completes', async () => {
    await gateway.client().send(new CreateTrainingJobCommand(trainingJobInput('live-sse-1')));
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

  it('gives Stopping, then Stopped, after StopTrainingJob', async () => {
    await gateway.client().send(new CreateTrainingJobCommand(trainingJobInput('live-sse-stop')));
    const reading = read(
      sseClient(gateway.served().url).iterate({
        query: WATCH,
        variables: { name: 'live-sse-stop' },
      }),
    );
    await reading.until((events) => events.length > 0);
    await gateway.client().send(new StopTrainingJobCommand({ TrainingJobName: 'live-sse-stop' }));
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
