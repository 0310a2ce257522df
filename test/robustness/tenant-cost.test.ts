import { beforeEach, describe, expect, it } from 'vitest';
import { useTenantGateway, type Who } from '../support/tenants.js';

// What tenancy costs in SageMaker calls, for bench/README.md: the same records read by team
// fraud (guarded) and by an admin filtering on fraud's tag (unguarded) must cost the same calls,
// but for one Search per level where a tenant must load what an admin answers from the parent.
const { emulator, data } = await useTenantGateway();

beforeEach(() => {
  emulator().resetCalls();
  emulator().knobs.searchLagMs = 0;
});

/** The calls `who` makes for `query`, and the answer (to check both read the same records). */
async function cost(who: Who, query: string) {
  emulator().resetCalls();
  const answer = await data(who, query);
  return { answer, calls: emulator().calls() };
}

const FRAUD = '{ tags: [{ key: "team", eq: "fraud" }] }';

describe('tenancy adds no call on collections and at most one per link level', () => {
  it('every root collection: the guard rides in the Search, no call more', async () => {
    for (const field of [
      'trainingJobs',
      'hyperParameterTuningJobs',
      'endpoints',
      'modelPackages',
      'modelPackageGroups',
    ]) {
      const query = (filter: string) =>
        `{ c: ${field}(first: 50${filter}) { totalCount nodes { id } } }`;
      const guarded = await cost('fraud', query(''));
      const filtered = await cost('admin', query(`, filter: ${FRAUD}`));
      expect([field, guarded.answer]).toEqual([field, filtered.answer]);
      expect([field, guarded.calls]).toEqual([field, { Search: 1 }]);
      expect([field, filtered.calls]).toEqual([field, { Search: 1 }]);
    }
  });

  it('training jobs with their tuning job, algorithm and model packages', async () => {
    const query = (filter: string) => `{ trainingJobs(first: 100${filter}) { nodes { name
      tuningJob { name } algorithm { name } modelPackages { arn group { name } } } } }`;
    const guarded = await cost('fraud', query(''));
    const filtered = await cost('admin', query(`, filter: ${FRAUD}`));
    expect(guarded.answer).toEqual(filtered.answer);
    // One exception, one call per level: an admin's `group { name }` is the package's own group
    // name, while a tenant's loads the group to check it (one batched Search for the level).
    expect(guarded.calls).toEqual({ ...filtered.calls, Search: (filtered.calls.Search ?? 0) + 1 });
    // Algorithms were reached (inherited from the job), so the comparison covers them.
    expect(guarded.calls.DescribeAlgorithm ?? 0).toBeGreaterThan(0);
  });

  it('endpoints → configs → variants → models: configs inherit, models carry their tags', async () => {
    const query = (filter: string) => `{ endpoints(first: 100${filter}) { nodes { name
      config { name productionVariants { model { name } } }
      productionVariants { configuration { variantName } model { name } } } } }`;
    const guarded = await cost('fraud', query(''));
    const filtered = await cost('admin', query(`, filter: ${FRAUD}`));
    expect(guarded.answer).toEqual(filtered.answer);
    expect(filtered.calls.DescribeEndpointConfig ?? 0).toBeGreaterThan(1);
    // The model level is one Search for both (its records hold the tags the guard checks).
    expect(guarded.calls).toEqual(filtered.calls);
    expect(guarded.calls.ListTags).toBeUndefined();
  });

  it('the model level’s tags come with its check: selecting tags costs nothing more', async () => {
    const query = `{ endpoints(first: 100) { nodes { config { productionVariants {
      model { name tags { key value } } } } } } }`;
    const { calls } = await cost('fraud', query);
    expect(calls.ListTags).toBeUndefined();
  });

  it('lookups of configs check each by its tags; models come from one Search', async () => {
    const configs = emulator()
      .store.all('EndpointConfig')
      .slice(0, 4)
      .map((config) => config.EndpointConfigName);
    const models = emulator()
      .store.all('Model')
      .slice(0, 4)
      .map((model) => model.ModelName);
    const query = `{ ${configs.map((name, at) => `c${at}: endpointConfig(name: "${name}") { id }`).join(' ')}
      ${models.map((name, at) => `m${at}: model(name: "${name}") { id }`).join(' ')} }`;
    const { calls } = await cost('fraud', query);
    expect(calls).toEqual({ DescribeEndpointConfig: 4, ListTags: 4, Search: 1 });
  });
});
