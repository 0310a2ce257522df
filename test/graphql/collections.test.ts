import {
  type Filter,
  type HyperParameterTuningJobSearchEntity,
  SearchCommand,
  type SearchRequest,
  type TrainingJob,
} from '@aws-sdk/client-sagemaker';
import { createYoga } from 'graphql-yoga';
import { describe, expect, it } from 'vitest';
import { FOREIGN_CURSOR_MESSAGE } from '../../src/connection/cursor.js';
import { BACKWARD_PAGING_MESSAGE } from '../../src/connection/page.js';
import { DEMO } from '../../src/emulator/demo/demo-data.js';
import type { Emulator } from '../../src/emulator/server.js';
import { type Context, createContext, type SearchGuards } from '../../src/graphql/context.js';
import { schema } from '../../src/graphql/index.js';
import { instrumentClient } from '../../src/sagemaker/middleware/instrument.js';
import { createLogger } from '../../src/server/logger.js';
import {
  GroupsFirstVersionsDocument,
  type GroupsFirstVersionsQuery,
  GroupVersionsDocument,
  type GroupVersionsQuery,
  type GroupVersionsQueryVariables,
  NestedTrainingJobPagesDocument,
  type NestedTrainingJobPagesQuery,
  TuningJobTrainingJobsAfterDocument,
  type TuningJobTrainingJobsAfterQuery,
  type TuningJobTrainingJobsAfterQueryVariables,
} from '../gql/graphql.js';
import { type Fetcher, type GraphQLResponse, postTo, useDemoGateway } from '../support/gateway.js';

interface Page {
  edges: Array<{ cursor: string; node: { name: string } }>;
  nodes: Array<{ name: string }>;
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
  totalCount: number | null;
  totalCountIsExact: boolean;
}

const { emulator, client, app, config } = useDemoGateway({
  emulator: { data: 'demo', scale: 300 },
});

const PAGE = /* GraphQL */ `
  edges { cursor node { name } }
  nodes { name }
  pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  totalCount totalCountIsExact
`;

const dataOf = (result: GraphQLResponse): Record<string, unknown> => {
  expect(result.errors).toBeUndefined();
  return result.data ?? {};
};

/** A field the typed document allows to be null, which the test needs present. */
const present = <T>(value: T | null | undefined, what: string): T => {
  if (value === null || value === undefined) throw new Error(`${what} is missing`);
  return value;
};

const pageOf = (result: GraphQLResponse, field: string): Page => {
  expect(result.errors).toBeUndefined();
  return result.data?.[field] as Page;
};

/** Every record of a Search, straight from the emulator through the SDK, in its order. */
const searchAll = async (request: Omit<SearchRequest, 'MaxResults' | 'NextToken'>) => {
  const records: Array<Record<string, unknown>> = [];
  let NextToken: string | undefined;
  do {
    const page = await client().send(new SearchCommand({ ...request, MaxResults: 100, NextToken }));
    for (const record of page.Results ?? []) records.push(record as Record<string, unknown>);
    NextToken = page.NextToken;
  } while (NextToken !== undefined);
  return records;
};

const COLLECTIONS = [
  ['trainingJobs', 'TrainingJob', 'TrainingJobName'],
  ['hyperParameterTuningJobs', 'HyperParameterTuningJob', 'HyperParameterTuningJobName'],
  ['endpoints', 'Endpoint', 'EndpointName'],
  ['modelPackages', 'ModelPackage', 'ModelPackageName'],
  ['modelPackageGroups', 'ModelPackageGroup', 'ModelPackageGroupName'],
] as const;

/** Walks a collection with `first` and endCursor, returning the names and the calls per page. */
const walk = async (
  target: Fetcher,
  field: string,
  first: number,
  args = '',
): Promise<{ names: string[]; pages: Page[] }> => {
  const names: string[] = [];
  const pages: Page[] = [];
  let after: string | null = null;
  for (;;) {
    const result = await postTo(
      target,
      `query Walk($first: Int, $after: String) { ${field}(first: $first, after: $after${args}) { ${PAGE} } }`,
      { first, after },
    );
    const page = pageOf(result, field);
    pages.push(page);
    names.push(...page.nodes.map((node) => node.name));
    if (!page.pageInfo.hasNextPage) return { names, pages };
    after = page.pageInfo.endCursor;
  }
};

