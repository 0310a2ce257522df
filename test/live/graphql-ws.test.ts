import { CreateTrainingJobCommand } from '@aws-sdk/client-sagemaker';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { loadConfig } from '../../src/config.js';
import { trainingJobInput } from '../emulator/helpers.js';
import {
  eventually,
  type Listening,
  listen,
  metricValue,
  read,
  sleep,
  sseClient,
  statesOf,
  useLiveGateway,
  wsClient,
} from '../support/live.js';
import { useJwtGateway } from '../support/tenants.js';

const WATCH = /* GraphQL */ `
  subscription Watch($name: String!) {
    trainingJobUpdated(name: $name) { name trainingJobStatus secondaryStatus }
  }
`;

const JOBS = /* GraphQL */ `
  subscription Jobs($filter: TrainingJobFilter) {
    trainingJobsUpdated(filter: $filter) { name trainingJobStatus tags { key value } }
  }
`;

describe('trainingJobUpdated over graphql-ws', () => {
  const gateway = useLiveGateway({
    config: loadConfig({ LOG_LEVEL: 'silent', DEMO_TIME_SCALE: '100', SUBSCRIPTION_POLL_MS: '50' }),
    emulator: { data: 'empty' },
  });

  it('sends InProgress, the secondary statuses, then Completed, and completes', async () => {
    await gateway.client().send(new CreateTrainingJobCommand(trainingJobInput('live-ws-1')));
    const client = wsClient(gateway.served().wsUrl);
    const reading = read(client.iterate({ query: WATCH, variables: { name: 'live-ws-1' } }));
    await reading.done;
    await client.dispose();
    const states = statesOf(reading.events, 'trainingJobUpdated');
    expect(states[0]?.trainingJobStatus).toBe('InProgress');
    expect(states.at(-1)?.trainingJobStatus).toBe('Completed');
    expect([...new Set(states.map((state) => state.secondaryStatus))]).toEqual([
      'Starting',
      'Downloading',
      'Training',
      'Uploading',
      'Completed',
    ]);
  });

  it('refuses an upgrade from an origin outside CORS_ORIGINS, accepts a listed one', async () => {
    const status = (origin: string) =>
      new Promise<number>((resolve) => {
        const socket = new WebSocket(gateway.served().wsUrl, 'graphql-transport-ws', { origin });
        socket.on('unexpected-response', (_request, response) => {
          resolve(response.statusCode ?? 0);
          socket.terminate();
        });
        socket.on('open', () => {
          resolve(101);
          socket.close();
        });
        socket.on('error', () => {});
      });
    expect(await status('https://evil.example')).toBe(403);
    expect(await status('http://localhost:5173')).toBe(101);
  });
});

describe('tenancy of subscriptions (JWT, SSE and graphql-ws)', async () => {
  const gateway = await useJwtGateway({ DEMO_TIME_SCALE: '1000', SUBSCRIPTION_POLL_MS: '50' });
  let served: Listening | undefined;
  beforeAll(async () => {
    served = await listen(gateway.app(), gateway.config.edge);
  });
  afterAll(async () => {
    await served?.close();
  });
  const at = (): Listening => {
    if (served === undefined) throw new Error('not listening');
    return served;
  };
  const reader = { scope: 'sagemaker:read' };

  it('delivers a tenant its own jobs only, on a poller of its own', async () => {
    const filter = { name: { contains: 'tenancy-live' } };
    const alphaToken = await gateway.token({ ...reader, team: 'alpha' });
    const betaToken = await gateway.token({ ...reader, team: 'beta' });
    const ws = wsClient(at().wsUrl, { authorization: `Bearer ${alphaToken}` });
    const alpha = read(ws.iterate({ query: JOBS, variables: { filter } }));
    const beta = read(
      sseClient(at().url, { authorization: `Bearer ${betaToken}` }).iterate({
        query: JOBS,
        variables: { filter },
      }),
    );
    const alphaWatchesBeta = read(
      ws.iterate({ query: WATCH, variables: { name: 'tenancy-live-b' } }),
    );
    await eventually(async () => (await metricValue(at().origin, 'gateway_subscriptions')) === 3);
    // one poller per (filter, tenant guard), and one for the watch by name
    expect(await metricValue(at().origin, 'gateway_subscription_pollers')).toBe(3);

    const client = gateway.client();
    await client.send(
      new CreateTrainingJobCommand(
        trainingJobInput('tenancy-live-b', [{ Key: 'team', Value: 'beta' }]),
      ),
    );
    await client.send(
      new CreateTrainingJobCommand(
        trainingJobInput('tenancy-live-a', [{ Key: 'team', Value: 'alpha' }]),
      ),
    );
    const completed = (name: string) => (events: Parameters<typeof statesOf>[0]) =>
      statesOf(events, 'trainingJobsUpdated').some(
        (job) => job.name === name && job.trainingJobStatus === 'Completed',
      );
    await alpha.until(completed('tenancy-live-a'));
    await beta.until(completed('tenancy-live-b'));
    await sleep(200);
    const names = (events: Parameters<typeof statesOf>[0]) =>
      new Set(statesOf(events, 'trainingJobsUpdated').map((job) => job.name));
    expect(names(alpha.events)).toEqual(new Set(['tenancy-live-a']));
    expect(names(beta.events)).toEqual(new Set(['tenancy-live-b']));
    // B's job by name is as missing to A as it is to queries
    expect(alphaWatchesBeta.events).toEqual([]);
    await Promise.all([alpha.stop(), beta.stop(), alphaWatchesBeta.stop()]);
    await ws.dispose();
  });

  it('refuses a socket without a valid token (4403) and a token without sagemaker:read', async () => {
    const closed = await new Promise<number>((resolve) => {
      const ws = wsClient(at().wsUrl, { authorization: 'Bearer not-a-token' });
      ws.on('closed', (event) => resolve((event as { code: number }).code));
      void ws
        .iterate({ query: WATCH, variables: { name: 'x' } })
        .next()
        .catch(() => {});
    });
    expect(closed).toBe(4403);

    const ws = wsClient(at().wsUrl, {
      authorization: `Bearer ${await gateway.token({ scope: 'sagemaker:write', team: 'alpha' })}`,
    });
    const refused = read(ws.iterate({ query: WATCH, variables: { name: 'x' } }));
    await refused.done.catch((error: unknown) => refused.events.push({ errors: error as never }));
    expect(JSON.stringify(refused.events)).toContain('FORBIDDEN');
    await ws.dispose();

    const sse = read(sseClient(at().url).iterate({ query: WATCH, variables: { name: 'x' } }));
    const failure = await sse.done.then(
      () => 'completed',
      (error: unknown) => String(error),
    );
    expect(failure).toContain('401');
  });
});
