import { loadConfig } from '../../src/config.js';
import { createGateway } from '../../src/gateway.js';
import { createSageMakerClient } from '../../src/sagemaker/client.js';
import { serve } from './child.js';

/**
 * The gateway as deployed (request logging at info on stdout, every plugin), over the emulator
 * whose endpoint is argv[2], served by node:http on a free loopback port.
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
await serve(createGateway(config, { client }), () => client.destroy());
