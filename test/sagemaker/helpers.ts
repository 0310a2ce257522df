import { SageMakerClient } from '@aws-sdk/client-sagemaker';
import type { Emulator } from '../../src/emulator/server.js';

/** An SDK client for `emulator` with standard retries (fast backoff is the SDK's own). */
export const clientFor = (emulator: Emulator, maxAttempts = 1): SageMakerClient =>
  new SageMakerClient({
    region: emulator.region,
    endpoint: emulator.endpoint,
    credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
    retryMode: 'standard',
    maxAttempts,
  });

/** The emulator's call counts without zeroes, for exact comparisons. */
export const callsOf = (emulator: Emulator): Record<string, number> =>
  Object.fromEntries(Object.entries(emulator.calls()).filter(([, count]) => count > 0));

/** A name of `value`'s member, for readable assertions on batch results. */
export const nameOf = (value: unknown, member: string): unknown =>
  value instanceof Error || value === null ? value : (value as Record<string, unknown>)[member];
