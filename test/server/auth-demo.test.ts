import { generateKeyPairSync } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { useDemoGateway } from '../support/gateway.js';
import { runProcess } from '../support/process.js';

const ROOT = join(import.meta.dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');

/** `npm run token -- ...args`, as a newcomer runs it. */
async function demoToken(...args: string[]): Promise<string> {
  const result = await runProcess(TSX, [join(ROOT, 'scripts', 'token.ts'), ...args], {
    timeoutMs: 20_000,
  });
  expect([result.code, result.stderr]).toEqual([0, '']);
  return result.stdout.trim();
}

// AUTH_MODE=jwt and no key: the demo backend trusts the demo key.
const demo = useDemoGateway({ config: loadConfig({ LOG_LEVEL: 'silent', AUTH_MODE: 'jwt' }) });
// A gateway with a key of its own does not.
const keyed = useDemoGateway({
  config: loadConfig({
    LOG_LEVEL: 'silent',
    AUTH_MODE: 'jwt',
    AUTH_JWT_PUBLIC_KEY: generateKeyPairSync('ed25519')
      .publicKey.export({ type: 'spki', format: 'pem' })
      .toString(),
    AUTH_ISSUER: 'urn:sagemaker-graphql-gateway:demo',
    AUTH_AUDIENCE: 'sagemaker-graphql-gateway',
  }),
});

const JOBS = '{ trainingJobs(first: 100) { totalCount nodes { tags { key value } } } }';

async function ask(target: typeof demo, token: string) {
  const response = await target.app().fetch('http://gateway/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: JOBS }),
  });
  return {
    status: response.status,
    body: (await response.json()) as {
      data?: { trainingJobs: { totalCount: number; nodes: Array<{ tags: unknown[] }> } };
      errors?: unknown[];
    },
  };
}

describe('npm run token (the demo key)', () => {
  it("prints a token the demo gateway accepts, scoped to the team's jobs", async () => {
    const answer = await ask(demo, await demoToken('--team', 'fraud'));
    expect([answer.status, answer.body.errors]).toEqual([200, undefined]);
    const nodes = answer.body.data?.trainingJobs.nodes ?? [];
    expect(nodes.length).toBeGreaterThan(0);
    for (const job of nodes) expect(job.tags).toContainEqual({ key: 'team', value: 'fraud' });
    const admin = await ask(
      demo,
      await demoToken('--scope', 'sagemaker:read', '--scope', 'sagemaker:admin'),
    );
    expect(admin.body.data?.trainingJobs.totalCount).toBe(
      demo.emulator().store.all('TrainingJob').length,
    );
  });

  it('is refused by a gateway configured with keys of its own', async () => {
    const answer = await ask(keyed, await demoToken('--team', 'fraud'));
    expect(answer.status).toBe(401);
    expect(answer.body.errors).toMatchObject([
      { message: 'Invalid token: The token signature does not verify.' },
    ]);
  });
});
