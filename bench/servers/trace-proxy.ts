import { Agent, createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TracedCall } from '../trace.js';

/** The proxy's own control path: GET the calls since the last DELETE. */
export const TRACE_PATH = '/_bench/trace';

/**
 * A recording proxy in front of the emulator at `target`: every request is forwarded as is (the
 * emulator's control paths too), and each SageMaker call (an `x-amz-target` header) is recorded
 * with its operation and times, for the round trips a run took. Runs in the emulator's process.
 */
export async function startTraceProxy(
  target: string,
): Promise<{ url: string; close(): Promise<void> }> {
  const upstream = new URL(target);
  const agent = new Agent({ keepAlive: true, maxSockets: 256 });
  let calls: TracedCall[] = [];
  const server = createServer((req, res) => {
    if (req.url === TRACE_PATH) {
      if (req.method === 'DELETE') calls = [];
      const body = JSON.stringify(calls);
      res.writeHead(200, { 'content-type': 'application/json' }).end(body);
      return;
    }
    const start = performance.now();
    const header = req.headers['x-amz-target'];
    const operation = typeof header === 'string' ? header.slice(header.indexOf('.') + 1) : '';
    const forward = request(
      {
        host: upstream.hostname,
        port: upstream.port,
        path: req.url,
        method: req.method,
        headers: req.headers,
        agent,
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
        answer.on('end', () => {
          if (operation !== '') calls.push({ operation, start, end: performance.now() });
        });
      },
    );
    forward.on('error', (error) => res.writeHead(502).end(error.message));
    req.pipe(forward);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((resolve) => {
        agent.destroy();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
