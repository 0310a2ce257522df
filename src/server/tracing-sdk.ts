import { register } from 'node:module';
import { context, propagation, type Span, trace } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { registerInstrumentations } from '@opentelemetry/instrumentation';
import { AwsInstrumentation } from '@opentelemetry/instrumentation-aws-sdk';
import { DataloaderInstrumentation } from '@opentelemetry/instrumentation-dataloader';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import {
  BatchSpanProcessor,
  ConsoleSpanExporter,
  type SpanExporter,
  TracerProvider,
} from '@opentelemetry/sdk-trace';
import type { TracingConfig } from '../config.js';
import type { Tracing } from './tracing.js';

/** Attempts of one SageMaker call, from the SDK's response metadata. */
const ATTEMPTS_ATTRIBUTE = 'aws.sdk.attempts';

/** The SDK's `$metadata` of a response or a service error, as far as spans need it. */
function metadataOf(value: unknown): { attempts?: unknown; requestId?: unknown } {
  if (typeof value !== 'object' || value === null || !('$metadata' in value)) return {};
  const metadata = value.$metadata;
  return typeof metadata === 'object' && metadata !== null ? metadata : {};
}

/** Sets the attempts, and the request id the instrumentation reads only from responses. */
function annotate(span: Span, value: unknown): void {
  const { attempts, requestId } = metadataOf(value);
  if (typeof attempts === 'number') span.setAttribute(ATTEMPTS_ATTRIBUTE, attempts);
  if (typeof requestId === 'string') span.setAttribute('aws.request.id', requestId);
}

/**
 * The SDK, its instrumentations and the global provider, propagator and context manager. The
 * HTTP instrumentation starts each request's server span from its W3C `traceparent` (a client's
 * or the router's), the AWS SDK one spans each SageMaker call (operation, request id; attempts
 * added here, throttling by src/sagemaker/middleware/throttle-attribute.ts), the dataloader one
 * each batch; @envelop/opentelemetry (tracing-plugin.ts) spans the GraphQL operation.
 */
export function startTracingSdk(config: TracingConfig, override?: SpanExporter): Tracing {
  // ESM imports (dataloader from the GraphQL layer) are hooked by import-in-the-middle's loader;
  // CommonJS requires (the AWS SDK's modules) by require-in-the-middle, set up by the
  // instrumentations themselves.
  register('@opentelemetry/instrumentation/hook.mjs', import.meta.url);
  const exporter =
    override ??
    (config.exporter === 'console'
      ? new ConsoleSpanExporter()
      : new OTLPTraceExporter({ url: config.url }));
  const provider = new TracerProvider({
    resource: resourceFromAttributes({ 'service.name': config.serviceName }),
    spanProcessors: [new BatchSpanProcessor({ exporter })],
  });
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  propagation.setGlobalPropagator(new W3CTraceContextPropagator());
  trace.setGlobalTracerProvider(provider);
  const unregister = registerInstrumentations({
    tracerProvider: provider,
    instrumentations: [
      new HttpInstrumentation(),
      new AwsInstrumentation({
        responseHook: (span, { response }) => annotate(span, response.data),
        exceptionHook: (span, _request, error) => annotate(span, error),
      }),
      // only within a request's trace: a loader made outside one is not worth a root span
      new DataloaderInstrumentation({ requireParentSpan: true }),
    ],
  });
  return {
    flush: () => provider.forceFlush(),
    async shutdown() {
      unregister();
      await provider.shutdown();
    },
  };
}