describe('root collections', () => {
  it.each(COLLECTIONS)(
    '%s pages with first=7 through every %s exactly once, in Search order',
    async (field, resource, nameProperty) => {
      const expected = (await searchAll({ Resource: resource })).map(
        (record) => (record[resource] as Record<string, unknown>)[nameProperty],
      );
      emulator().resetCalls();
      const { names, pages } = await walk(app(), field, 7);
      expect(names).toEqual(expected);
      expect(emulator().calls().Search).toBe(pages.length);
      expect(pages.length).toBe(Math.max(1, Math.ceil(expected.length / 7)));
      for (const page of pages) {
        expect(page.totalCount).toBe(expected.length);
        expect(page.totalCountIsExact).toBe(true);
        expect(page.edges.map((edge) => edge.node)).toEqual(page.nodes);
        expect(page.pageInfo.startCursor).toBe(page.edges[0]?.cursor ?? null);
        expect(page.pageInfo.endCursor).toBe(page.edges.at(-1)?.cursor ?? null);
      }
      expect(pages.map((page) => page.pageInfo.hasPreviousPage)).toEqual(
        pages.map((_, at) => at > 0),
      );
    },
  );

  it('gives 20 by default and resumes from any edge’s cursor', async () => {
    const first = pageOf(await postTo(app(), `{ trainingJobs { ${PAGE} } }`), 'trainingJobs');
    expect(first.nodes).toHaveLength(20);
    const fromFifth = pageOf(
      await postTo(
        app(),
        `query($after: String) { trainingJobs(first: 3, after: $after) { ${PAGE} } }`,
        {
          after: first.edges[4]?.cursor,
        },
      ),
      'trainingJobs',
    );
    expect(fromFifth.nodes).toEqual(first.nodes.slice(5, 8));
  });

  it('costs one Search for a page of 100, and a second only when the page runs past 100 upstream results', async () => {
    emulator().resetCalls();
    const hundred = pageOf(
      await postTo(app(), `{ trainingJobs(first: 100) { ${PAGE} } }`),
      'trainingJobs',
    );
    expect(emulator().calls()).toMatchObject({ Search: 1 });
    emulator().resetCalls();
    const straddling = pageOf(
      await postTo(
        app(),
        `query($after: String) { trainingJobs(first: 100, after: $after) { ${PAGE} } }`,
        {
          after: hundred.edges[49]?.cursor,
        },
      ),
      'trainingJobs',
    );
    expect(emulator().calls()).toMatchObject({ Search: 2 });
    const expected = (await searchAll({ Resource: 'TrainingJob' })).map(
      (record) => (record.TrainingJob as TrainingJob).TrainingJobName,
    );
    expect(straddling.nodes.map((node) => node.name)).toEqual(expected.slice(50, 150));
    emulator().resetCalls();
    await postTo(
      app(),
      `query($after: String) { trainingJobs(first: 100, after: $after) { ${PAGE} } }`,
      {
        after: straddling.pageInfo.endCursor,
      },
    );
    expect(emulator().calls()).toMatchObject({ Search: 1 });
  });

  it('loads the links of a page of 100 with one more Search per level, reusing listed nodes', async () => {
    emulator().resetCalls();
    const result = await postTo(
      app(),
      `{ hyperParameterTuningJobs(first: 100) {
          nodes { name bestTrainingJob { name tuningJob { name } } }
        } }`,
    );
    expect(result.errors).toBeUndefined();
    const nodes = (
      dataOf(result).hyperParameterTuningJobs as {
        nodes: Array<{ name: string; bestTrainingJob: { tuningJob: { name: string } } | null }>;
      }
    ).nodes;
    expect(nodes.length).toBeGreaterThan(1);
    expect(nodes.filter((node) => node.bestTrainingJob !== null).length).toBeGreaterThan(1);
    for (const node of nodes) {
      if (node.bestTrainingJob) expect(node.bestTrainingJob.tuningJob.name).toBe(node.name);
    }
    // The page, then the best jobs; their tuning jobs are the listed ones.
    expect(emulator().calls()).toEqual(expect.objectContaining({ Search: 2 }));
    expect(Object.values(emulator().calls()).reduce((sum, count) => sum + count, 0)).toBe(2);

    emulator().resetCalls();
    const jobs = await postTo(
      app(),
      '{ trainingJobs(first: 100) { nodes { name tuningJob { name } } } }',
    );
    expect(jobs.errors).toBeUndefined();
    const linked = (
      dataOf(jobs).trainingJobs as { nodes: Array<{ tuningJob: { name: string } | null }> }
    ).nodes.some((node) => node.tuningJob !== null);
    expect(emulator().calls()).toEqual(expect.objectContaining({ Search: linked ? 2 : 1 }));
    expect(Object.values(emulator().calls()).reduce((sum, count) => sum + count, 0)).toBe(
      linked ? 2 : 1,
    );
  });
});

