import {
  AddTagsCommand,
  ListTrainingJobsCommand,
  SageMakerClient,
} from '@aws-sdk/client-sagemaker';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type Emulator, startEmulator } from '../../src/emulator/server.js';
import { createLimiter } from '../../src/sagemaker/batch/limiter.js';
import { loadEndpointConfigs } from '../../src/sagemaker/hosting.js';
import { DEFAULT_CONCURRENCY } from '../../src/sagemaker/middleware/concurrency.js';
import { instrumentClient } from '../../src/sagemaker/middleware/instrument.js';
import { createRequestScope, runInScope } from '../../src/sagemaker/request-scope.js';
import { loadTagsByArn } from '../../src/sagemaker/tags.js';
import { loadTrainingJobs } from '../../src/sagemaker/training-job.js';
import { createMetrics } from '../../src/server/metrics.js';
import { callsOf, clientFor, nameOf } from './helpers.js';

let emulator: Emulator;
let client: SageMakerClient;

beforeAll(async () => {
  emulator = await startEmulator();
  client = clientFor(emulator);
});
afterAll(() => emulator.close());
beforeEach(() => {
  emulator.resetCalls();
  emulator.knobs.latencyMs = 0;
});

/** A client for the emulator that counts requests in flight and remembers the most at once. */
const measuring = () => {
  const state = { inFlight: 0, max: 0 };
  const measured = clientFor(emulator);
  measured.middlewareStack.add(
    (next) => async (args) => {
      state.inFlight += 1;
      state.max = Math.max(state.max, state.inFlight);
      try {
        return await next(args);
      } finally {
        state.inFlight -= 1;
      }
    },
    { step: 'initialize', name: 'measureInFlight' },
  );
  return { client: measured, state };
};

describe('instrumentClient', () => {
  it('coalesces identical concurrent reads into one request', async () => {
    const names = emulator.store
      .all('TrainingJob')
      .slice(0, 3)
      .map((job) => String(job.TrainingJobName));
    emulator.knobs.latencyMs = 30;
    const shared = instrumentClient(client);
    const [a, b] = await Promise.all([
      loadTrainingJobs(shared, names),
      loadTrainingJobs(shared, names),
    ]);
    expect(a.map((job) => nameOf(job, 'TrainingJobName'))).toEqual(names);
    expect(b).toEqual(a);
    expect(callsOf(emulator)).toEqual({ Search: 1 });
    // Without coalescing the same two loads cost two.
    emulator.resetCalls();
    const plain = instrumentClient(client, { coalesce: false });
    await Promise.all([loadTrainingJobs(plain, names), loadTrainingJobs(plain, names)]);
    expect(callsOf(emulator)).toEqual({ Search: 2 });
    // Once settled, a later identical call goes upstream again.
    emulator.resetCalls();
    await loadTrainingJobs(shared, names);
    expect(callsOf(emulator)).toEqual({ Search: 1 });
  });

  it('never merges writes', async () => {
    const [job] = emulator.store.all('TrainingJob');
    const command = () =>
      new AddTagsCommand({
        ResourceArn: String(job?.TrainingJobArn),
        Tags: [{ Key: 'stage', Value: 'dev' }],
      });
    const shared = instrumentClient(client);
    await Promise.all([shared.send(command()), shared.send(command())]);
    expect(callsOf(emulator)).toEqual({ AddTags: 2 });
  });

  it('adds named middleware to a client of its own, leaving the given one untouched', () => {
    const own = instrumentClient(client, { recorder: createMetrics() });
    expect(own).toBeInstanceOf(SageMakerClient);
    expect(own.middlewareStack.identify()).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^sagemakerCoalescing /),
        expect.stringMatching(/^sagemakerCallMetrics /),
      ]),
    );
    expect(
      client.middlewareStack.identify().filter((name) => name.startsWith('sagemaker')),
    ).toEqual([]);
  });

  it('counts every attempt per operation and outcome, retries included', async () => {
    const metrics = createMetrics();
    const counted = instrumentClient(clientFor(emulator, 3), { recorder: metrics });
    emulator.knobs.failNext('Search', 1, 'throttle');
    await loadTrainingJobs(counted, ['no-such-job']);
    const text = await metrics.registry.metrics();
    expect(text).toContain('sagemaker_requests_total{operation="Search",outcome="throttled"} 1');
    expect(text).toContain('sagemaker_requests_total{operation="Search",outcome="success"} 1');
    expect(text).toContain(
      'sagemaker_requests_total{operation="DescribeTrainingJob",outcome="client_error"} 1',
    );
    expect(text).toContain('sagemaker_request_duration_seconds_count{operation="Search"} 2');
    expect(callsOf(emulator)).toEqual({ Search: 2, DescribeTrainingJob: 1 });
    // The same command object sent again is counted again, once.
    const command = new ListTrainingJobsCommand({ MaxResults: 1 });
    await counted.send(command);
    await counted.send(command);
    expect(await metrics.registry.metrics()).toContain(
      'sagemaker_requests_total{operation="ListTrainingJobs",outcome="success"} 2',
    );
  });
});

