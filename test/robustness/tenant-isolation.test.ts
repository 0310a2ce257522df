import {
  AddTagsCommand,
  CreateEndpointCommand,
  CreateModelPackageGroupCommand,
} from '@aws-sdk/client-sagemaker';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type Ref, teamOf, useTenantGateway, type Who } from '../support/tenants.js';

// Issue 12: tenancy on lookups, node/nodes, _entities and links of the Search-backed resources.
// Team fraud (A) and team vision (B) never see each other's records; out of tenant is null, with
// no error, exactly as if missing.
const { emulator, client, data, refs } = await useTenantGateway();

const KINDS = [
  'TrainingJob',
  'HyperParameterTuningJob',
  'Endpoint',
  'ModelPackage',
  'ModelPackageGroup',
] as const;
type Kind = (typeof KINDS)[number];

/** The root lookup of each kind, and the argument it takes. */
const LOOKUP: Record<Kind, { field: string; key: (ref: Ref) => string; arg: string }> = {
  TrainingJob: { field: 'trainingJob', arg: 'name', key: (ref) => ref.name },
  HyperParameterTuningJob: {
    field: 'hyperParameterTuningJob',
    arg: 'name',
    key: (ref) => ref.name,
  },
  Endpoint: { field: 'endpoint', arg: 'name', key: (ref) => ref.name },
  ModelPackage: { field: 'modelPackage', arg: 'arn', key: (ref) => ref.arn },
  ModelPackageGroup: { field: 'modelPackageGroup', arg: 'name', key: (ref) => ref.name },
};

/** One document looking every ref up by its root lookup, aliased `<kind>_<i>`. */
function lookups(targets: Array<{ kind: Kind; ref: Ref }>): string {
  const fields = targets.map(({ kind, ref }, at) => {
    const { field, arg, key } = LOOKUP[kind];
    return `l${at}: ${field}(${arg}: ${JSON.stringify(key(ref))}) { id }`;
  });
  return `{ ${fields.join('\n')} }`;
}

let fraud: Array<{ kind: Kind; ref: Ref }> = [];
let vision: Array<{ kind: Kind; ref: Ref }> = [];

beforeAll(() => {
  const of = (team: string) =>
    KINDS.flatMap((kind) => refs(kind, team).map((ref) => ({ kind, ref })));
  fraud = of('fraud');
  vision = of('vision');
  // The demo data must give both teams some of every kind, or the checks below prove nothing.
  for (const kind of KINDS) {
    expect([kind, fraud.some((t) => t.kind === kind)]).toEqual([kind, true]);
    expect([kind, vision.some((t) => t.kind === kind)]).toEqual([kind, true]);
  }
});

beforeEach(() => {
  emulator().resetCalls();
  emulator().knobs.latencyMs = 0;
  emulator().knobs.searchLagMs = 0;
});

const ids = (targets: Array<{ ref: Ref }>) => targets.map((t) => t.ref.arn);

describe('root lookups', () => {
  it("answer a tenant's own records and null, without an error, for the other tenant's", async () => {
    const targets = [...fraud, ...vision];
    const expected = (who: Who) =>
      Object.fromEntries(
        targets.map((t, at) => [
          `l${at}`,
          who === 'admin' || (who === 'fraud') === fraud.includes(t) ? { id: t.ref.arn } : null,
        ]),
      );
    for (const who of ['fraud', 'vision', 'admin'] as const) {
      expect([who, await data(who, lookups(targets))]).toEqual([who, expected(who)]);
    }
  });
});

