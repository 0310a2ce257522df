import { type ChildProcess, spawn } from 'node:child_process';
import { freePort } from './free-port.js';
import { findOnPath } from './tools.js';

/** A running `moto_server` on loopback. */
export interface MotoServer {
  endpoint: string;
  /** Drops every resource (moto's own `POST /moto-api/reset`). */
  reset(): Promise<void>;
  /** Stops this process (by its PID) and waits for it to exit. */
  close(): Promise<void>;
}

export const MOTO_INSTALL = "pip install 'moto[server]==5.2.1'";

export const motoServerPath = (): string | undefined => findOnPath('moto_server');

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

const exited = (child: ChildProcess, timeoutMs: number): Promise<boolean> =>
  child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve(true)
    : new Promise((resolve) => {
        const timer = setTimeout(() => resolve(false), timeoutMs);
        child.once('exit', () => {
          clearTimeout(timer);
          resolve(true);
        });
      });

/**
 * Starts `moto_server -H 127.0.0.1 -p <free port>` and resolves once it answers HTTP
 * (startup takes about 0.6 s). Rejects with moto's stderr if it exits or stays silent.
 */
export async function startMoto(timeoutMs = 20_000): Promise<MotoServer> {
  const command = motoServerPath();
  if (command === undefined) throw new Error(`moto_server is not on PATH (${MOTO_INSTALL})`);
  const port = await freePort();
  const endpoint = `http://127.0.0.1:${port}`;
  const child = spawn(command, ['-H', '127.0.0.1', '-p', String(port)], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    // keep only the tail: moto logs every request here
    stderr = (stderr + chunk.toString()).slice(-4000);
  });

  const close = async (): Promise<void> => {
    if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
    process.kill(child.pid, 'SIGTERM');
    // moto sometimes needs more than 2 s to stop after SIGTERM
    if (!(await exited(child, 3000))) {
      process.kill(child.pid, 'SIGKILL');
      await exited(child, 2000);
    }
  };

  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) {
      throw new Error(`moto_server exited with ${child.exitCode}: ${stderr}`);
    }
    try {
      const response = await fetch(`${endpoint}/moto-api/data.json`);
      await response.arrayBuffer();
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await close();
      throw new Error(
        `moto_server did not answer on ${endpoint} within ${timeoutMs} ms: ${stderr}`,
      );
    }
    await sleep(50);
  }

  return {
    endpoint,
    async reset() {
      const response = await fetch(`${endpoint}/moto-api/reset`, { method: 'POST' });
      await response.arrayBuffer();
      if (!response.ok) throw new Error(`moto reset failed: HTTP ${response.status}`);
    },
    close,
  };
}
