import { useHmacUpstreamSignature } from '@graphql-mesh/hmac-upstream-signature';
import { type DocumentNode, parse, print, stripIgnoredCharacters } from 'graphql';
import { exportSPKI, generateKeyPair, SignJWT } from 'jose';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { useDemoGateway } from '../support/gateway.js';

const SECRET = 'router-and-subgraph-share-this-32+';
const OTHER_SECRET = 'a-different-router-secret-of-32-chars';

/** The execution request a router's subgraph executor holds; the signer adds `extensions`. */
interface ExecutionRequest {
  document: DocumentNode;
  variables?: Record<string, unknown>;
  operationName?: string;
  extensions?: Record<string, unknown>;
}

/** The two hooks of the router-side plugin Hive Gateway runs for `hmacSignature`. */
interface Signer {
  onYogaInit: (payload: { yoga: { fetchAPI: typeof globalThis } }) => void;
  onSubgraphExecute: (payload: {
    subgraphName: string;
    subgraph: unknown;
    executionRequest: ExecutionRequest;
    log: SilentLog;
  }) => unknown;
}

interface SilentLog {
  child: () => SilentLog;
  debug: () => void;
}
const log: SilentLog = { child: () => log, debug: () => {} };

/**
 * The body a Hive Gateway sends a subgraph, signed by the package's own router plugin
 * (`useHmacUpstreamSignature`, as `hmacSignature: { secret }` installs it): the query printed
 * as its HTTP executor prints it (executor-common's defaultPrintFn), the signature in
 * `extensions["hmac-signature"]`.
 */
async function signedBody(
  secret: string,
  query: string,
  variables?: Record<string, unknown>,
  operationName?: string,
): Promise<Record<string, unknown>> {
  const signer = useHmacUpstreamSignature({ secret }) as unknown as Signer;
  signer.onYogaInit({ yoga: { fetchAPI: globalThis } });
  const executionRequest: ExecutionRequest = {
    document: parse(query),
    ...(variables === undefined ? {} : { variables }),
    ...(operationName === undefined ? {} : { operationName }),
  };
  await signer.onSubgraphExecute({
    subgraphName: 'sagemaker',
    subgraph: {},
    executionRequest,
    log,
  });
  return {
    query: stripIgnoredCharacters(print(executionRequest.document)),
    variables: executionRequest.variables,
    operationName: executionRequest.operationName,
    extensions: executionRequest.extensions,
  };
}

const QUERY = '{ trainingJobs(first: 1) { nodes { name } } }';
const BY_VARIABLES =
  'query Jobs($first: Int, $after: String) { trainingJobs(first: $first, after: $after) { nodes { name } } }';

interface Answer {
  status: number;
  body: {
    data?: Record<string, unknown> | null;
    errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
  };
}

const { app, emulator } = useDemoGateway({
  config: loadConfig({ LOG_LEVEL: 'silent', FEDERATION_HMAC_SECRET: SECRET }),
});

