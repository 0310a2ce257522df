import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import type { ExecutionArgs } from 'graphql';
import { CloseCode, type OperationResult } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { Gateway } from './gateway.js';

const PATH = '/graphql';

/** What the HTTP upgrade of a graphql-ws connection is held to (the gateway's own settings). */
export interface SocketPolicy {
  /** Settles the principal of a request (the auth plugin's check), or throws UNAUTHENTICATED. */
  authenticate: (request: Request) => Promise<void>;
  /** Whether a page of `origin` may open a socket (CORS_ORIGINS; browsers send Origin). */
  allowsOrigin: (origin: string) => boolean;
  /**
   * FEDERATION_HMAC_SECRET is set: the subgraph answers only its router's signed requests, and a
   * graphql-ws subscribe message carries no signature, so upgrades are refused.
   */
  refuseAll: boolean;
  /** Ping interval (SUBSCRIPTION_HEARTBEAT_MS); a socket that misses a pong is closed. */
  heartbeatMs: number;
}

// The envelop's own execute and subscribe ride on rootValue from onSubscribe to graphql-ws's
// execute and subscribe (yoga's documented graphql-ws wiring).
type RootValue = {
  execute: (args: ExecutionArgs) => OperationResult;
  subscribe: (args: ExecutionArgs) => OperationResult;
};

const isRoot = (value: unknown): value is RootValue =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as Partial<RootValue>).execute === 'function' &&
  typeof (value as Partial<RootValue>).subscribe === 'function';

const noRoot = (): never => {
  throw new Error('graphql-ws: an operation without the envelop of onSubscribe');
};

function refuse(socket: Duplex, status: number, reason: string): void {
  socket.end(`HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

/** The upgrade request as a fetch Request, with the token of connectionParams if it has one. */
function requestOf(
  upgrade: IncomingMessage,
  params: Readonly<Record<string, unknown>> | undefined,
) {
  const headers = new Headers();
  for (const [name, value] of Object.entries(upgrade.headers)) {
    if (typeof value === 'string') headers.set(name, value);
  }
  const authorization = params?.authorization ?? params?.Authorization;
  if (typeof authorization === 'string') headers.set('authorization', authorization);
  return new Request(`http://${upgrade.headers.host ?? 'localhost'}${PATH}`, { headers });
}

/**
 * graphql-ws (the protocol Apollo Client and urql speak) on `/graphql` of `server`, executing
 * through the gateway's own envelop (`getEnveloped`: schema, masked errors, limits, context),
 * authenticated as queries are: the bearer token of the connection's `connectionParams.authorization`
 * or of the upgrade request, checked at connect time (close code 4403 when it fails). Upgrades
 * from origins outside CORS_ORIGINS are refused (403), as are all under FEDERATION_HMAC_SECRET.
 */
export function attachGraphqlWs(server: Server, gateway: Gateway) {
  const policy = gateway.sockets;
  const sockets = new WebSocketServer({ noServer: true });
  const requests = new WeakMap<object, Request>();

  /** Why an upgrade is refused (status and reason), or undefined to accept it. */
  const refusal = (upgrade: IncomingMessage): [number, string] | undefined => {
    const path = new URL(upgrade.url ?? '/', 'http://localhost').pathname;
    if (path !== PATH) return [404, 'Not Found'];
    if (policy.refuseAll) return [403, 'Forbidden'];
    const origin = upgrade.headers.origin;
    if (origin !== undefined && !policy.allowsOrigin(origin)) return [403, 'Forbidden'];
    return undefined;
  };
  const onUpgrade = (upgrade: IncomingMessage, socket: Duplex, head: Buffer): void => {
    const refused = refusal(upgrade);
    if (refused !== undefined) refuse(socket, ...refused);
    else
      sockets.handleUpgrade(upgrade, socket, head, (ws) => sockets.emit('connection', ws, upgrade));
  };
  server.on('upgrade', onUpgrade);

  const disposable = useServer(
    {
      onConnect: async (ctx) => {
        const request = requestOf(ctx.extra.request, ctx.connectionParams);
        try {
          await policy.authenticate(request);
        } catch {
          ctx.extra.socket.close(CloseCode.Forbidden, 'Forbidden: invalid or missing token');
          return false;
        }
        requests.set(ctx, request);
        return true;
      },
      onSubscribe: async (ctx, _id, payload) => {
        const request = requests.get(ctx);
        if (request === undefined) return [];
        const { schema, execute, subscribe, contextFactory, parse, validate } =
          gateway.getEnveloped({ request, params: payload });
        const document = parse(payload.query);
        const errors = validate(schema, document);
        if (errors.length > 0) return errors;
        const rootValue: RootValue = { execute, subscribe };
        return {
          schema,
          document,
          operationName: payload.operationName,
          variableValues: payload.variables,
          contextValue: await contextFactory(),
          rootValue,
        };
      },
      execute: (args) => (isRoot(args.rootValue) ? args.rootValue.execute(args) : noRoot()),
      subscribe: (args) => (isRoot(args.rootValue) ? args.rootValue.subscribe(args) : noRoot()),
    },
    sockets,
    policy.heartbeatMs,
  );

  return {
    async close(): Promise<void> {
      server.off('upgrade', onUpgrade);
      await disposable.dispose();
      for (const client of sockets.clients) client.terminate();
      await new Promise<void>((resolve) => sockets.close(() => resolve()));
    },
  };
}
