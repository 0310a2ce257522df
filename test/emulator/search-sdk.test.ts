import {
  type Filter,
  paginateSearch,
  SearchCommand,
  type SearchCommandInput,
  type SearchExpression,
} from '@aws-sdk/client-sagemaker';
import { describe, expect, it } from 'vitest';
import { useEmulator } from '../support/emulator.js';
import { JOBS, PIVOT } from './search-fixtures.js';

const { client } = useEmulator({
  emulator: { data: 'empty', now: () => Date.UTC(2024, 5, 1) },
  seed: ({ store }) => {
    for (const job of JOBS) store.put('TrainingJob', structuredClone(job));
  },
});

const search = (input: Partial<SearchCommandInput>) =>
  client().send(new SearchCommand({ Resource: 'TrainingJob', ...input }));

/** Names of the matching fixture jobs, in name order. */
const hits = async (SearchExpression: SearchExpression): Promise<string[]> => {
  const { Results = [] } = await search({
    SearchExpression,
    SortBy: 'TrainingJobName',
    SortOrder: 'Ascending',
    MaxResults: 100,
  });
  return Results.map((record) => record.TrainingJob?.TrainingJobName ?? '?');
};

const filter = (Name: string, Operator: Filter['Operator'], Value?: string): SearchExpression => ({
  Filters: [{ Name, Operator, Value }],
});

/** The error the SDK surfaces for the request, as `name: message`. */
const rejection = async (input: Partial<SearchCommandInput>): Promise<string> => {
  const error: unknown = await search(input).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!(error instanceof Error)) throw new Error('expected the request to fail');
  return `${error.name}: ${error.message}`;
};

const ALL = ['s-alpha', 's-beta', 's-gamma', 'x-delta', 'x-epsilon'];

describe('Search through the SDK: operators', () => {
  it.each<[string, SearchExpression, string[]]>([
    ['text Equals', filter('TrainingJobName', 'Equals', 's-beta'), ['s-beta']],
    ['default Equals', { Filters: [{ Name: 'TrainingJobStatus', Value: 'Failed' }] }, ['x-delta']],
    [
      'text NotEquals',
      filter('TrainingJobName', 'NotEquals', 's-beta'),
      ['s-alpha', 's-gamma', 'x-delta', 'x-epsilon'],
    ],
    ['text Contains', filter('TrainingJobName', 'Contains', 'alp'), ['s-alpha']],
    ['text In', filter('TrainingJobName', 'In', 's-alpha,s-gamma'), ['s-alpha', 's-gamma']],
    ['Exists', filter('TrainingJobName', 'Exists'), ALL],
    ['NotExists', filter('BillableTimeInSeconds', 'NotExists'), ['x-delta']],
    [
      'number GreaterThan',
      filter('BillableTimeInSeconds', 'GreaterThan', '100'),
      ['s-alpha', 'x-epsilon'],
    ],
    [
      'number LessThanOrEqualTo',
      filter('BillableTimeInSeconds', 'LessThanOrEqualTo', '100'),
      ['s-beta', 's-gamma'],
    ],
    ['timestamp Equals', filter('CreationTime', 'Equals', PIVOT), ['s-alpha']],
    [
      'timestamp GreaterThanOrEqualTo',
      filter('CreationTime', 'GreaterThanOrEqualTo', PIVOT),
      ['s-alpha', 's-beta', 'x-epsilon'],
    ],
    ['timestamp LessThan', filter('CreationTime', 'LessThan', PIVOT), ['s-gamma', 'x-delta']],
    [
      'boolean Equals',
      filter('EnableManagedSpotTraining', 'Equals', 'true'),
      ['s-alpha', 's-gamma'],
    ],
    [
      'metric GreaterThan',
      filter('Metrics.validation:accuracy', 'GreaterThan', '0.8'),
      ['s-alpha', 'x-delta'],
    ],
    ['metric LessThan', filter('Metrics.validation:accuracy', 'LessThan', '0.8'), ['s-gamma']],
    [
      'hyperparameter LessThan (decimal)',
      filter('HyperParameters.lr', 'LessThan', '0.1'),
      ['s-beta'],
    ],
    [
      'hyperparameter GreaterThan (integer truncates)',
      filter('HyperParameters.decay', 'GreaterThan', '1'),
      ['s-alpha'],
    ],
    [
      'hyperparameter GreaterThan (decimal)',
      filter('HyperParameters.decay', 'GreaterThan', '1.0'),
      ['s-alpha', 's-gamma'],
    ],
    ['tag Equals', filter('Tags.team', 'Equals', 'red'), ['s-alpha', 's-gamma']],
    ['tag NotEquals', filter('Tags.team', 'NotEquals', 'red'), ['s-beta']],
    ['tag NotExists', filter('Tags.team', 'NotExists'), ['x-delta', 'x-epsilon']],
    [
      'plain list path (any element)',
      {
        Filters: [
          { Name: 'InputDataConfig.ChannelName', Value: 'train' },
          {
            Name: 'InputDataConfig.DataSource.S3DataSource.S3Uri',
            Operator: 'Contains',
            Value: '/validation',
          },
        ],
      },
      ['s-alpha', 'x-delta'],
    ],
    [
      'NestedFilters (one element satisfies all)',
      {
        NestedFilters: [
          {
            NestedPropertyName: 'InputDataConfig',
            Filters: [
              { Name: 'InputDataConfig.ChannelName', Value: 'train' },
              {
                Name: 'InputDataConfig.DataSource.S3DataSource.S3Uri',
                Operator: 'Contains',
                Value: '/validation',
              },
            ],
          },
        ],
      },
      [],
    ],
    [
      'SubExpressions with Or',
      {
        Operator: 'Or',
        SubExpressions: [
          { Filters: [{ Name: 'TrainingJobName', Value: 's-alpha' }] },
          { Filters: [{ Name: 'Tags.env', Value: 'dev' }] },
        ],
      },
      ['s-alpha', 'x-epsilon'],
    ],
  ])('%s', async (_, expression, expected) => {
    expect(await hits(expression)).toEqual(expected);
  });

  it('returns the records with Tags, metrics and Date timestamps', async () => {
    const { Results = [] } = await search({
      SearchExpression: filter('TrainingJobName', 'Equals', 's-alpha'),
    });
    const job = Results[0]?.TrainingJob;
    expect(job?.Tags).toEqual([
      { Key: 'team', Value: 'red' },
      { Key: 'env', Value: 'prod' },
    ]);
    expect(job?.CreationTime).toBeInstanceOf(Date);
    expect(job?.CreationTime?.getTime()).toBe(JOBS[2]?.CreationTime?.getTime());
    expect(
      job?.FinalMetricDataList?.find((m) => m.MetricName === 'validation:accuracy')?.Value,
    ).toBe(0.95);
  });
});