async function post(body: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await app().fetch('http://gateway/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Answer['body'] };
}

/** 401 UNAUTHENTICATED, no data, and not one SageMaker call. */
function expectRefused(answer: Answer, why: RegExp) {
  expect(answer.status).toBe(401);
  expect(answer.body.data).toBeUndefined();
  expect(answer.body.errors?.map((error) => error.extensions?.code)).toEqual(['UNAUTHENTICATED']);
  expect(answer.body.errors?.[0]?.message).toMatch(why);
  expect(emulator().calls()).toEqual({});
}

beforeEach(() => emulator().resetCalls());

describe('FEDERATION_HMAC_SECRET', () => {
  it('answers a request the router signed', async () => {
    const answer = await post(await signedBody(SECRET, QUERY));
    expect([answer.status, answer.body.errors]).toEqual([200, undefined]);
    expect(answer.body.data?.trainingJobs).toMatchObject({ nodes: [{ name: expect.any(String) }] });
    expect(emulator().calls().Search).toBeGreaterThan(0);
  });

  it('answers a signed request with variables, whatever order their keys arrive in', async () => {
    const body = await signedBody(SECRET, BY_VARIABLES, { first: 2, after: null }, 'Jobs');
    const answer = await post({ ...body, variables: { after: null, first: 2 } });
    expect([answer.status, answer.body.errors]).toEqual([200, undefined]);
    expect(answer.body.data?.trainingJobs).toMatchObject({ nodes: [{}, {}] });
  });

  it('refuses an unsigned request: 401 UNAUTHENTICATED, no SageMaker call', async () => {
    expectRefused(await post({ query: QUERY }), /^Unsigned request/);
    expectRefused(await post({ query: QUERY, extensions: {} }), /^Unsigned request/);
    expectRefused(
      await post({ query: QUERY, extensions: { 'hmac-signature': 42 } }),
      /^Unsigned request/,
    );
  });

  it('refuses a GET without a signature', async () => {
    const response = await app().fetch(
      `http://gateway/graphql?query=${encodeURIComponent(QUERY)}`,
      { headers: { accept: 'application/json', 'x-graphql-yoga-csrf': '1' } },
    );
    expect(response.status).toBe(401);
    expect(emulator().calls()).toEqual({});
  });

  it('refuses a signed body that was tampered with', async () => {
    const body = await signedBody(SECRET, QUERY);
    const otherQuery = { ...body, query: '{trainingJobs(first:100){nodes{name}}}' };
    expectRefused(await post(otherQuery), /^Invalid signature/);
    const signed = await signedBody(SECRET, BY_VARIABLES, { first: 1 }, 'Jobs');
    expectRefused(await post({ ...signed, variables: { first: 100 } }), /^Invalid signature/);
    expectRefused(await post({ ...signed, variables: undefined }), /^Invalid signature/);
  });

  it('refuses a request signed with another secret', async () => {
    expectRefused(await post(await signedBody(OTHER_SECRET, QUERY)), /^Invalid signature/);
  });

  it('refuses a malformed signature with 401, not a server error', async () => {
    for (const signature of ['not base64!', '', 'AAAA', '====']) {
      const body = { query: QUERY, extensions: { 'hmac-signature': signature } };
      expectRefused(await post(body), /^(Unsigned request|Invalid signature)/);
    }
  });

  it('keeps /health and /ready open', async () => {
    expect((await app().fetch('http://gateway/health')).status).toBe(200);
    expect((await app().fetch('http://gateway/ready')).status).toBe(200);
  });
});

describe('without FEDERATION_HMAC_SECRET', () => {
  const open = useDemoGateway();

  it('answers unsigned requests as before', async () => {
    const answer = await open.post(QUERY);
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.trainingJobs).toBeDefined();
  });
});

const ISSUER = 'https://id.example.test/';
const AUDIENCE = 'sagemaker-gateway';
const pair = await generateKeyPair('RS256', { extractable: true });
const publicKeyPem = await exportSPKI(pair.publicKey);
const token = await new SignJWT({ scope: 'sagemaker:read', team: 'fraud' })
  .setProtectedHeader({ alg: 'RS256' })
  .setIssuer(ISSUER)
  .setAudience(AUDIENCE)
  .setSubject('alice')
  .setExpirationTime('5m')
  .sign(pair.privateKey);

describe('FEDERATION_HMAC_SECRET with AUTH_MODE=jwt', () => {
  const both = useDemoGateway({
    config: loadConfig({
      LOG_LEVEL: 'silent',
      FEDERATION_HMAC_SECRET: SECRET,
      AUTH_MODE: 'jwt',
      AUTH_JWT_PUBLIC_KEY: publicKeyPem,
      AUTH_ISSUER: ISSUER,
      AUTH_AUDIENCE: AUDIENCE,
    }),
  });

  async function ask(body: unknown, headers: Record<string, string>) {
    const response = await both.app().fetch('http://gateway/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as Answer['body'] };
  }

  it("needs both: the router's signature and the client's token it forwards", async () => {
    const signed = await signedBody(SECRET, QUERY);
    const authorization = `Bearer ${token}`;
    expect((await ask(signed, { authorization })).status).toBe(200);
    expect((await ask(signed, {})).status).toBe(401);
    expect((await ask({ query: QUERY }, { authorization })).status).toBe(401);
  });
});
