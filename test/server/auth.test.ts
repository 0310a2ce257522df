import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  exportJWK,
  exportSPKI,
  generateKeyPair,
  type JWK,
  type JWTPayload,
  SignJWT,
  UnsecuredJWT,
} from 'jose';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { useDemoGateway } from '../support/gateway.js';

const ISSUER = 'https://id.example.test/';
const AUDIENCE = 'sagemaker-gateway';

type KeyPair = Awaited<ReturnType<typeof generateKeyPair>>;
const rsa = await generateKeyPair('RS256', { extractable: true });
const ec = await generateKeyPair('ES256', { extractable: true });
const rotated = await generateKeyPair('RS256', { extractable: true });

const jwk = async (pair: KeyPair, kid: string, alg: string): Promise<JWK> => ({
  ...(await exportJWK(pair.publicKey)),
  kid,
  alg,
  use: 'sig',
});

/** A JWKS over real HTTP on loopback; `keys` can be swapped to rotate, `fetches` counts GETs. */
const jwks = {
  keys: [await jwk(rsa, 'rsa-1', 'RS256'), await jwk(ec, 'ec-1', 'ES256')],
  fetches: 0,
};
const server: Server = createServer((_request, response) => {
  jwks.fetches += 1;
  response.writeHead(200, { 'content-type': 'application/json' });
  response.end(JSON.stringify({ keys: jwks.keys }));
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
const jwksUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks.json`;

const now = () => Math.floor(Date.now() / 1000);

interface TokenOptions {
  pair?: KeyPair;
  alg?: string;
  kid?: string;
  claims?: JWTPayload;
  issuer?: string;
  audience?: string;
  exp?: number | null;
  nbf?: number;
}

/** A token signed like the identity provider would: read scope, tenant fraud, 5 minutes. */
async function token(options: TokenOptions = {}): Promise<string> {
  const alg = options.alg ?? 'RS256';
  const jwt = new SignJWT({ scope: 'sagemaker:read', team: 'fraud', ...options.claims })
    .setProtectedHeader({ alg, kid: options.kid ?? (alg === 'ES256' ? 'ec-1' : 'rsa-1') })
    .setIssuer(options.issuer ?? ISSUER)
    .setAudience(options.audience ?? AUDIENCE)
    .setSubject('alice')
    .setIssuedAt();
  if (options.exp !== null) jwt.setExpirationTime(options.exp ?? now() + 300);
  if (options.nbf !== undefined) jwt.setNotBefore(options.nbf);
  return jwt.sign((options.pair ?? (alg === 'ES256' ? ec : rsa)).privateKey);
}

const config = loadConfig({
  LOG_LEVEL: 'silent',
  AUTH_MODE: 'jwt',
  AUTH_JWKS_URL: jwksUrl,
  AUTH_ISSUER: ISSUER,
  AUTH_AUDIENCE: AUDIENCE,
  // every unknown kid refetches here; the default 30 s would hold the rotated key back
  AUTH_JWKS_COOLDOWN_MS: '0',
});
const { app, emulator } = useDemoGateway({ config });

const QUERY = '{ trainingJobs(first: 1) { nodes { name } } }';

async function ask(headers: Record<string, string>, query = QUERY) {
  const response = await app().fetch('http://gateway/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as {
    data?: Record<string, unknown> | null;
    errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
  };
  return { status: response.status, challenge: response.headers.get('www-authenticate'), body };
}

const bearer = (value: string) => ({ authorization: `Bearer ${value}` });

/** 401, UNAUTHENTICATED, an RFC 6750 invalid_token challenge naming `why`, and no SageMaker call. */
async function expectRefused(headers: Record<string, string>, why: RegExp) {
  const answer = await ask(headers);
  expect(answer.status).toBe(401);
  expect(answer.body.data).toBeUndefined();
  expect(answer.body.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
  expect(answer.challenge).toMatch(
    /^Bearer realm="sagemaker-graphql-gateway", error="invalid_token", error_description="[^"\\]+"$/,
  );
  expect(answer.challenge).toMatch(why);
  expect(emulator().calls()).toEqual({});
}

beforeEach(() => emulator().resetCalls());

describe('AUTH_MODE=jwt with a JWKS', () => {
  it('answers a valid RS256 or ES256 token', async () => {
    for (const alg of ['RS256', 'ES256']) {
      const answer = await ask(bearer(await token({ alg })));
      expect([alg, answer.status, answer.body.errors]).toEqual([alg, 200, undefined]);
    }
    expect(emulator().calls().Search).toBeGreaterThan(0);
  });

  it('refuses a request without a token: 401 with a bare Bearer challenge, no call', async () => {
    for (const headers of [{}, { authorization: 'Basic YWxpY2U6c2VjcmV0' }, bearer('')]) {
      const answer = await ask(headers);
      expect(answer.status).toBe(401);
      expect(answer.challenge).toBe('Bearer realm="sagemaker-graphql-gateway"');
      expect(answer.body.errors).toEqual([
        {
          message: 'Authentication required: send Authorization: Bearer <token>.',
          extensions: { code: 'UNAUTHENTICATED' },
        },
      ]);
    }
    expect(emulator().calls()).toEqual({});
  });

  it('refuses an expired token, and one not valid yet', async () => {
    await expectRefused(bearer(await token({ exp: now() - 120 })), /expired/);
    await expectRefused(bearer(await token({ nbf: now() + 120 })), /not valid yet/);
    await expectRefused(bearer(await token({ exp: null })), /no expiry/);
  });

  it('allows AUTH_CLOCK_TOLERANCE_S (30 s) of clock skew', async () => {
    expect((await ask(bearer(await token({ exp: now() - 10 })))).status).toBe(200);
    expect((await ask(bearer(await token({ nbf: now() + 10 })))).status).toBe(200);
    emulator().resetCalls();
    await expectRefused(bearer(await token({ exp: now() - 40 })), /expired/);
  });

  it('refuses a token whose signature does not match its content', async () => {
    const [header, , signature] = (await token()).split('.');
    const [, payload] = (
      await token({ claims: { scope: 'sagemaker:read sagemaker:admin' } })
    ).split('.');
    await expectRefused(bearer(`${header}.${payload}.${signature}`), /signature/);
    const other = await generateKeyPair('RS256');
    await expectRefused(bearer(await token({ pair: other })), /signature/);
  });

  it('refuses a token of another issuer or for another audience', async () => {
    await expectRefused(bearer(await token({ issuer: 'https://evil.example.test/' })), /issuer/);
    await expectRefused(bearer(await token({ audience: 'another-api' })), /audience/);
  });

  it('refuses HS256 signed with the public key as secret, and alg none', async () => {
    const secret = new TextEncoder().encode(await exportSPKI(rsa.publicKey));
    const hs = await new SignJWT({ scope: 'sagemaker:read' })
      .setProtectedHeader({ alg: 'HS256', kid: 'rsa-1' })
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setExpirationTime('5m')
      .sign(secret);
    await expectRefused(bearer(hs), /algorithm/);
    const none = new UnsecuredJWT({ scope: 'sagemaker:read' })
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setExpirationTime('5m')
      .encode();
    await expectRefused(bearer(none), /algorithm/);
  });

  it('refuses an unknown kid, then accepts it once the JWKS rotates it in', async () => {
    const next = await token({ pair: rotated, kid: 'rsa-2' });
    const before = jwks.fetches;
    await expectRefused(bearer(next), /kid/);
    expect(jwks.fetches).toBe(before + 1);
    const previous = jwks.keys;
    jwks.keys = [...previous, await jwk(rotated, 'rsa-2', 'RS256')];
    try {
      const answer = await ask(bearer(next));
      expect([answer.status, answer.body.errors]).toEqual([200, undefined]);
      expect(jwks.fetches).toBe(before + 2);
      // cached now: no fetch for a known kid
      await ask(bearer(next));
      expect(jwks.fetches).toBe(before + 2);
    } finally {
      jwks.keys = previous;
    }
  });

  it('keeps /health, /ready and the GraphiQL page open', async () => {
    for (const path of ['/health', '/ready']) {
      const response = await app().fetch(`http://gateway${path}`, {});
      expect([path, response.status]).toEqual([path, 200]);
    }
    const page = await app().fetch('http://gateway/graphql', { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('GraphiQL');
  });
});
