import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { useDemoGateway } from '../support/gateway.js';

// A client picks operation names, aliases (error paths) and query strings freely: none of them
// may become a label value, or every request adds a series to /metrics for good.
const DISTINCT = 2_000;

/** The series lines of a Prometheus text body (no comments). */
const seriesOf = (body: string): string[] =>
  body.split('\n').filter((line) => line !== '' && !line.startsWith('#'));

const labelValues = (series: readonly string[], label: string): Set<string> =>
  new Set(
    series.flatMap((line) =>
      [...line.matchAll(new RegExp(`${label}="([^"]*)"`, 'g'))].map((m) => m[1] ?? ''),
    ),
  );

describe('metrics cardinality', () => {
  const { app } = useDemoGateway({
    emulator: { data: 'empty' },
    config: loadConfig({ LOG_LEVEL: 'silent', METRICS_OPERATION_NAMES: 'Dashboard' }),
  });

  const post = (url: string, query: string) =>
    app().fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });

  it(`keeps /metrics bounded after ${DISTINCT} distinct operation names, urls and error paths`, async () => {
    for (let i = 0; i < DISTINCT; i++) {
      const response = await post(`http://gateway/graphql?n=${i}`, `query Op${i} { __typename }`);
      expect(response.status).toBe(200);
    }
    // errors at client-chosen aliases: the error counter's path label
    for (let i = 0; i < 200; i++) {
      await post(
        'http://gateway/graphql',
        `query { a${i}: trainingJob(name: "bad name ${i}") { id } }`,
      );
    }
    await post('http://gateway/graphql', 'query Dashboard { __typename }');

    const body = await (await app().fetch('http://gateway/metrics')).text();
    const series = seriesOf(body);
    expect(body).not.toMatch(/Op\d+/);
    expect(body).not.toMatch(/n=\d+/);
    expect(body).not.toMatch(/a\d+"/);
    // the allow-listed name is kept; every other name is one value
    expect(labelValues(series, 'operationName')).toEqual(
      new Set(['Dashboard', 'other', 'Anonymous']),
    );
    expect(labelValues(series, 'url')).toEqual(new Set(['/graphql']));
    expect(labelValues(series, 'path').size).toBeLessThanOrEqual(1);
    // before: ~77 000 series and ~10 MB for 2 000 names
    expect(series.length).toBeLessThan(1_000);
    expect(body.length).toBeLessThan(200_000);
  });
});
