import { CreateModelCommand } from '@aws-sdk/client-sagemaker';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { type DemoGateway, useDemoGateway } from '../support/gateway.js';
import { type Answer, useTenantGateway } from '../support/tenants.js';

// Issue 16: the response cache. Every check counts the requests the emulator served.
const served = (gateway: Pick<DemoGateway, 'emulator'>): number =>
  Object.values(gateway.emulator().calls()).reduce((sum, count) => sum + count, 0);

/** Requests the emulator serves while `work` runs. */
async function callsOf(
  gateway: Pick<DemoGateway, 'emulator'>,
  work: () => Promise<unknown>,
): Promise<number> {
  const before = served(gateway);
  await work();
  return served(gateway) - before;
}

/** The gateway's response cache counters, from /metrics. */
async function cacheOutcomes(gateway: DemoGateway): Promise<Record<string, number>> {
  const text = await (await gateway.app().fetch('http://gateway/metrics')).text();
  return Object.fromEntries(
    [...text.matchAll(/^gateway_response_cache_requests_total\{outcome="(\w+)"\} (\d+)$/gm)].map(
      ([, outcome, count]) => [outcome, Number(count)],
    ),
  );
}

interface Job {
  name: string;
  trainingJobStatus: string;
}

const JOBS = `{ trainingJobs(first: 100) { edges { node { name trainingJobStatus } } } }`;

const jobsOf = (answer: { data?: unknown }): Job[] =>
  (answer.data as { trainingJobs: { edges: Array<{ node: Job }> } }).trainingJobs.edges.map(
    (edge) => edge.node,
  );

const JOB = `query Job($name: String!) { trainingJob(name: $name) { id name trainingJobStatus } }`;

const createInput = (name: string) => ({
  trainingJobName: name,
  algorithmSpecification: {
    trainingImage: '683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1',
    trainingInputMode: 'File',
  },
  roleArn: 'arn:aws:iam::123456789012:role/service-role/SageMakerRole',
  outputDataConfig: { s3OutputPath: 's3://amzn-s3-demo-bucket/xgboost/output/' },
  resourceConfig: { instanceType: 'ml.m5.xlarge', instanceCount: 1, volumeSizeInGB: 30 },
  stoppingCondition: { maxRuntimeInSeconds: 86400 },
});

