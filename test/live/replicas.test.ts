import { CreateTrainingJobCommand, type SageMakerClient } from '@aws-sdk/client-sagemaker';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Emulator, startEmulator } from '../../src/emulator/server.js';
import { trainingJobInput } from '../emulator/helpers.js';
import { sdkClientFor } from '../support/emulator.js';
import {
  eventually,
  type LiveEvent,
  metricValue,
  type Reading,
  read,
  sleep,
  sseClient,
  statesOf,
} from '../support/live.js';
import { REDIS_INSTALL, type RedisServer, redisServerPath, startRedis } from '../support/redis.js';
import { REPLICA_METRICS_TOKEN, type Replica, startReplica } from '../support/replica.js';
import { requireTool } from '../support/tools.js';

const POLL_MS = 100;
const TTL_MS = 600;

const JOBS = /* GraphQL */ `
  subscription Jobs($filter: TrainingJobFilter) {
    trainingJobsUpdated(filter: $filter) { name trainingJobStatus secondaryStatus }
  }
`;

const hasRedis = requireTool({
  name: 'redis-server',
  available: redisServerPath() !== undefined,
  install: REDIS_INSTALL,
});

describe.runIf(hasRedis)('two replicas and a real redis-server', () => {
  let emulator: Emulator | undefined;
  let redis: RedisServer | undefined;
  let sdk: SageMakerClient | undefined;
  let replicas: Replica[] = [];
  let readings: Reading[] = [];

  beforeAll(async () => {
    emulator = await startEmulator({ data: 'empty', timeScale: 1000 });
    sdk = sdkClientFor(emulator);
    redis = await startRedis();
    const env = {
      REDIS_URL: redis.url,
      SUBSCRIPTION_POLL_MS: String(POLL_MS),
      SUBSCRIPTION_LOCK_TTL_MS: String(TTL_MS),
    };
    replicas = await Promise.all([
      startReplica(emulator.endpoint, env),
      startReplica(emulator.endpoint, env),
    ]);
    const filter = { name: { contains: 'replica' } };
    readings = replicas.map((replica) =>
      read(sseClient(replica.url).iterate({ query: JOBS, variables: { filter } })),
    );
    for (const replica of replicas) {
      await eventually(
        async () =>
          (await metricValue(
            replica.origin,
            'gateway_subscriptions',
            {},
            REPLICA_METRICS_TOKEN,
          )) === 1,
      );
    }
  }, 60_000);

  afterAll(async () => {
    await Promise.all(readings.map((reading) => reading.stop()));
    await Promise.all(replicas.map((replica) => replica.kill()));
    await redis?.stop();
    sdk?.destroy();
    await emulator?.close();
  });

  const running = () => {
    if (emulator === undefined || sdk === undefined || redis === undefined) {
      throw new Error('not started');
    }
    return { emulator, sdk, redis };
  };

  const searchesSent = (replica: Replica) =>
    metricValue(
      replica.origin,
      'sagemaker_requests_total',
      { operation: 'Search' },
      REPLICA_METRICS_TOKEN,
    );

  /**
   * Over `intervals` poll intervals from now: the Searches the emulator answered, and those each
   * replica sent (its own /metrics), which tell who polled however slowly a loaded machine runs
   * the timers.
   */
  const searchesOver = async (intervals: number) => {
    const before = await Promise.all(replicas.map(searchesSent));
    running().emulator.resetCalls();
    await sleep(intervals * POLL_MS);
    const total = running().emulator.calls().Search ?? 0;
    const after = await Promise.all(replicas.map(searchesSent));
    return { total, byReplica: after.map((count, at) => count - (before[at] ?? 0)) };
  };

  const statesOfJob = (events: readonly LiveEvent[], name: string) =>
    statesOf(events, 'trainingJobsUpdated').filter((job) => job.name === name);

  const runJob = async (name: string, watching: readonly Reading[]) => {
    await running().sdk.send(new CreateTrainingJobCommand(trainingJobInput(name)));
    await Promise.all(
      watching.map((reading) =>
        reading.until(
          (events) =>
            statesOfJob(events, name).some((job) => job.trainingJobStatus === 'Completed'),
          30_000,
        ),
      ),
    );
  };

  /** The one lease of the watched set, and the replica holding it. */
  const lease = async (): Promise<{ key: string; holder: string | null }> => {
    const admin = new Redis(running().redis.url, { maxRetriesPerRequest: 1 });
    admin.on('error', () => {});
    try {
      const [key] = await admin.keys('sagemaker-gateway:live:lock:*');
      return { key: key ?? '', holder: key === undefined ? null : await admin.get(key) };
    } finally {
      admin.disconnect();
    }
  };
  const holderOf = (holder: string | null) =>
    replicas.find((replica) => holder?.split(':')[1] === String(replica.pid));

  it('polls once per interval across both, and subscribers on both get every event', {
    timeout: 60_000,
  }, async () => {
    await sleep(3 * POLL_MS);
    const polled = await searchesOver(20);
    // 20 intervals: about 20 Searches across both (not 40), all sent by the lease's holder
    expect(polled.total).toBeLessThanOrEqual(24);
    const holder = holderOf((await lease()).holder);
    expect(holder).toBeDefined();
    // the follower sent none (a poll may land between the counters' reads: hence >= total - 1)
    replicas.forEach((replica, at) => {
      if (replica === holder) expect(polled.byReplica[at]).toBeGreaterThanOrEqual(polled.total - 1);
      else expect(polled.byReplica[at]).toBe(0);
    });
    expect(polled.total).toBeGreaterThanOrEqual(3);

    await runJob('replica-1', readings);
    const [first, second] = readings.map((reading) => statesOfJob(reading.events, 'replica-1'));
    expect(first?.at(-1)?.trainingJobStatus).toBe('Completed');
    expect(second).toEqual(first);
  });

  it('keeps both delivering while Redis is down, and shares the poller again once it is back', {
    timeout: 90_000,
  }, async () => {
    await running().redis.stop();
    await runJob('replica-2', readings);
    // each replica polls for itself meanwhile
    const alone = await searchesOver(10);
    expect(alone.byReplica.every((count) => count >= 2)).toBe(true);

    await running().redis.start();
    await eventually(async () => holderOf((await lease()).holder) !== undefined, 10_000);
    await sleep(3 * POLL_MS);
    const shared = await searchesOver(10);
    expect(shared.byReplica.filter((count) => count === 0)).toHaveLength(1);
    await runJob('replica-3', readings);
  });

  it('hands the set to the other replica within the lock TTL when the polling one dies', {
    timeout: 60_000,
  }, async () => {
    const { holder } = await lease();
    const dying = holderOf(holder);
    const survivor = replicas.find((replica) => replica !== dying);
    const watching = readings[replicas.findIndex((replica) => replica === survivor)];
    if (dying === undefined || survivor === undefined || watching === undefined) {
      throw new Error(`no holder among the replicas: ${holder}`);
    }
    const killed = Date.now();
    await dying.kill();
    await eventually(async () => holderOf((await lease()).holder) === survivor, TTL_MS + 5_000);
    // the lease's TTL, plus one poll interval and the scheduling slack of a loaded machine
    expect(Date.now() - killed).toBeLessThan(TTL_MS + POLL_MS + 1_500);
    await runJob('replica-4', [watching]);
  });
});
