import { beforeEach, describe, expect, it } from 'vitest';
import { type Answer, useJwtGateway } from '../support/tenants.js';

// Keys as one PEM (AUTH_JWT_PUBLIC_KEY), the other way to configure them than a JWKS.
const { app, emulator, postWith: post } = await useJwtGateway();

const codes = (answer: Answer) => answer.errors?.map((error) => error.extensions?.code);

beforeEach(() => emulator().resetCalls());

describe('scope rules', () => {
  it('needs sagemaker:read for every query field: FORBIDDEN, no call', async () => {
    const arn = emulator().store.all('TrainingJob')[0]?.TrainingJobArn ?? '';
    for (const scope of ['', 'sagemaker:write', 'sagemaker:admin', 'other:read']) {
      const answer = await post(
        { scope, team: 'fraud' },
        `{ trainingJobs(first: 1) { totalCount } trainingJob(name: "churn-xgb-1") { name }
           node(id: "${arn}") { id } }`,
      );
      expect([scope, answer.data]).toEqual([
        scope,
        { trainingJobs: null, trainingJob: null, node: null },
      ]);
      expect(codes(answer)).toEqual(['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN']);
      expect(answer.errors?.[0]).toMatchObject({
        message: 'Not authorized: Query.trainingJobs needs the scope sagemaker:read.',
        extensions: { code: 'FORBIDDEN' },
      });
    }
    expect(emulator().calls()).toEqual({});
  });

  it('answers with sagemaker:read, as a space-separated string or an array', async () => {
    for (const scope of ['openid sagemaker:read', ['sagemaker:read']]) {
      const answer = await post(
        { scope, team: 'fraud' },
        '{ trainingJobs(first: 1) { totalCount } }',
      );
      expect(answer.errors).toBeUndefined();
    }
    const without = await post(
      { scope: 'sagemaker:readonly' },
      '{ trainingJobs(first: 1) { totalCount } }',
    );
    expect(codes(without)).toEqual(['FORBIDDEN']);
  });

  const ENTITIES = `query ($representations: [_Any!]!) {
    _entities(representations: $representations) { ... on TrainingJob { name } } }`;

  it('holds _entities to the read scope too', async () => {
    const name = emulator().store.all('TrainingJob')[0]?.TrainingJobName;
    const representations = [{ __typename: 'TrainingJob', name }];
    const denied = await post({ scope: 'sagemaker:write' }, ENTITIES, { representations });
    expect(codes(denied)).toEqual(['FORBIDDEN']);
    expect(denied.errors?.[0]?.message).toBe(
      'Not authorized: Query._entities needs the scope sagemaker:read.',
    );
    expect(emulator().calls()).toEqual({});
    const allowed = await post({ scope: 'sagemaker:read sagemaker:admin' }, ENTITIES, {
      representations,
    });
    expect(allowed).toEqual({ data: { _entities: [{ name }] } });
  });

  it('serves _service to any authenticated caller, for composition, and to no one else', async () => {
    const answer = await post({ scope: '' }, '{ _service { sdl } }');
    expect(answer.errors).toBeUndefined();
    expect(JSON.stringify(answer.data)).toContain('type TrainingJob');
    const anonymous = await app().fetch('http://gateway/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ _service { sdl } }' }),
    });
    expect(anonymous.status).toBe(401);
  });
});

describe('tenant guards from the principal', () => {
  const JOBS = '{ trainingJobs(first: 100) { totalCount nodes { name tags { key value } } } }';
  interface Jobs {
    totalCount: number;
    nodes: Array<{ name: string; tags: Array<{ key: string; value: string }> }>;
  }
  const jobs = async (claims: Record<string, unknown>): Promise<Jobs> => {
    const answer = await post({ scope: 'sagemaker:read', ...claims }, JOBS);
    expect(answer.errors).toBeUndefined();
    return answer.data?.trainingJobs as Jobs;
  };
  const teams = (page: Jobs) =>
    new Set(page.nodes.map((job) => job.tags.find((tag) => tag.key === 'team')?.value));

  it("lists only the tenant's training jobs; an admin sees all", async () => {
    const fraud = await jobs({ team: 'fraud' });
    const vision = await jobs({ team: ['vision'] });
    const admin = await jobs({ scope: 'sagemaker:read sagemaker:admin', team: 'fraud' });
    expect(fraud.totalCount).toBeGreaterThan(0);
    expect(teams(fraud)).toEqual(new Set(['fraud']));
    expect(teams(vision)).toEqual(new Set(['vision']));
    expect(admin.totalCount).toBe(emulator().store.all('TrainingJob').length);
    expect(fraud.totalCount).toBeLessThan(admin.totalCount);
    const both = await jobs({ team: ['fraud', 'vision'] });
    expect(both.totalCount).toBe(fraud.totalCount + vision.totalCount);
  });

  it('lists nothing for a principal without a tenant, or with one that is no tag value', async () => {
    for (const team of [undefined, [], 'fraud,vision', ' fraud', 42]) {
      const page = await jobs({ team });
      expect([team, page.totalCount, page.nodes]).toEqual([team, 0, []]);
    }
  });
});
