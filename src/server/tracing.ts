import type { SpanExporter } from '@opentelemetry/sdk-trace';
import type { TracingConfig } from '../config.js';

/** A started OpenTelemetry SDK. */
export interface Tracing {
  /** Exports every ended span now (the batch processor otherwise waits up to 5 s). */
  flush(): Promise<void>;
  /** Flushes, then stops the exporter and the instrumentations. */
  shutdown(): Promise<void>;
}

/**
 * Starts OpenTelemetry when `config` says so (OTEL_* variables, src/config.ts); off, nothing of
 * the SDK is even loaded. Call it before the modules it instruments load (the AWS SDK,
 * dataloader): main.ts imports those afterwards. `exporter` replaces the configured one (tests).
 */
export async function startTracing(
  config: TracingConfig | undefined,
  exporter?: SpanExporter,
): Promise<Tracing | undefined> {
  if (config === undefined) return undefined;
  const { startTracingSdk } = await import('./tracing-sdk.js');
  return startTracingSdk(config, exporter);
}
