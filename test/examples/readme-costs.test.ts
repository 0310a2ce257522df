import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useTenantGateway } from '../support/tenants.js';

// The README's "Example query" states what it costs; these are the numbers it states.
const { emulator, data } = await useTenantGateway();

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const deployment = /```graphql\n(query Deployment[\s\S]*?)```/.exec(readme)?.[1];

describe("the README's example query", () => {
  it('costs what the README says, for an admin and for a tenant', async () => {
    expect(deployment).toBeDefined();
    const calls = async (who: 'admin' | 'fraud') => {
      emulator().resetCalls();
      const answer = await data(who, deployment ?? '');
      expect(answer.endpoint).not.toBeNull();
      return emulator().calls();
    };
    // Searches: endpoint, models, packages, training jobs, tuning jobs; a Describe per config.
    expect(await calls('admin')).toEqual({ Search: 5, DescribeEndpointConfig: 1 });
    // A tenant's request loads the groups and best jobs the records name: one Search each.
    expect(await calls('fraud')).toEqual({ Search: 7, DescribeEndpointConfig: 1 });
  });
});