describe('node, nodes and _entities', () => {
  const NODES = 'query ($ids: [ID!]!) { nodes(ids: $ids) { id } }';
  const NODE = 'query ($id: ID!) { node(id: $id) { id } }';
  const ENTITIES = `query ($representations: [_Any!]!) { _entities(representations: $representations) {
    ... on TrainingJob { id } ... on HyperParameterTuningJob { id } ... on Endpoint { id }
    ... on ModelPackage { id } ... on ModelPackageGroup { id } } }`;

  it('nodes: the other tenant’s ARNs are null', async () => {
    const all = [...ids(fraud), ...ids(vision)];
    const mine = new Set(ids(fraud));
    const answer = await data('fraud', NODES, { ids: all });
    expect(answer.nodes).toEqual(all.map((id) => (mine.has(id) ? { id } : null)));
    const theirs = await data('vision', NODES, { ids: all });
    expect(theirs.nodes).toEqual(all.map((id) => (mine.has(id) ? null : { id })));
    const admin = await data('admin', NODES, { ids: all });
    expect(admin.nodes).toEqual(all.map((id) => ({ id })));
  });

  it('node: an ARN of the other tenant is null', async () => {
    for (const target of vision) {
      const answer = await data('fraud', NODE, { id: target.ref.arn });
      expect([target.kind, answer.node]).toEqual([target.kind, null]);
    }
    for (const target of fraud) {
      const answer = await data('fraud', NODE, { id: target.ref.arn });
      expect([target.kind, answer.node]).toEqual([target.kind, { id: target.ref.arn }]);
    }
  });

  it('_entities: representations by ARN and by name of the other tenant are null', async () => {
    const targets = [...fraud, ...vision];
    const byArn = targets.map((t) => ({ __typename: t.kind, arn: t.ref.arn }));
    // Model packages' entity key is their ARN only.
    const named = targets.filter((t) => t.kind !== 'ModelPackage');
    const byName = named.map((t) => ({ __typename: t.kind, name: t.ref.name }));
    const answer = await data('fraud', ENTITIES, { representations: [...byArn, ...byName] });
    const expected = [...targets, ...named].map((t) =>
      fraud.includes(t) ? { id: t.ref.arn } : null,
    );
    expect(answer._entities).toEqual(expected);
    const admin = await data('admin', ENTITIES, { representations: [...byArn, ...byName] });
    expect(admin._entities).toEqual([...targets, ...named].map((t) => ({ id: t.ref.arn })));
  });
});

describe('the Describe fallback (keys Search has not indexed yet)', () => {
  it('checks the described tags: null out of tenant, remembered for that guard alone', async () => {
    emulator().knobs.searchLagMs = 60_000;
    const name = `tenancy-lagging-${Date.now()}`;
    await client().send(
      new CreateModelPackageGroupCommand({
        ModelPackageGroupName: name,
        Tags: [{ Key: 'team', Value: 'vision' }],
      }),
    );
    const query = `{ modelPackageGroup(name: "${name}") { name } }`;
    emulator().resetCalls();
    expect(await data('fraud', query)).toEqual({ modelPackageGroup: null });
    // At most a Describe and a ListTags beyond the Search, as for any lagging key.
    expect(emulator().calls()).toEqual({ Search: 1, DescribeModelPackageGroup: 1, ListTags: 1 });
    // Remembered as out of tenant for fraud's guard only: probing again costs no call.
    emulator().resetCalls();
    expect(await data('fraud', query)).toEqual({ modelPackageGroup: null });
    expect(emulator().calls()).toEqual({});
    expect(await data('vision', query)).toEqual({ modelPackageGroup: { name } });
    expect(await data('admin', query)).toEqual({ modelPackageGroup: { name } });
  });
});

describe('coalescing', () => {
  it('never hands one tenant’s answer to another: concurrent identical lookups', async () => {
    emulator().knobs.latencyMs = 100;
    const a = fraud.find((t) => t.kind === 'TrainingJob')?.ref;
    const b = vision.find((t) => t.kind === 'TrainingJob')?.ref;
    const query = `{ a: trainingJob(name: "${a?.name}") { id } b: trainingJob(name: "${b?.name}") { id } }`;
    const [fromA, fromB, fromA2, fromAdmin] = await Promise.all([
      data('fraud', query),
      data('vision', query),
      data('fraud', query),
      data('admin', query),
    ]);
    expect(fromA).toEqual({ a: { id: a?.arn }, b: null });
    expect(fromA2).toEqual(fromA);
    expect(fromB).toEqual({ a: null, b: { id: b?.arn } });
    expect(fromAdmin).toEqual({ a: { id: a?.arn }, b: { id: b?.arn } });
    // Each guard is its own Search input, so at least fraud's, vision's and the admin's ran.
    expect(emulator().calls().Search).toBeGreaterThanOrEqual(3);
  });
});

