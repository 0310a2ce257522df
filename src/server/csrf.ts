import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { createGraphQLError, type Plugin } from 'graphql-yoga';

/** The header that lets a POST of a simple content type through (GraphiQL's older builds sent it). */
const CSRF_HEADER = 'x-graphql-yoga-csrf';

/**
 * Cross-site request forgery prevention that stock clients pass with their defaults. A page of
 * any origin can make a browser send a "simple" request (no preflight): a GET, or a POST of
 * text/plain, form or multipart content. A GET runs queries only (yoga answers a mutation over
 * GET with 405 before executing it), and a query has no effects, so GETs pass without a header
 * (urql sends short queries as GET); who may read the answer is CORS_ORIGINS' business. A POST
 * must be preflighted: a non-simple content type (application/json, as Apollo Client and urql
 * send) or the {@link CSRF_HEADER} header; yoga's plugin decides which is which.
 */
export function useCsrfPolicy(): Plugin {
  const prevention = useCSRFPrevention({ requestHeaders: [CSRF_HEADER] });
  return {
    onRequestParse(payload) {
      if (payload.request.method === 'GET') return;
      try {
        return prevention.onRequestParse?.(payload);
      } catch {
        // yoga's message names neither the rule nor the header
        const type = payload.request.headers.get('content-type');
        throw createGraphQLError(
          `Cross-site request refused: a POST must have Content-Type application/json (or send the ${CSRF_HEADER} header), and this one has ${type === null ? 'none' : JSON.stringify(type)}.`,
          { extensions: { code: 'BAD_REQUEST', http: { status: 403 } } },
        );
      }
    },
  };
}
