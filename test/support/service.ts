import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');

/** A server process a test started, once it said it listens. */
export interface Service {
  /** The first match of `ready` in its output. */
  ready: RegExpMatchArray;
  pid: number;
  /** SIGKILL: no shutdown hook runs. Resolves once it has exited. */
  kill(): Promise<void>;
  output(): string;
}

export interface ServiceOptions {
  command: string;
  args: readonly string[];
  /** The whole environment of the process. */
  env: Record<string, string>;
  /** Matched against stdout and stderr together: the line it prints once it listens. */
  ready: RegExp;
  timeoutMs?: number;
  /** Named in errors. */
  name: string;
}

/** Starts a process in the repository's root; resolves once its output matches `ready`. */
export function startService(options: ServiceOptions): Promise<Service> {
  const timeoutMs = options.timeoutMs ?? 30_000;
  const child: ChildProcess = spawn(options.command, options.args, {
    cwd: ROOT,
    env: options.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const kill = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await exited;
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${options.name} did not listen within ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    let started = false;
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const match = options.ready.exec(output);
      if (started || match === null || child.pid === undefined) return;
      started = true;
      clearTimeout(timer);
      resolve({ ready: match, pid: child.pid, kill, output: () => output });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${options.name} exited with ${code}:\n${output}`));
    });
  });
}
