import type { SageMakerClient } from '@aws-sdk/client-sagemaker';
import { beforeAll } from 'vitest';
import { type Config, loadConfig } from '../../src/config.js';
import type { Emulator, EmulatorOptions } from '../../src/emulator/server.js';
import { createSageMakerClient } from '../../src/sagemaker/client.js';
import { createGateway, type Gateway, type GatewayDeps } from '../../src/server/gateway.js';
import { useEmulator } from './emulator.js';

/** A GraphQL answer as the gateway sends it over HTTP. */
export interface GraphQLResponse<TData = Record<string, unknown>> {
  data?: TData | null;
  errors?: Array<{
    message: string;
    path?: Array<string | number>;
    locations?: Array<{ line: number; column: number }>;
    extensions?: Record<string, unknown>;
  }>;
}

/** Anything that answers HTTP in-process: a gateway, or a bare yoga over the schema. */
export interface Fetcher {
  fetch: (url: string, init: RequestInit) => Response | Promise<Response>;
}

/** POSTs a GraphQL request to `target` in-process and parses the answer. */
export async function postTo<TData = Record<string, unknown>>(
  target: Fetcher,
  query: string,
  variables?: Record<string, unknown>,
): Promise<GraphQLResponse<TData>> {
  const response = await target.fetch('http://gateway/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLResponse<TData>;
}

export interface DemoGatewayOptions {
  /** How the emulator starts; demo data unless told otherwise. */
  emulator?: EmulatorOptions;
  /** Puts a suite's own records into the store before the gateway is built. */
  seed?: (emulator: Emulator) => void;
  /** The gateway's configuration; `LOG_LEVEL=silent`, `CACHE=off` and defaults unless told otherwise. */
  config?: Config;
  /** The gateway's other dependencies (a logger to read, cache times, the default query). */
  deps?: Omit<GatewayDeps, 'client'>;
}

export interface DemoGateway {
  /** The running emulator (only inside tests and hooks). */
  emulator: () => Emulator;
  /** The gateway's SageMaker client, as src builds it (only inside tests and hooks). */
  client: () => SageMakerClient;
  /** The gateway (only inside tests and hooks). */
  app: () => Gateway;
  config: Config;
  /** POSTs a GraphQL request to the gateway in-process and parses the answer. */
  post: <TData = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ) => Promise<GraphQLResponse<TData>>;
}

/**
 * Registers beforeAll/afterAll hooks that start an emulator, build a SageMaker client against it
 * and a gateway over that client, and tear both down after the suite.
 */
export function useDemoGateway(options: DemoGatewayOptions = {}): DemoGateway {
  // Suites change the emulator's records behind the gateway's back and read them again at once:
  // the response cache (test/server/response-cache*.test.ts) is off unless a suite's config says.
  const config = options.config ?? loadConfig({ LOG_LEVEL: 'silent', CACHE: 'off' });
  const { emulator, client } = useEmulator({
    // as src/main.ts starts the embedded emulator; a suite may still pass its own timeScale
    emulator: { data: 'demo', timeScale: config.demo.timeScale, ...options.emulator },
    seed: options.seed,
    client: (running) => createSageMakerClient(config, running.endpoint),
  });
  let gateway: Gateway | undefined;

  beforeAll(() => {
    gateway = createGateway(config, { ...options.deps, client: client() });
  });

  const app = (): Gateway => {
    if (gateway === undefined) throw new Error('the gateway is not built');
    return gateway;
  };

  return {
    emulator,
    client,
    app,
    config,
    post: (query, variables) => postTo(app(), query, variables),
  };
}
