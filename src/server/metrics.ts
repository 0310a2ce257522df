import { Counter, Histogram, Registry } from 'prom-client';
import type { SageMakerCallRecorder } from '../sagemaker/middleware/metrics.js';

export interface Metrics extends SageMakerCallRecorder {
  /** One registry per gateway, so many gateways in one process never clash on metric names. */
  readonly registry: Registry;
}

/**
 * The gateway's Prometheus metrics: `sagemaker_requests_total{operation,outcome}` counts every
 * upstream attempt (retries included, as SageMaker's rate limits see them) and
 * `sagemaker_request_duration_seconds{operation}` times them. yoga's request metrics are added to
 * the same registry by the prometheus plugin.
 */
export function createMetrics(): Metrics {
  const registry = new Registry();
  const requests = new Counter({
    name: 'sagemaker_requests_total',
    help: 'SageMaker API requests sent, by operation and outcome (each retry counts).',
    labelNames: ['operation', 'outcome'] as const,
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'sagemaker_request_duration_seconds',
    help: 'Duration of SageMaker API requests, by operation.',
    labelNames: ['operation'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  return {
    registry,
    record(operation, outcome, seconds) {
      requests.inc({ operation, outcome });
      duration.observe({ operation }, seconds);
    },
  };
}
