import type { SageMakerClient, Tag } from '@aws-sdk/client-sagemaker';
import { afterAll, beforeAll, beforeEach, describe } from 'vitest';
import { type Emulator, startEmulator } from '../../src/emulator/server.js';
import { sdkClientFor } from '../support/emulator.js';
import { MOTO_INSTALL, type MotoServer, motoServerPath, startMoto } from '../support/moto.js';
import { requireTool } from '../support/tools.js';

interface BackendPair<T> {
  moto: T;
  emulator: T;
}

interface ErrorSummary {
  name: string;
  message: string;
}

export interface Backends {
  /** Runs the same SDK call against moto, then against the emulator. */
  both<T>(call: (client: SageMakerClient) => Promise<T>): Promise<BackendPair<T>>;
  /** Runs a call that must fail on both; resolves to each side's error name and message. */
  bothFail(call: (client: SageMakerClient) => Promise<unknown>): Promise<BackendPair<ErrorSummary>>;
  /** Moves the emulator's clock on, so that resources it creates in transitional states settle. */
  advance(ms: number): void;
  emulator(): Emulator;
}

const failure = async (promise: Promise<unknown>, side: string): Promise<ErrorSummary> => {
  try {
    await promise;
  } catch (error) {
    if (error instanceof Error) return { name: error.name, message: error.message };
    throw error;
  }
  throw new Error(`expected the call to fail on ${side}, but it succeeded`);
};

/**
 * A conformance suite: `body` runs with both backends when moto_server is installed. Without it
 * the suite skips with a loud warning, except under CI (`CI=true`), where it fails instead.
 */
export function describeConformance(title: string, body: (backends: Backends) => void): void {
  const run = requireTool({
    name: 'moto_server',
    available: motoServerPath() !== undefined,
    install: MOTO_INSTALL,
  });
  describe.skipIf(!run)(title, () => body(useBackends()));
}

/**
 * Registers the hooks of a conformance file: one moto_server for the file (reset before each
 * test) and a fresh empty emulator per test, each with its own SDK client.
 */
function useBackends(): Backends {
  let moto: MotoServer | undefined;
  let motoClient: SageMakerClient | undefined;
  let emulator: Emulator | undefined;
  let emulatorClient: SageMakerClient | undefined;
  let clockOffset = 0;

  beforeAll(async () => {
    moto = await startMoto();
    motoClient = sdkClientFor(moto);
  });

  beforeEach(async () => {
    await moto?.reset();
    await emulator?.close();
    clockOffset = 0;
    emulator = await startEmulator({
      data: 'empty',
      searchLagMs: 0,
      now: () => Date.now() + clockOffset,
    });
    emulatorClient?.destroy();
    emulatorClient = sdkClientFor(emulator);
  });

  afterAll(async () => {
    motoClient?.destroy();
    emulatorClient?.destroy();
    await emulator?.close();
    await moto?.close();
  });

  const clients = (): BackendPair<SageMakerClient> => {
    if (motoClient === undefined || emulatorClient === undefined) {
      throw new Error('backends are not started');
    }
    return { moto: motoClient, emulator: emulatorClient };
  };

  return {
    async both(call) {
      const { moto: m, emulator: e } = clients();
      return { moto: await call(m), emulator: await call(e) };
    },
    async bothFail(call) {
      const { moto: m, emulator: e } = clients();
      return { moto: await failure(call(m), 'moto'), emulator: await failure(call(e), 'emulator') };
    },
    advance(ms) {
      clockOffset += ms;
    },
    emulator() {
      if (emulator === undefined) throw new Error('emulator is not started');
      return emulator;
    },
  };
}

/**
 * "Not found" wording. Messages differ by design: moto says `Could not find training job '<arn>'.`
 * while SageMaker (and the emulator, which follows SageMaker) say e.g. `Requested resource not
 * found.`; what both must agree on is the error name and that the message is a not-found message.
 */
export const NOT_FOUND = /not found|could not find|can't find|does not exist/i;

/** Tags in key order, since neither backend promises an order. */
export const byKey = (list: Tag[] | undefined): Tag[] =>
  [...(list ?? [])].sort((a, b) => (a.Key ?? '').localeCompare(b.Key ?? ''));
