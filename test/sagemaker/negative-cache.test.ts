import type { SageMakerClient } from '@aws-sdk/client-sagemaker';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type Emulator, startEmulator } from '../../src/emulator/server.js';
import { loadEndpointConfigs } from '../../src/sagemaker/hosting.js';
import { configureReads } from '../../src/sagemaker/read-options.js';
import { loadTrainingJobs } from '../../src/sagemaker/training-job.js';
import { callsOf, clientFor, nameOf } from './helpers.js';

// A short TTL, so that the test can wait it out; the assertions only rely on "before" (at once)
// and "after" (a multiple of the TTL later), never on how close to the TTL a call lands.
const TTL_MS = 150;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let emulator: Emulator;
let client: SageMakerClient;

beforeAll(async () => {
  emulator = await startEmulator();
  client = clientFor(emulator);
  configureReads(client, { maxPages: 100, negativeCacheTtlMs: TTL_MS, negativeCacheSize: 100 });
});
afterAll(() => emulator.close());
beforeEach(() => emulator.resetCalls());

const unknown = (prefix: string, count: number) =>
  Array.from({ length: count }, (_, i) => `${prefix}-${i}`);

describe('the negative cache', () => {
  it('answers known-missing Search keys without a call until the TTL has passed', async () => {
    const names = unknown('gone-job', 10);
    expect(await loadTrainingJobs(client, names)).toEqual(names.map(() => null));
    expect(callsOf(emulator)).toEqual({ Search: 1, DescribeTrainingJob: 10 });

    emulator.resetCalls();
    expect(await loadTrainingJobs(client, names)).toEqual(names.map(() => null));
    expect(callsOf(emulator)).toEqual({});

    await sleep(TTL_MS * 2);
    emulator.resetCalls();
    await loadTrainingJobs(client, names);
    expect(callsOf(emulator)).toEqual({ Search: 1, DescribeTrainingJob: 10 });
  });

  it('still searches the other keys of a batch', async () => {
    const [missing] = unknown('gone-mixed', 1);
    const existing = String(emulator.store.all('TrainingJob')[0]?.TrainingJobName);
    await loadTrainingJobs(client, [String(missing)]);
    emulator.resetCalls();
    const results = await loadTrainingJobs(client, [String(missing), existing]);
    expect(results.map((result) => nameOf(result, 'TrainingJobName'))).toEqual([null, existing]);
    expect(callsOf(emulator)).toEqual({ Search: 1 });
  });

  it('hides a resource created meanwhile for at most the TTL', async () => {
    const name = 'created-later';
    await loadTrainingJobs(client, [name]);
    const template = structuredClone(emulator.store.all('TrainingJob')[0]);
    if (template === undefined) throw new Error('no demo training job');
    emulator.store.put('TrainingJob', {
      ...template,
      TrainingJobName: name,
      TrainingJobArn: emulator.store.arn('TrainingJob', name),
    });
    expect(await loadTrainingJobs(client, [name])).toEqual([null]);
    await sleep(TTL_MS * 2);
    const [found] = await loadTrainingJobs(client, [name]);
    expect(nameOf(found, 'TrainingJobName')).toBe(name);
  });

  it('covers Describe-only resources too', async () => {
    const names = unknown('gone-config', 5);
    await loadEndpointConfigs(client, names);
    expect(callsOf(emulator)).toEqual({ DescribeEndpointConfig: 5 });
    emulator.resetCalls();
    expect(await loadEndpointConfigs(client, names)).toEqual(names.map(() => null));
    expect(callsOf(emulator)).toEqual({});
  });

  it('remembers nothing of failed calls', async () => {
    emulator.knobs.failNext('DescribeEndpointConfig', 1, 'fault');
    const [failed] = await loadEndpointConfigs(client, ['flaky-config']);
    expect(failed).toBeInstanceOf(Error);
    emulator.resetCalls();
    await loadEndpointConfigs(client, ['flaky-config']);
    expect(callsOf(emulator)).toEqual({ DescribeEndpointConfig: 1 });
  });
});
