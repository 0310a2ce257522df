import { beforeEach, describe, expect, it } from 'vitest';
import { DEPLOYMENTS } from '../../bench/queries.js';
import { loadConfig } from '../../src/config.js';
import { useDemoGateway } from '../support/gateway.js';
import { codesOf, total } from './helpers.js';

// A request has a budget of SageMaker calls (MAX_UPSTREAM_CALLS_PER_REQUEST): past it, calls fail
// without reaching SageMaker and their fields answer UPSTREAM_BUDGET_EXCEEDED.
describe('the per-request budget of upstream calls', () => {
  const { emulator, post } = useDemoGateway({
    config: loadConfig({ LOG_LEVEL: 'silent', MAX_UPSTREAM_CALLS_PER_REQUEST: '4' }),
  });
  beforeEach(() => emulator().resetCalls());

  it('fails the calls past it fast, with partial data', async () => {
    const response = await post<{ endpoints: { nodes: Array<{ name: string }> } }>(DEPLOYMENTS, {
      first: 20,
    });
    expect(codesOf(response)).toEqual(['UPSTREAM_BUDGET_EXCEEDED']);
    // the page itself was within the budget; some links were not
    expect(response.data?.endpoints.nodes.length).toBeGreaterThan(0);
    // unbudgeted, the page of 20 deployments costs dozens of calls
    expect(total(emulator().calls())).toBeLessThanOrEqual(4);
  });

  it('gives every request a budget of its own', async () => {
    await post(DEPLOYMENTS, { first: 20 });
    const first = total(emulator().calls());
    await post(DEPLOYMENTS, { first: 20 });
    expect(total(emulator().calls())).toBe(2 * first);
  });
});
