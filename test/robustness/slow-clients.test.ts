import { type ChildProcess, spawn } from 'node:child_process';
import { connect, type Socket } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// A client that trickles its headers or body held a connection for node's defaults (60 s for
// headers, 300 s for the request). The gateway's server (src/main.ts) closes them after
// HTTP_HEADERS_TIMEOUT_MS / HTTP_REQUEST_TIMEOUT_MS, set small here.
const ROOT = join(import.meta.dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
/** Far below node's defaults and far above the configured timeouts: no flake on a busy box. */
const CLOSED_WITHIN_MS = 15_000;

let child: ChildProcess | undefined;
let port = 0;

beforeAll(async () => {
  const proc = spawn(TSX, ['src/main.ts'], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      LOG_LEVEL: 'warn',
      DEMO_SCALE: '10',
      PORT: '0',
      HTTP_HEADERS_TIMEOUT_MS: '500',
      HTTP_REQUEST_TIMEOUT_MS: '1000',
    },
  });
  child = proc;
  port = await new Promise<number>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`no port: ${out}`)), 25_000);
    proc.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = out.match(/localhost:(\d+)\/graphql/);
      if (match?.[1] !== undefined) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
  });
}, 30_000);

afterAll(() => {
  child?.kill('SIGKILL');
});

/**
 * Opens a socket, writes `head` and then one byte of `trickle` every 100 ms; resolves with
 * what the server answered and how long the socket stayed open, or the bound if it never closed.
 */
const trickle = (head: string, trickled: string) =>
  new Promise<{ answer: string; openMs: number; closed: boolean }>((resolve) => {
    const started = performance.now();
    const socket: Socket = connect(port, '127.0.0.1');
    let answer = '';
    let at = 0;
    const timer = setInterval(() => {
      if (at < trickled.length && socket.writable) socket.write(trickled[at++] ?? '');
    }, 100);
    const done = (closed: boolean) => {
      clearInterval(timer);
      clearTimeout(bound);
      socket.destroy();
      resolve({ answer, openMs: performance.now() - started, closed });
    };
    const bound = setTimeout(() => done(false), CLOSED_WITHIN_MS);
    socket.on('data', (chunk: Buffer) => {
      answer += chunk.toString();
    });
    socket.on('close', () => done(true));
    socket.on('error', () => undefined);
    socket.write(head);
  });

describe('slow clients', () => {
  it('closes a connection whose body trickles in', async () => {
    const body = JSON.stringify({ query: '{ __typename }' }).padEnd(2_000, ' ');
    const result = await trickle(
      `POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`,
      body,
    );
    expect(result.closed).toBe(true);
    expect(result.answer).toMatch(/^HTTP\/1\.1 408/);
  });

  it('closes a connection whose headers trickle in', async () => {
    const result = await trickle('POST /graphql HTTP/1.1\r\n', `X-Slow: ${'a'.repeat(1_000)}`);
    expect(result.closed).toBe(true);
    expect(result.answer).toMatch(/^HTTP\/1\.1 408/);
  });

  it('still serves a prompt client', async () => {
    const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
  });
});