const CREATE = `mutation Create($input: CreateTrainingJobInput!) {
  createTrainingJob(input: $input) { trainingJob { id name trainingJobStatus } }
}`;
const STOP = `mutation Stop($name: String!) {
  stopTrainingJob(name: $name) { trainingJob { id trainingJobStatus } }
}`;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the response cache (defaults)', () => {
  const gateway = useDemoGateway({ config: loadConfig({ LOG_LEVEL: 'silent' }) });

  it('answers a repeated query from the cache, with no SageMaker call', async () => {
    const first = await gateway.post(JOBS);
    expect(first.errors).toBeUndefined();
    const again = await callsOf(gateway, async () => {
      expect(await gateway.post(JOBS)).toEqual(first);
    });
    expect(again).toBe(0);
    const outcomes = await cacheOutcomes(gateway);
    expect(outcomes.hit).toBeGreaterThanOrEqual(1);
    expect(outcomes.miss).toBeGreaterThanOrEqual(1);
  });

  it('keys on the variables: another job is another entry', async () => {
    const [one, two] = jobsOf(await gateway.post(JOBS));
    if (one === undefined || two === undefined) throw new Error('the demo data has jobs');
    await gateway.post(JOB, { name: one.name });
    expect(await callsOf(gateway, () => gateway.post(JOB, { name: two.name }))).toBeGreaterThan(0);
    expect(await callsOf(gateway, () => gateway.post(JOB, { name: one.name }))).toBe(0);
  });

  it('never caches an answer with errors', async () => {
    const bad = `{ trainingJobs(first: 5, filter: { name: { contains: "${'x'.repeat(2000)}" } }) { edges { node { name } } } }`;
    const before = await cacheOutcomes(gateway);
    const first = await gateway.post(bad);
    const second = await gateway.post(bad);
    expect(first.errors?.length).toBeGreaterThan(0);
    expect(second.errors?.length).toBeGreaterThan(0);
    const after = await cacheOutcomes(gateway);
    expect(after.hit ?? 0).toBe(before.hit ?? 0);
  });

  it('never caches mutations: each one is sent, and drops the lists it changes', async () => {
    const before = jobsOf(await gateway.post(JOBS));
    expect(await callsOf(gateway, () => gateway.post(JOBS))).toBe(0);
    const created = await gateway.post(CREATE, { input: createInput('cache-created-1') });
    expect(created.errors).toBeUndefined();
    // the same mutation again reaches SageMaker (and is refused there: the name is taken)
    const again = await callsOf(gateway, () =>
      gateway.post(CREATE, { input: createInput('cache-created-1') }),
    );
    expect(again).toBeGreaterThan(0);
    let after: Job[] = [];
    const relisted = await callsOf(gateway, async () => {
      after = jobsOf(await gateway.post(JOBS));
    });
    expect(relisted).toBeGreaterThan(0);
    expect(after.map((job) => job.name)).toContain('cache-created-1');
    expect(after.length).toBe(Math.min(before.length + 1, 100));
  });

  it('drops a lookup of the resource a mutation changed, at once', async () => {
    await gateway.post(CREATE, { input: createInput('cache-stopped-1') });
    const running = await gateway.post(JOB, { name: 'cache-stopped-1' });
    expect(running.data).toMatchObject({ trainingJob: { trainingJobStatus: 'InProgress' } });
    expect(await callsOf(gateway, () => gateway.post(JOB, { name: 'cache-stopped-1' }))).toBe(0);
    expect((await gateway.post(STOP, { name: 'cache-stopped-1' })).errors).toBeUndefined();
    const stopped = await gateway.post(JOB, { name: 'cache-stopped-1' });
    expect(stopped.data).toMatchObject({ trainingJob: { trainingJobStatus: 'Stopping' } });
  });

  it('never caches introspection', async () => {
    const query = '{ __schema { queryType { name } } }';
    const before = await cacheOutcomes(gateway);
    await gateway.post(query);
    await gateway.post(query);
    const after = await cacheOutcomes(gateway);
    expect(after.hit ?? 0).toBe(before.hit ?? 0);
    expect((after.uncached ?? 0) - (before.uncached ?? 0)).toBe(2);
  });
});

describe('the response cache’s TTLs follow resource states', () => {
  const gateway = useDemoGateway({
    config: loadConfig({
      LOG_LEVEL: 'silent',
      CACHE_TTL_MS: '150',
      CACHE_TERMINAL_TTL_MS: '60000',
    }),
  });

  it('keeps a settled job long, a moving one and any list briefly', async () => {
    const jobs = jobsOf(await gateway.post(JOBS));
    const settled = jobs.find((job) => job.trainingJobStatus === 'Completed');
    if (settled === undefined) throw new Error('the demo data has a Completed job');
    await gateway.post(CREATE, { input: createInput('cache-moving-1') });
    await gateway.post(JOB, { name: settled.name });
    await gateway.post(JOB, { name: 'cache-moving-1' });
    await gateway.post(JOBS);
    await sleep(300);
    expect(await callsOf(gateway, () => gateway.post(JOB, { name: settled.name }))).toBe(0);
    expect(
      await callsOf(gateway, () => gateway.post(JOB, { name: 'cache-moving-1' })),
    ).toBeGreaterThan(0);
    expect(await callsOf(gateway, () => gateway.post(JOBS))).toBeGreaterThan(0);
  });

  it('keeps a model long, but briefly with its endpoints, which one may join', async () => {
    const [model] = gateway.emulator().store.all('Model');
    const name = 'cache-unhosted-model';
    await gateway.client().send(
      new CreateModelCommand({
        ModelName: name,
        ExecutionRoleArn: model?.ExecutionRoleArn,
        PrimaryContainer: model?.PrimaryContainer,
      }),
    );
    const plain = `query Model($name: String!) { model(name: $name) { name } }`;
    const hosted = `query Model($name: String!) { model(name: $name) { name endpoints { name } } }`;
    expect(await gateway.post(hosted, { name })).toEqual({
      data: { model: { name, endpoints: [] } },
    });
    await gateway.post(plain, { name });
    await sleep(300);
    expect(await callsOf(gateway, () => gateway.post(plain, { name }))).toBe(0);
    expect(await callsOf(gateway, () => gateway.post(hosted, { name }))).toBeGreaterThan(0);
  });

  it('keeps a settled job briefly when its status is not in the answer', async () => {
    const jobs = jobsOf(await gateway.post(JOBS));
    const settled = jobs.find((job) => job.trainingJobStatus === 'Failed');
    if (settled === undefined) throw new Error('the demo data has a Failed job');
    const query = `query Job($name: String!) { trainingJob(name: $name) { name } }`;
    await gateway.post(query, { name: settled.name });
    await sleep(300);
    expect(
      await callsOf(gateway, () => gateway.post(query, { name: settled.name })),
    ).toBeGreaterThan(0);
  });
});

