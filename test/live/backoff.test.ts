import { CreateTrainingJobCommand } from '@aws-sdk/client-sagemaker';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { trainingJobInput } from '../emulator/helpers.js';
import {
  eventually,
  metricValue,
  read,
  sleep,
  sseClient,
  statesOf,
  useLiveGateway,
} from '../support/live.js';

const POLL_MS = 50;

describe('a poller under throttling', () => {
  const gateway = useLiveGateway({
    config: loadConfig({
      LOG_LEVEL: 'silent',
      DEMO_TIME_SCALE: '1000',
      SUBSCRIPTION_POLL_MS: String(POLL_MS),
      SUBSCRIPTION_MAX_BACKOFF_MS: '400',
      SAGEMAKER_MAX_ATTEMPTS: '1',
    }),
    emulator: { data: 'empty' },
  });

  it('backs off while SageMaker throttles, keeps the subscription, and delivers once it stops', async () => {
    const reading = read(
      sseClient(gateway.served().url).iterate({
        query: 'subscription { trainingJobUpdated(name: "throttled-1") { trainingJobStatus } }',
      }),
    );
    await eventually(
      async () => (await metricValue(gateway.served().origin, 'gateway_subscriptions')) === 1,
    );
    const { knobs } = gateway.emulator();
    knobs.throttleRate = 1;
    gateway.emulator().resetCalls();
    await sleep(40 * POLL_MS);
    const throttled = gateway.emulator().calls().Search ?? 0;
    // 2 s at 50 ms would be 40 polls; doubling to the 400 ms cap leaves about 8
    expect(throttled).toBeGreaterThanOrEqual(3);
    expect(throttled).toBeLessThanOrEqual(12);

    knobs.throttleRate = 0;
    await gateway.client().send(new CreateTrainingJobCommand(trainingJobInput('throttled-1')));
    await reading.done;
    const statuses = statesOf(reading.events, 'trainingJobUpdated').map(
      (job) => job.trainingJobStatus,
    );
    expect(statuses.at(-1)).toBe('Completed');
  });
});
