import { CreateTrainingJobCommand } from '@aws-sdk/client-sagemaker';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { trainingJobInput } from '../emulator/helpers.js';
import {
  eventually,
  metricValue,
  read,
  searches,
  sleep,
  sseClient,
  statesOf,
  useLiveGateway,
} from '../support/live.js';

const POLL_MS = 100;

const config = loadConfig({
  LOG_LEVEL: 'silent',
  DEMO_TIME_SCALE: '1000',
  SUBSCRIPTION_POLL_MS: String(POLL_MS),
  MAX_POLLERS: '2',
});

const FILTERED = /* GraphQL */ `
  subscription Jobs($filter: TrainingJobFilter) {
    trainingJobsUpdated(filter: $filter) { name trainingJobStatus }
  }
`;

const BY_NAME = /* GraphQL */ `
  subscription Job($name: String!) {
    trainingJobUpdated(name: $name) { name trainingJobStatus }
  }
`;

describe('shared pollers', () => {
  const gateway = useLiveGateway({ config, emulator: { data: 'empty' } });
  const pollers = () => metricValue(gateway.served().origin, 'gateway_subscription_pollers');
  const open = () => metricValue(gateway.served().origin, 'gateway_subscriptions');

  it('costs 50 subscribers to one filter one Search per interval, and nothing once they leave', async () => {
    const filter = { name: { contains: 'fan-out' } };
    const readings = Array.from({ length: 50 }, () =>
      read(sseClient(gateway.served().url).iterate({ query: FILTERED, variables: { filter } })),
    );
    await eventually(async () => (await open()) === 50);
    expect(await pollers()).toBe(1);

    const before = await searches(gateway.served().origin);
    await sleep(20 * POLL_MS);
    const polled = (await searches(gateway.served().origin)) - before;
    // 20 intervals: one Search each (timers drift later, never earlier), not 50 × 20
    expect(polled).toBeGreaterThanOrEqual(10);
    expect(polled).toBeLessThanOrEqual(21);

    await gateway.client().send(new CreateTrainingJobCommand(trainingJobInput('fan-out-1')));
    await Promise.all(
      readings.map((reading) =>
        reading.until((events) =>
          statesOf(events, 'trainingJobsUpdated').some(
            (job) => job.trainingJobStatus === 'Completed',
          ),
        ),
      ),
    );
    for (const reading of readings) {
      const names = statesOf(reading.events, 'trainingJobsUpdated').map((job) => job.name);
      expect(new Set(names)).toEqual(new Set(['fan-out-1']));
    }

    await Promise.all(readings.map((reading) => reading.stop()));
    await eventually(async () => (await pollers()) === 0);
    const after = await searches(gateway.served().origin);
    await sleep(5 * POLL_MS);
    expect(await searches(gateway.served().origin)).toBe(after);
  });

  it('refuses a new watched set past MAX_POLLERS with MAX_POLLERS_LIMIT, and joins a watched one', async () => {
    const first = read(
      sseClient(gateway.served().url).iterate({ query: BY_NAME, variables: { name: 'cap-a' } }),
    );
    const second = read(
      sseClient(gateway.served().url).iterate({ query: BY_NAME, variables: { name: 'cap-b' } }),
    );
    await eventually(async () => (await pollers()) === 2);

    gateway.emulator().resetCalls();
    const refused = read(
      sseClient(gateway.served().url).iterate({ query: BY_NAME, variables: { name: 'cap-c' } }),
    );
    await refused.done.catch(() => {});
    const text = JSON.stringify(refused.events);
    expect(text).toContain('MAX_POLLERS_LIMIT');
    expect(text).toContain('MAX_POLLERS=2');
    expect(await pollers()).toBe(2);

    const joined = read(
      sseClient(gateway.served().url).iterate({ query: BY_NAME, variables: { name: 'cap-a' } }),
    );
    await eventually(async () => (await open()) === 3);
    expect(await pollers()).toBe(2);
    await Promise.all([first.stop(), second.stop(), joined.stop()]);
    await eventually(async () => (await pollers()) === 0);
  });

  it('refuses a filter the compiler rejects before any poller or SageMaker call', async () => {
    gateway.emulator().resetCalls();
    const refused = read(
      sseClient(gateway.served().url).iterate({
        query: FILTERED,
        variables: { filter: { or: [] } },
      }),
    );
    await refused.done.catch(() => {});
    expect(JSON.stringify(refused.events)).toContain('BAD_USER_INPUT');
    expect(await pollers()).toBe(0);
    expect(gateway.emulator().calls().Search).toBeUndefined();
  });
});
