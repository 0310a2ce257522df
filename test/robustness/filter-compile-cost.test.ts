import { beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { useDemoGateway } from '../support/gateway.js';

// A filter far larger than any SageMaker expression can hold is rejected from its size, before
// compilation spends CPU on it (a 200 000-item in list used to block the event loop for 26 s) and
// before any call upstream.
// The body limit (MAX_BODY_BYTES, 1 MiB by default) turns a 1.9 MB request away before it is
// even parsed; raised here so the request reaches the compiler, whose own cap is under test.
const { post, emulator } = useDemoGateway({
  config: loadConfig({ LOG_LEVEL: 'silent', MAX_BODY_BYTES: String(4 * 1024 * 1024) }),
});

const QUERY = `query Jobs($filter: TrainingJobFilter) {
  trainingJobs(filter: $filter, first: 5) { totalCount nodes { name } }
}`;

beforeEach(() => emulator().resetCalls());

describe('filter compile cost through the gateway', () => {
  it('rejects a 200 000-item in list with FILTER_LIMIT_EXCEEDED and no Search', async () => {
    const names = Array.from({ length: 200_000 }, (_, i) => `job-${i}`);
    const cpu = process.cpuUsage();
    const result = await post(QUERY, { filter: { name: { in: names } } });
    const spent = process.cpuUsage(cpu);
    expect(result.errors?.[0]?.extensions?.code).toBe('FILTER_LIMIT_EXCEEDED');
    expect(result.errors?.[0]?.message).toContain('filter.name.in has 200000 items');
    expect(emulator().calls()).toEqual({});
    // Parsing and coercing 1.9 MB of JSON is most of it; compiling it took 26 s of CPU.
    expect((spent.user + spent.system) / 1e6).toBeLessThan(10);
  });

  it('still answers the largest in list that can fit with one Search', async () => {
    const names = Array.from({ length: 24_576 }, (_, i) => i.toString(36));
    const result = await post(QUERY, { filter: { name: { in: names } } });
    // 24 576 short names need more than 50 elements as In lists: the limit is named, and the
    // compiler got there (the bound let it through).
    expect(result.errors?.[0]?.extensions?.code).toBe('FILTER_LIMIT_EXCEEDED');
    expect(result.errors?.[0]?.message).toMatch(/^The filter needs \d+ Search elements/);
    expect(emulator().calls()).toEqual({});
    const fits = await post(QUERY, { filter: { name: { in: names.slice(0, 6_000) } } });
    expect(fits.errors).toBeUndefined();
    expect(emulator().calls()).toEqual({ Search: 1 });
  });
});
