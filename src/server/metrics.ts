import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { SageMakerCallRecorder } from '../sagemaker/middleware/metrics.js';

export interface Metrics extends SageMakerCallRecorder {
  /** One registry per gateway, so many gateways in one process never clash on metric names. */
  readonly registry: Registry;
}

export interface MetricsOptions {
  /**
   * Also prom-client's process metrics: RSS, heap, event-loop delay (`nodejs_eventloop_lag_*`,
   * reset at each scrape), GC. The served process turns them on; tests, which build many gateways
   * in one process, leave them off (each set runs its own event-loop monitor).
   */
  processMetrics?: boolean;
}

/**
 * The gateway's Prometheus metrics: `sagemaker_requests_total{operation,outcome}` counts every
 * upstream attempt (retries included, as SageMaker's rate limits see them) and
 * `sagemaker_request_duration_seconds{operation}` times them. yoga's request metrics are added to
 * the same registry by the prometheus plugin.
 */
export function createMetrics(options: MetricsOptions = {}): Metrics {
  const registry = new Registry();
  if (options.processMetrics === true) collectDefaultMetrics({ register: registry });
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

/**
 * `gateway_document_cache_entries{cache}`: the entries of each document cache, read at scrape
 * time, so an operator sees them stay at DOCUMENT_CACHE_SIZE under any mix of documents.
 */
export function registerCacheGauge(
  registry: Registry,
  caches: Readonly<Record<string, { readonly size: number }>>,
): void {
  new Gauge({
    name: 'gateway_document_cache_entries',
    help: 'Entries in each document cache (parsed, parse errors, compiled queries).',
    labelNames: ['cache'] as const,
    registers: [registry],
    collect() {
      for (const [cache, { size }] of Object.entries(caches)) this.set({ cache }, size);
    },
  });
}

/**
 * `gateway_subscription_pollers` and `gateway_subscriptions`: watched sets polled (at most
 * MAX_POLLERS) and subscriptions open, read at scrape time.
 */
export function registerLiveGauges(
  registry: Registry,
  live: { readonly pollers: number; readonly subscribers: number },
): void {
  new Gauge({
    name: 'gateway_subscription_pollers',
    help: 'Watched sets this process polls or follows (one poller each, at most MAX_POLLERS).',
    registers: [registry],
    collect() {
      this.set(live.pollers);
    },
  });
  new Gauge({
    name: 'gateway_subscriptions',
    help: 'Subscriptions open on this process, all watched sets together.',
    registers: [registry],
    collect() {
      this.set(live.subscribers);
    },
  });
}
