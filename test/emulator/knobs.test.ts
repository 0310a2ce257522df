import {
  CreateTrainingJobCommand,
  DescribeTrainingJobCommand,
  ListEndpointsCommand,
  SearchCommand,
} from '@aws-sdk/client-sagemaker';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../../src/emulator/server.js';
import { clientFor, createClock, failure, startEmpty, trainingJobInput } from './helpers.js';

describe('knobs and call counting', () => {
  let emulator: Emulator;

  beforeAll(async () => {
    emulator = await startEmpty();
  });
  afterEach(() => {
    emulator.knobs.latencyMs = 0;
    emulator.knobs.throttleRate = 0;
    emulator.knobs.faultRate = 0;
    emulator.resetCalls();
  });
  afterAll(() => emulator.close());

  it('adds latency', async () => {
    const client = clientFor(emulator);
    await client.send(new ListEndpointsCommand({}));
    emulator.knobs.latencyMs = 120;
    const started = performance.now();
    await client.send(new ListEndpointsCommand({}));
    expect(performance.now() - started).toBeGreaterThanOrEqual(110);
  });

  it('throttles the next call: seen with one attempt, retried away by default', async () => {
    emulator.knobs.failNext('ListEndpoints', 1, 'throttle');
    const error = await failure(clientFor(emulator, 1).send(new ListEndpointsCommand({})));
    expect(error.name).toBe('ThrottlingException');
    expect(error.message).toBe('Rate exceeded');
    expect(error.$metadata?.httpStatusCode).toBe(400);

    emulator.knobs.failNext('ListEndpoints', 1, 'throttle');
    emulator.resetCalls();
    const retried = await clientFor(emulator, 3).send(new ListEndpointsCommand({}));
    expect(retried.Endpoints).toEqual([]);
    expect(emulator.calls()).toEqual({ ListEndpoints: 2 });
  });

  it('injects server faults as HTTP 500', async () => {
    emulator.knobs.failNext('*', 1, 'fault');
    const error = await failure(clientFor(emulator).send(new ListEndpointsCommand({})));
    expect(error.name).toBe('InternalFailure');
    expect(error.$metadata?.httpStatusCode).toBe(500);
  });

  it('throttles at a rate', async () => {
    emulator.knobs.throttleRate = 1;
    const error = await failure(clientFor(emulator).send(new ListEndpointsCommand({})));
    expect(error.name).toBe('ThrottlingException');
  });

  it('counts calls per operation', async () => {
    const client = clientFor(emulator);
    await client.send(new ListEndpointsCommand({}));
    await client.send(new ListEndpointsCommand({}));
    await failure(client.send(new DescribeTrainingJobCommand({ TrainingJobName: 'x' })));
    expect(emulator.calls()).toEqual({ ListEndpoints: 2, DescribeTrainingJob: 1 });
    emulator.resetCalls();
    expect(emulator.calls()).toEqual({});
  });

  it('exposes knobs and calls over HTTP', async () => {
    const response = await fetch(`${emulator.endpoint}/_emulator/knobs`, {
      method: 'POST',
      body: JSON.stringify({
        throttleRate: 0.5,
        failNext: { operation: 'Search', count: 1, kind: 'fault' },
      }),
    });
    expect(await response.json()).toMatchObject({ throttleRate: 0.5, latencyMs: 0 });
    expect(emulator.knobs.throttleRate).toBe(0.5);
    emulator.knobs.throttleRate = 0;
    const fault = await failure(
      clientFor(emulator).send(new SearchCommand({ Resource: 'TrainingJob' })),
    );
    expect(fault.name).toBe('InternalFailure');
    const calls = await fetch(`${emulator.endpoint}/_emulator/calls`);
    expect(await calls.json()).toEqual({ Search: 1 });
    const bad = await fetch(`${emulator.endpoint}/_emulator/knobs`, {
      method: 'POST',
      body: JSON.stringify({ faultRate: 2 }),
    });
    expect(bad.status).toBe(400);
  });

  it('answers unknown operations and malformed JSON like AWS', async () => {
    const post = (target: string, body: string) =>
      fetch(emulator.endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': target },
        body,
      });
    const unknown = await post('SageMaker.FlyToTheMoon', '{}');
    expect(unknown.status).toBe(400);
    expect(await unknown.json()).toMatchObject({ __type: 'UnknownOperationException' });
    const malformed = await post('SageMaker.ListEndpoints', '{not json');
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toMatchObject({ __type: 'SerializationException' });
    const ok = await post('SageMaker.ListEndpoints', '{}');
    expect(ok.headers.get('content-type')).toBe('application/x-amz-json-1.1');
  });
});

describe('search lag (eventual consistency)', () => {
  it('hides a created job from Search until the lag has passed, but not from Describe', async () => {
    const clock = createClock();
    const emulator = await startEmpty({ now: clock.now, searchLagMs: 5_000 });
    try {
      const client = clientFor(emulator);
      await client.send(new CreateTrainingJobCommand(trainingJobInput('fresh')));
      const search = () =>
        client.send(
          new SearchCommand({
            Resource: 'TrainingJob',
            SearchExpression: {
              Filters: [{ Name: 'TrainingJobName', Operator: 'Equals', Value: 'fresh' }],
            },
          }),
        );
      expect((await search()).Results).toEqual([]);
      expect((await search()).TotalHits?.Value).toBe(0);
      const described = await client.send(
        new DescribeTrainingJobCommand({ TrainingJobName: 'fresh' }),
      );
      expect(described.TrainingJobName).toBe('fresh');
      clock.advance(5_000);
      const found = await search();
      expect(found.Results?.[0]?.TrainingJob?.TrainingJobName).toBe('fresh');
      expect(found.Results?.[0]?.TrainingJob?.CreationTime).toBeInstanceOf(Date);
    } finally {
      await emulator.close();
    }
  });
});
