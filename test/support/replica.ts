import { startService } from './service.js';

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
export async function startReplica(
  endpoint: string,
  env: Record<string, string>,
  timeoutMs = 30_000,
): Promise<Replica> {
  // node itself (tsx as a loader, not its wrapper process): the pid is the gateway's, and a
  // SIGKILL reaches it rather than a parent that would leave it running
  const service = await startService({
    name: 'the replica',
    command: process.execPath,
    args: ['--import', 'tsx', 'src/main.ts'],
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
    ready: /GraphiQL: http:\/\/localhost:(\d+)\/graphql/,
    timeoutMs,
  });
  const origin = `http://127.0.0.1:${service.ready[1]}`;
  return {
    origin,
    url: `${origin}/graphql`,
    pid: service.pid,
    kill: service.kill,
    output: service.output,
  };
}
