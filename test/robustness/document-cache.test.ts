import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { useDemoGateway } from '../support/gateway.js';

// Every distinct document is parsed, validated and compiled (graphql-jit) once and cached:
// 4 800 distinct documents raised RSS from 413 to 787 MB. Each cache holds DOCUMENT_CACHE_SIZE.
const SIZE = 50;

/** `gateway_document_cache_entries{cache=...}` from a /metrics body. */
const cacheEntries = (body: string): Record<string, number> =>
  Object.fromEntries(
    [...body.matchAll(/^gateway_document_cache_entries\{cache="(\w+)"\} (\d+)$/gm)].map((m) => [
      m[1] ?? '',
      Number(m[2]),
    ]),
  );

describe('document caches', () => {
  const { app } = useDemoGateway({
    emulator: { data: 'empty' },
    config: loadConfig({ LOG_LEVEL: 'silent', DOCUMENT_CACHE_SIZE: String(SIZE) }),
  });

  const post = (query: string) =>
    app().fetch('http://gateway/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });

  it(`holds at most ${SIZE} documents in each cache after ${SIZE * 6} distinct ones`, async () => {
    for (let i = 0; i < SIZE * 6; i++) {
      expect((await post(`query Q${i} { trainingJob(name: "job-${i}") { id } }`)).status).toBe(200);
      // and as many documents that do not parse
      await post(`query Broken${i} {`);
    }
    const entries = cacheEntries(await (await app().fetch('http://gateway/metrics')).text());
    expect(entries).toEqual({ parsed: SIZE, parseErrors: SIZE, compiled: SIZE });
  });

  it('still answers a document that fell out of the caches', async () => {
    const response = await post('query Q0 { trainingJob(name: "job-0") { id } }');
    expect(await response.json()).toEqual({ data: { trainingJob: null } });
  });
});
