import { describe, expect, it } from 'vitest';
import { useDemoGateway } from '../support/gateway.js';

// yoga's default body limit is 25 MB, and one 10 MB request cost ~31 MB of RSS. MAX_BODY_BYTES
// (1 MiB) is enforced while the body is read, with or without a Content-Length.
const LIMIT = 1024 * 1024;

const padded = (bytes: number): string =>
  JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(bytes) } });

describe('request body size', () => {
  const { app } = useDemoGateway({ emulator: { data: 'empty' } });

  const expectTooLarge = async (response: Response) => {
    expect(response.status).toBe(413);
    const body = (await response.json()) as {
      errors: Array<{ message: string; extensions: Record<string, unknown> }>;
    };
    expect(body.errors).toEqual([
      {
        message: `Request body too large: the limit is ${LIMIT} bytes (MAX_BODY_BYTES).`,
        extensions: { code: 'BAD_REQUEST' },
      },
    ]);
  };

  it('answers 413 for a body over the limit announced by Content-Length', async () => {
    const body = padded(2 * LIMIT);
    await expectTooLarge(
      await app().fetch('http://gateway/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': String(body.length) },
        body,
      }),
    );
  });

  it('answers 413 for a streamed body over the limit, reading no more than it needs', async () => {
    const chunk = new TextEncoder().encode(padded(64 * 1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        // an endless body: the gateway must stop reading it
        sent += chunk.byteLength;
        controller.enqueue(chunk);
      },
    });
    await expectTooLarge(
      await app().fetch('http://gateway/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: stream,
        duplex: 'half',
      } as RequestInit),
    );
    expect(sent).toBeLessThan(4 * LIMIT);
  });

  it('accepts the largest legitimate bodies (a few hundred KB)', async () => {
    const response = await app().fetch('http://gateway/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: padded(400 * 1024),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
  });
});
