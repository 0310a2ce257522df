import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { loadDemoData } from './demo/demo-data.js';
import { createKnobs, type Knobs } from './knobs.js';
import { createLifecycle, type Lifecycle, liveTimings } from './lifecycle/lifecycle.js';
import { checkServiceModel, type Request } from './request-members.js';
import { OPERATIONS } from './router.js';
import { SageMakerError } from './service-errors.js';
import { createStore, type EmulatorStore } from './store.js';
import { checkTimeScale, TIME_SCALE } from './time-scale.js';
import { fromWire, toWire } from './wire.js';

/** The world clock of a demo emulator starts here (see `referenceTime`). */
const DEFAULT_REFERENCE_TIME = Date.UTC(2025, 5, 2, 9, 0, 0);

export interface EmulatorOptions {
  /** Default '127.0.0.1'. */
  host?: string;
  /** Default 0: a free port. */
  port?: number;
  /** 'demo' (default) loads the generated platform data; 'empty' starts with nothing. */
  data?: 'demo' | 'empty';
  /** Training jobs in the demo data (default 1500). */
  scale?: number;
  /** Seed of the demo data and of the random faults (default 1). */
  seed?: number;
  latencyMs?: number;
  jitterMs?: number;
  throttleRate?: number;
  faultRate?: number;
  searchLagMs?: number;
  /** Default 'us-east-1'. */
  region?: string;
  /** Default '123456789012'. */
  accountId?: string;
  /**
   * The clock (epoch ms). Default: the reference time plus the real time elapsed since start, so
   * the demo data is identical run to run while InProgress jobs still move.
   */
  now?: () => number;
  /**
   * The instant the demo data is generated around ("now" at start). Default: `now()` at start
   * when a clock is given, otherwise DEFAULT_REFERENCE_TIME.
   */
  referenceTime?: number;
  /**
   * Divides the lifecycle durations of resources created through the API (default 1, at most
   * 10 000): at 60 a five-minute training job finishes in five seconds. The clock and the demo
   * data are not affected (see `liveTimings`).
   */
  timeScale?: number;
}

export interface Emulator {
  /** Base URL for SDK clients, e.g. 'http://127.0.0.1:41234'. */
  endpoint: string;
  region: string;
  store: EmulatorStore;
  lifecycle: Lifecycle;
  knobs: Knobs;
  /** What live lifecycle durations are divided by (EmulatorOptions.timeScale). */
  timeScale: number;
  /** The emulator's clock (epoch ms). */
  now(): number;
  /** Requests per operation since start or the last reset. */
  calls(): Record<string, number>;
  /**
   * Requests per operation that the service-model check rejected (ValidationException or
   * SerializationException before the operation ran), since start or the last `resetCalls`.
   * Robustness tests assert it stays empty: a client that validates its input never sends one.
   */
  rejections(): Record<string, number>;
  resetCalls(): void;
  close(): Promise<void>;
}

const JSON_TYPE = 'application/x-amz-json-1.1';

const readBody = async (req: IncomingMessage): Promise<string> => {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
};

const send = (res: ServerResponse, status: number, body: unknown, type = JSON_TYPE): void => {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': type,
    'content-length': Buffer.byteLength(text),
    'x-amzn-requestid': randomUUID(),
  });
  res.end(text);
};

const sendError = (res: ServerResponse, error: SageMakerError): void => {
  res.setHeader('x-amzn-errortype', error.type);
  send(res, error.status, { __type: error.type, message: error.message });
};

