import { SageMakerClient } from '@aws-sdk/client-sagemaker';
import { afterAll, beforeAll } from 'vitest';
import { type Emulator, type EmulatorOptions, startEmulator } from '../../src/emulator/server.js';

/**
 * An SDK client for a SageMaker endpoint on loopback (the emulator or moto_server), as an
 * application would build one for AWS. One attempt unless told otherwise, so that a test sees the
 * first answer rather than the SDK's retries.
 */
export const sdkClientFor = (
  target: { endpoint: string; region?: string },
  maxAttempts = 1,
): SageMakerClient =>
  new SageMakerClient({
    region: target.region ?? 'us-east-1',
    endpoint: target.endpoint,
    credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
    maxAttempts,
  });

export interface EmulatorSuiteOptions {
  /** How the emulator starts; its own defaults (demo data) unless told otherwise. */
  emulator?: EmulatorOptions;
  /** Puts a suite's own records into the store before any client is built. */
  seed?: (emulator: Emulator) => void;
  /** Builds the suite's client; `sdkClientFor` unless told otherwise. */
  client?: (emulator: Emulator) => SageMakerClient;
}

export interface EmulatorSuite {
  /** The running emulator (only inside tests and hooks). */
  emulator: () => Emulator;
  /** The suite's SDK client for it (only inside tests and hooks). */
  client: () => SageMakerClient;
}

/**
 * Registers beforeAll/afterAll hooks that start one emulator and one SDK client for the enclosing
 * suite (file or describe) and tear both down after it.
 */
export function useEmulator(options: EmulatorSuiteOptions = {}): EmulatorSuite {
  let emulator: Emulator | undefined;
  let client: SageMakerClient | undefined;

  beforeAll(async () => {
    emulator = await startEmulator(options.emulator);
    options.seed?.(emulator);
    client = (options.client ?? sdkClientFor)(emulator);
  });

  afterAll(async () => {
    client?.destroy();
    await emulator?.close();
  });

  return {
    emulator: () => {
      if (emulator === undefined) throw new Error('the emulator is not running');
      return emulator;
    },
    client: () => {
      if (client === undefined) throw new Error('the client is not built');
      return client;
    },
  };
}
