import { DEMO } from './demo/demo-data.js';
import { startEmulator } from './server.js';
import { timeScaleSchema } from './time-scale.js';

// Standalone entry: `npm run emulator`. The only reader of process.env in the emulator.
const numberFrom = (name: string): number | undefined => {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return undefined;
  const value = Number(raw);
  if (!Number.isFinite(value)) {
    process.stderr.write(`${name} must be a number, got "${raw}"\n`);
    process.exit(2);
  }
  return value;
};

const timeScaleFrom = (name: string): number | undefined => {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return undefined;
  const parsed = timeScaleSchema.safeParse(raw);
  if (!parsed.success) {
    process.stderr.write(
      `${name}: ${parsed.error.issues[0]?.message ?? 'invalid'}, got "${raw.slice(0, 40)}"\n`,
    );
    process.exit(2);
  }
  return parsed.data;
};

const started = Date.now();
const emulator = await startEmulator({
  host: process.env.EMULATOR_HOST ?? '127.0.0.1',
  port: numberFrom('EMULATOR_PORT') ?? 8701,
  data: process.env.EMULATOR_DATA === 'empty' ? 'empty' : 'demo',
  scale: numberFrom('EMULATOR_SCALE'),
  seed: numberFrom('EMULATOR_SEED'),
  latencyMs: numberFrom('EMULATOR_LATENCY_MS'),
  jitterMs: numberFrom('EMULATOR_JITTER_MS'),
  throttleRate: numberFrom('EMULATOR_THROTTLE_RATE'),
  faultRate: numberFrom('EMULATOR_FAULT_RATE'),
  searchLagMs: numberFrom('EMULATOR_SEARCH_LAG_MS'),
  timeScale: timeScaleFrom('EMULATOR_TIME_SCALE'),
  region: process.env.EMULATOR_REGION,
  referenceTime: process.env.EMULATOR_REFERENCE_TIME
    ? Date.parse(process.env.EMULATOR_REFERENCE_TIME)
    : undefined,
});

const { endpoint, region, store } = emulator;
const lines = [
  `SageMaker emulator listening on ${endpoint} (region ${region}, ready in ${Date.now() - started} ms)`,
  `  ${store.size('TrainingJob')} training jobs, ${store.size('HyperParameterTuningJob')} tuning jobs, ${store.size('ModelPackage')} model packages, ${store.size('Endpoint')} endpoints`,
  '',
  'Try it (any credentials work):',
  `  AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test aws sagemaker search --endpoint-url ${endpoint} --region ${region} \\`,
  `    --resource TrainingJob --max-results 3 --search-expression '{"Filters":[{"Name":"Tags.team","Operator":"Equals","Value":"fraud"}]}'`,
  `  AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test aws sagemaker describe-endpoint --endpoint-url ${endpoint} --region ${region} --endpoint-name ${DEMO.endpointName}`,
  `  python -c "import boto3; print(boto3.client('sagemaker', endpoint_url='${endpoint}', region_name='${region}', aws_access_key_id='test', aws_secret_access_key='test').list_endpoints()['Endpoints'][:2])"`,
  '',
  `Lifecycle durations of created resources divided by ${emulator.timeScale} (EMULATOR_TIME_SCALE)`,
  `Knobs: curl -X POST ${endpoint}/_emulator/knobs -d '{"latencyMs":50,"throttleRate":0.1}'   Calls: curl ${endpoint}/_emulator/calls`,
];
process.stdout.write(`${lines.join('\n')}\n`);

const shutdown = (signal: string): void => {
  process.stdout.write(`\n${signal}: shutting down\n`);
  emulator.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.once('SIGINT', () => shutdown('SIGINT'));
process.once('SIGTERM', () => shutdown('SIGTERM'));
