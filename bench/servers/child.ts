import { createServer, type RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * The child side of a bench server process: one JSON line on stdout says it is ready, and it
 * stops on SIGTERM or SIGINT, or when the parent's end of stdin closes (a parent killed with
 * SIGKILL runs no cleanup, so this is what keeps its children from outliving it).
 */

/** Marks the handshake line among the process's other stdout lines (the gateway logs JSON too). */
export const READY = 'bench-server-ready';

export interface ReadyLine {
  bench: typeof READY;
  url: string;
}

export function announce(url: string): void {
  const line: ReadyLine = { bench: READY, url };
  process.stdout.write(`${JSON.stringify(line)}\n`);
}

/** Runs `stop` once on the first stop signal, then exits 0 so that --cpu-prof writes its profile. */
export function onStop(stop: () => Promise<void>): void {
  let stopping = false;
  const run = (): void => {
    if (stopping) return;
    stopping = true;
    stop().then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', run);
  process.once('SIGINT', run);
  process.stdin.on('close', run);
  process.stdin.on('end', run);
  process.stdin.resume();
}

/**
 * Serves `app` on a free loopback port, announces its GraphQL URL, and on stop closes the server
 * (and its keep-alive connections), then runs `cleanup`.
 */
export async function serve(app: RequestListener, cleanup?: () => void): Promise<void> {
  // the driver's connections idle while other targets are measured: a server closing them
  // after node's default 5 s races the driver's next request into ECONNRESET
  const server = createServer({ keepAliveTimeout: 120_000 }, app);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  onStop(
    () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          cleanup?.();
          resolve();
        });
        server.closeAllConnections();
      }),
  );
  announce(`http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`);
}