describe('filtered and ordered collections', () => {
  const WALKS: Array<{ args: string; request: Omit<SearchRequest, 'Resource'> }> = [
    {
      args: ', filter: { status: { eq: "Completed" } }, orderBy: { field: CREATION_TIME, direction: ASC }',
      request: {
        SearchExpression: {
          Filters: [{ Name: 'TrainingJobStatus', Operator: 'Equals', Value: 'Completed' }],
        },
        SortBy: 'CreationTime',
        SortOrder: 'Ascending',
      },
    },
    {
      args: ', filter: { metrics: [{ name: "validation:auc", gt: 0.5 }] }, orderBy: { metric: "validation:auc", direction: DESC }',
      request: {
        SearchExpression: {
          Filters: [{ Name: 'Metrics.validation:auc', Operator: 'GreaterThan', Value: '0.5' }],
        },
        SortBy: 'Metrics.validation:auc',
        SortOrder: 'Descending',
      },
    },
  ];

  it.each(WALKS)(
    'pages with first=7 through every match of$args exactly once, in order',
    async ({ args, request }) => {
      const expected = (await searchAll({ Resource: 'TrainingJob', ...request })).map(
        (record) => (record.TrainingJob as TrainingJob).TrainingJobName,
      );
      expect(expected.length).toBeGreaterThan(14);
      emulator().resetCalls();
      const { names, pages } = await walk(app(), 'trainingJobs', 7, args);
      expect(names).toEqual(expected);
      expect(new Set(names).size).toBe(names.length);
      expect(emulator().calls()).toEqual({ Search: pages.length });
      expect(pages.every((page) => page.totalCount === expected.length)).toBe(true);
    },
  );

  it('filters the nested training jobs of a tuning job too', async () => {
    const flagship = emulator().store.get(
      'HyperParameterTuningJob',
      DEMO.tuningJobName,
    ) as HyperParameterTuningJobSearchEntity;
    const expected = (
      await searchAll({
        Resource: 'TrainingJob',
        SearchExpression: {
          Filters: [
            {
              Name: 'TuningJobArn',
              Operator: 'Equals',
              Value: flagship.HyperParameterTuningJobArn ?? '',
            },
            { Name: 'TrainingJobStatus', Operator: 'Equals', Value: 'Completed' },
          ],
        },
        SortBy: 'TrainingJobName',
        SortOrder: 'Ascending',
      })
    ).map((record) => (record.TrainingJob as TrainingJob).TrainingJobName);
    expect(expected.length).toBeGreaterThan(0);
    const result = await postTo(
      app(),
      `query($name: String!) { hyperParameterTuningJob(name: $name) {
        trainingJobs(first: 100, filter: { status: { eq: "Completed" } }, orderBy: { field: NAME, direction: ASC }) {
          totalCount nodes { name }
        }
      } }`,
      { name: DEMO.tuningJobName },
    );
    const page = (dataOf(result).hyperParameterTuningJob as { trainingJobs: Page }).trainingJobs;
    expect(page.nodes.map((node) => node.name)).toEqual(expected);
    expect(page.totalCount).toBe(expected.length);
  });

  it('rejects a cursor reused with another filter or order, with no upstream call', async () => {
    const args =
      ', filter: { status: { eq: "Completed" } }, orderBy: { field: CREATION_TIME, direction: ASC }';
    const first = pageOf(
      await postTo(app(), `{ trainingJobs(first: 3${args}) { pageInfo { endCursor } } }`),
      'trainingJobs',
    );
    const cursor = JSON.stringify(first.pageInfo.endCursor);
    const same = pageOf(
      await postTo(app(), `{ trainingJobs(first: 3, after: ${cursor}${args}) { nodes { name } } }`),
      'trainingJobs',
    );
    expect(same.nodes).toHaveLength(3);
    emulator().resetCalls();
    for (const other of [
      ', filter: { status: { eq: "Failed" } }, orderBy: { field: CREATION_TIME, direction: ASC }',
      ', filter: { status: { eq: "Completed" } }, orderBy: { field: CREATION_TIME, direction: DESC }',
      ', filter: { status: { eq: "Completed" } }',
      '',
    ]) {
      const result = await postTo(
        app(),
        `{ trainingJobs(after: ${cursor}${other}) { totalCount } }`,
      );
      expect(result.errors?.map((error) => [error.message, error.extensions?.code])).toEqual([
        [FOREIGN_CURSOR_MESSAGE, 'BAD_USER_INPUT'],
      ]);
    }
    expect(emulator().calls()).toEqual({});
  });

  it('fails a filter beyond SageMaker’s limits before any call', async () => {
    emulator().resetCalls();
    const result = await postTo(
      app(),
      '{ trainingJobs(filter: { name: { contains: "a" }, tags: [{ key: "team", contains: "f" }] }) { totalCount } }',
    );
    expect(result.errors?.map((error) => error.extensions?.code)).toEqual([
      'FILTER_LIMIT_EXCEEDED',
    ]);
    expect(emulator().calls()).toEqual({});
  });
});

