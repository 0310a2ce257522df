import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');

// Only what the process needs: no AWS variables, so it picks the demo backend.
const baseEnv = {
  PATH: process.env.PATH ?? '',
  HOME: process.env.HOME ?? '',
  LOG_LEVEL: 'warn',
  DEMO_SCALE: '50',
};

let child: ChildProcess | undefined;

afterEach(() => {
  if (child?.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  child = undefined;
});

const start = (env: Record<string, string>) => {
  const proc = spawn(TSX, ['src/main.ts'], { cwd: ROOT, env: { ...baseEnv, ...env } });
  child = proc;
  let stdout = '';
  let stderr = '';
  proc.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  proc.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve) =>
    proc.once('exit', (code) => resolve(code)),
  );
  const printed = (pattern: RegExp, timeoutMs = 15_000) =>
    new Promise<RegExpMatchArray>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no ${pattern} within ${timeoutMs} ms\n${stdout}\n${stderr}`)),
        timeoutMs,
      );
      const check = () => {
        const match = stdout.match(pattern);
        if (match) {
          clearTimeout(timer);
          resolve(match);
        }
      };
      proc.stdout.on('data', check);
      check();
    });
  return { proc, exited, printed, output: () => ({ stdout, stderr }) };
};

describe('npm start (src/main.ts)', () => {
  it('serves on the demo backend, prints the GraphiQL URL and stops cleanly on SIGTERM', async () => {
    const server = start({ PORT: '0' });
    const [, port] = await server.printed(/GraphiQL: http:\/\/localhost:(\d+)\/graphql/);
    expect(server.output().stdout).toMatch(/Backend: demo \(embedded SageMaker emulator at/);

    expect((await fetch(`http://127.0.0.1:${port}/health`)).status).toBe(200);
    const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ trainingJob(name: "no-such-job") { id } }' }),
    });
    expect(await response.json()).toEqual({ data: { trainingJob: null } });

    server.proc.kill('SIGTERM');
    expect(await server.exited).toBe(0);
  });

  it('exits 1 naming each bad variable', async () => {
    const server = start({ PORT: 'http', MAX_DEPTH: '-1' });
    expect(await server.exited).toBe(1);
    const { stderr } = server.output();
    expect(stderr).toContain('Invalid configuration:');
    expect(stderr).toContain('PORT="http"');
    expect(stderr).toContain('MAX_DEPTH="-1"');
  });
});
