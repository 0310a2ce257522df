import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');

/** The token replicas serve /metrics behind (AWS mode serves it only so). */
export const REPLICA_METRICS_TOKEN = 'replica-metrics-token-0123456789';

/** A gateway process (`src/main.ts`) in AWS mode against an endpoint on loopback. */
export interface Replica {
  origin: string;
  url: string;
  pid: number;
  /** SIGKILL: no shutdown hook runs, no lease is given back. */
  kill(): Promise<void>;
  output(): string;
}

/** Starts `src/main.ts` against `endpoint` with `env` on top; resolves once it listens. */
export function startReplica(
  endpoint: string,
  env: Record<string, string>,
  timeoutMs = 30_000,
): Promise<Replica> {
  // node itself (tsx as a loader, not its wrapper process): the pid is the gateway's, and a
  // SIGKILL reaches it rather than a parent that would leave it running
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      LOG_LEVEL: 'warn',
      PORT: '0',
      SAGEMAKER_BACKEND: 'aws',
      SAGEMAKER_ENDPOINT_URL: endpoint,
      AWS_REGION: 'us-east-1',
      AWS_ACCOUNT_ID: '123456789012',
      AWS_ACCESS_KEY_ID: 'test',
      AWS_SECRET_ACCESS_KEY: 'test',
      ALLOW_ANONYMOUS: 'true',
      METRICS_TOKEN: REPLICA_METRICS_TOKEN,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the replica did not listen within ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const match = /GraphiQL: http:\/\/localhost:(\d+)\/graphql/.exec(output);
      if (match === null || child.pid === undefined) return;
      clearTimeout(timer);
      const origin = `http://127.0.0.1:${match[1]}`;
      resolve({
        origin,
        url: `${origin}/graphql`,
        pid: child.pid,
        async kill() {
          if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
          await exited;
        },
        output: () => output,
      });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the replica exited with ${code}:\n${output}`));
    });
  });
}
