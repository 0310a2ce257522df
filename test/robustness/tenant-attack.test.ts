import { AddTagsCommand, CreateEndpointConfigCommand } from '@aws-sdk/client-sagemaker';
import { beforeEach, describe, expect, it } from 'vitest';
import { KIND_INFO, type Kind } from '../../src/emulator/kinds.js';
import { teamOf, useTenantGateway, type Who } from '../support/tenants.js';

// Issue 12, the attack suite: team fraud (A) and team vision (B) probe each other on the paths
// tenant-isolation.test.ts leaves to this file: the Describe-only resources (endpoint configs,
// models, algorithms) on every path, cursors replayed across tenants, probes remembered per
// guard, concurrent identical requests, and completeness (A misses nothing of its own).
const { emulator, client, data, post, refs } = await useTenantGateway();

const DESCRIBED = ['EndpointConfig', 'Model', 'Algorithm'] as const;
type Described = (typeof DESCRIBED)[number];

const LOOKUP: Record<Described, string> = {
  EndpointConfig: 'endpointConfig',
  Model: 'model',
  Algorithm: 'algorithm',
};

const described = (team: string) => DESCRIBED.flatMap((kind) => refs(kind, team));

/** Whom `who` may see `ref` as: its own team's, or everything for the admin. */
const visible = (who: Who, team: string) => who === 'admin' || who === team;

beforeEach(() => {
  emulator().resetCalls();
  emulator().knobs.latencyMs = 0;
  emulator().knobs.searchLagMs = 0;
});

describe('Describe-only resources: lookups, node and nodes', () => {
  it('has records of both teams to probe', () => {
    for (const kind of DESCRIBED) {
      expect([kind, refs(kind, 'fraud').length > 0, refs(kind, 'vision').length > 0]).toEqual([
        kind,
        true,
        true,
      ]);
    }
  });

  it('lookups by name answer the own team and null for the other, never an error', async () => {
    const targets = [
      ...described('fraud').map((ref) => ({ ref, team: 'fraud' })),
      ...described('vision').map((ref) => ({ ref, team: 'vision' })),
    ];
    const query = `{ ${targets
      .map(({ ref }, at) => `l${at}: ${LOOKUP[ref.kind as Described]}(name: "${ref.name}") { id }`)
      .join('\n')} }`;
    for (const who of ['fraud', 'vision', 'admin'] as const) {
      const expected = Object.fromEntries(
        targets.map(({ ref, team }, at) => [`l${at}`, visible(who, team) ? { id: ref.arn } : null]),
      );
      expect([who, await data(who, query)]).toEqual([who, expected]);
    }
  });

  // Describe-only types are not federation entities: _entities cannot name them.
  it('node and nodes by ARN are null out of tenant', async () => {
    const mine = described('fraud');
    const theirs = described('vision');
    const all = [...mine, ...theirs];
    const nodes = await data('fraud', 'query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', {
      ids: all.map((ref) => ref.arn),
    });
    expect(nodes.nodes).toEqual(all.map((ref) => (mine.includes(ref) ? { id: ref.arn } : null)));
    for (const ref of theirs) {
      const one = await data('fraud', 'query ($id: ID!) { node(id: $id) { id } }', { id: ref.arn });
      expect([ref.kind, one.node]).toEqual([ref.kind, null]);
    }
  });

  it('remembers a probe per guard: repeating it costs no call, other tenants are unaffected', async () => {
    // A fresh one: no test above has probed it.
    const [model] = refs('Model', 'vision', 1);
    const name = `probed-${Date.now()}`;
    const created = await client().send(
      new CreateEndpointConfigCommand({
        EndpointConfigName: name,
        ProductionVariants: [
          {
            VariantName: 'AllTraffic',
            ModelName: model?.name,
            InstanceType: 'ml.m5.large',
            InitialInstanceCount: 1,
          },
        ],
        Tags: [{ Key: 'team', Value: 'vision' }],
      }),
    );
    const target = { arn: created.EndpointConfigArn };
    const query = `{ endpointConfig(name: "${name}") { id } }`;
    emulator().resetCalls();
    expect(await data('fraud', query)).toEqual({ endpointConfig: null });
    // The first probe pays a Describe and the ListTags that shows the tenant.
    expect(emulator().calls()).toEqual({ DescribeEndpointConfig: 1, ListTags: 1 });
    emulator().resetCalls();
    expect(await data('fraud', query)).toEqual({ endpointConfig: null });
    expect(emulator().calls()).toEqual({});
    // What fraud's guard learned answers nobody else.
    expect(await data('vision', query)).toEqual({ endpointConfig: { id: target?.arn } });
    expect(await data('admin', query)).toEqual({ endpointConfig: { id: target?.arn } });
  });

  it('concurrent identical lookups of another tenant’s config never share an answer', async () => {
    emulator().knobs.latencyMs = 100;
    const [a] = refs('EndpointConfig', 'fraud', 1);
    const [b] = refs('Model', 'vision', 1);
    const query = `{ a: endpointConfig(name: "${a?.name}") { id } b: model(name: "${b?.name}") { id } }`;
    const [fromA, fromB, fromAdmin] = await Promise.all([
      data('fraud', query),
      data('vision', query),
      data('admin', query),
    ]);
    expect(fromA).toEqual({ a: { id: a?.arn }, b: null });
    expect(fromB).toEqual({ a: null, b: { id: b?.arn } });
    expect(fromAdmin).toEqual({ a: { id: a?.arn }, b: { id: b?.arn } });
  });
});

