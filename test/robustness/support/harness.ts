import { useDemoGateway } from '../../support/gateway.js';
import { type Exchange, exchange, type FuzzRequest, graphqlRequest } from './exchange.js';

export interface FuzzGateway {
  /** Sends a raw HTTP request through the gateway and measures it. */
  send(request: FuzzRequest): Promise<Exchange>;
  /** POSTs a GraphQL request as JSON and measures it. */
  query(query: string, variables?: Record<string, unknown>): Promise<Exchange>;
}

/**
 * The demo gateway over its emulator (the real SDK over loopback, the real yoga stack through
 * `app.fetch`), with each request's upstream calls and service-model rejections measured.
 */
export function useFuzzGateway(): FuzzGateway {
  const gateway = useDemoGateway();
  const send = (request: FuzzRequest): Promise<Exchange> =>
    exchange(gateway.app(), gateway.emulator(), request);
  return { send, query: (query, variables) => send(graphqlRequest(query, variables)) };
}
