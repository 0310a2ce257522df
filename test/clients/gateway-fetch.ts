import type { DemoGateway } from '../support/gateway.js';

/** A request a client sent, as the gateway received it. */
export interface SentRequest {
  method: string;
  url: URL;
  headers: Headers;
  body: string;
}

/**
 * A `fetch` for the clients under test that the gateway answers in-process (`app.fetch`, the whole
 * HTTP stack), and the requests it was given, so a test can tell GET from POST and a hash from a
 * query text.
 */
export function gatewayFetch(gateway: DemoGateway): {
  fetch: typeof fetch;
  sent: SentRequest[];
} {
  const sent: SentRequest[] = [];
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const request = new Request(input, init);
    sent.push({
      method: request.method,
      url: new URL(request.url),
      headers: request.headers,
      body: await request.clone().text(),
    });
    return gateway.app().fetch(request);
  };
  return { fetch, sent };
}

/** The JSON body of a POST the client sent. */
export const bodyOf = (request: SentRequest): Record<string, unknown> =>
  JSON.parse(request.body) as Record<string, unknown>;
