import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DescribeEndpointConfigCommand } from '@aws-sdk/client-sagemaker';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { createSageMakerClient } from '../../src/sagemaker/client.js';

describe('createSageMakerClient', () => {
  it("leaves out the SDK's logger middleware, which copies every response for a logger that discards it", () => {
    const client = createSageMakerClient(loadConfig({}), 'http://127.0.0.1:1');
    const names = client.middlewareStack.identify();
    expect(names.some((name) => name.startsWith('loggerMiddleware'))).toBe(false);
    // the rest of the stack is there: signing and retries
    expect(names.some((name) => name.startsWith('httpSigningMiddleware'))).toBe(true);
    expect(names.some((name) => name.startsWith('retryMiddleware'))).toBe(true);
    client.destroy();
  });
});

describe('the client’s sockets', () => {
  it('cover the widest SAGEMAKER_MAX_CONCURRENCY bound, past the SDK’s 50', async () => {
    let open = 0;
    let most = 0;
    // a SageMaker stand-in that holds every request a while and counts those held at once
    const server = createServer((request, response) => {
      open += 1;
      most = Math.max(most, open);
      request.resume();
      setTimeout(() => {
        open -= 1;
        response.writeHead(200, { 'content-type': 'application/x-amz-json-1.1' }).end('{}');
      }, 100);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const config = loadConfig({ SAGEMAKER_MAX_CONCURRENCY: '8,DescribeEndpointConfig=80' });
    const client = createSageMakerClient(config, `http://127.0.0.1:${port}`);
    try {
      await Promise.all(
        Array.from({ length: 80 }, (_, at) =>
          client.send(new DescribeEndpointConfigCommand({ EndpointConfigName: `config-${at}` })),
        ),
      );
    } finally {
      client.destroy();
      server.close();
    }
    // before: 50, the SDK's default agent, whatever the bound
    expect(most).toBe(80);
  });
});
