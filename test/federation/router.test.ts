import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CreateTrainingJobCommand } from '@aws-sdk/client-sagemaker';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeSupergraph } from '../../examples/supergraph/compose.js';
import type { Assignments } from '../../examples/supergraph/teams-schema.js';
import { type Emulator, startEmulator } from '../../src/emulator/server.js';
import { trainingJobInput } from '../emulator/helpers.js';
import { sdkClientFor } from '../support/emulator.js';
import { freePort } from '../support/free-port.js';
import { metricValue, read, sseClient, statesOf } from '../support/live.js';
import { REDIS_INSTALL, type RunningRedis, redisServerPath, startRedis } from '../support/redis.js';
import { REPLICA_METRICS_TOKEN, type Replica, startReplica } from '../support/replica.js';
import { ROOT, type Service, startService } from '../support/service.js';
import { jwtSigner } from '../support/tenants.js';
import { requireTool } from '../support/tools.js';
import {
  assignmentsOf,
  type DemoRecords,
  expectPagesWithTeamFields,
  expectTeamSubgraphFirst,
  recordsOf,
} from './supergraph-cases.js';

// The supergraph as a platform team runs it (README "Running a supergraph"): Hive Gateway as a
// process of its own, with examples/supergraph/gateway.config.ts, in front of two replicas of this
// gateway sharing a redis-server, and the team subgraph of examples/supergraph/. Every piece is a
// real server on loopback; the emulator counts SageMaker calls.

const HMAC_SECRET = 'router-signing-secret-0123456789abcdef';
const ADMIN = { scope: 'sagemaker:read sagemaker:admin', team: 'fraud' };
const FRAUD = { scope: 'sagemaker:read sagemaker:write', team: 'fraud' };
const VISION = { scope: 'sagemaker:read', team: 'vision' };

const hasRedis = requireTool({
  name: 'redis-server',
  available: redisServerPath() !== undefined,
  install: REDIS_INSTALL,
});

