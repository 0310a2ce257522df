import { type ChildProcessByStdio, spawn } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { READY, type ReadyLine } from './child.js';

/** A bench server running in its own process, as the parent sees it. */
export interface ServerProcess {
  name: string;
  pid: number;
  /** What the child announced: its GraphQL URL, or the emulator's endpoint. */
  url: string;
  /** Lines the child wrote to stdout after its handshake (the gateway's request log). */
  linesAfterReady(): number;
  /** SIGTERM, then SIGKILL if it has not exited within `graceMs`. */
  stop(graceMs?: number): Promise<void>;
  /** Immediate SIGKILL, for the parent's own exit path. */
  kill(): void;
}

const STDERR_TAIL = 4_000;

/**
 * What every bench gateway runs with, this checkout's or BENCH_BASELINE's: the response cache
 * off, so every request executes and makes its own SageMaker calls (with it on, a query repeated
 * within CACHE_TTL_MS is answered from memory with no call, and the benches measured the cache).
 */
export const GATEWAY_ENV: Readonly<Record<string, string>> = { CACHE: 'off' };

/** Every child not yet exited, including those still starting, for the parent's exit paths. */
const live = new Set<ServerProcess>();

/** SIGKILLs every bench server still running; synchronous, so it is safe in an 'exit' handler. */
export function killAllServers(): void {
  for (const server of live) server.kill();
}

/** Stops every bench server still running (SIGTERM first, so profiles are written). */
export async function stopAllServers(graceMs?: number): Promise<void> {
  await Promise.allSettled([...live].map((server) => server.stop(graceMs)));
}

const isReadyLine = (value: unknown): value is ReadyLine =>
  typeof value === 'object' &&
  value !== null &&
  (value as { bench?: unknown }).bench === READY &&
  typeof (value as { url?: unknown }).url === 'string';

/**
 * Starts `file` (a bench/servers module) with `node [nodeArgs] --import tsx file args` and waits
 * for its ready line. stdout is drained for the child's whole life, so a chatty child (request
 * logging) never blocks on a full pipe; stderr's tail is kept for error messages.
 */
export function startServer(
  name: string,
  file: URL,
  options: {
    args?: string[];
    nodeArgs?: string[];
    /** Added to the environment (e.g. the gateway's configuration). */
    env?: Record<string, string>;
    timeoutMs?: number;
  } = {},
): Promise<ServerProcess> {
  const child: ChildProcessByStdio<Writable, Readable, Readable> = spawn(
    process.execPath,
    [...(options.nodeArgs ?? []), '--import', 'tsx', fileURLToPath(file), ...(options.args ?? [])],
    // as the Docker image runs it: graphql-js then skips its development-mode checks
    {
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, NODE_ENV: 'production', ...options.env },
    },
  );
  let stderr = '';
  let pending = '';
  let ready: ReadyLine | undefined;
  let lines = 0;
  let exited = child.exitCode !== null;
  const exit = new Promise<void>((resolve) => {
    child.once('exit', () => {
      exited = true;
      live.delete(handle);
      resolve();
    });
  });

  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (text: string) => {
    stderr = (stderr + text).slice(-STDERR_TAIL);
  });
  // the pipe closes on its own when the child dies; a write error then is expected
  child.stdin.on('error', () => {});

  const handle: ServerProcess = {
    name,
    pid: child.pid ?? -1,
    url: '',
    linesAfterReady: () => lines,
    async stop(graceMs = 10_000) {
      if (exited) return;
      child.kill('SIGTERM');
      child.stdin.end();
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      await exit;
      clearTimeout(timer);
    },
    kill() {
      if (!exited) child.kill('SIGKILL');
    },
  };
  if (!exited) live.add(handle);

  return new Promise<ServerProcess>((resolve, reject) => {
    const fail = (why: string): void => {
      // a child that has announced itself belongs to the caller from then on
      if (ready !== undefined) return;
      clearTimeout(timer);
      handle.kill();
      reject(new Error(`${name} (${fileURLToPath(file)}): ${why}\n${stderr.trim()}`));
    };
    const timer = setTimeout(
      () => fail(`no ready line within ${options.timeoutMs ?? 60_000} ms`),
      options.timeoutMs ?? 60_000,
    );
    child.once('error', (error) => fail(error.message));
    child.once('exit', (code, signal) =>
      fail(`exited before it was ready (code ${code}, signal ${signal})`),
    );
    child.stdout.on('data', (chunk: Buffer) => {
      if (ready !== undefined) {
        // after the handshake only count lines: parsing the log would cost the shared CPU
        for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1)) lines++;
        return;
      }
      pending += chunk.toString('utf8');
      let newline = pending.indexOf('\n');
      while (newline !== -1 && ready === undefined) {
        const line = pending.slice(0, newline);
        pending = pending.slice(newline + 1);
        newline = pending.indexOf('\n');
        try {
          const parsed: unknown = JSON.parse(line);
          if (isReadyLine(parsed)) ready = parsed;
        } catch {
          // a start-up line that is not JSON
        }
      }
      if (ready !== undefined) {
        for (const c of pending) if (c === '\n') lines++;
        pending = '';
        clearTimeout(timer);
        resolve({ ...handle, url: ready.url });
      }
    });
  });
}
