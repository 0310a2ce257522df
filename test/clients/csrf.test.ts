import { describe, expect, it } from 'vitest';
import { createUrqlClient, variantWeights } from '../../examples/frontend/urql-client.js';
import { DEMO } from '../../src/emulator/demo/demo-data.js';
import { useDemoGateway } from '../support/gateway.js';
import { gatewayFetch } from './gateway-fetch.js';

/**
 * The CSRF policy: stock clients pass with their defaults, and nothing with effects can be sent
 * by a page of another site (which can only make a browser send a GET, or a POST of a simple
 * content type, without a preflight).
 */
const gateway = useDemoGateway();
const GRAPHQL = 'http://gateway/graphql';

const post = (
  contentType: string | undefined,
  body: string,
  headers: Record<string, string> = {},
) =>
  gateway.app().fetch(GRAPHQL, {
    method: 'POST',
    headers: { ...(contentType === undefined ? {} : { 'content-type': contentType }), ...headers },
    // bytes, as a string body would be given text/plain
    body: new TextEncoder().encode(body),
  });

const MUTATION = `mutation { stopTrainingJob(name: "${DEMO.tuningJobName}-x") { trainingJob { name } } }`;

describe('CSRF policy', () => {
  it('answers urql 6 with its defaults, which sends a short query as GET without a CSRF header', async () => {
    const { fetch, sent } = gatewayFetch(gateway);
    const weights = await variantWeights(createUrqlClient(GRAPHQL, fetch), DEMO.endpointName);
    expect(Object.keys(weights)).toEqual(['champion', 'challenger']);
    expect(sent.map((request) => request.method)).toEqual(['GET']);
    expect(sent[0]?.headers.has('x-graphql-yoga-csrf')).toBe(false);
  });

  it('never executes a mutation sent as GET', async () => {
    gateway.emulator().resetCalls();
    const response = await gateway
      .app()
      .fetch(`${GRAPHQL}?query=${encodeURIComponent(MUTATION)}`, { method: 'GET' });
    expect(response.status).toBe(405);
    const body = (await response.json()) as { errors: Array<{ message: string }> };
    expect(body.errors[0]?.message).toBe(
      'Can only perform a mutation operation from a POST request.',
    );
    expect(gateway.emulator().calls()).toEqual({});
  });

  it.each([
    ['text/plain', 'text/plain'],
    ['a form', 'application/x-www-form-urlencoded'],
    ['multipart', 'multipart/form-data; boundary=x'],
    ['no content type', undefined],
  ])('refuses a POST of %s, which needs no preflight, naming the rule', async (_, type) => {
    gateway.emulator().resetCalls();
    const response = await post(type, JSON.stringify({ query: MUTATION }));
    expect(response.status).toBe(403);
    const body = (await response.json()) as {
      errors: Array<{ message: string; extensions: { code: string } }>;
    };
    expect(body.errors[0]?.extensions.code).toBe('BAD_REQUEST');
    expect(body.errors[0]?.message).toContain('Content-Type application/json');
    expect(body.errors[0]?.message).toContain('x-graphql-yoga-csrf');
    expect(body.errors[0]?.message).toContain(
      type === undefined ? 'has none' : JSON.stringify(type),
    );
    expect(gateway.emulator().calls()).toEqual({});
  });

  it('lets a POST of a simple content type through with the CSRF header', async () => {
    const response = await post('application/x-www-form-urlencoded', 'query=%7B__typename%7D', {
      'x-graphql-yoga-csrf': '1',
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('runs a JSON POST, which a browser preflights, with nothing extra', async () => {
    const response = await post('application/json', JSON.stringify({ query: '{ __typename }' }));
    expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
  });
});