interface Answer {
  data?: Record<string, unknown> | null;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

describe.runIf(hasRedis)('Hive Gateway in front of two replicas and a team subgraph', () => {
  let emulator: Emulator;
  let redis: RunningRedis;
  let replicas: Replica[] = [];
  let teams: Service | undefined;
  let router: Service | undefined;
  let routerUrl = '';
  let records: DemoRecords;
  let assignments: Assignments;
  let sign: (claims: Record<string, unknown>) => Promise<string>;
  const folder = mkdtempSync(join(tmpdir(), 'supergraph-'));

  beforeAll(async () => {
    emulator = await startEmulator({ data: 'demo' });
    redis = await startRedis();
    records = recordsOf(emulator.store);
    assignments = assignmentsOf(records);

    const signer = await jwtSigner();
    sign = (claims) => signer.token(claims);
    const replicaEnv = {
      ...signer.vars,
      FEDERATION_HMAC_SECRET: HMAC_SECRET,
      REDIS_URL: redis.url,
      SUBSCRIPTION_POLL_MS: '100',
    };
    const assignmentsFile = join(folder, 'assignments.json');
    writeFileSync(assignmentsFile, JSON.stringify(assignments));
    const [first, second, team] = await Promise.all([
      startReplica(emulator.endpoint, replicaEnv),
      startReplica(emulator.endpoint, replicaEnv),
      startService({
        name: 'the team subgraph',
        command: process.execPath,
        args: ['--import', 'tsx', 'examples/supergraph/teams-server.ts'],
        env: {
          PATH: process.env.PATH ?? '',
          PORT: '0',
          TEAMS_ASSIGNMENTS: assignmentsFile,
        },
        ready: /teams subgraph: (http:\S+)/,
      }),
    ]);
    replicas = [first, second];
    teams = team;

    const supergraphFile = join(folder, 'supergraph.graphql');
    writeFileSync(
      supergraphFile,
      composeSupergraph({ sagemaker: first.url, teams: team.ready[1] ?? '' }),
    );
    const port = await freePort();
    router = await startService({
      name: 'Hive Gateway',
      command: process.execPath,
      args: [
        join(ROOT, 'node_modules', '@graphql-hive', 'gateway', 'dist', 'bin.js'),
        'supergraph',
        supergraphFile,
        '--config-path',
        'examples/supergraph/gateway.config.ts',
        '--host',
        '127.0.0.1',
        '--port',
        String(port),
      ],
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '',
        // info: it says it listens at that level
        LOG_LEVEL: 'info',
        FEDERATION_HMAC_SECRET: HMAC_SECRET,
        SAGEMAKER_REPLICA_URLS: replicas.map((replica) => replica.url).join(','),
      },
      ready: /Listening on http:\/\/127\.0\.0\.1:\d+/,
      timeoutMs: 60_000,
    });
    routerUrl = `http://127.0.0.1:${port}/graphql`;
  }, 120_000);

  afterAll(async () => {
    await Promise.all([
      router?.kill(),
      teams?.kill(),
      ...replicas.map((replica) => replica.kill()),
    ]);
    await redis?.stop();
    await emulator?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  async function post(
    claims: Record<string, unknown> | undefined,
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<Answer> {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (claims !== undefined) headers.authorization = `Bearer ${await sign(claims)}`;
    const response = await fetch(routerUrl, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as Answer;
  }

  /** The SageMaker calls one query through the router costs, and its data. */
  async function measured(query: string, variables: Record<string, unknown> = {}) {
    emulator.resetCalls();
    const answer = await post(ADMIN, query, variables);
    expect(answer.errors).toBeUndefined();
    return { data: answer.data ?? {}, calls: emulator.calls() };
  }

  it('resolves the team subgraph’s jobs and endpoints through the replicas, at the in-process calls', () =>
    expectTeamSubgraphFirst(measured, records, assignments));

  it('gives pages of this subgraph the team subgraph’s fields', () =>
    expectPagesWithTeamFields(measured, assignments));

  it('holds each caller to its own tenant behind the router', async () => {
    const TEAMS_OF_PAGE = '{ trainingJobs(first: 30) { nodes { name tags { key value } } } }';
    type Page = { nodes: Array<{ tags: Array<{ key: string; value: string }> }> };
    const teamsOf = (answer: Answer) =>
      ((answer.data?.trainingJobs as Page | undefined)?.nodes ?? []).map(
        (node) => node.tags.find((tag) => tag.key === 'team')?.value,
      );
    const fraud = await post(FRAUD, TEAMS_OF_PAGE);
    const vision = await post(VISION, TEAMS_OF_PAGE);
    expect(fraud.errors).toBeUndefined();
    expect(vision.errors).toBeUndefined();
    expect(teamsOf(fraud).length).toBeGreaterThan(0);
    expect(new Set(teamsOf(fraud))).toEqual(new Set(['fraud']));
    expect(new Set(teamsOf(vision))).toEqual(new Set(['vision']));

    const anonymous = await post(undefined, TEAMS_OF_PAGE);
    expect(anonymous.data?.trainingJobs ?? null).toBeNull();
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('answers only its router: a request to a replica that the router did not sign is refused', async () => {
    const response = await fetch(replicas[0]?.url ?? '', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${await sign(ADMIN)}`,
      },
      body: JSON.stringify({ query: '{ trainingJobs(first: 1) { nodes { name } } }' }),
    });
    const answer = (await response.json()) as Answer;
    expect(answer.data ?? null).toBeNull();
    expect(answer.errors?.[0]?.message).toMatch(/Unsigned request/);
  });

  it('serves an answer one replica cached from the other replica, with no SageMaker call', async () => {
    const QUERY = '{ endpoints(first: 7) { nodes { name endpointStatus } } }';
    /** Each replica's count of cache lookups with this outcome. */
    const counts = (outcome: 'hit' | 'miss') =>
      Promise.all(
        replicas.map((replica) =>
          metricValue(
            replica.origin,
            'gateway_response_cache_requests_total',
            { outcome },
            REPLICA_METRICS_TOKEN,
          ),
        ),
      );
    const hits = () => counts('hit');
    const misses = () => counts('miss');
    const [hitsBefore, missesBefore] = [await hits(), await misses()];
    const first = await measured(QUERY);
    expect(first.calls).toEqual({ Search: 1 });
    const missesAfter = await misses();
    const stored = missesAfter.findIndex((value, at) => value > (missesBefore[at] ?? 0));
    expect(stored).toBeGreaterThanOrEqual(0);

    const second = await measured(QUERY);
    expect(second.data).toEqual(first.data);
    expect(second.calls).toEqual({});
    const hitsAfter = await hits();
    const served = hitsAfter.findIndex((value, at) => value > (hitsBefore[at] ?? 0));
    expect(served).toBeGreaterThanOrEqual(0);
    // the router took the replicas in turn: the hit is the other replica's
    expect(served).not.toBe(stored);
  });

  it('streams a subscription through the router (SSE both ways), with the team subgraph’s fields', async () => {
    const name = 'router-watched-job';
    await sdkClientFor(emulator).send(
      new CreateTrainingJobCommand(trainingJobInput(name, [{ Key: 'team', Value: 'fraud' }])),
    );
    const token = await sign(FRAUD);
    const reading = read(
      sseClient(routerUrl, { authorization: `Bearer ${token}` }).iterate({
        query: `subscription ($name: String!) {
          trainingJobUpdated(name: $name) { name trainingJobStatus owner { name } }
        }`,
        variables: { name },
      }),
    );
    try {
      await reading.until((events) => events.length > 0, 20_000);
      const stopped = await post(
        FRAUD,
        `mutation { stopTrainingJob(name: "${name}") { trainingJob { trainingJobStatus } } }`,
      );
      expect(stopped.errors).toBeUndefined();
      await reading.until(
        (events) =>
          statesOf(events, 'trainingJobUpdated').some(
            (state) => state.trainingJobStatus === 'Stopping',
          ),
        20_000,
      );
      expect(reading.events.every((event) => event.errors === undefined)).toBe(true);
      const states = statesOf(reading.events, 'trainingJobUpdated');
      expect(states[0]).toEqual({ name, trainingJobStatus: 'InProgress', owner: null });
    } finally {
      await reading.stop();
    }
  });
});
