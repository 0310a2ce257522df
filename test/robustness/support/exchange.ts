import type { Emulator } from '../../../src/emulator/server.js';
import type { Fetcher } from '../../support/gateway.js';

/** One HTTP request to the gateway, exactly as a client could send it. */
export interface FuzzRequest {
  method?: 'GET' | 'POST';
  /** Path and query string, e.g. '/graphql?query=...'. */
  path?: string;
  headers?: Record<string, string>;
  /** The raw body; a GraphQL request is sent as JSON by {@link graphqlRequest}. */
  body?: string;
}

/** What the gateway answered, and what it cost upstream. */
export interface Exchange {
  request: FuzzRequest;
  status: number;
  text: string;
  /** The JSON body, or undefined when the answer is not JSON. */
  json: unknown;
  /** SageMaker requests the gateway made for this request, by operation. */
  calls: Record<string, number>;
  /** Of those, the ones the emulator rejected against the service model. */
  rejections: Record<string, number>;
  ms: number;
}

/** No single request may take longer than this; a slower one is reported as a runaway. */
const REQUEST_TIMEOUT_MS = 10_000;

/** A POST of a GraphQL request as JSON. */
export const graphqlRequest = (
  query: string,
  variables?: Record<string, unknown>,
): FuzzRequest => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ query, variables }),
});

const parse = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
};

/** The first chunk of a streamed body as text; the stream is cancelled after it. */
async function firstChunk(response: Response): Promise<string> {
  const reader = response.body?.getReader();
  if (reader === undefined) return '';
  const { value } = await reader.read();
  await reader.cancel();
  return new TextDecoder().decode(value);
}

/**
 * Sends `request` through the gateway in-process and measures its upstream calls with the
 * emulator's counters (reset first; the properties run one case at a time, so nothing else
 * calls it meanwhile).
 */
export async function exchange(
  app: Fetcher,
  emulator: Emulator,
  request: FuzzRequest,
): Promise<Exchange> {
  emulator.resetCalls();
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`no answer within ${REQUEST_TIMEOUT_MS} ms`)),
      REQUEST_TIMEOUT_MS,
    );
  });
  try {
    const response = await Promise.race([
      app.fetch(`http://gateway${request.path ?? '/graphql'}`, {
        method: request.method ?? 'POST',
        headers: request.headers ?? {},
        ...(request.body === undefined ? {} : { body: request.body }),
      }),
      timeout,
    ]);
    // A subscription answers with a stream that stays open: its first chunk is the answer.
    const streaming = /^(text\/event-stream|multipart\/mixed)/.test(
      response.headers.get('content-type') ?? '',
    );
    const text = await Promise.race([streaming ? firstChunk(response) : response.text(), timeout]);
    return {
      request,
      status: response.status,
      text,
      json: parse(text),
      calls: emulator.calls(),
      rejections: emulator.rejections(),
      ms: performance.now() - started,
    };
  } finally {
    clearTimeout(timer);
  }
}
