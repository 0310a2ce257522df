import { createServer, type Server } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';
import { killGatewayProcesses, startGatewayProcess } from '../support/gateway-process.js';

const held: Server[] = [];

afterEach(async () => {
  killGatewayProcesses();
  await Promise.all(held.splice(0).map((server) => new Promise((done) => server.close(done))));
});

/** A port on 127.0.0.1 that another process holds for the rest of the test. */
const occupiedPort = async (): Promise<number> => {
  const server = createServer();
  held.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
};

/** A port that was free a moment ago. */
const freePort = async (): Promise<number> => {
  const port = await occupiedPort();
  await new Promise((done) => held.pop()?.close(done));
  return port;
};

describe('a port that is taken', () => {
  it.each(['PORT', 'METRICS_PORT', 'DEMO_EMULATOR_PORT'])(
    'stops the gateway with one line naming %s, exit code 1',
    async (variable) => {
      const port = await occupiedPort();
      const server = startGatewayProcess({ [variable]: String(port) });
      expect(await server.exited).toBe(1);
      const { stdout, stderr } = server.output();
      expect(stderr).toContain(
        `port ${port} is in use (${variable}): stop the other process or set ${variable}=...\n`,
      );
      expect(stderr).not.toMatch(/^\s+at /m);
      expect(stderr).not.toContain('EADDRINUSE');
      // the gateway port is bound before METRICS_PORT, so only that case printed the banner
      expect(stdout.includes('GraphiQL:')).toBe(variable === 'METRICS_PORT');
    },
  );
});

describe('DEMO_EMULATOR_PORT', () => {
  it('is ephemeral by default, an integer port, and not PORT or METRICS_PORT', () => {
    expect(loadConfig({}).demo.emulatorPort).toBe(0);
    expect(loadConfig({ DEMO_EMULATOR_PORT: '8702' }).demo.emulatorPort).toBe(8702);
    const issues = (env: Record<string, string>) => {
      try {
        loadConfig(env);
      } catch (error) {
        if (error instanceof ConfigError) return error.issues;
      }
      return [];
    };
    expect(issues({ DEMO_EMULATOR_PORT: '65536' })).toEqual([
      {
        variable: 'DEMO_EMULATOR_PORT',
        value: '65536',
        message: 'expected an integer between 0 and 65535',
      },
    ]);
    expect(issues({ PORT: '9000', DEMO_EMULATOR_PORT: '9000' })).toEqual([
      {
        variable: 'DEMO_EMULATOR_PORT',
        value: '9000',
        message: 'must differ from PORT (the embedded emulator needs a port of its own)',
      },
    ]);
    expect(issues({ METRICS_PORT: '9464', DEMO_EMULATOR_PORT: '9464' })[0]?.message).toContain(
      'must differ from METRICS_PORT',
    );
    expect(issues({ PORT: '0', DEMO_EMULATOR_PORT: '0' })).toEqual([]);
  });

  it('puts the embedded emulator on that port, where the AWS CLI and boto3 can reach it', async () => {
    const port = await freePort();
    const server = startGatewayProcess({ DEMO_EMULATOR_PORT: String(port) });
    await server.printed(/^Auth: /m);
    expect(server.output().stdout).toContain(
      `embedded SageMaker emulator at http://127.0.0.1:${port};`,
    );
    const response = await fetch(`http://127.0.0.1:${port}/`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-amz-json-1.1',
        'x-amz-target': 'SageMaker.DescribeEndpoint',
      },
      body: JSON.stringify({ EndpointName: 'card-fraud-prod' }),
      signal: AbortSignal.timeout(5000),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ EndpointName: 'card-fraud-prod' });
  });
});