describe('CACHE=off', () => {
  const gateway = useDemoGateway({ config: loadConfig({ LOG_LEVEL: 'silent', CACHE: 'off' }) });

  it('sends every query to SageMaker and counts no cache outcome', async () => {
    await gateway.post(JOBS);
    expect(await callsOf(gateway, () => gateway.post(JOBS))).toBeGreaterThan(0);
    expect(await cacheOutcomes(gateway)).toEqual({});
  });
});

describe('the response cache is scoped by tenant guard and scopes', async () => {
  const gateway = await useTenantGateway({ CACHE: 'on' });
  const LIST = `{ trainingJobs(first: 100) { edges { node { name } } } }`;
  const names = (answer: Answer) =>
    (
      answer.data as { trainingJobs: { edges: Array<{ node: { name: string } }> } }
    ).trainingJobs.edges
      .map((edge) => edge.node.name)
      .sort();

  it('never serves one tenant’s answer to another, nor an admin’s to a tenant', async () => {
    const fraud = await gateway.post('fraud', LIST);
    expect(await callsOf(gateway, () => gateway.post('fraud', LIST))).toBe(0);
    let vision: Answer = {};
    expect(
      await callsOf(gateway, async () => {
        vision = await gateway.post('vision', LIST);
      }),
    ).toBeGreaterThan(0);
    let admin: Answer = {};
    expect(
      await callsOf(gateway, async () => {
        admin = await gateway.post('admin', LIST);
      }),
    ).toBeGreaterThan(0);
    expect(names(fraud).length).toBeGreaterThan(0);
    expect(names(vision).length).toBeGreaterThan(0);
    expect(names(fraud).some((name) => names(vision).includes(name))).toBe(false);
    expect(names(admin)).not.toEqual(names(fraud));
    // the admin's entry is its own: a tenant asking again still gets its own answer
    expect(names(await gateway.post('fraud', LIST))).toEqual(names(fraud));
  });

  it('answers If-None-Match only after authentication, and never with another scope’s 304', async () => {
    const ask = (headers: Record<string, string>) =>
      gateway.app().fetch('http://gateway/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query: LIST }),
      });
    const bearer = async (claims: Record<string, unknown>) => ({
      authorization: `Bearer ${await gateway.token(claims)}`,
    });
    const FRAUD = { scope: 'sagemaker:read', team: 'fraud' };
    await ask(await bearer(FRAUD));
    const cached = await ask(await bearer(FRAUD));
    const fraudNames = names((await cached.json()) as Answer);
    const etag = cached.headers.get('etag');
    expect(etag).toBeTruthy();
    const conditional = { 'if-none-match': etag ?? '' };

    // no token: refused, not told whether fraud's answer changed
    const anonymous = await ask(conditional);
    expect(anonymous.status).toBe(401);
    // another tenant holding fraud's ETag gets its own answer in full
    const vision = await ask({
      ...conditional,
      ...(await bearer({ scope: 'sagemaker:read', team: 'vision' })),
    });
    expect(vision.status).toBe(200);
    const visionNames = names((await vision.json()) as Answer);
    expect(visionNames.length).toBeGreaterThan(0);
    expect(visionNames.some((name) => fraudNames.includes(name))).toBe(false);
  });
});
