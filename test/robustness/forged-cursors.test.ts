import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { useDemoGateway } from '../support/gateway.js';

// Issue 11, defect 3: cursors were unsigned base64 JSON, so a client could forge one carrying
// any NextToken (a 9,000-character token reached Search, whose NextToken holds 8,192).

const SECRET = 'a-cursor-secret-shared-by-replicas-0123';
const config = loadConfig({ LOG_LEVEL: 'silent', CURSOR_SECRET: SECRET });
const replica = useDemoGateway({ config });
const twin = useDemoGateway({ config });
const stranger = useDemoGateway({
  config: loadConfig({
    LOG_LEVEL: 'silent',
    CURSOR_SECRET: 'another-secret-of-another-deployment',
  }),
});

const PAGE = /* GraphQL */ `
  query Page($after: String) {
    trainingJobs(first: 2, after: $after) { pageInfo { endCursor } nodes { name } }
  }
`;
const NESTED = /* GraphQL */ `
  query Nested($name: String!, $after: String) {
    hyperParameterTuningJob(name: $name) {
      trainingJobs(first: 2, after: $after) { pageInfo { endCursor } nodes { name } }
    }
  }
`;

type Page = { trainingJobs: { pageInfo: { endCursor: string | null } } };

const forged = (body: unknown, prefix = 'sm1:') =>
  `${prefix}${Buffer.from(JSON.stringify(body)).toString('base64url')}`;

describe('cursors', () => {
  it('continue on any replica sharing CURSOR_SECRET', async () => {
    const first = await replica.post<Page>(PAGE);
    const after = first.data?.trainingJobs.pageInfo.endCursor;
    expect(after).toMatch(/^sm2:[\w-]+\.[\w-]{22}$/);
    const next = await twin.post(PAGE, { after });
    expect(next.errors).toBeUndefined();
  });

  it('are rejected, with no upstream call, when forged, altered or signed by another key', async () => {
    const first = await replica.post<Page>(PAGE);
    const valid = first.data?.trainingJobs.pageInfo.endCursor ?? '';
    const q = JSON.parse(Buffer.from(valid.slice(4).split('.')[0] ?? '', 'base64url').toString()).q;
    const [signed = '', mac = ''] = valid.split('.');
    const cursors = [
      // The unsigned format of before, with a token SageMaker would reject.
      forged({ t: 'x'.repeat(9000), o: 0, q }),
      forged({ t: 'x'.repeat(9000), o: 0, q }, 'sm2:'),
      `${forged({ t: 'forged', o: 0, q }, 'sm2:')}.${mac}`,
      `${signed}.${mac.slice(0, -1)}${mac.endsWith('A') ? 'B' : 'A'}`,
    ];
    for (const after of cursors) {
      replica.emulator().resetCalls();
      const result = await replica.post(PAGE, { after });
      expect(result.data).toEqual({ trainingJobs: null });
      expect(result.errors?.map((error) => error.extensions?.code)).toEqual(['BAD_USER_INPUT']);
      expect(result.errors?.[0]?.message).toContain('must be a cursor returned by this API');
      expect(replica.emulator().calls()).toEqual({});
    }
    stranger.emulator().resetCalls();
    const foreign = await stranger.post(PAGE, { after: valid });
    expect(foreign.errors?.map((error) => error.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    expect(stranger.emulator().calls()).toEqual({});
  });

  it('of nested connections are signed too', async () => {
    const tuning = replica.emulator().store.all('HyperParameterTuningJob')[0];
    const name = tuning?.HyperParameterTuningJobName ?? '';
    const first = await replica.post<{
      hyperParameterTuningJob: { trainingJobs: { pageInfo: { endCursor: string } } };
    }>(NESTED, { name });
    const valid = first.data?.hyperParameterTuningJob.trainingJobs.pageInfo.endCursor ?? '';
    expect(valid).toMatch(/^sm2:/);
    expect((await replica.post(NESTED, { name, after: valid })).errors).toBeUndefined();
    const q = JSON.parse(Buffer.from(valid.slice(4).split('.')[0] ?? '', 'base64url').toString()).q;
    replica.emulator().resetCalls();
    const result = await replica.post(NESTED, { name, after: forged({ t: 'x', o: 0, q }) });
    expect(result.errors?.map((error) => error.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    // One Search for the tuning job itself; none for its training jobs.
    expect(replica.emulator().calls()).toEqual({ Search: 1 });
  });
});
