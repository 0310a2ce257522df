import type { IncomingMessage, ServerResponse } from 'node:http';
import { loadConfig } from '../../src/config.js';
import { createSageMakerClient } from '../../src/sagemaker/client.js';
import { trainingJobPage } from '../views/training-job-page.js';
import { serve } from './child.js';

/**
 * The floor for any server of this page over SageMaker: no GraphQL, the hand-written optimal SDK
 * sequence for TRAINING_JOB_PAGE (first: 100) on every POST, its result as JSON. Same SDK client
 * as the gateway's, over the emulator whose endpoint is argv[2].
 */
const endpoint = process.argv[2];
if (endpoint === undefined) throw new Error('usage: handwritten.ts <emulator endpoint>');

const config = loadConfig({ SAGEMAKER_BACKEND: 'demo', LOG_LEVEL: 'silent' });
const client = createSageMakerClient(config, endpoint);

const answer = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
  for await (const _ of request) {
    // the body is the GraphQL request; this server always answers the same page
  }
  const data = await trainingJobPage.optimal(client, 100);
  response.writeHead(200, { 'content-type': 'application/json' });
  response.end(JSON.stringify({ data }));
};

await serve(
  (request, response) => {
    answer(request, response).catch((error: unknown) => {
      response.writeHead(500).end(String(error));
    });
  },
  () => client.destroy(),
);
