import type { Plugin } from 'graphql-yoga';
import { BASE_POLICY } from './graphiql-page.js';

/** JSON, event streams and plain answers load nothing, so their policy allows nothing. */
const API_POLICY = `default-src 'none'; ${BASE_POLICY}`;

/**
 * Headers on every answer: no MIME sniffing (a JSON answer is never run as a script), no
 * Referer leaving the page (URLs may carry queries), and a Content-Security-Policy that forbids
 * framing everywhere. The GraphiQL page (HTML on `graphqlEndpoint`) gets `graphiqlPolicy`,
 * which lets exactly that page run; anything else gets a policy that allows nothing.
 */
export function useSecurityHeaders(options: {
  graphqlEndpoint: string;
  graphiqlPolicy: string | undefined;
}): Plugin {
  return {
    onResponse({ request, response }) {
      const onGraphiQL =
        response.headers.get('content-type')?.startsWith('text/html') === true &&
        new URL(request.url).pathname.replace(/\/$/, '') === options.graphqlEndpoint;
      response.headers.set('x-content-type-options', 'nosniff');
      response.headers.set('referrer-policy', 'no-referrer');
      response.headers.set(
        'content-security-policy',
        (onGraphiQL ? options.graphiqlPolicy : undefined) ?? API_POLICY,
      );
    },
  };
}
