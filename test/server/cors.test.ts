import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { type DemoGateway, useDemoGateway } from '../support/gateway.js';

const QUERY = '{ endpoints(first: 1) { nodes { name } } }';

/** The three ways a page reaches /graphql cross-origin: GET, POST and the POST's preflight. */
const requests = (origin: string): Array<[string, RequestInit]> => [
  [
    'GET',
    {
      method: 'GET',
      headers: { origin, 'x-graphql-yoga-csrf': '1' },
    },
  ],
  [
    'POST',
    {
      method: 'POST',
      headers: { origin, 'content-type': 'application/json' },
      body: JSON.stringify({ query: QUERY }),
    },
  ],
  [
    'OPTIONS',
    {
      method: 'OPTIONS',
      headers: {
        origin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type, authorization',
      },
    },
  ],
];

const send = (gateway: DemoGateway, init: RequestInit) =>
  gateway.app().fetch(`http://gateway/graphql?query=${encodeURIComponent(QUERY)}`, init);

describe('CORS in demo mode (CORS_ORIGINS unset: this machine on any port)', () => {
  const gateway = useDemoGateway();

  it.each([
    'https://evil.example',
    'null',
    'http://localhost.evil.example',
    'http://localhost:80x',
  ])('sends no CORS headers to %s on GET, POST and preflight', async (origin) => {
    for (const [method, init] of requests(origin)) {
      const response = await send(gateway, init);
      expect(response.headers.get('access-control-allow-origin'), method).toBeNull();
      expect(response.headers.get('access-control-allow-credentials'), method).toBeNull();
      expect(response.headers.get('vary'), method).toContain('Origin');
    }
  });

  it.each([
    'http://localhost:5173',
    'http://127.0.0.1:3000',
    'http://[::1]:8080',
    'http://localhost',
  ])('lets %s read answers, with credentials', async (origin) => {
    for (const [method, init] of requests(origin)) {
      const response = await send(gateway, init);
      expect(response.headers.get('access-control-allow-origin'), method).toBe(origin);
      expect(response.headers.get('access-control-allow-credentials'), method).toBe('true');
    }
    const preflight = await send(gateway, requests(origin)[2]?.[1] ?? {});
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-methods')).toBe('GET, POST');
    expect(preflight.headers.get('access-control-allow-headers')).toContain('authorization');
  });
});

describe('CORS with CORS_ORIGINS', () => {
  const gateway = useDemoGateway({
    config: loadConfig({
      LOG_LEVEL: 'silent',
      CORS_ORIGINS: 'https://ml.example.com, https://admin.example.com:8443',
    }),
  });

  it('answers a listed origin with exactly itself', async () => {
    for (const origin of ['https://ml.example.com', 'https://admin.example.com:8443']) {
      for (const [method, init] of requests(origin)) {
        const response = await send(gateway, init);
        expect(response.headers.get('access-control-allow-origin'), method).toBe(origin);
        expect(response.headers.get('access-control-allow-credentials'), method).toBe('true');
      }
    }
  });

  it.each(['https://evil.example', 'null', 'http://localhost:5173', 'https://ml.example.com:444'])(
    'sends no CORS headers to the unlisted %s',
    async (origin) => {
      for (const [method, init] of requests(origin)) {
        const response = await send(gateway, init);
        expect(response.headers.get('access-control-allow-origin'), method).toBeNull();
        expect(response.headers.get('access-control-allow-credentials'), method).toBeNull();
      }
    },
  );
});

describe('CORS in AWS mode (CORS_ORIGINS unset)', () => {
  const gateway = useDemoGateway({
    config: loadConfig({
      LOG_LEVEL: 'silent',
      SAGEMAKER_BACKEND: 'aws',
      AWS_REGION: 'us-east-1',
      ALLOW_ANONYMOUS: 'true',
    }),
  });

  it.each(['http://localhost:5173', 'https://evil.example', 'null'])(
    'gives %s no cross-origin access',
    async (origin) => {
      for (const [method, init] of requests(origin)) {
        const response = await send(gateway, init);
        expect(response.headers.get('access-control-allow-origin'), method).toBeNull();
        expect(response.headers.get('access-control-allow-credentials'), method).toBeNull();
      }
    },
  );
});