describe('Search through the SDK: sorting, paging, TotalHits', () => {
  const order = async (input: Partial<SearchCommandInput>) =>
    ((await search(input)).Results ?? []).map((record) => record.TrainingJob?.TrainingJobName);

  it('sorts by LastModifiedTime Descending by default, and by any property either way', async () => {
    expect(await order({})).toEqual(['s-beta', 'x-epsilon', 's-alpha', 'x-delta', 's-gamma']);
    expect(await order({ SortBy: 'CreationTime', SortOrder: 'Ascending' })).toEqual([
      's-gamma',
      'x-delta',
      's-alpha',
      'x-epsilon',
      's-beta',
    ]);
    expect(await order({ SortBy: 'BillableTimeInSeconds', SortOrder: 'Descending' })).toEqual([
      's-alpha',
      'x-epsilon',
      's-gamma',
      's-beta',
      'x-delta',
    ]);
    expect(await order({ SortBy: 'Metrics.validation:accuracy', SortOrder: 'Ascending' })).toEqual([
      's-gamma',
      's-beta',
      'x-delta',
      's-alpha',
      'x-epsilon',
    ]);
  });

  it('pages with paginateSearch, visiting every match once', async () => {
    const pages: string[][] = [];
    for await (const page of paginateSearch(
      { client: client(), pageSize: 2 },
      { Resource: 'TrainingJob', SortBy: 'TrainingJobName', SortOrder: 'Ascending' },
    )) {
      pages.push((page.Results ?? []).map((record) => record.TrainingJob?.TrainingJobName ?? '?'));
      expect(page.TotalHits).toEqual({ Value: 5, Relation: 'EqualTo' });
    }
    expect(pages).toEqual([['s-alpha', 's-beta'], ['s-gamma', 'x-delta'], ['x-epsilon']]);
  });

  it('reports TotalHits for all matches, not the page', async () => {
    const page = await search({ SearchExpression: filter('Tags.team', 'Exists'), MaxResults: 1 });
    expect(page.Results).toHaveLength(1);
    expect(page.TotalHits).toEqual({ Value: 3, Relation: 'EqualTo' });
    expect(page.NextToken).toEqual(expect.any(String));
  });
});