describe('cursors replayed with another tenant’s token', () => {
  const page = (after?: string) =>
    `{ trainingJobs(first: 2${after ? `, after: "${after}"` : ''}) { pageInfo { endCursor } nodes { name } } }`;

  it('are rejected as a cursor of another query, before any call', async () => {
    const first = await data('fraud', page());
    const cursor = (first.trainingJobs as { pageInfo: { endCursor: string } }).pageInfo.endCursor;
    expect(cursor).toBeTruthy();
    emulator().resetCalls();
    const replayed = await post('vision', page(cursor));
    expect(replayed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(replayed.errors?.[0]?.message).toContain('cursor of another query');
    expect(emulator().calls()).toEqual({});
    // The admin's guard differs from fraud's too.
    expect((await post('admin', page(cursor))).errors?.[0]?.extensions?.code).toBe(
      'BAD_USER_INPUT',
    );
    // And fraud's own cursor still continues fraud's query.
    expect((await post('fraud', page(cursor))).errors).toBeUndefined();
  });

  it('of nested connections too', async () => {
    const [tuning] = refs('HyperParameterTuningJob', 'fraud', 1);
    const query = (after?: string) => `{ hyperParameterTuningJob(name: "${tuning?.name}") {
      trainingJobs(first: 1${after ? `, after: "${after}"` : ''}) { pageInfo { endCursor } } } }`;
    const first = await data('fraud', query());
    const cursor = (
      first.hyperParameterTuningJob as { trainingJobs: { pageInfo: { endCursor: string } } }
    ).trainingJobs.pageInfo.endCursor;
    // The admin sees fraud's tuning job, but not with fraud's cursor.
    const replayed = await post('admin', query(cursor));
    expect(replayed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('completeness: a tenant misses nothing of its own', () => {
  const COLLECTIONS: Array<[string, Kind]> = [
    ['trainingJobs', 'TrainingJob'],
    ['hyperParameterTuningJobs', 'HyperParameterTuningJob'],
    ['endpoints', 'Endpoint'],
    ['modelPackages', 'ModelPackage'],
    ['modelPackageGroups', 'ModelPackageGroup'],
  ];

  it('every collection counts exactly the tenant’s records, and lists only them', async () => {
    for (const [field, kind] of COLLECTIONS) {
      const own = emulator()
        .store.all(kind)
        .filter((record) => teamOf(record) === 'fraud');
      const answer = await data(
        'fraud',
        `{ c: ${field}(first: 100) { totalCount totalCountIsExact nodes { id } } }`,
      );
      const connection = answer.c as { totalCount: number; nodes: Array<{ id: string }> };
      expect([field, connection.totalCount]).toEqual([field, own.length]);
      const arns = new Set(
        own.map((record) => (record as Record<string, unknown>)[KIND_INFO[kind].arn]),
      );
      expect([field, connection.nodes.every((node) => arns.has(node.id))]).toEqual([field, true]);
    }
  });

  it('every one of the tenant’s Describe-only records is found by its lookup', async () => {
    for (const kind of DESCRIBED) {
      const own = refs(kind, 'fraud', 1000);
      const query = `{ ${own.map((ref, at) => `l${at}: ${LOOKUP[kind]}(name: "${ref.name}") { id }`).join('\n')} }`;
      const answer = await data('fraud', query);
      expect([kind, Object.values(answer).filter((value) => value === null).length]).toEqual([
        kind,
        0,
      ]);
    }
  });
});

// Last: retagging changes what the suites above picked.
describe('links into another tenant are null at that link', () => {
  const retag = (arn: string, team: string) =>
    client().send(new AddTagsCommand({ ResourceArn: arn, Tags: [{ Key: 'team', Value: team }] }));

  /** A fraud endpoint whose configuration hosts a model built from a model package. */
  function packagedDeployment() {
    const store = emulator().store;
    for (const endpoint of store.all('Endpoint')) {
      if (teamOf(endpoint) !== 'fraud' || endpoint.EndpointConfigName === undefined) continue;
      const config = store.get('EndpointConfig', endpoint.EndpointConfigName);
      for (const variant of config?.ProductionVariants ?? []) {
        const model = variant.ModelName ? store.get('Model', variant.ModelName) : undefined;
        const pkg = model?.PrimaryContainer?.ModelPackageName;
        if (model && pkg) return { endpoint, model, pkg };
      }
    }
    throw new Error('the demo data has no fraud endpoint serving a packaged model');
  }

  const CHAIN = (name: string) => `{ endpoint(name: "${name}") { name
    config { name productionVariants { model { name primaryContainer { modelPackage { arn } } } } } } }`;

  interface Chain {
    endpoint: {
      config: {
        productionVariants: Array<{
          model: {
            name: string;
            primaryContainer: { modelPackage: { arn: string } | null };
          } | null;
        }>;
      } | null;
    } | null;
  }

  it('endpoint → config → variant → model → package of B: null at the package', async () => {
    const { endpoint, model, pkg } = packagedDeployment();
    const name = endpoint.EndpointName ?? '';
    const before = (await data('fraud', CHAIN(name))) as unknown as Chain;
    const hosted = () =>
      before.endpoint?.config?.productionVariants.find((v) => v.model?.name === model.ModelName);
    expect(hosted()?.model?.primaryContainer.modelPackage).toEqual({ arn: pkg });
    await retag(pkg, 'vision');
    const after = (await data('fraud', CHAIN(name))) as unknown as Chain;
    const variant = after.endpoint?.config?.productionVariants.find(
      (v) => v.model?.name === model.ModelName,
    );
    expect(variant?.model?.primaryContainer.modelPackage).toBeNull();
    // The package itself is vision's now, by its own lookup.
    expect(await data('vision', `{ modelPackage(arn: "${pkg}") { arn } }`)).toEqual({
      modelPackage: { arn: pkg },
    });
  });

  it('endpoint → config → variant → model of B: null at the model, the config stays', async () => {
    const { endpoint, model } = packagedDeployment();
    await retag(model.ModelArn ?? '', 'vision');
    const after = (await data('fraud', CHAIN(endpoint.EndpointName ?? ''))) as unknown as Chain;
    expect(after.endpoint?.config).not.toBeNull();
    const names = after.endpoint?.config?.productionVariants.map((v) => v.model?.name ?? null);
    expect(names).toContain(null);
    expect(names).not.toContain(model.ModelName);
    const admin = (await data('admin', CHAIN(endpoint.EndpointName ?? ''))) as unknown as Chain;
    expect(admin.endpoint?.config?.productionVariants.map((v) => v.model?.name)).toContain(
      model.ModelName,
    );
  });
});
