import { useOpenTelemetry } from '@envelop/opentelemetry';
import { trace } from '@opentelemetry/api';

/**
 * A span per GraphQL operation (`query.OperationName`, with its name and type), child of the
 * request's server span and parent of its dataloader and SageMaker spans. No variable values,
 * results or resolver arguments: they may carry tenants' data. The document is recorded only
 * when it has no inline arguments (the plugin's rule), so literal values stay out too.
 */
export const useTracing = (): ReturnType<typeof useOpenTelemetry> =>
  useOpenTelemetry(
    { resolvers: false, variables: false, result: false },
    trace.getTracerProvider(),
  );
