import type { SageMakerClient } from '@aws-sdk/client-sagemaker';
import { afterAll, beforeAll } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { type Emulator, type EmulatorOptions, startEmulator } from '../../src/emulator/server.js';
import { createSageMakerClient } from '../../src/sagemaker/client.js';
import { createGateway, type Gateway } from '../../src/server/gateway.js';

/** A GraphQL answer as the gateway sends it over HTTP. */
export interface GraphQLResponse {
  data?: Record<string, unknown> | null;
  errors?: Array<{
    message: string;
    path?: Array<string | number>;
    locations?: Array<{ line: number; column: number }>;
    extensions?: Record<string, unknown>;
  }>;
}

export interface DemoGatewayOptions {
  /** How the emulator starts; demo data unless told otherwise. */
  emulator?: EmulatorOptions;
  /** Puts a suite's own records into the store before the gateway is built. */
  seed?: (emulator: Emulator) => void;
}

export interface DemoGateway {
  /** The running emulator (only inside tests and hooks). */
  emulator: () => Emulator;
  /** POSTs a GraphQL request to the gateway in-process and parses the answer. */
  post: (query: string, variables?: Record<string, unknown>) => Promise<GraphQLResponse>;
}

/**
 * Registers beforeAll/afterAll hooks that start an emulator, build a SageMaker client against it
 * and a gateway over that client, and tear both down after the suite.
 */
export function useDemoGateway(options: DemoGatewayOptions = {}): DemoGateway {
  const config = loadConfig({ LOG_LEVEL: 'silent' });
  let emulator: Emulator | undefined;
  let client: SageMakerClient | undefined;
  let app: Gateway | undefined;

  beforeAll(async () => {
    emulator = await startEmulator({ data: 'demo', ...options.emulator });
    options.seed?.(emulator);
    client = createSageMakerClient(config, emulator.endpoint);
    app = createGateway(config, { client });
  });

  afterAll(async () => {
    client?.destroy();
    await emulator?.close();
  });

  const running = (): Emulator => {
    if (emulator === undefined) throw new Error('the emulator is not running');
    return emulator;
  };

  const post = async (
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResponse> => {
    if (app === undefined) throw new Error('the gateway is not built');
    const response = await app.fetch('http://gateway/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphQLResponse;
  };

  return { emulator: running, post };
}
