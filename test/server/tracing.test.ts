import type { Server } from 'node:http';
import { InMemorySpanExporter, type ReadableSpan } from '@opentelemetry/sdk-trace';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import type { Emulator } from '../../src/emulator/server.js';
import { startTracing, type Tracing } from '../../src/server/tracing.js';

// The SDK hooks the AWS SDK and dataloader as they load: start it first, import the gateway
// after (vitest runs each test file in a process of its own).
const exporter = new InMemorySpanExporter();
const config = loadConfig({
  LOG_LEVEL: 'silent',
  // each query must run, not come from the response cache, for its spans to be seen
  CACHE: 'off',
  OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:9',
  OTEL_SERVICE_NAME: 'gateway-under-test',
});
let tracing: Tracing | undefined;
let emulator: Emulator;
let server: Server;
let url: string;

const TRACE_ID = '0af7651916cd43dd8448eb211c80319c';
const PARENT_SPAN_ID = 'b7ad6b7169203331';
const SECRET = 'variable-value-7f3a';

beforeAll(async () => {
  tracing = await startTracing(config.tracing, exporter);
  const { startEmulator } = await import('../../src/emulator/server.js');
  const { createSageMakerClient } = await import('../../src/sagemaker/client.js');
  const { createGateway } = await import('../../src/server/gateway.js');
  const { createHttpServer, listen } = await import('../../src/server/http-server.js');
  emulator = await startEmulator({ data: 'demo' });
  const app = createGateway(config, { client: createSageMakerClient(config, emulator.endpoint) });
  server = createHttpServer(app, config.edge);
  url = `http://127.0.0.1:${await listen(server, 0, '127.0.0.1')}/graphql`;
});

afterAll(async () => {
  server?.close();
  await emulator?.close();
  await tracing?.shutdown();
});

const QUERY = `query TracedJobs($first: Int, $name: String!) {
  trainingJobs(first: $first) { nodes { name tuningJob { name } } }
  trainingJob(name: $name) { name }
}`;

async function tracedQuery(): Promise<ReadableSpan[]> {
  exporter.reset();
  emulator.resetCalls();
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      traceparent: `00-${TRACE_ID}-${PARENT_SPAN_ID}-01`,
    },
    body: JSON.stringify({ query: QUERY, variables: { first: 5, name: SECRET } }),
  });
  const body = (await response.json()) as { data?: unknown; errors?: unknown };
  expect(body.errors).toBeUndefined();
  return finishedTrace();
}

/** The test trace's spans once its server span has ended (just after the response is sent). */
async function finishedTrace(): Promise<ReadableSpan[]> {
  for (let tries = 0; tries < 50; tries++) {
    await tracing?.flush();
    const spans = exporter
      .getFinishedSpans()
      .filter((span) => span.spanContext().traceId === TRACE_ID);
    if (spans.some((span) => span.parentSpanContext?.spanId === PARENT_SPAN_ID)) return spans;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('the server span did not end');
}

describe('OpenTelemetry traces', () => {
  it('is configured by the standard variables, and off without them', () => {
    expect(tracing).toBeDefined();
    expect(config.tracing).toEqual({
      exporter: 'otlp',
      url: 'http://127.0.0.1:9/v1/traces',
      serviceName: 'gateway-under-test',
    });
    expect(loadConfig({}).tracing).toBeUndefined();
    expect(
      loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://x:4318', OTEL_SDK_DISABLED: 'true' })
        .tracing,
    ).toBeUndefined();
    expect(() => loadConfig({ OTEL_TRACES_EXPORTER: 'otlp' })).toThrow(/OTEL_EXPORTER_OTLP/);
  });

  it('spans the operation, dataloader batches and SageMaker calls under the traceparent', async () => {
    const spans = await tracedQuery();
    const byId = new Map(spans.map((span) => [span.spanContext().spanId, span]));
    const server = spans.find((span) => span.parentSpanContext?.spanId === PARENT_SPAN_ID);
    expect(server?.name).toMatch(/^POST/);

    const operation = spans.find((span) => span.name === 'query.TracedJobs');
    expect(operation?.attributes['graphql.execute.operationName']).toBe('TracedJobs');
    expect(operation?.attributes['graphql.execute.operationType']).toBe('query');
    // every span of the request descends from the client's span, through the server span
    const ancestors = (span: ReadableSpan): string[] => {
      const parent = span.parentSpanContext?.spanId;
      const next = parent === undefined ? undefined : byId.get(parent);
      return parent === undefined ? [] : [parent, ...(next === undefined ? [] : ancestors(next))];
    };
    for (const span of spans) expect(ancestors(span)).toContain(PARENT_SPAN_ID);

    const batches = spans.filter((span) => span.name.startsWith('dataloader.batch'));
    expect(batches.length).toBeGreaterThan(0);
    const calls = spans.filter((span) => span.attributes['rpc.service'] === 'SageMaker');
    expect(calls.length).toBeGreaterThan(0);
    for (const call of calls) {
      expect(call.attributes['rpc.method']).toMatch(/^(Search|Describe|List)/);
      expect(call.attributes['aws.request.id']).toMatch(/^[0-9a-f-]{36}$/);
      expect(call.attributes['aws.sdk.attempts']).toBe(1);
      expect(call.attributes['aws.sdk.throttled']).toBe(false);
      expect(ancestors(call)).toContain(operation?.spanContext().spanId);
    }
    // one span per request the emulator answered
    const answered = Object.values(emulator.calls()).reduce((sum, count) => sum + count, 0);
    expect(calls.length).toBe(answered);
  });

  it('records no variable values in any attribute', async () => {
    const spans = await tracedQuery();
    expect(spans.length).toBeGreaterThan(3);
    for (const span of spans) {
      expect(JSON.stringify(span.attributes)).not.toContain(SECRET);
      for (const event of span.events) {
        expect(JSON.stringify(event.attributes ?? {})).not.toContain(SECRET);
      }
    }
  });

  it('marks a throttled SageMaker call, with its attempts', async () => {
    exporter.reset();
    const { startEmulator } = await import('../../src/emulator/server.js');
    const { createSageMakerClient } = await import('../../src/sagemaker/client.js');
    const { DescribeTrainingJobCommand } = await import('@aws-sdk/client-sagemaker');
    const throttling = await startEmulator({ data: 'empty', throttleRate: 1 });
    const client = createSageMakerClient(
      loadConfig({ LOG_LEVEL: 'silent', SAGEMAKER_MAX_ATTEMPTS: '2' }),
      throttling.endpoint,
    );
    try {
      await expect(
        client.send(new DescribeTrainingJobCommand({ TrainingJobName: 'any' })),
      ).rejects.toMatchObject({ name: 'ThrottlingException' });
    } finally {
      client.destroy();
      await throttling.close();
    }
    await tracing?.flush();
    const [call] = exporter
      .getFinishedSpans()
      .filter((span) => span.attributes['rpc.method'] === 'DescribeTrainingJob');
    expect(call?.attributes['aws.sdk.attempts']).toBe(2);
    expect(call?.attributes['aws.sdk.throttled']).toBe(true);
    expect(call?.status.code).toBe(2); // ERROR
  });
});
