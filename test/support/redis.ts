import { type ChildProcess, spawn } from 'node:child_process';
import { Redis } from 'ioredis';
import { freePort } from './free-port.js';
import { findOnPath } from './tools.js';

export const REDIS_INSTALL = 'apt-get install redis-server';

/** The redis-server binary on PATH, if any (CI installs it: .ci/run). */
export const redisServerPath = (): string | undefined => findOnPath('redis-server');

export interface RunningRedis {
  /** `redis://127.0.0.1:<port>`. */
  url: string;
  port: number;
  /** Stops it and waits until it has exited. */
  stop(): Promise<void>;
  /** Kills it at once (SIGKILL), as a crash would, and waits until it has exited. */
  kill(): Promise<void>;
  /** Starts it again on the same port, empty (nothing was persisted). */
  start(): Promise<void>;
}

/** What the subscription suites call it. */
export type RedisServer = RunningRedis;

const exited = (child: ChildProcess): Promise<void> =>
  child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise((resolve) => child.once('exit', () => resolve()));

/** Spawns redis-server on `port` and resolves once it answers PING, or rejects by the deadline. */
async function spawnReady(port: number, timeoutMs: number): Promise<ChildProcess> {
  const child = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: 'ignore' },
  );
  const url = `redis://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  const probe = new Redis(url, {
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  probe.on('error', () => undefined);
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`redis-server exited with ${child.exitCode}`);
      try {
        await probe.connect();
        if ((await probe.ping()) === 'PONG') break;
      } catch {
        probe.disconnect();
      }
      if (Date.now() > deadline) throw new Error(`redis-server did not answer on ${url}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  } finally {
    probe.disconnect();
  }
  return child;
}

/**
 * A real redis-server on a free loopback port, persisting nothing (`--save "" --appendonly no`),
 * ready to answer PING, or a rejection within `timeoutMs`. `port` restarts one where a stopped
 * one listened.
 */
export async function startRedis(
  options: { port?: number; timeoutMs?: number } = {},
): Promise<RunningRedis> {
  const port = options.port ?? (await freePort());
  const timeoutMs = options.timeoutMs ?? 10_000;
  let child = await spawnReady(port, timeoutMs);
  const end = async (signal: NodeJS.Signals) => {
    child.kill(signal);
    await exited(child);
  };
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    stop: () => end('SIGTERM'),
    kill: () => end('SIGKILL'),
    start: async () => {
      child = await spawnReady(port, timeoutMs);
    },
  };
}
