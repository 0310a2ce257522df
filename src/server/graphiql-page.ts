import type { GraphiQLOptions } from 'graphql-yoga';
import type { AuthConfig } from '../config.js';
import { GRAPHIQL_ASSETS, OPTIONS_ELEMENT_ID } from './graphiql-assets.js';

/** Everything the page may load or do, by CSP directive: its own origin's files, nothing else. */
const SOURCES = {
  // graphiql.js only; the options are a JSON data block, which is not run
  'script-src': ["'self'"],
  // GraphiQL, Monaco and Radix write <style> elements and style attributes at run time.
  'style-src': ["'self'", "'unsafe-inline'"],
  // queries and SSE subscriptions
  'connect-src': ["'self'"],
  // Monaco's editor, JSON and GraphQL workers
  'worker-src': ["'self'"],
  // the favicon; graphiql.css embeds its icons and fonts
  'img-src': ["'self'", 'data:'],
  'font-src': ['data:'],
} as const;

/** What no page of the gateway may do: be framed, rebase its URLs, post forms elsewhere. */
export const BASE_POLICY = "frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char] ?? char);

/** JSON that cannot end the <script> element holding it (nor open a comment in it). */
const scriptJson = (value: unknown): string =>
  JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028');

/** A tab GraphiQL opens with: a document and its variables (JSON text). */
export interface GraphiQLTab {
  query: string;
  variables: string;
}

export interface GraphiQLPage {
  html: string;
  /** The Content-Security-Policy that lets exactly this page run. */
  policy: string;
}

/**
 * The headers a tab opens with: none when the API is open; with AUTH_MODE=jwt, an Authorization
 * header whose token the user pastes in.
 */
function tabHeaders(auth: AuthConfig): string | undefined {
  if (auth.mode === 'none') return undefined;
  const token =
    auth.keys.source === 'demo'
      ? '<paste a token from: npm run token -- --team fraud>'
      : '<a token from your identity provider>';
  return JSON.stringify({ Authorization: `Bearer ${token}` }, null, 2);
}

/**
 * GraphiQL's page, rendered once: it opens with `tabs` (GraphiQL's own welcome tab when there are
 * none), headers prefilled only when requests need a token. Its files come from GRAPHIQL_ASSETS
 * on the gateway itself (src/server/graphiql-assets.ts), so it works offline and its policy
 * allows the page's own origin and nothing else.
 */
export function graphiqlPage(page: {
  title: string;
  tabs: readonly GraphiQLTab[];
  auth: AuthConfig;
}): GraphiQLPage {
  const headers = tabHeaders(page.auth);
  const [first] = page.tabs;
  const options: GraphiQLOptions & { variables?: string } = {
    title: page.title,
    ...(headers === undefined ? {} : { headers }),
    ...(first === undefined
      ? {}
      : {
          defaultTabs: page.tabs.map((tab) => ({ ...tab, headers: headers ?? null })),
          // GraphiQL 5.2 opens the first tab with these, not with the tab's own variables
          variables: first.variables,
        }),
  };
  const title = escapeHtml(page.title);
  const html = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>${title}</title>
    <link rel="icon" href="${GRAPHIQL_ASSETS}favicon.ico" />
    <link rel="stylesheet" href="${GRAPHIQL_ASSETS}graphiql.css" />
  </head>
  <body id="body" class="no-focus-outline">
    <noscript>GraphiQL needs JavaScript.</noscript>
    <div id="root">Loading ${title}…</div>
    <script type="application/json" id="${OPTIONS_ELEMENT_ID}">${scriptJson(options)}</script>
    <script src="${GRAPHIQL_ASSETS}graphiql.js"></script>
  </body>
</html>
`;
  const directives = Object.entries(SOURCES).map(
    ([directive, sources]) => `${directive} ${sources.join(' ')}`,
  );
  return { html, policy: ["default-src 'none'", ...directives, BASE_POLICY].join('; ') };
}
