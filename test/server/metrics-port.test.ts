import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');

let child: ChildProcess | undefined;

afterEach(() => {
  if (child?.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  child = undefined;
});

/** Starts `npm start` (src/main.ts) on loopback and waits for the lines naming its ports. */
const start = (env: Record<string, string>, timeoutMs = 20_000) =>
  new Promise<{ gateway: string; metrics: string; proc: ChildProcess }>((resolve, reject) => {
    const proc = spawn(TSX, ['src/main.ts'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    });
    child = proc;
    let stdout = '';
    const timer = setTimeout(
      () => reject(new Error(`no ports within ${timeoutMs} ms: ${stdout}`)),
      timeoutMs,
    );
    proc.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const gateway = /GraphiQL: http:\/\/localhost:(\d+)\//.exec(stdout)?.[1];
      const metrics = /Metrics: http:\/\/localhost:(\d+)\/metrics/.exec(stdout)?.[1];
      if (gateway !== undefined && metrics !== undefined) {
        clearTimeout(timer);
        resolve({
          gateway: `http://127.0.0.1:${gateway}`,
          metrics: `http://127.0.0.1:${metrics}`,
          proc,
        });
      }
    });
  });

describe('npm start with METRICS_PORT', () => {
  it('serves /metrics on that port only, behind METRICS_TOKEN when set', async () => {
    const token = 'scrape-token-0123456789abcdef';
    const { gateway, metrics, proc } = await start({
      PORT: '0',
      METRICS_PORT: '0',
      METRICS_TOKEN: token,
      LOG_LEVEL: 'warn',
      DEMO_SCALE: '50',
    });
    const timeout = () => AbortSignal.timeout(5000);
    expect((await fetch(`${gateway}/metrics`, { signal: timeout() })).status).toBe(404);
    expect((await fetch(`${gateway}/health`, { signal: timeout() })).status).toBe(200);
    expect((await fetch(`${metrics}/metrics`, { signal: timeout() })).status).toBe(401);
    const response = await fetch(`${metrics}/metrics`, {
      headers: { authorization: `Bearer ${token}` },
      signal: timeout(),
    });
    expect(response.status).toBe(200);
    const body = await response.text();
    expect(body).toContain('sagemaker_requests_total');
    expect(body).toContain('nodejs_eventloop_lag');
    expect((await fetch(`${metrics}/graphql`, { signal: timeout() })).status).toBe(404);

    // both servers close on SIGTERM
    const exited = new Promise((resolve) => proc.once('exit', resolve));
    proc.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});
