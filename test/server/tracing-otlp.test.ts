import { createServer, type Server } from 'node:http';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { killGatewayProcesses, startGatewayProcess } from '../support/gateway-process.js';

// A stand-in OTLP/HTTP receiver on loopback: the exporter POSTs JSON to /v1/traces.
interface ExportedSpan {
  name: string;
  traceId: string;
}
let receiver: Server;
let endpoint: string;
const received: { service: string; spans: ExportedSpan[] }[] = [];

beforeAll(async () => {
  receiver = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => {
      body += chunk.toString();
    });
    request.on('end', () => {
      if (request.method === 'POST' && request.url === '/v1/traces') {
        const { resourceSpans } = JSON.parse(body) as {
          resourceSpans: {
            resource: { attributes: { key: string; value: { stringValue?: string } }[] };
            scopeSpans: { spans: ExportedSpan[] }[];
          }[];
        };
        for (const { resource, scopeSpans } of resourceSpans) {
          const service = resource.attributes.find(({ key }) => key === 'service.name');
          received.push({
            service: service?.value.stringValue ?? '',
            spans: scopeSpans.flatMap(({ spans }) => spans),
          });
        }
      }
      response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  const address = receiver.address();
  endpoint = `http://127.0.0.1:${typeof address === 'object' && address !== null ? address.port : 0}`;
});

afterEach(() => {
  killGatewayProcesses();
  received.length = 0;
});
afterAll(() => {
  receiver.close();
});

const TRACE_ID = '4bf92f3577b34da6a3ce929d0e0e4736';

/** Runs `npm start` with `env`, sends one traced query, and stops it (which flushes spans). */
async function queryOnce(env: Record<string, string>): Promise<void> {
  const gateway = startGatewayProcess(env);
  const [, url] = (await gateway.printed(/GraphiQL: (\S+)/)) ?? [];
  const response = await fetch(url ?? '', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      traceparent: `00-${TRACE_ID}-00f067aa0ba902b7-01`,
    },
    body: JSON.stringify({ query: 'query Exported { trainingJobs(first: 2) { nodes { name } } }' }),
  });
  expect(response.status).toBe(200);
  gateway.proc.kill('SIGTERM');
  expect(await gateway.exited).toBe(0);
}

describe('OTLP/HTTP export from the gateway process', () => {
  it('sends the request trace to OTEL_EXPORTER_OTLP_ENDPOINT', async () => {
    await queryOnce({ OTEL_EXPORTER_OTLP_ENDPOINT: endpoint, OTEL_SERVICE_NAME: 'otlp-test' });
    const spans = received.flatMap(({ spans }) => spans);
    expect(received.every(({ service }) => service === 'otlp-test')).toBe(true);
    const traced = spans.filter(({ traceId }) => traceId === TRACE_ID).map(({ name }) => name);
    expect(traced).toContain('query.Exported');
    expect(traced).toContain('SageMaker.Search');
    expect(traced.length).toBeGreaterThanOrEqual(4);
  }, 40_000);

  it('sends nothing when tracing is off', async () => {
    await queryOnce({ OTEL_EXPORTER_OTLP_ENDPOINT: endpoint, OTEL_SDK_DISABLED: 'true' });
    expect(received).toEqual([]);
  }, 40_000);
});
