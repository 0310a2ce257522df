import { createRequire } from 'node:module';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { Plugin } from 'graphql-yoga';

const gzipped = promisify(gzip);

// The build GraphiQL comes from: @graphql-yoga/render-graphiql publishes GraphiQL, Monaco and
// its workers as strings, so the gateway serves them itself and the page loads nothing from
// elsewhere. Its version names the folder, so the files can be cached for good.
const { version } = createRequire(import.meta.url)(
  '@graphql-yoga/render-graphiql/package.json',
) as {
  version: string;
};

/** Where the page finds its files, on the gateway's own origin. */
export const GRAPHIQL_ASSETS = `/graphiql/${version}/`;

/** The element of the page whose JSON text holds GraphiQL's options. */
export const OPTIONS_ELEMENT_ID = 'graphiql-options';

/** Monaco asks for a worker by label; each is a file of this folder. */
const WORKER_FILES = {
  editorWorkerService: 'editor.worker.js',
  json: 'json.worker.js',
  graphql: 'graphql.worker.js',
};

/**
 * The page's only script: it points Monaco at the workers next to it (relative to its own URL,
 * read while it runs), then the bundle, then renders with the options the page holds as data,
 * so no inline script is needed and the policy can say `script-src 'self'`.
 */
const bootScript = (bundle: string): string => `(function () {
  var base = document.currentScript.src;
  var files = ${JSON.stringify(WORKER_FILES)};
  self.MonacoEnvironment = {
    globalAPI: false,
    getWorkerUrl: function (_moduleId, label) {
      return new URL(files[label] || files.editorWorkerService, base).href;
    },
  };
})();
${bundle};
YogaGraphiQL.renderYogaGraphiQL(
  document.getElementById('root'),
  JSON.parse(document.getElementById(${JSON.stringify(OPTIONS_ELEMENT_ID)}).textContent),
);
`;

interface Asset {
  type: string;
  body: Buffer;
  gzip: Buffer;
}

/** The files by name; built on the first request for one (the bundle is about 9 MB of text). */
async function loadAssets(): Promise<Map<string, Asset>> {
  const bundle = await import('@graphql-yoga/render-graphiql/graphiql');
  const favicon = bundle.favicon.slice(bundle.favicon.indexOf(',') + 1);
  const files: Array<[string, string, Buffer]> = [
    ['graphiql.js', 'text/javascript', Buffer.from(bootScript(bundle.js))],
    ['graphiql.css', 'text/css', Buffer.from(bundle.css)],
    ['favicon.ico', 'image/x-icon', Buffer.from(favicon, 'base64')],
    [WORKER_FILES.editorWorkerService, 'text/javascript', Buffer.from(bundle.editorWorkerService)],
    [WORKER_FILES.json, 'text/javascript', Buffer.from(bundle.jsonWorker)],
    [WORKER_FILES.graphql, 'text/javascript', Buffer.from(bundle.graphqlWorker)],
  ];
  const assets = await Promise.all(
    files.map(
      async ([name, type, body]) => [name, { type, body, gzip: await gzipped(body) }] as const,
    ),
  );
  return new Map(assets);
}

/**
 * Serves GraphiQL's files under GRAPHIQL_ASSETS: compressed when the client accepts gzip, and
 * cacheable for a year, since a new build gets a new folder.
 */
export function useGraphiQLAssets(): Plugin {
  let assets: Promise<Map<string, Asset>> | undefined;
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (!url.pathname.startsWith(GRAPHIQL_ASSETS)) return;
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        endResponse(new fetchAPI.Response(null, { status: 405, headers: { allow: 'GET, HEAD' } }));
        return;
      }
      assets ??= loadAssets();
      const asset = (await assets).get(url.pathname.slice(GRAPHIQL_ASSETS.length));
      if (asset === undefined) {
        endResponse(new fetchAPI.Response(null, { status: 404 }));
        return;
      }
      const compressed = /\bgzip\b/.test(request.headers.get('accept-encoding') ?? '');
      const body = compressed ? asset.gzip : asset.body;
      endResponse(
        new fetchAPI.Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
          headers: {
            'content-type': `${asset.type}${asset.type.startsWith('text/') ? '; charset=utf-8' : ''}`,
            'content-length': String(body.length),
            'cache-control': 'public, max-age=31536000, immutable',
            vary: 'accept-encoding',
            ...(compressed ? { 'content-encoding': 'gzip' } : {}),
          },
        }),
      );
    },
  };
}