// Last: its retagging would change the records the suites above picked.
describe('links across tenants', () => {
  // Links in the demo data stay within a team, so retag one end of each link to the other team.
  let tuningJob = '';
  let bestJob = '';
  let pkgArn = '';
  const retag = (arn: string, team: string) =>
    client().send(new AddTagsCommand({ ResourceArn: arn, Tags: [{ Key: 'team', Value: team }] }));

  beforeAll(async () => {
    const tuning = emulator()
      .store.all('HyperParameterTuningJob')
      .find((job) => teamOf(job) === 'fraud' && job.BestTrainingJob?.TrainingJobName);
    tuningJob = tuning?.HyperParameterTuningJobName ?? '';
    bestJob = tuning?.BestTrainingJob?.TrainingJobName ?? '';
    const best = emulator().store.get('TrainingJob', bestJob);
    expect(best?.TuningJobArn).toBe(tuning?.HyperParameterTuningJobArn);
    await retag(best?.TrainingJobArn ?? '', 'vision');
    const pkg = emulator()
      .store.all('ModelPackage')
      .find(
        (p) =>
          teamOf(p) === 'fraud' &&
          // One vision has not probed yet: vision's gateway remembers a probed ARN as out of
          // tenant for NEGATIVE_CACHE_TTL_MS, so a retag would show only after that.
          !fraud.some((t) => t.ref.arn === p.ModelPackageArn) &&
          p.ModelPackageGroupName !== undefined &&
          (p.InferenceSpecification?.Containers ?? []).some((c) =>
            emulator()
              .store.all('TrainingJob')
              .some(
                (job) =>
                  job.ModelArtifacts?.S3ModelArtifacts === c.ModelDataUrl &&
                  teamOf(job) === 'fraud',
              ),
          ),
      );
    pkgArn = pkg?.ModelPackageArn ?? '';
    expect(pkgArn).not.toBe('');
    await retag(pkgArn, 'vision');
  });

  it('TrainingJob.tuningJob and HyperParameterTuningJob.bestTrainingJob are null out of tenant', async () => {
    const query = `{ hyperParameterTuningJob(name: "${tuningJob}") { name bestTrainingJob { name } }
      trainingJob(name: "${bestJob}") { name tuningJob { name } } }`;
    expect(await data('fraud', query)).toEqual({
      hyperParameterTuningJob: { name: tuningJob, bestTrainingJob: null },
      trainingJob: null,
    });
    expect(await data('vision', query)).toEqual({
      hyperParameterTuningJob: null,
      trainingJob: { name: bestJob, tuningJob: null },
    });
    expect(await data('admin', query)).toEqual({
      hyperParameterTuningJob: { name: tuningJob, bestTrainingJob: { name: bestJob } },
      trainingJob: { name: bestJob, tuningJob: { name: tuningJob } },
    });
  });

  it('ModelPackage.group and ModelPackage.trainingJob are null out of tenant', async () => {
    // `group { name }` alone is what the package's own group name answers: still null here.
    const query = `{ modelPackage(arn: "${pkgArn}") { arn group { name } trainingJob { name }
      full: group { arn } } }`;
    expect(await data('vision', query)).toEqual({
      modelPackage: { arn: pkgArn, group: null, trainingJob: null, full: null },
    });
    expect(await data('fraud', query)).toEqual({ modelPackage: null });
    const admin = (await data('admin', query)).modelPackage as Record<string, unknown>;
    expect(admin.group).not.toBeNull();
    expect(admin.trainingJob).not.toBeNull();
  });

  it('TrainingJob.modelPackages leaves out the other tenant’s packages', async () => {
    const pkg = emulator().store.findByArn(pkgArn)?.record as {
      InferenceSpecification?: { Containers?: Array<{ ModelDataUrl?: string }> };
    };
    const url = pkg.InferenceSpecification?.Containers?.[0]?.ModelDataUrl;
    const job = emulator()
      .store.all('TrainingJob')
      .find((j) => j.ModelArtifacts?.S3ModelArtifacts === url);
    const query = `{ trainingJob(name: "${job?.TrainingJobName}") { modelPackages { arn } } }`;
    const arns = async (who: Who) =>
      (
        (await data(who, query)).trainingJob as { modelPackages: Array<{ arn: string }> } | null
      )?.modelPackages.map((p) => p.arn);
    expect(await arns('fraud')).not.toContain(pkgArn);
    expect(await arns('admin')).toContain(pkgArn);
  });

  it('Model.endpoints leaves out the other tenant’s endpoints', async () => {
    // vision's endpoint on a configuration of fraud's, so that fraud's model runs on it
    const hosted = emulator()
      .store.all('Endpoint')
      .find((e) => teamOf(e) === 'fraud');
    const config = emulator().store.get('EndpointConfig', hosted?.EndpointConfigName ?? '');
    const model = config?.ProductionVariants?.[0]?.ModelName ?? '';
    const name = 'vision-borrowed-endpoint';
    await client().send(
      new CreateEndpointCommand({
        EndpointName: name,
        EndpointConfigName: config?.EndpointConfigName,
        Tags: [{ Key: 'team', Value: 'vision' }],
      }),
    );
    const query = `{ model(name: "${model}") { endpoints { name } } }`;
    const names = async (who: Who) =>
      (
        (await data(who, query)).model as { endpoints: Array<{ name: string }> } | null
      )?.endpoints.map((e) => e.name);
    expect(await names('admin')).toEqual(expect.arrayContaining([hosted?.EndpointName, name]));
    const own = await names('fraud');
    expect(own).toContain(hosted?.EndpointName);
    expect(own).not.toContain(name);
    // the model is fraud's: null for vision, whose endpoint it runs on
    expect(await names('vision')).toBeUndefined();
  });
});