/** Starts the SageMaker emulator: an AWS JSON 1.1 server on loopback. */
export const startEmulator = async (options: EmulatorOptions = {}): Promise<Emulator> => {
  const region = options.region ?? 'us-east-1';
  const accountId = options.accountId ?? '123456789012';
  const seed = options.seed ?? 1;
  const startedAt = Date.now();
  const reference = options.referenceTime ?? options.now?.() ?? DEFAULT_REFERENCE_TIME;
  const now = options.now ?? (() => reference + (Date.now() - startedAt));
  const store = createStore({ region, accountId });
  const lifecycle = createLifecycle(store);
  const timeScale = checkTimeScale(options.timeScale ?? TIME_SCALE.default);
  const timings = liveTimings(timeScale);
  const control = createKnobs(options, seed);
  if ((options.data ?? 'demo') === 'demo') {
    loadDemoData(store, lifecycle, { scale: options.scale, seed, referenceTime: reference });
  }
  let counts: Record<string, number> = {};
  let rejected: Record<string, number> = {};

  const handleApi = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const target = String(req.headers['x-amz-target'] ?? '');
    const operationName = target.startsWith('SageMaker.')
      ? target.slice('SageMaker.'.length)
      : target;
    const text = await readBody(req);
    counts[operationName] = (counts[operationName] ?? 0) + 1;
    const delay = control.delay();
    if (delay > 0) await sleep(delay);
    const operation = target.startsWith('SageMaker.') ? OPERATIONS[operationName] : undefined;
    if (!operation) {
      sendError(
        res,
        new SageMakerError(
          'UnknownOperationException',
          target === ''
            ? 'Missing X-Amz-Target header: expected SageMaker.<Operation>, e.g. SageMaker.Search.'
            : `Unknown operation ${target}`,
        ),
      );
      return;
    }
    let request: Request;
    try {
      const parsed: unknown = text.trim() === '' ? {} : JSON.parse(text);
      if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error();
      request = fromWire(parsed) as Request;
    } catch {
      sendError(
        res,
        new SageMakerError(
          'SerializationException',
          'Malformed request body: expected a JSON object.',
        ),
      );
      return;
    }
    const injected = control.injectedError(operationName);
    if (injected) {
      sendError(res, injected);
      return;
    }
    try {
      checkServiceModel(operationName, request);
    } catch (error) {
      rejected[operationName] = (rejected[operationName] ?? 0) + 1;
      throw error;
    }
    const clock = now();
    lifecycle.advance(clock);
    const result = operation(request, {
      store,
      lifecycle,
      now: clock,
      searchLagMs: control.knobs.searchLagMs,
      timings,
    });
    send(res, 200, toWire(result));
  };

  const handleControl = async (
    req: IncomingMessage,
    res: ServerResponse,
    path: string,
  ): Promise<void> => {
    if (path === '/_emulator/calls') {
      if (req.method === 'DELETE') {
        counts = {};
        rejected = {};
      }
      send(res, 200, counts, 'application/json');
      return;
    }
    if (path === '/_emulator/rejections') {
      send(res, 200, rejected, 'application/json');
      return;
    }
    if (path === '/_emulator/knobs') {
      if (req.method === 'POST') {
        const body: unknown = JSON.parse((await readBody(req)) || '{}');
        if (body === null || typeof body !== 'object') throw new Error('expected a JSON object');
        send(res, 200, control.update(body as Record<string, unknown>), 'application/json');
        return;
      }
      send(res, 200, control.values(), 'application/json');
      return;
    }
    if (path === '/_emulator/health') {
      send(
        res,
        200,
        { ok: true, now: new Date(now()).toISOString(), active: lifecycle.active() },
        'application/json',
      );
      return;
    }
    send(res, 404, { message: `No such control path: ${path}` }, 'application/json');
  };

  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const work = path.startsWith('/_emulator/')
      ? handleControl(req, res, path).catch((error: unknown) => {
          send(
            res,
            400,
            { message: error instanceof Error ? error.message : String(error) },
            'application/json',
          );
        })
      : handleApi(req, res).catch((error: unknown) => {
          if (error instanceof SageMakerError) {
            sendError(res, error);
            return;
          }
          process.stderr.write(
            `emulator: ${error instanceof Error ? error.stack : String(error)}\n`,
          );
          sendError(
            res,
            new SageMakerError(
              'InternalFailure',
              'The request processing has failed because of an unknown error, exception or failure.',
              500,
            ),
          );
        });
    void work;
  });
  server.keepAliveTimeout = 5_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;

  return {
    endpoint: `http://${host}:${address.port}`,
    region,
    store,
    lifecycle,
    knobs: control.knobs,
    timeScale,
    now,
    calls: () => ({ ...counts }),
    rejections: () => ({ ...rejected }),
    resetCalls: () => {
      counts = {};
      rejected = {};
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
};