describe('Search through the SDK: rejections', () => {
  const many = (n: number): Filter[] =>
    Array.from({ length: n }, (_, i) => ({ Name: 'TrainingJobName', Value: `n-${i}` }));

  it.each<[string, Partial<SearchCommandInput>, string]>([
    [
      'an unknown resource type',
      { Resource: 'Foo' as SearchCommandInput['Resource'] },
      "ValidationException: 1 validation error detected: Value 'Foo' at 'resource' failed to satisfy constraint: Member must satisfy enum value set: [TrainingJob, Experiment, ExperimentTrial, ExperimentTrialComponent, Endpoint, Model, ModelPackage, ModelPackageGroup, Pipeline, PipelineExecution, FeatureGroup, FeatureMetadata, Image, ImageVersion, Project, HyperParameterTuningJob, ModelCard, PipelineVersion]",
    ],
    [
      'MaxResults above 100',
      { MaxResults: 101 },
      "ValidationException: 1 validation error detected: Value '101' at 'maxResults' failed to satisfy constraint: Member must have value less than or equal to 100",
    ],
    [
      '21 filters',
      { SearchExpression: { Filters: many(21) } },
      "ValidationException: 1 validation error detected: Value '[21 items]' at 'searchExpression.filters' failed to satisfy constraint: Member must have length less than or equal to 20",
    ],
    [
      '51 elements',
      {
        SearchExpression: {
          SubExpressions: [{ Filters: many(16) }, { Filters: many(16) }, { Filters: many(16) }],
        },
      },
      'ValidationException: The search expression has 51 elements (Filters, NestedFilters and SubExpressions counted recursively); the maximum is 50.',
    ],
    [
      'two Contains',
      {
        SearchExpression: {
          Filters: [
            { Name: 'TrainingJobName', Operator: 'Contains', Value: 's' },
            { Name: 'Tags.team', Operator: 'Contains', Value: 'r' },
          ],
        },
      },
      "ValidationException: 'CONTAINS' operator usage limit of 1 exceeded.",
    ],
    [
      'an empty expression',
      { SearchExpression: {} },
      "ValidationException: You must provide at least one subexpression, filter, or nested filter (at 'searchExpression').",
    ],
    [
      'an unknown property',
      { SearchExpression: filter('Foo', 'Equals', 'x') },
      "ValidationException: Unknown property name 'Foo' for resource TrainingJob: use a property of the TrainingJob search record, or Tags.<key>, Metrics.<name>, HyperParameters.<name>.",
    ],
    [
      'a range on text',
      { SearchExpression: filter('TrainingJobName', 'GreaterThan', 's-beta') },
      "ValidationException: Operator 'GreaterThan' is not supported for text property 'TrainingJobName': GreaterThan, GreaterThanOrEqualTo, LessThan and LessThanOrEqualTo apply to numeric and timestamp properties.",
    ],
    [
      'In on a timestamp',
      { SearchExpression: filter('CreationTime', 'In', PIVOT) },
      "ValidationException: Operator 'In' is only supported for text properties; 'CreationTime' is a timestamp property.",
    ],
    [
      'a malformed timestamp',
      { SearchExpression: filter('CreationTime', 'GreaterThan', '2024-01-01') },
      "ValidationException: Value '2024-01-01' for 'CreationTime' is not a timestamp in the format YYYY-mm-ddTHH:MM:SS.",
    ],
    [
      'a garbage NextToken',
      { NextToken: 'garbage' },
      'ValidationException: Invalid NextToken: the token does not match the request (Resource, SearchExpression, SortBy and SortOrder must be those of the request that returned it).',
    ],
  ])('rejects %s', async (_, input, expected) => {
    expect(await rejection(input)).toBe(expected);
  });

  it('rejects a NextToken from another query', async () => {
    const { NextToken } = await search({ MaxResults: 1 });
    expect(await rejection({ MaxResults: 1, NextToken, SortBy: 'CreationTime' })).toMatch(
      /^ValidationException: Invalid NextToken: the token does not match the request/,
    );
  });
});
