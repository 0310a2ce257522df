import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { createSageMakerClient } from '../../src/sagemaker/client.js';
import { createGateway, type Gateway } from '../../src/server/gateway.js';
import { useEmulator } from '../support/emulator.js';
import { postTo } from '../support/gateway.js';
import { type RunningRedis, startRedis } from '../support/redis.js';

// Issue 16: with REDIS_URL the replicas share one response cache.
const { emulator } = useEmulator({ emulator: { data: 'demo' } });
let redis: RunningRedis;
let replicas: Gateway[] = [];

const JOB = `query Job($name: String!) { trainingJob(name: $name) { id name trainingJobStatus } }`;
const STOP = `mutation Stop($name: String!) {
  stopTrainingJob(name: $name) { trainingJob { id trainingJobStatus } }
}`;

const served = () => Object.values(emulator().calls()).reduce((sum, count) => sum + count, 0);
async function callsOf(work: () => Promise<unknown>): Promise<number> {
  const before = served();
  await work();
  return served() - before;
}

let running = '';
beforeAll(async () => {
  redis = await startRedis();
  const config = loadConfig({ LOG_LEVEL: 'silent', REDIS_URL: redis.url });
  const client = createSageMakerClient(config, emulator().endpoint);
  replicas = [createGateway(config, { client }), createGateway(config, { client })];
  const job = emulator()
    .store.all('TrainingJob')
    .find((record) => record.TrainingJobStatus === 'InProgress');
  running = job?.TrainingJobName ?? '';
  // both connections up before the first request
  await new Promise((resolve) => setTimeout(resolve, 200));
});
afterAll(async () => {
  await Promise.all(replicas.map((replica) => replica.dispose()));
  await redis.stop();
});

describe('a response cache in Redis', () => {
  it('serves an answer one replica cached from the other, with no SageMaker call', async () => {
    const [one, two] = replicas;
    if (one === undefined || two === undefined) throw new Error('two replicas');
    expect(running).not.toBe('');
    const first = await postTo(one, JOB, { name: running });
    expect(first.errors).toBeUndefined();
    expect(
      await callsOf(async () => expect(await postTo(two, JOB, { name: running })).toEqual(first)),
    ).toBe(0);
  });

  it('drops it on every replica when one replica’s mutation changes the resource', async () => {
    const [one, two] = replicas;
    if (one === undefined || two === undefined) throw new Error('two replicas');
    await postTo(two, JOB, { name: running });
    expect((await postTo(one, STOP, { name: running })).errors).toBeUndefined();
    const after = await postTo(two, JOB, { name: running });
    expect(after.data).toMatchObject({ trainingJob: { trainingJobStatus: 'Stopping' } });
  });

  it('answers from SageMaker while Redis is down, and caches again when it is back', async () => {
    const [one] = replicas;
    if (one === undefined) throw new Error('a replica');
    await redis.kill();
    const down = await postTo(one, JOB, { name: running });
    expect(down.errors).toBeUndefined();
    expect(await callsOf(() => postTo(one, JOB, { name: running }))).toBeGreaterThan(0);
    redis = await startRedis({ port: redis.port });
    const deadline = Date.now() + 10_000;
    let calls = 1;
    while (calls > 0 && Date.now() < deadline) {
      await postTo(one, JOB, { name: running });
      calls = await callsOf(() => postTo(one, JOB, { name: running }));
      if (calls > 0) await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(calls).toBe(0);
  });
});
