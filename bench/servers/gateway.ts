import { loadConfig } from '../../src/config.js';
import { createSageMakerClient } from '../../src/sagemaker/client.js';
import { createGateway } from '../../src/server/gateway.js';
import { serve } from './child.js';

/**
 * The gateway as deployed (request logging at info on stdout, every plugin), over the emulator
 * whose endpoint is argv[2], served by node:http on a free loopback port. The drivers start it
 * with the response cache off (GATEWAY_ENV in spawn.ts). BENCH_COALESCE=false: identical
 * concurrent reads are not shared, so each request pays for its own calls.
 */
const endpoint = process.argv[2];
if (endpoint === undefined) throw new Error('usage: gateway.ts <emulator endpoint>');

const config = loadConfig({
  ...process.env,
  // an AWS variable in the caller's environment must not send the gateway to AWS
  SAGEMAKER_BACKEND: 'demo',
  SAGEMAKER_ENDPOINT_URL: undefined,
  LOG_LEVEL: 'info',
});
const client = createSageMakerClient(config, endpoint);
const coalesceReads = process.env.BENCH_COALESCE !== 'false';
await serve(createGateway(config, { client, coalesceReads }), () => client.destroy());
