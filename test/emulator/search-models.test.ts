import {
  CreateEndpointCommand,
  CreateEndpointConfigCommand,
  CreateModelCommand,
  type Filter,
  SearchCommand,
  type SearchCommandInput,
  type SearchExpression,
} from '@aws-sdk/client-sagemaker';
import { beforeEach, describe, expect, it } from 'vitest';
import { runSearch } from '../../src/emulator/search/engine.js';
import type { Emulator } from '../../src/emulator/server.js';
import { useEmulator } from '../support/emulator.js';

const T0 = Date.UTC(2024, 0, 1);
const MINUTE = 60_000;
const ARN = 'arn:aws:sagemaker:us-east-1:123456789012';
const ROLE = 'arn:aws:iam::123456789012:role/demo';

/** Models created a minute apart in this order, so creation order differs from name order. */
const MODELS: ReadonlyArray<{ name: string; team?: string }> = [
  { name: 'm-charlie', team: 'red' },
  { name: 'm-alpha', team: 'blue' },
  { name: 'm-echo' },
  { name: 'm-bravo', team: 'red' },
  { name: 'Mixed-Case', team: 'blue' },
];

let clock = T0 + 60 * MINUTE;

const seed = ({ store }: Emulator): void => {
  for (const [at, { name, team }] of MODELS.entries()) {
    store.put('Model', {
      ModelName: name,
      ModelArn: undefined,
      PrimaryContainer: { Image: `img/${name}:1`, Environment: { STAGE: 'prod' } },
      ExecutionRoleArn: ROLE,
      CreationTime: new Date(T0 + at * MINUTE),
      EnableNetworkIsolation: at % 2 === 0,
      Tags: team === undefined ? [] : [{ Key: 'team', Value: team }],
    });
  }
  // m-alpha is hosted by two endpoints, m-bravo by one (beside m-alpha); the old config of
  // `ep-two` hosted m-echo, which its current config no longer does.
  store.put('EndpointConfig', {
    EndpointConfigName: 'cfg-one',
    EndpointConfigArn: undefined,
    ProductionVariants: [
      { VariantName: 'a', ModelName: 'm-alpha' },
      { VariantName: 'b', ModelName: 'm-bravo' },
    ],
    CreationTime: new Date(T0),
  });
  store.put('EndpointConfig', {
    EndpointConfigName: 'cfg-two',
    EndpointConfigArn: undefined,
    ProductionVariants: [{ VariantName: 'a', ModelName: 'm-alpha' }],
    CreationTime: new Date(T0),
  });
  store.put('EndpointConfig', {
    EndpointConfigName: 'cfg-old',
    EndpointConfigArn: undefined,
    ProductionVariants: [{ VariantName: 'a', ModelName: 'm-echo' }],
    CreationTime: new Date(T0),
  });
  for (const [name, config] of [
    ['ep-one', 'cfg-one'],
    ['ep-two', 'cfg-two'],
  ] as const) {
    store.put('Endpoint', {
      EndpointName: name,
      EndpointArn: undefined,
      EndpointConfigName: config,
      EndpointStatus: 'InService',
      CreationTime: new Date(T0 + 10 * MINUTE),
      LastModifiedTime: new Date(T0 + 20 * MINUTE),
    });
  }
};

const { client, emulator } = useEmulator({
  emulator: { data: 'empty', now: () => clock },
  seed,
});

beforeEach(() => {
  emulator().knobs.searchLagMs = 0;
});

const search = (input: Partial<SearchCommandInput>) =>
  client().send(new SearchCommand({ Resource: 'Model', ...input }));

/** The model names a Search returns, in its order. */
const names = async (input: Partial<SearchCommandInput>): Promise<string[]> => {
  const { Results = [] } = await search(input);
  return Results.map((record) => record.Model?.Model?.ModelName ?? '?');
};

/** Names of the matching models, in name order. */
const hits = (SearchExpression: SearchExpression): Promise<string[]> =>
  names({ SearchExpression, SortBy: 'Model.ModelName', SortOrder: 'Ascending', MaxResults: 100 });

const filter = (Name: string, Operator: Filter['Operator'], Value?: string): SearchExpression => ({
  Filters: [{ Name, Operator, Value }],
});

/** The error the SDK surfaces for the request, as `name: message`. */
const rejection = async (input: SearchCommandInput): Promise<string> => {
  const error: unknown = await client()
    .send(new SearchCommand(input))
    .then(
      () => undefined,
      (caught: unknown) => caught,
    );
  if (!(error instanceof Error)) throw new Error('expected the request to fail');
  return `${error.name}: ${error.message}`;
};

