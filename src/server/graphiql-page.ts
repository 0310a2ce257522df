import { createHash } from 'node:crypto';
import { type GraphiQLOptions, renderGraphiQL } from 'graphql-yoga';

/**
 * Where yoga 5.24's GraphiQL page loads from: GraphiQL 4.5.1 on unpkg (until it is bundled
 * locally). Exact files, so the policy allows this build and nothing else on the CDN.
 */
const CDN = 'https://unpkg.com/@graphql-yoga/graphiql@4.5.1/dist/';
const FAVICON =
  'https://raw.githubusercontent.com/graphql-hive/graphql-yoga/main/packages/render-graphiql/favicon.ico';

/** Everything the page needs besides its own inline scripts, by CSP directive. */
const SOURCES = {
  'script-src': [`${CDN}yoga-graphiql.umd.js`],
  // GraphiQL, Monaco and Radix write <style> elements and style attributes at run time.
  'style-src': [`${CDN}graphiql.css`, "'unsafe-inline'"],
  // 'self': queries and SSE subscriptions; the CDN folder: the page fetches Monaco's workers
  'connect-src': ["'self'", `${CDN}monacoeditorwork/`],
  // the fetched workers start from blob: URLs
  'worker-src': ['blob:'],
  'img-src': ["'self'", 'data:', FAVICON],
  // graphiql.css embeds its fonts
  'font-src': ['data:'],
} as const;

/** What no page of the gateway may do: be framed, rebase its URLs, post forms elsewhere. */
export const BASE_POLICY = "frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

const INLINE_SCRIPT = /<script>([\s\S]*?)<\/script>/g;

export interface GraphiQLPage {
  html: string;
  /** The Content-Security-Policy that lets exactly this page run. */
  policy: string;
}

/**
 * yoga's GraphiQL page for `options`, rendered once, with a policy allowing its two inline
 * scripts by hash (one holds the options, so the hash is computed, not listed) and the files
 * listed above.
 */
export function graphiqlPage(options: GraphiQLOptions): GraphiQLPage {
  const html = renderGraphiQL(options);
  const hashes = [...html.matchAll(INLINE_SCRIPT)].map(
    ([, script]) =>
      `'sha256-${createHash('sha256')
        .update(script ?? '')
        .digest('base64')}'`,
  );
  const directives = Object.entries(SOURCES).map(([directive, sources]) =>
    directive === 'script-src'
      ? `${directive} ${[...sources, ...hashes].join(' ')}`
      : `${directive} ${sources.join(' ')}`,
  );
  return { html, policy: ["default-src 'none'", ...directives, BASE_POLICY].join('; ') };
}