describe('nested connections', () => {
  it('HyperParameterTuningJob.trainingJobs pages through the jobs the tuning job launched', async () => {
    const flagship = emulator().store.get(
      'HyperParameterTuningJob',
      DEMO.tuningJobName,
    ) as HyperParameterTuningJobSearchEntity;
    const expected = (
      await searchAll({
        Resource: 'TrainingJob',
        SearchExpression: {
          Filters: [
            {
              Name: 'TuningJobArn',
              Operator: 'Equals',
              Value: flagship.HyperParameterTuningJobArn ?? '',
            },
          ],
        },
      })
    ).map((record) => (record.TrainingJob as TrainingJob).TrainingJobName);
    expect(expected.length).toBeGreaterThan(7);
    const names: string[] = [];
    let after: string | null = null;
    for (;;) {
      const result: GraphQLResponse = await postTo(
        app(),
        `query($name: String!, $after: String) {
          hyperParameterTuningJob(name: $name) { trainingJobs(first: 7, after: $after) { ${PAGE} } }
        }`,
        { name: DEMO.tuningJobName, after },
      );
      expect(result.errors).toBeUndefined();
      const page = (dataOf(result).hyperParameterTuningJob as { trainingJobs: Page }).trainingJobs;
      expect(page.totalCount).toBe(expected.length);
      names.push(...page.nodes.map((node) => node.name));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(names).toEqual(expected);
  });

  it('ModelPackageGroup.modelPackages lists the group’s versions newest first', async () => {
    const variables: GroupVersionsQueryVariables = { name: DEMO.modelPackageGroupName };
    const result = await postTo(app(), String(GroupVersionsDocument), variables);
    expect(result.errors).toBeUndefined();
    const page = present(
      (result.data as GroupVersionsQuery).modelPackageGroup?.modelPackages,
      'modelPackages',
    );
    const stored = emulator()
      .store.all('ModelPackage')
      .filter((pkg) => pkg.ModelPackageGroupName === DEMO.modelPackageGroupName)
      .sort((a, b) => (b.CreationTime?.getTime() ?? 0) - (a.CreationTime?.getTime() ?? 0));
    expect(page.totalCount).toBe(stored.length);
    expect(stored.length).toBeGreaterThan(1);
    expect(page.nodes.map((node) => node.arn)).toEqual(stored.map((pkg) => pkg.ModelPackageArn));
  });
});

describe('nested first pages of many parents', () => {
  it('share their Searches and equal each parent’s own Search, cursors included', async () => {
    const tuningJobs = emulator().store.all('HyperParameterTuningJob');
    expect(tuningJobs.length).toBeGreaterThan(3);
    expect(tuningJobs.length).toBeLessThanOrEqual(100);
    const arns = new Set(tuningJobs.map((job) => job.HyperParameterTuningJobArn));
    const children = emulator()
      .store.all('TrainingJob')
      .filter((job) => job.TuningJobArn !== undefined && arns.has(job.TuningJobArn));
    expect(children.length).toBeGreaterThan(100);
    expect(children.length).toBeLessThanOrEqual(300);

    emulator().resetCalls();
    const result = await postTo(app(), String(NestedTrainingJobPagesDocument));
    const nodes = present(
      (dataOf(result) as NestedTrainingJobPagesQuery).hyperParameterTuningJobs,
      'hyperParameterTuningJobs',
    ).nodes;
    expect(emulator().calls()).toEqual({ Search: 1 + Math.ceil(children.length / 100) });

    let continued = 0;
    for (const node of nodes) {
      const arn = tuningJobs.find(
        (job) => job.HyperParameterTuningJobName === node.name,
      )?.HyperParameterTuningJobArn;
      const own = (
        await searchAll({
          Resource: 'TrainingJob',
          SearchExpression: {
            Filters: [{ Name: 'TuningJobArn', Operator: 'Equals', Value: arn ?? '' }],
          },
          SortBy: 'TrainingJobName',
          SortOrder: 'Ascending',
        })
      ).map((record) => (record.TrainingJob as TrainingJob).TrainingJobName);
      const page = present(node.trainingJobs, 'trainingJobs');
      expect(page.nodes.map((job) => job.name)).toEqual(own.slice(0, 3));
      expect([page.totalCount, page.totalCountIsExact]).toEqual([own.length, true]);
      expect(page.pageInfo.hasNextPage).toBe(own.length > 3);
      if (!page.pageInfo.hasNextPage) continue;
      continued += 1;
      const variables: TuningJobTrainingJobsAfterQueryVariables = {
        name: node.name,
        after: page.pageInfo.endCursor,
      };
      const rest = await postTo(app(), String(TuningJobTrainingJobsAfterDocument), variables);
      const next = present(
        (dataOf(rest) as TuningJobTrainingJobsAfterQuery).hyperParameterTuningJob?.trainingJobs,
        'trainingJobs',
      );
      expect(next.nodes.map((job) => job.name)).toEqual(own.slice(3, 103));
    }
    expect(continued).toBeGreaterThan(0);
  });

  it('share one Search for the versions of many groups', async () => {
    const groups = emulator().store.all('ModelPackageGroup');
    const packages = emulator().store.all('ModelPackage');
    const versions = packages.filter((pkg) => pkg.ModelPackageGroupName !== undefined);
    expect(groups.length).toBeGreaterThan(1);
    expect(versions.length).toBeLessThanOrEqual(100);
    emulator().resetCalls();
    const result = await postTo(app(), String(GroupsFirstVersionsDocument));
    const nodes = present(
      (dataOf(result) as GroupsFirstVersionsQuery).modelPackageGroups,
      'modelPackageGroups',
    ).nodes;
    expect(emulator().calls()).toEqual({ Search: 2 });
    for (const { name, modelPackages } of nodes) {
      const node = { name, modelPackages: present(modelPackages, 'modelPackages') };
      const own = versions
        .filter((pkg) => pkg.ModelPackageGroupName === node.name)
        .sort(
          (a, b) =>
            (b.CreationTime?.getTime() ?? 0) - (a.CreationTime?.getTime() ?? 0) ||
            (a.ModelPackageArn ?? '').localeCompare(b.ModelPackageArn ?? ''),
        );
      expect(node.modelPackages.totalCount).toBe(own.length);
      expect(node.modelPackages.nodes.map((pkg) => pkg.arn)).toEqual(
        own.slice(0, 2).map((pkg) => pkg.ModelPackageArn),
      );
    }
  });
});

describe('bad connection arguments', () => {
  const errorsOf = (result: GraphQLResponse) =>
    result.errors?.map((error) => [error.message, error.extensions?.code]);

  it.each([
    [
      '{ trainingJobs(first: 0) { totalCount } }',
      'Argument "first" must be between 1 and 100, but got: 0.',
    ],
    [
      '{ endpoints(first: 101) { totalCount } }',
      'Argument "first" must be between 1 and 100, but got: 101.',
    ],
    ['{ modelPackages(last: 5) { totalCount } }', BACKWARD_PAGING_MESSAGE],
    ['{ modelPackageGroups(before: "x") { totalCount } }', BACKWARD_PAGING_MESSAGE],
    [
      '{ hyperParameterTuningJobs(after: "not-a-cursor") { totalCount } }',
      'Argument "after" must be a cursor returned by this API (an endCursor or edge cursor), but got: "not-a-cursor".',
    ],
  ])('%s is BAD_USER_INPUT with no upstream call', async (query, message) => {
    emulator().resetCalls();
    const result = await postTo(app(), query);
    expect(errorsOf(result)).toEqual([[message, 'BAD_USER_INPUT']]);
    expect(emulator().calls()).toEqual({});
  });

  it('rejects a cursor used with another collection or parent, with no upstream call', async () => {
    const jobs = pageOf(
      await postTo(app(), '{ trainingJobs(first: 2) { pageInfo { endCursor } } }'),
      'trainingJobs',
    );
    const cursor = jobs.pageInfo.endCursor;
    emulator().resetCalls();
    const other = await postTo(
      app(),
      'query($after: String) { endpoints(after: $after) { totalCount } }',
      {
        after: cursor,
      },
    );
    expect(errorsOf(other)).toEqual([[FOREIGN_CURSOR_MESSAGE, 'BAD_USER_INPUT']]);
    expect(emulator().calls()).toEqual({});
    const nested = await postTo(
      app(),
      `query($name: String!, $after: String) {
        hyperParameterTuningJob(name: $name) { trainingJobs(after: $after) { totalCount } }
      }`,
      { name: DEMO.tuningJobName, after: cursor },
    );
    expect(errorsOf(nested)).toEqual([[FOREIGN_CURSOR_MESSAGE, 'BAD_USER_INPUT']]);
    expect(emulator().calls()).toEqual({ Search: 1 });
  });
});

describe('upstream failures', () => {
  it('retries a throttled page Search, and reports UPSTREAM_THROTTLED when throttling persists', async () => {
    const expected = pageOf(
      await postTo(app(), '{ trainingJobs(first: 5) { nodes { name } } }'),
      'trainingJobs',
    );
    emulator().resetCalls();
    emulator().knobs.failNext('Search', 1, 'throttle');
    const retried = pageOf(
      await postTo(app(), '{ trainingJobs(first: 5) { nodes { name } } }'),
      'trainingJobs',
    );
    expect(retried.nodes).toEqual(expected.nodes);
    expect(emulator().calls()).toEqual({ Search: 2 });
    // Every attempt the client makes (SAGEMAKER_MAX_ATTEMPTS, 3 by default) is throttled.
    emulator().knobs.failNext('Search', config.sagemaker.maxAttempts, 'throttle');
    const failed = await postTo(app(), '{ trainingJobs(first: 5) { nodes { name } } }');
    expect(failed.data).toEqual({ trainingJobs: null });
    expect(failed.errors?.map((error) => [error.message, error.extensions?.code])).toEqual([
      ['SageMaker is throttling requests; retry later.', 'UPSTREAM_THROTTLED'],
    ]);
  });
});

describe('tenant guards on the context', () => {
  const withGuards = (guards: SearchGuards) =>
    createYoga<Record<string, unknown>, Context>({
      schema,
      logging: false,
      context: () => ({
        ...createContext({
          sagemaker: instrumentClient(client()),
          logger: createLogger('silent'),
        }),
        guards,
      }),
    });

  const team = (value: string): Filter[] => [
    { Name: 'Tags.team', Operator: 'Equals', Value: value },
  ];

  it('restricts every collection to what the guard lets through', async () => {
    const guards: SearchGuards = {
      TrainingJob: team('fraud'),
      HyperParameterTuningJob: team('fraud'),
      Endpoint: team('fraud'),
      ModelPackage: team('fraud'),
      ModelPackageGroup: team('fraud'),
    };
    const guarded = withGuards(guards);
    for (const [field, resource, nameProperty] of COLLECTIONS) {
      const expected = (
        await searchAll({ Resource: resource, SearchExpression: { Filters: team('fraud') } })
      ).map((record) => (record[resource] as Record<string, unknown>)[nameProperty]);
      const all = await searchAll({ Resource: resource });
      const { names } = await walk(guarded, field, 100);
      expect(names).toEqual(expected);
      if (resource !== 'ModelPackageGroup') expect(names.length).toBeLessThan(all.length);
    }
  });

  it('cannot be escaped by or, not or a nested filter', async () => {
    const guarded = withGuards({ TrainingJob: team('fraud') });
    const escapes = [
      '{ or: [{ tags: [{ key: "team", eq: "vision" }] }, { tags: [{ key: "team", ne: "fraud" }] }] }',
      '{ not: { tags: [{ key: "team", eq: "fraud" }] } }',
      '{ tags: [{ key: "team", in: ["vision", "nlp"] }] }',
      '{ or: [{ not: { tags: [{ key: "team", exists: true }] } }, { and: [{ not: { tags: [{ key: "team", eq: "fraud" }] } }] }] }',
    ];
    for (const filter of escapes) {
      const query = `{ trainingJobs(first: 100, filter: ${filter}) { totalCount nodes { name } } }`;
      const open = pageOf(await postTo(app(), query), 'trainingJobs');
      expect(open.totalCount).toBeGreaterThan(0);
      const closed = pageOf(await postTo(guarded, query), 'trainingJobs');
      expect([filter, closed.totalCount, closed.nodes]).toEqual([filter, 0, []]);
    }
  });

  it('applies the guard to nested connections and binds cursors to it', async () => {
    const guarded = withGuards({ TrainingJob: team('nobody'), ModelPackage: team('nobody') });
    const nested = await postTo(
      guarded,
      `query($tuning: String!, $group: String!) {
        hyperParameterTuningJob(name: $tuning) { trainingJobs { totalCount nodes { name } } }
        modelPackageGroup(name: $group) { modelPackages { totalCount nodes { name } } }
      }`,
      { tuning: DEMO.tuningJobName, group: DEMO.modelPackageGroupName },
    );
    expect(nested.errors).toBeUndefined();
    expect(nested.data).toEqual({
      hyperParameterTuningJob: { trainingJobs: { totalCount: 0, nodes: [] } },
      modelPackageGroup: { modelPackages: { totalCount: 0, nodes: [] } },
    });
    const open = pageOf(
      await postTo(app(), '{ trainingJobs(first: 2) { pageInfo { endCursor } } }'),
      'trainingJobs',
    );
    const reused = await postTo(
      guarded,
      'query($after: String) { trainingJobs(after: $after) { totalCount } }',
      { after: open.pageInfo.endCursor },
    );
    expect(reused.errors?.map((error) => error.message)).toEqual([FOREIGN_CURSOR_MESSAGE]);
  });
});

describe('totalCount above 10 000', () => {
  const created = new Date('2025-01-01T00:00:00.000Z').getTime();

  /** 12 000 training jobs (one in a thousand Failed) and two tuning jobs of 395 and 5 children. */
  const seedMany = ({ store }: Emulator): void => {
    for (let at = 0; at < 12_000; at += 1) {
      store.put('TrainingJob', {
        TrainingJobName: `job-${at}`,
        TrainingJobStatus: at % 1000 === 0 ? 'Failed' : 'Completed',
        CreationTime: new Date(created + at * 1000),
        Tags: [],
      });
    }
    for (const name of ['big-hpo', 'small-hpo']) {
      store.put('HyperParameterTuningJob', {
        HyperParameterTuningJobName: name,
        HyperParameterTuningJobStatus: 'Completed',
        CreationTime: new Date(created),
        Tags: [],
      });
    }
    const parentArn = (name: string) =>
      store.get('HyperParameterTuningJob', name)?.HyperParameterTuningJobArn ?? '';
    for (let at = 0; at < 400; at += 1) {
      store.put('TrainingJob', {
        TrainingJobName: `${at < 395 ? 'big' : 'small'}-child-${at}`,
        TrainingJobStatus: 'Completed',
        CreationTime: new Date(created + at * 1000),
        TuningJobArn: parentArn(at < 395 ? 'big-hpo' : 'small-hpo'),
        Tags: [],
      });
    }
  };

  const many = useDemoGateway({ emulator: { data: 'empty' }, seed: seedMany });

  it('is a lower bound of 10 000, flagged inexact, when more jobs match', async () => {
    const page = pageOf(
      await many.post('{ trainingJobs(first: 1) { totalCount totalCountIsExact nodes { name } } }'),
      'trainingJobs',
    );
    expect([page.totalCount, page.totalCountIsExact]).toEqual([10_000, false]);
  });

  it('is exact when a guard narrows the matches below 10 000', async () => {
    const guarded = createYoga<Record<string, unknown>, Context>({
      schema,
      logging: false,
      context: () => ({
        ...createContext({ sagemaker: many.client(), logger: createLogger('silent') }),
        guards: {
          TrainingJob: [{ Name: 'TrainingJobStatus', Operator: 'Equals', Value: 'Failed' }],
        },
      }),
    });
    const failed = pageOf(
      await postTo(guarded, '{ trainingJobs(first: 1) { totalCount totalCountIsExact } }'),
      'trainingJobs',
    );
    expect([failed.totalCount, failed.totalCountIsExact]).toEqual([12, true]);
  });

  it('costs one probe and then a Search per parent when the children are too many to share a first page', async () => {
    many.emulator().resetCalls();
    const nested = await many.post(
      `{ hyperParameterTuningJobs(orderBy: { field: NAME, direction: ASC }) {
        nodes { name trainingJobs(first: 2, orderBy: { field: NAME, direction: ASC }) { totalCount nodes { name } } }
      } }`,
    );
    expect(dataOf(nested).hyperParameterTuningJobs).toEqual({
      nodes: [
        {
          name: 'big-hpo',
          trainingJobs: {
            totalCount: 395,
            nodes: [{ name: 'big-child-0' }, { name: 'big-child-1' }],
          },
        },
        {
          name: 'small-hpo',
          trainingJobs: {
            totalCount: 5,
            nodes: [{ name: 'small-child-395' }, { name: 'small-child-396' }],
          },
        },
      ],
    });
    expect(many.emulator().calls()).toEqual({ Search: 4 });
  });
});
