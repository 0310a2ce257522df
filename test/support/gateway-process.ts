import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');

// Only what the process needs: no AWS variables, so it picks the demo backend.
const BASE_ENV = {
  PATH: process.env.PATH ?? '',
  HOME: process.env.HOME ?? '',
  LOG_LEVEL: 'warn',
  DEMO_SCALE: '50',
  PORT: '0',
};

export interface GatewayProcess {
  proc: ChildProcess;
  /** The exit code, once it exits. */
  exited: Promise<number | null>;
  /** Resolves with the first match of `pattern` in stdout; rejects after `timeoutMs`. */
  printed: (pattern: RegExp, timeoutMs?: number) => Promise<RegExpMatchArray>;
  output: () => { stdout: string; stderr: string };
}

const started: ChildProcess[] = [];

/** Starts `npm start` (src/main.ts) as a process of its own, on the demo backend. */
export function startGatewayProcess(env: Record<string, string>): GatewayProcess {
  const proc = spawn(TSX, ['src/main.ts'], { cwd: ROOT, env: { ...BASE_ENV, ...env } });
  started.push(proc);
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
        if (match === null) return;
        clearTimeout(timer);
        resolve(match);
      };
      proc.stdout.on('data', check);
      check();
    });
  return { proc, exited, printed, output: () => ({ stdout, stderr }) };
}

/** Kills every gateway process this file's tests started that is still running (afterEach). */
export function killGatewayProcesses(): void {
  for (const proc of started.splice(0)) {
    if (proc.exitCode === null && proc.signalCode === null) proc.kill('SIGKILL');
  }
}
