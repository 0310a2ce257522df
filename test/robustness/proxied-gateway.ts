import { afterAll, beforeAll } from 'vitest';
import { type Config, loadConfig } from '../../src/config.js';
import { type Emulator, type EmulatorOptions, startEmulator } from '../../src/emulator/server.js';
import { createSageMakerClient } from '../../src/sagemaker/client.js';
import { createGateway, type Gateway } from '../../src/server/gateway.js';
import { type GraphQLResponse, postTo } from '../support/gateway.js';
import { type RewritingProxy, startRewritingProxy } from './rewriting-proxy.js';

export interface ProxiedGateway {
  emulator: () => Emulator;
  /** The proxy between the gateway's client and the emulator; its rules start empty. */
  proxy: () => RewritingProxy;
  app: () => Gateway;
  config: Config;
  post: <TData = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ) => Promise<GraphQLResponse<TData>>;
}

/**
 * The real stack (createGateway, its own SDK client, app.fetch) in front of the emulator, with
 * a rewriting proxy on the wire between them, so a test can make SageMaker misbehave. `env` is
 * the gateway's environment (LOG_LEVEL=silent unless told otherwise).
 */
export function useProxiedGateway(
  env: Record<string, string> = {},
  emulatorOptions: EmulatorOptions = { data: 'demo' },
): ProxiedGateway {
  // CACHE=off unless a suite says otherwise, as in useDemoGateway: these suites count the calls
  // each request makes.
  const config = loadConfig({ LOG_LEVEL: 'silent', CACHE: 'off', ...env });
  let emulator: Emulator | undefined;
  let proxy: RewritingProxy | undefined;
  let gateway: Gateway | undefined;
  let destroy: (() => void) | undefined;

  beforeAll(async () => {
    emulator = await startEmulator(emulatorOptions);
    proxy = await startRewritingProxy(emulator.endpoint);
    const client = createSageMakerClient(config, proxy.endpoint);
    destroy = () => client.destroy();
    gateway = createGateway(config, { client });
  });
  afterAll(async () => {
    destroy?.();
    await proxy?.close();
    await emulator?.close();
  });

  const need = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} is not running`);
    return value;
  };
  return {
    emulator: () => need(emulator, 'the emulator'),
    proxy: () => need(proxy, 'the proxy'),
    app: () => need(gateway, 'the gateway'),
    config,
    post: (query, variables) => postTo(need(gateway, 'the gateway'), query, variables),
  };
}
