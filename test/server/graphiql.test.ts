import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { DEMO } from '../../src/emulator/demo/demo-data.js';
import { GRAPHIQL_ASSETS } from '../../src/server/graphiql-assets.js';
import { DEMO_EXAMPLE_NAMES, exampleTabs } from '../../src/server/graphiql-tabs.js';
import { type Fetcher, useDemoGateway } from '../support/gateway.js';

interface PageOptions {
  title?: string;
  headers?: string;
  variables?: string;
  defaultTabs?: Array<{ query: string; variables: string; headers: string | null }>;
}

/** The options GraphiQL's page hands to GraphiQL (its JSON data block). */
async function pageOptions(app: Fetcher): Promise<PageOptions> {
  const response = await app.fetch('http://gateway/graphql', { headers: { accept: 'text/html' } });
  expect(response.status).toBe(200);
  const html = await response.text();
  const json = /<script type="application\/json" id="graphiql-options">([^<]*)<\/script>/.exec(
    html,
  );
  expect(json, 'the options block').not.toBeNull();
  return JSON.parse(json?.[1] ?? '{}') as PageOptions;
}

describe('GraphiQL on the demo backend', () => {
  const gateway = useDemoGateway({ deps: { graphiqlTabs: exampleTabs(DEMO_EXAMPLE_NAMES) } });

  it('opens with the examples as tabs, the deployment view first, and no headers', async () => {
    const options = await pageOptions(gateway.app());
    expect(options.title).toBe('SageMaker GraphQL gateway');
    const tabs = options.defaultTabs ?? [];
    expect(tabs.map(({ query }) => /query (\w+)/.exec(query)?.[1])).toEqual([
      'EndpointDeployment',
      'TuningJobDashboard',
      'ModelRegistry',
      'TrainingJobSearch',
      'EndpointDeploymentDeferred',
    ]);
    // GraphiQL opens its first tab with the page's own variables
    expect(options.variables).toBe(tabs[0]?.variables);
    expect(JSON.parse(options.variables ?? '{}')).toEqual({
      name: DEMO.endpointName,
      metric: 'validation:auc',
    });
    // AUTH_MODE=none: nothing to fill in
    expect(options.headers).toBeUndefined();
    for (const tab of tabs) expect(tab.headers).toBeNull();
  });

  it('gives every tab variables that return data', async () => {
    const tabs = (await pageOptions(gateway.app())).defaultTabs ?? [];
    expect(tabs.length).toBeGreaterThan(0);
    for (const { query, variables } of tabs) {
      const operation = /query (\w+)/.exec(query)?.[1];
      expect(variables, `${operation} has variables`).not.toBe('{}');
      // A deferred document answers only a client that reads multipart/mixed (test/clients/).
      if (query.includes('@defer')) continue;
      const result = await gateway.post(query, JSON.parse(variables) as Record<string, unknown>);
      expect(result.errors, operation).toBeUndefined();
      const [root] = Object.values(result.data ?? {});
      expect(root, operation).toBeTruthy();
      const nodes = (root as { nodes?: unknown[]; edges?: unknown[] }).nodes ?? [];
      const edges = (root as { edges?: unknown[] }).edges ?? [];
      if ('nodes' in (root as object) || 'edges' in (root as object)) {
        expect(nodes.length + edges.length, `${operation} finds something`).toBeGreaterThan(0);
      }
    }
  });

  it('serves its files from the gateway, compressed, cacheable for good', async () => {
    for (const file of ['graphiql.js', 'graphiql.css', 'favicon.ico', 'graphql.worker.js']) {
      const response = await gateway.app().fetch(`http://gateway${GRAPHIQL_ASSETS}${file}`, {
        headers: { 'accept-encoding': 'gzip, br' },
      });
      expect(response.status, file).toBe(200);
      expect(response.headers.get('content-encoding')).toBe('gzip');
      expect(response.headers.get('cache-control')).toContain('immutable');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      const body = gunzipSync(Buffer.from(await response.arrayBuffer()));
      expect(body.length, file).toBeGreaterThan(1000);
    }
    const plain = await gateway.app().fetch(`http://gateway${GRAPHIQL_ASSETS}graphiql.js`);
    expect(plain.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(plain.headers.get('content-encoding')).toBeNull();
    const script = await plain.text();
    expect(script).toContain('MonacoEnvironment');
    expect(script).toContain('renderYogaGraphiQL');
  });

  it('serves nothing else under its folder, and only to GET', async () => {
    const missing = await gateway.app().fetch(`http://gateway${GRAPHIQL_ASSETS}../package.json`);
    expect(missing.status).toBe(404);
    const other = await gateway.app().fetch(`http://gateway${GRAPHIQL_ASSETS}index.js`);
    expect(other.status).toBe(404);
    const post = await gateway.app().fetch(`http://gateway${GRAPHIQL_ASSETS}graphiql.js`, {
      method: 'POST',
    });
    expect(post.status).toBe(405);
    gateway.emulator().resetCalls();
    await gateway.app().fetch(`http://gateway${GRAPHIQL_ASSETS}graphiql.js`);
    expect(gateway.emulator().calls()).toEqual({});
  });
});

describe('GraphiQL with AUTH_MODE=jwt on the demo backend', () => {
  const gateway = useDemoGateway({
    config: loadConfig({ LOG_LEVEL: 'silent', AUTH_MODE: 'jwt' }),
    deps: { graphiqlTabs: exampleTabs(DEMO_EXAMPLE_NAMES) },
  });

  it('prefills an Authorization header to paste a demo token into', async () => {
    const options = await pageOptions(gateway.app());
    const headers = JSON.parse(options.headers ?? '{}') as Record<string, string>;
    expect(headers.Authorization).toMatch(/^Bearer <paste a token from: npm run token/);
    for (const tab of options.defaultTabs ?? []) expect(tab.headers).toBe(options.headers);
  });
});

describe('GraphiQL turned off', () => {
  const gateway = useDemoGateway({
    config: loadConfig({ LOG_LEVEL: 'silent', GRAPHIQL: 'false' }),
  });

  it('serves none of its files', async () => {
    const response = await gateway.app().fetch(`http://gateway${GRAPHIQL_ASSETS}graphiql.js`);
    expect(response.status).toBe(404);
  });
});
