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