describe('Search on Model through the SDK', () => {
  it.each<[string, SearchExpression, string[]]>([
    ['name Equals', filter('Model.ModelName', 'Equals', 'm-bravo'), ['m-bravo']],
    ['name In', filter('Model.ModelName', 'In', 'm-echo,m-alpha,nope'), ['m-alpha', 'm-echo']],
    ['ARN Equals', filter('Model.ModelArn', 'Equals', `${ARN}:model/mixed-case`), ['Mixed-Case']],
    ['Tags.team', filter('Tags.team', 'Equals', 'red'), ['m-bravo', 'm-charlie']],
    ['untagged', filter('Tags.team', 'NotExists'), ['m-echo']],
    ['container image', filter('Model.PrimaryContainer.Image', 'Contains', 'alpha'), ['m-alpha']],
    ['hosted', filter('Endpoints.EndpointName', 'Equals', 'ep-one'), ['m-alpha', 'm-bravo']],
  ])('%s', async (_label, expression, expected) => {
    expect(await hits(expression)).toEqual(expected);
  });

  it('filters on booleans, maps and the absence of endpoints', async () => {
    expect(await hits(filter('Model.EnableNetworkIsolation', 'Equals', 'true'))).toEqual([
      'Mixed-Case',
      'm-charlie',
      'm-echo',
    ]);
    expect(
      await hits(filter('Model.PrimaryContainer.Environment.STAGE', 'Equals', 'prod')),
    ).toEqual(['Mixed-Case', 'm-alpha', 'm-bravo', 'm-charlie', 'm-echo']);
    // m-echo's only endpoint config is no endpoint's current one.
    expect(await hits(filter('Endpoints.EndpointName', 'NotExists'))).toEqual([
      'Mixed-Case',
      'm-charlie',
      'm-echo',
    ]);
  });

  it('sorts by Model.CreationTime, newest first, by default', async () => {
    expect(await names({})).toEqual(['Mixed-Case', 'm-bravo', 'm-echo', 'm-alpha', 'm-charlie']);
    expect(await names({ SortBy: 'Model.CreationTime', SortOrder: 'Ascending' })).toEqual([
      'm-charlie',
      'm-alpha',
      'm-echo',
      'm-bravo',
      'Mixed-Case',
    ]);
    // Ties break by ARN, which SageMaker lower-cases; untagged models sort last.
    expect(await names({ SortBy: 'Tags.team', SortOrder: 'Ascending' })).toEqual([
      'm-alpha',
      'Mixed-Case',
      'm-bravo',
      'm-charlie',
      'm-echo',
    ]);
  });

  it('pages with NextToken, without repeats or gaps', async () => {
    const seen: string[] = [];
    let token: string | undefined;
    let calls = 0;
    do {
      const page = await search({ MaxResults: 2, ...(token ? { NextToken: token } : {}) });
      seen.push(...(page.Results ?? []).map((record) => record.Model?.Model?.ModelName ?? '?'));
      expect(page.TotalHits).toEqual({ Value: 5, Relation: 'EqualTo' });
      token = page.NextToken;
      calls += 1;
    } while (token);
    expect(calls).toBe(3);
    expect(seen).toEqual(['Mixed-Case', 'm-bravo', 'm-echo', 'm-alpha', 'm-charlie']);
  });

  it('returns ModelDashboardModel records: the model with its Tags, and its endpoints', async () => {
    const { Results = [] } = await search({
      SearchExpression: filter('Model.ModelName', 'Equals', 'm-alpha'),
    });
    expect(Results).toEqual([
      {
        Model: {
          Model: {
            ModelName: 'm-alpha',
            ModelArn: `${ARN}:model/m-alpha`,
            PrimaryContainer: { Image: 'img/m-alpha:1', Environment: { STAGE: 'prod' } },
            ExecutionRoleArn: ROLE,
            CreationTime: new Date(T0 + MINUTE),
            EnableNetworkIsolation: false,
            Tags: [{ Key: 'team', Value: 'blue' }],
          },
          Endpoints: ['ep-one', 'ep-two'].map((name) => ({
            EndpointName: name,
            EndpointArn: `${ARN}:endpoint/${name}`,
            CreationTime: new Date(T0 + 10 * MINUTE),
            LastModifiedTime: new Date(T0 + 20 * MINUTE),
            EndpointStatus: 'InService',
          })),
        },
      },
    ]);
  });

  it.each([
    ['TrainingJob', 'Foo', ', Metrics.<name>, HyperParameters.<name>'],
    ['Endpoint', 'Foo', ''],
    ['Model', 'Foo', ''],
    // Properties are paths from the record item: a model's name is Model.ModelName.
    ['Model', 'ModelName', ''],
  ] as const)(
    'rejects an unknown property of %s (%s), as for every resource',
    async (resource, name, extra) => {
      const before = emulator().calls().Search ?? 0;
      expect(
        await rejection({ Resource: resource, SearchExpression: filter(name, 'Equals', 'x') }),
      ).toBe(
        `ValidationException: Unknown property name '${name}' for resource ${resource}: use a property of the ${resource} search record, or Tags.<key>${extra}.`,
      );
      expect((emulator().calls().Search ?? 0) - before).toBe(1);
    },
  );

  it('rejects sorting on a list member and nested filters off a list', async () => {
    expect(await rejection({ Resource: 'Model', SortBy: 'Endpoints.EndpointName' })).toMatch(
      /SortBy 'Endpoints.EndpointName' is not a sortable property of Model: it is inside a list/,
    );
    expect(
      await rejection({
        Resource: 'Model',
        SearchExpression: {
          NestedFilters: [
            {
              NestedPropertyName: 'Model.VpcConfig',
              Filters: [{ Name: 'Model.VpcConfig.Subnets', Value: 's' }],
            },
          ],
        },
      }),
    ).toMatch(/NestedPropertyName 'Model.VpcConfig' is not a list property of Model/);
  });

  it('lists an endpoint created through the API in the records of the models it hosts', async () => {
    const endpointsOf = async (model: string) => {
      const { Results = [] } = await search({
        SearchExpression: filter('Model.ModelName', 'Equals', model),
      });
      return (Results[0]?.Model?.Endpoints ?? []).map((endpoint) => endpoint.EndpointName);
    };
    expect(await endpointsOf('m-echo')).toEqual([]);
    await client().send(
      new CreateEndpointConfigCommand({
        EndpointConfigName: 'cfg-echo',
        ProductionVariants: [
          {
            VariantName: 'a',
            ModelName: 'm-echo',
            InstanceType: 'ml.m5.large',
            InitialInstanceCount: 1,
          },
        ],
      }),
    );
    await client().send(
      new CreateEndpointCommand({ EndpointName: 'ep-echo', EndpointConfigName: 'cfg-echo' }),
    );
    expect(await endpointsOf('m-echo')).toEqual(['ep-echo']);
    const [record] =
      (await search({ SearchExpression: filter('Model.ModelName', 'Equals', 'm-echo') })).Results ??
      [];
    // ModelDashboardEndpoint's members, as the service model shapes them
    expect(Object.keys(record?.Model?.Endpoints?.[0] ?? {}).sort()).toEqual([
      'CreationTime',
      'EndpointArn',
      'EndpointName',
      'EndpointStatus',
      'LastModifiedTime',
    ]);
    emulator().store.delete('Endpoint', 'ep-echo');
    emulator().store.delete('EndpointConfig', 'cfg-echo');
    expect(await endpointsOf('m-echo')).toEqual([]);
  });

  it('shows a created model only after the search lag, like other kinds', async () => {
    emulator().knobs.searchLagMs = 5_000;
    await client().send(
      new CreateModelCommand({
        ModelName: 'm-late',
        PrimaryContainer: { Image: 'img/late:1' },
        ExecutionRoleArn: ROLE,
        Tags: [{ Key: 'team', Value: 'green' }],
      }),
    );
    const late = filter('Model.ModelName', 'Equals', 'm-late');
    expect(await hits(late)).toEqual([]);
    expect(await hits(filter('Tags.team', 'Equals', 'green'))).toEqual([]);
    clock += 5_000;
    expect(await hits(late)).toEqual(['m-late']);
    expect(await hits(filter('Tags.team', 'Equals', 'green'))).toEqual(['m-late']);
    emulator().store.delete('Model', 'm-late');
  });
});

describe('Search on Model: the name index', () => {
  it('answers a batch by names from the index without building every record', () => {
    const record = { Model: { ModelName: 'm-one', ModelArn: `${ARN}:model/m-one` }, Endpoints: [] };
    const asked: string[] = [];
    const result = runSearch(
      {
        Resource: 'Model',
        SearchExpression: {
          Operator: 'Or',
          Filters: [
            { Name: 'Model.ModelName', Operator: 'In', Value: 'm-one,m-two' },
            { Name: 'Model.ModelArn', Operator: 'Equals', Value: `${ARN}:model/m-one` },
          ],
        },
      },
      () => {
        throw new Error('scanned every model');
      },
      {
        lookup: (property, values) => {
          asked.push(`${property}=${values.join(',')}`);
          return values.includes('m-one') || values.includes(`${ARN}:model/m-one`) ? [record] : [];
        },
      },
    );
    expect(result.Results).toEqual([{ Model: record }]);
    expect(asked).toEqual(['Model.ModelName=m-one,m-two', `Model.ModelArn=${ARN}:model/m-one`]);
  });
});