const DESCRIBE_CONCURRENCY = DEFAULT_CONCURRENCY.default;

describe('bounded concurrency', () => {
  it(`keeps at most ${DESCRIBE_CONCURRENCY} Describe calls in flight`, async () => {
    emulator.knobs.latencyMs = 20;
    const { client: measured, state } = measuring();
    const configs = emulator.store
      .all('EndpointConfig')
      .map((config) => String(config.EndpointConfigName));
    const results = await loadEndpointConfigs(measured, configs);
    expect(results.map((config) => nameOf(config, 'EndpointConfigName'))).toEqual(configs);
    expect(configs.length).toBeGreaterThan(DESCRIBE_CONCURRENCY);
    expect(state.max).toBe(DESCRIBE_CONCURRENCY);
    expect(callsOf(emulator)).toEqual({ DescribeEndpointConfig: configs.length });
  });

  it('keeps as many Describe calls in flight as SAGEMAKER_MAX_CONCURRENCY lets through', async () => {
    emulator.knobs.latencyMs = 20;
    const { client: measured, state } = measuring();
    const configs = emulator.store
      .all('EndpointConfig')
      .map((config) => String(config.EndpointConfigName));
    const raised = instrumentClient(measured, {
      concurrency: { default: 8, byOperation: { DescribeEndpointConfig: 64 } },
    });
    await loadEndpointConfigs(raised, configs);
    // before: 8 per batch, whatever the bound (a wide level could not go out at once)
    expect(configs.length).toBeLessThanOrEqual(64);
    expect(state.max).toBe(configs.length);
    state.max = 0;
    const lowered = instrumentClient(measured, {
      concurrency: { default: 8, byOperation: { DescribeEndpointConfig: 3 } },
    });
    await loadEndpointConfigs(lowered, configs);
    expect(state.max).toBe(3);
  });

  it(`keeps at most ${DESCRIBE_CONCURRENCY} ListTags calls in flight`, async () => {
    emulator.knobs.latencyMs = 20;
    const { client: measured, state } = measuring();
    const models = emulator.store.all('Model');
    const results = await loadTagsByArn(
      measured,
      models.map((model) => String(model.ModelArn)),
    );
    expect(results).toEqual(models.map((model) => model.Tags ?? []));
    expect(state.max).toBe(DESCRIBE_CONCURRENCY);
    expect(callsOf(emulator)).toEqual({ ListTags: models.length });
  });

  it('holds many calls of one request in flight without a listener-leak warning', async () => {
    emulator.knobs.latencyMs = 20;
    const warnings: string[] = [];
    const onWarning = (warning: Error) => warnings.push(warning.name);
    process.on('warning', onWarning);
    try {
      const configs = emulator.store
        .all('EndpointConfig')
        .map((config) => String(config.EndpointConfigName));
      const scope = createRequestScope({ deadlineMs: 10_000, maxCallsPerRequest: 1_000 });
      await runInScope(scope, () => loadEndpointConfigs(instrumentClient(client), configs));
      // warnings are emitted on the next tick
      await new Promise((resolve) => setImmediate(resolve));
    } finally {
      process.off('warning', onWarning);
    }
    expect(warnings).toEqual([]);
  });

  it('createLimiter runs tasks in order with the given bound', async () => {
    const limit = createLimiter(2);
    let active = 0;
    let most = 0;
    const order: number[] = [];
    await Promise.all(
      [0, 1, 2, 3, 4].map((i) =>
        limit(async () => {
          active += 1;
          most = Math.max(most, active);
          order.push(i);
          await new Promise((resolve) => setTimeout(resolve, 5));
          active -= 1;
          if (i === 1) throw new Error('task failed');
        }).catch(() => undefined),
      ),
    );
    expect(most).toBe(2);
    expect(order).toEqual([0, 1, 2, 3, 4]);
    expect(() => createLimiter(0)).toThrow(RangeError);
  });
});
