import { createGraphQLError, type Plugin } from 'graphql-yoga';
import type { AuthConfig } from '../../config.js';
import { ANONYMOUS, type Principal } from '../../graphql/principal.js';
import type { Logger } from '../logger.js';
import { principalFromClaims } from './claims.js';
import { createTokenVerifier, InvalidTokenError } from './verify.js';

const REALM = 'sagemaker-graphql-gateway';

export interface Auth {
  /** Authenticates every GraphQL request before it is parsed; /health, /ready stay open. */
  plugin: Plugin;
  /** The principal the plugin settled for `request`. */
  principalOf: (request: Request) => Principal;
  /**
   * What the plugin does for each GraphQL request, for those that do not pass through it
   * (graphql-ws: the upgrade request, with the token of its connectionParams): settles the
   * principal of `request` or throws UNAUTHENTICATED.
   */
  authenticate: (request: Request) => Promise<void>;
}

/** A 401 with the RFC 6750 challenge: no error code when no token came, invalid_token else. */
function unauthenticated(message: string, error?: InvalidTokenError) {
  const challenge =
    error === undefined
      ? `Bearer realm="${REALM}"`
      : `Bearer realm="${REALM}", error="invalid_token", error_description="${error.message}"`;
  return createGraphQLError(message, {
    extensions: {
      code: 'UNAUTHENTICATED',
      http: { status: 401, headers: { 'WWW-Authenticate': challenge } },
    },
  });
}

/** The token of an `Authorization: Bearer <token>` header (scheme case-insensitive). */
function bearerToken(request: Request): string | undefined {
  const match = /^Bearer +([A-Za-z0-9\-._~+/]+=*) *$/i.exec(
    request.headers.get('authorization') ?? '',
  );
  return match?.[1];
}

/**
 * Authentication as a yoga plugin: in jwt mode each GraphQL request needs a valid bearer token,
 * checked in onRequestParse, so a refused request is answered 401 before parsing, validation or
 * any SageMaker call; GraphiQL's page, /health and /ready are served before that hook. In none
 * mode everyone is {@link ANONYMOUS}.
 */
export function createAuth(config: AuthConfig, logger: Logger): Auth {
  if (config.mode === 'none') {
    return { plugin: {}, principalOf: () => ANONYMOUS, authenticate: async () => {} };
  }
  const verify = createTokenVerifier(config);
  const principals = new WeakMap<Request, Principal>();
  const authenticate = async (request: Request): Promise<void> => {
    const token = bearerToken(request);
    if (token === undefined) {
      throw unauthenticated('Authentication required: send Authorization: Bearer <token>.');
    }
    try {
      principals.set(request, principalFromClaims(await verify(token), config));
    } catch (error) {
      if (!(error instanceof InvalidTokenError)) throw error;
      if (error.keysUnavailable) logger.warn({ err: error.cause }, 'token key set unavailable');
      throw unauthenticated(`Invalid token: ${error.message}.`, error);
    }
  };
  return {
    authenticate,
    plugin: {
      onRequestParse: ({ request }) => authenticate(request),
    },
    principalOf: (request) => {
      const principal = principals.get(request);
      // Fails closed: a context for a request the plugin never saw gets no principal.
      if (principal === undefined)
        throw new Error('no principal: the request was not authenticated');
      return principal;
    },
  };
}
