import type { IncomingMessage, ServerResponse } from 'node:http';
import { baselineClient } from '../baseline/sdk.js';
import { trainingJobPage } from '../baseline/training-job-page.js';
import { VIEWS } from '../baseline/views.js';
import { serve } from './child.js';

/**
 * The hand-written baselines in their own process, over the emulator whose endpoint is argv[2],
 * with a plain SDK client (nothing of the gateway's):
 * - POST (any path): the training job page as a GraphQL server would answer it, `first` from the
 *   body's variables (default 100), its data as JSON; no GraphQL is parsed or executed;
 * - GET /run?view=<name>&pattern=handwritten|perItem&first=<n>[&inFlight=<n>]: that sequence's
 *   data and levels, with `inFlight` Describes at once (8 unless told).
 */
const endpoint = process.argv[2];
if (endpoint === undefined) throw new Error('usage: handwritten.ts <emulator endpoint>');
const client = baselineClient(endpoint);

const readBody = async (request: IncomingMessage): Promise<string> => {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
};

async function run(url: URL): Promise<unknown> {
  const view = VIEWS.find((candidate) => candidate.name === url.searchParams.get('view'));
  const first = Number(url.searchParams.get('first'));
  const inFlight = Number(url.searchParams.get('inFlight') ?? 8);
  if (view === undefined || !Number.isInteger(first) || !Number.isInteger(inFlight)) {
    throw new Error(`bad run: ${url.search}`);
  }
  if (url.searchParams.get('pattern') === 'perItem') {
    return { data: await view.perItem(client, first), levels: null, describeLevels: [] };
  }
  return view.handwritten(client, first, inFlight);
}

async function answer(request: IncomingMessage, response: ServerResponse): Promise<void> {
  const url = new URL(request.url ?? '/', 'http://baseline');
  let result: unknown;
  if (request.method === 'GET' && url.pathname === '/run') result = await run(url);
  else {
    const body = JSON.parse((await readBody(request)) || '{}') as {
      variables?: { first?: number };
    };
    result = {
      data: (await trainingJobPage.handwritten(client, body.variables?.first ?? 100)).data,
    };
  }
  response.writeHead(200, { 'content-type': 'application/json' });
  response.end(JSON.stringify(result));
}

await serve(
  (request, response) => {
    answer(request, response).catch((error: unknown) => {
      response.writeHead(500).end(String(error));
    });
  },
  () => client.destroy(),
);
