import type { SageMakerClient } from '@aws-sdk/client-sagemaker';
import { type Config, ConfigError, loadConfig } from './config.js';
import { DEMO } from './emulator/demo/demo-data.js';
import { type Emulator, startEmulator } from './emulator/server.js';
import { authBanner } from './server/auth/banner.js';
import {
  DEMO_EXAMPLE_NAMES,
  exampleTabs,
  PLACEHOLDER_EXAMPLE_NAMES,
} from './server/graphiql-tabs.js';
import { createHttpServer, listen } from './server/http-server.js';
import { createLogger } from './server/logger.js';
import { createMetrics } from './server/metrics.js';
import { createMetricsServer } from './server/metrics-server.js';
import { startTracing } from './server/tracing.js';
import { attachGraphqlWs } from './server/websocket.js';

const SHUTDOWN_GRACE_MS = 10_000;

function readConfig(): Config {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}

/** A taken port, said in one line with the variable that sets it (no stack trace). */
class PortInUseError extends Error {
  constructor(port: number, variable: string) {
    super(`port ${port} is in use (${variable}): stop the other process or set ${variable}=...`);
    this.name = 'PortInUseError';
  }
}

/** Runs `bind`, turning EADDRINUSE into a {@link PortInUseError} naming `variable`. */
async function bindPort<T>(port: number, variable: string, bind: () => Promise<T>): Promise<T> {
  try {
    return await bind();
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'EADDRINUSE') {
      throw new PortInUseError(port, variable);
    }
    throw error;
  }
}

const urlHost = (host: string): string =>
  ['0.0.0.0', '::', '127.0.0.1', '::1'].includes(host)
    ? 'localhost'
    : host.includes(':')
      ? `[${host}]`
      : host;

/** The best training job of the demo's flagship tuning job: a job with a full story to show. */
const demoTrainingJob = (emulator: Emulator): string =>
  emulator.store.get('HyperParameterTuningJob', DEMO.tuningJobName)?.BestTrainingJob
    ?.TrainingJobName ??
  emulator.store.all('TrainingJob')[0]?.TrainingJobName ??
  'my-training-job';

async function main(): Promise<void> {
  const config = readConfig();
  const logger = createLogger(config.logLevel);
  // OTEL_*: started before the AWS SDK and dataloader load, so their instrumentations hook them
  const tracing = await startTracing(config.tracing);
  const { createSageMakerClient } = await import('./sagemaker/client.js');
  const { createGateway } = await import('./server/gateway.js');

  let emulator: Emulator | undefined;
  let client: SageMakerClient;
  let backend: string;
  let demoNames: string | undefined;
  if (config.backend === 'demo') {
    const { demo } = config;
    emulator = await bindPort(demo.emulatorPort, 'DEMO_EMULATOR_PORT', () =>
      startEmulator({
        host: '127.0.0.1',
        port: demo.emulatorPort,
        ...(demo.scale === undefined ? {} : { scale: demo.scale }),
        ...(demo.seed === undefined ? {} : { seed: demo.seed }),
        latencyMs: demo.latencyMs,
        timeScale: demo.timeScale,
      }),
    );
    client = createSageMakerClient(config, emulator.endpoint);
    const trainingJob = demoTrainingJob(emulator);
    backend = `demo (embedded SageMaker emulator at ${emulator.endpoint}; ${config.backendReason})`;
    // names to paste into a first query, so it returns data rather than null
    demoNames = `endpoint ${DEMO.endpointName}, tuning job ${DEMO.tuningJobName}, training job ${trainingJob}, model package group ${DEMO.modelPackageGroupName}`;
  } else {
    client = createSageMakerClient(config);
    let region: string;
    try {
      region = await client.config.region();
    } catch {
      process.stderr.write(
        'No AWS region: set AWS_REGION (or a region in the AWS_PROFILE config), or SAGEMAKER_BACKEND=demo.\n',
      );
      process.exit(1);
    }
    const endpoint = config.sagemaker.endpoint ?? `SageMaker in ${region}`;
    backend = `aws (${endpoint}, region ${region}; ${config.backendReason})`;
  }

  const metrics = createMetrics({ processMetrics: true });
  // examples/ as GraphiQL's tabs, naming demo resources or, against AWS, placeholders
  const graphiqlTabs = config.graphiql
    ? exampleTabs(config.backend === 'demo' ? DEMO_EXAMPLE_NAMES : PLACEHOLDER_EXAMPLE_NAMES)
    : [];
  const app = createGateway(config, { client, logger, graphiqlTabs, metrics });
  const server = createHttpServer(app, config.edge);
  // graphql-ws on the same /graphql path (SSE needs nothing: yoga serves it)
  const sockets = attachGraphqlWs(server, app);
  const port = await bindPort(config.port, 'PORT', () => listen(server, config.port, config.host));
  process.stdout.write(
    `GraphiQL: http://${urlHost(config.host)}:${port}/graphql\nBackend: ${backend}\n`,
  );
  if (demoNames !== undefined) process.stdout.write(`Demo data: ${demoNames}\n`);
  process.stdout.write(`Auth: ${authBanner(config.auth)}\n`);

  // METRICS_PORT: /metrics only there, on the same interface, so it can stay unpublished
  const metricsPort = config.browser.metrics.port;
  const metricsServer =
    metricsPort === undefined
      ? undefined
      : createMetricsServer(metrics.registry, config.browser.metrics.token, config.edge);
  if (metricsServer !== undefined && metricsPort !== undefined) {
    const bound = await bindPort(metricsPort, 'METRICS_PORT', () =>
      listen(metricsServer, metricsPort, config.host),
    );
    process.stdout.write(`Metrics: http://${urlHost(config.host)}:${bound}/metrics\n`);
  } else if (!config.browser.metrics.onGatewayPort) {
    logger.info('/metrics is not served: set METRICS_TOKEN or METRICS_PORT to serve it');
  }

  let stopping = false;
  const shutdown = (signal: NodeJS.Signals): void => {
    if (stopping) {
      process.exit(1);
    }
    stopping = true;
    logger.info({ signal }, 'shutting down');
    metricsServer?.close();
    metricsServer?.closeAllConnections();
    const force = setTimeout(() => server.closeAllConnections(), SHUTDOWN_GRACE_MS).unref();
    // open subscriptions would hold the server open: sockets close, pollers stop
    void sockets.close();
    void app.dispose();
    server.close(async () => {
      clearTimeout(force);
      await emulator?.close();
      client.destroy();
      await tracing?.shutdown();
      logger.info('stopped');
      process.exit(0);
    });
    server.closeIdleConnections();
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  if (error instanceof PortInUseError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
  process.stderr.write(
    `Failed to start: ${error instanceof Error ? error.stack : String(error)}\n`,
  );
  process.exit(1);
});
