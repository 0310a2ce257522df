import { type ChildProcess, spawn } from 'node:child_process';
import { accessSync, constants, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO } from '../../src/emulator/demo/demo-data.js';
import { freePort } from '../support/free-port.js';
import { requireTool } from '../support/tools.js';

/**
 * GraphiQL as a person meets it: `npm start` on the demo backend, the page in headless Chromium
 * with every request off this machine blocked, the deployment view run from the first tab.
 */

const ROOT = join(import.meta.dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const SCREENSHOTS = join(ROOT, 'test-results');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const executable = (path: string): boolean => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

const run = requireTool({
  name: `Chromium (${CHROMIUM})`,
  available: executable(CHROMIUM),
  install: 'apt-get install chromium, or set CHROMIUM_PATH',
});

// Never a download, an update or a sync: the browser talks to the gateway and nothing else.
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Starts `npm start` (src/main.ts) on a free loopback port; resolves with its URL. */
async function startGateway(): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(TSX, ['src/main.ts'], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      HOST: '127.0.0.1',
      PORT: String(port),
      LOG_LEVEL: 'warn',
      DEMO_SCALE: '100',
    },
  });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no start within 20 s:\n${output}`)), 20_000);
    const check = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('GraphiQL: http://')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout.on('data', check);
    child.stderr.on('data', check);
    child.once('exit', (code) => reject(new Error(`exited with ${code}:\n${output}`)));
  });
  return { url: `http://127.0.0.1:${port}/graphql`, child };
}

describe.runIf(run)('GraphiQL in Chromium, offline', () => {
  let gateway: { url: string; child: ChildProcess } | undefined;
  let context: BrowserContext | undefined;
  let page: Page;
  let profile = '';
  const offMachine: string[] = [];
  const problems: string[] = [];
  /** The gateway's files the page loaded (its workers too), by name. */
  const loaded = new Set<string>();

  beforeAll(async () => {
    gateway = await startGateway();
    profile = mkdtempSync(join(tmpdir(), 'graphiql-chromium-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: ARGS,
      viewport: { width: 1400, height: 900 },
    });
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (LOCAL_HOSTS.has(new URL(url).hostname)) return route.continue();
      offMachine.push(url);
      return route.abort('blockedbyclient');
    });
    context.on('response', (response) => {
      const { pathname } = new URL(response.url());
      if (response.ok() && pathname.startsWith('/graphiql/')) {
        loaded.add(pathname.slice(pathname.lastIndexOf('/') + 1));
      }
    });
    page = context.pages()[0] ?? (await context.newPage());
    // CSP violations and script errors show up on the console and as page errors
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    if (gateway?.child.pid !== undefined && gateway.child.exitCode === null) {
      process.kill(gateway.child.pid, 'SIGTERM');
    }
    if (profile !== '') rmSync(profile, { recursive: true, force: true });
  });

  it('opens on the deployment view, runs it, and shows the docs', async () => {
    const response = await page.goto(gateway?.url ?? '');
    expect(response?.status()).toBe(200);
    expect(await page.title()).toBe('SageMaker GraphQL gateway');

    // the first tab holds examples/endpoint-deployment.graphql, with its variables
    const query = page.locator('.graphiql-query-editor .view-lines');
    await query.getByText('query EndpointDeployment').waitFor({ timeout: 30_000 });
    const tabs = await page.locator('.graphiql-tab').allInnerTexts();
    expect(tabs.map((tab) => tab.trim())).toEqual([
      'EndpointDeployment',
      'TuningJobDashboard',
      'ModelRegistry',
      'TrainingJobSearch',
      'EndpointDeploymentDeferred',
    ]);

    const answer = page.waitForResponse(
      (candidate) =>
        candidate.url() === gateway?.url &&
        candidate.request().method() === 'POST' &&
        (candidate.request().postData() ?? '').includes('EndpointDeployment'),
    );
    await page.locator('.graphiql-execute-button').click();
    const body = (await (await answer).json()) as {
      data?: { endpoint?: { name: string } };
      errors?: unknown;
    };
    expect(body.errors).toBeUndefined();
    expect(body.data?.endpoint?.name).toBe(DEMO.endpointName);
    const result = page.locator('.graphiql-response .view-lines');
    await result.getByText(DEMO.championModelName).first().waitFor();

    await page.getByRole('button', { name: 'Show Documentation Explorer' }).click();
    const docs = page.locator('.graphiql-doc-explorer');
    await docs.getByText('Query', { exact: true }).first().waitFor();

    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, 'graphiql.png') });

    // Monaco's workers (syntax, validation) ran under the page's policy
    expect([...loaded].sort()).toEqual(
      expect.arrayContaining([
        'editor.worker.js',
        'graphiql.css',
        'graphiql.js',
        'graphql.worker.js',
        'json.worker.js',
      ]),
    );
    expect(offMachine).toEqual([]);
    expect(problems).toEqual([]);
  }, 90_000);
});
