import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { createMetrics } from '../../src/server/metrics.js';
import { createMetricsServer } from '../../src/server/metrics-server.js';
import { type DemoGateway, useDemoGateway } from '../support/gateway.js';

const TOKEN = 'scrape-token-0123456789abcdef';
// Open (ALLOW_ANONYMOUS): what is under test is /metrics, not authentication.
const AWS = {
  LOG_LEVEL: 'silent',
  SAGEMAKER_BACKEND: 'aws',
  AWS_REGION: 'us-east-1',
  ALLOW_ANONYMOUS: 'true',
};

const get = (gateway: DemoGateway, path: string, authorization?: string) =>
  gateway
    .app()
    .fetch(
      `http://gateway${path}`,
      authorization === undefined ? {} : { headers: { authorization } },
    );

const wrongTokens: Array<[string, string | undefined]> = [
  ['no Authorization', undefined],
  ['a wrong token', `Bearer ${TOKEN.slice(0, -1)}x`],
  ['a longer token', `Bearer ${TOKEN}x`],
  ['the token without Bearer', TOKEN],
  ['Basic credentials', `Basic ${Buffer.from(`x:${TOKEN}`).toString('base64')}`],
];

describe('/metrics in demo mode without METRICS_TOKEN or METRICS_PORT', () => {
  const gateway = useDemoGateway();

  it('is open', async () => {
    const response = await get(gateway, '/metrics');
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('sagemaker_requests_total');
  });
});

describe('/metrics in AWS mode without METRICS_TOKEN or METRICS_PORT', () => {
  const gateway = useDemoGateway({ config: loadConfig(AWS) });

  it('is not served, while /health and /ready stay open', async () => {
    const response = await get(gateway, '/metrics');
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('sagemaker_requests_total');
    expect((await get(gateway, '/metrics', `Bearer ${TOKEN}`)).status).toBe(404);
    expect((await get(gateway, '/health')).status).toBe(200);
  });
});

describe('/metrics with METRICS_TOKEN', () => {
  const gateway = useDemoGateway({ config: loadConfig({ ...AWS, METRICS_TOKEN: TOKEN }) });

  it.each(wrongTokens)('answers 401 to %s', async (_, authorization) => {
    const response = await get(gateway, '/metrics', authorization);
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe('Bearer');
    expect(await response.text()).not.toContain('sagemaker_requests_total');
  });

  it('serves the metrics to the bearer of the token', async () => {
    const response = await get(gateway, '/metrics', `Bearer ${TOKEN}`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('sagemaker_requests_total');
    expect((await get(gateway, '/health')).status).toBe(200);
  });
});

describe('/metrics with METRICS_PORT', () => {
  const gateway = useDemoGateway({
    config: loadConfig({ LOG_LEVEL: 'silent', METRICS_PORT: '0' }),
  });

  it('is not served on the gateway port, while /health and /ready are', async () => {
    expect((await get(gateway, '/metrics')).status).toBe(404);
    expect((await get(gateway, '/health')).status).toBe(200);
    expect((await get(gateway, '/ready')).status).toBe(200);
  });
});

describe('the METRICS_PORT server (node:http on port 0)', () => {
  const metrics = createMetrics();
  const config = loadConfig({ LOG_LEVEL: 'silent' });
  const servers = {
    open: createMetricsServer(metrics.registry, undefined, config.edge),
    guarded: createMetricsServer(metrics.registry, TOKEN, config.edge),
  };
  const base: Record<keyof typeof servers, string> = { open: '', guarded: '' };

  beforeAll(async () => {
    for (const [name, server] of Object.entries(servers) as Array<
      [keyof typeof servers, (typeof servers)[keyof typeof servers]]
    >) {
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      base[name] = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    }
  });
  afterAll(async () => {
    for (const server of Object.values(servers)) {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('serves /metrics and nothing else', async () => {
    const response = await fetch(`${base.open}/metrics`, { signal: AbortSignal.timeout(5000) });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/plain');
    expect(await response.text()).toContain('sagemaker_requests_total');
    for (const path of ['/graphql', '/health', '/metrics/x']) {
      expect((await fetch(`${base.open}${path}`)).status, path).toBe(404);
    }
    expect((await fetch(`${base.open}/metrics`, { method: 'POST' })).status).toBe(404);
  });

  it.each(wrongTokens)('answers 401 to %s when METRICS_TOKEN is set', async (_, authorization) => {
    const response = await fetch(`${base.guarded}/metrics`, {
      headers: authorization === undefined ? {} : { authorization },
      signal: AbortSignal.timeout(5000),
    });
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe('Bearer');
  });

  it('serves the bearer of METRICS_TOKEN', async () => {
    const response = await fetch(`${base.guarded}/metrics`, {
      headers: { authorization: `Bearer ${TOKEN}` },
      signal: AbortSignal.timeout(5000),
    });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('sagemaker_requests_total');
  });
});
