import type {
  Filter,
  SearchExpression,
  SearchRequest,
  TrainingJob,
} from '@aws-sdk/client-sagemaker';
import { ResourceType } from '@aws-sdk/client-sagemaker';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import {
  INVALID_TOKEN_MESSAGE,
  NAME_PROPERTY,
  runSearch,
  SEARCH_RESOURCE_TYPES,
  SEARCHABLE_RESOURCES,
  TOTAL_HITS_LIMIT,
} from '../../src/emulator/search/engine.js';
import { SageMakerError } from '../../src/emulator/service-errors.js';
import { JOBS, jobArn, makeJob, PIVOT } from './search-fixtures.js';

const names = (records: { TrainingJob?: TrainingJob }[]): string[] =>
  records.map((record) => record.TrainingJob?.TrainingJobName ?? '?');

/** Names of all fixture jobs matching the expression, in name order. */
const hits = (expression: SearchExpression, docs: readonly object[] = JOBS): string[] =>
  names(
    runSearch(
      {
        Resource: 'TrainingJob',
        SearchExpression: expression,
        SortBy: 'TrainingJobName',
        SortOrder: 'Ascending',
        MaxResults: 100,
      },
      docs,
    ).Results,
  );

const filter = (Name: string, Operator: Filter['Operator'], Value?: string): SearchExpression => ({
  Filters: [{ Name, Operator, Value }],
});

/** The ValidationException message runSearch throws for the request. */
const rejection = (request: Partial<SearchRequest>, docs: readonly object[] = JOBS): string => {
  try {
    runSearch({ Resource: 'TrainingJob', ...request } as SearchRequest, docs);
  } catch (error) {
    expect(error).toBeInstanceOf(SageMakerError);
    expect((error as SageMakerError).type).toBe('ValidationException');
    return (error as SageMakerError).message;
  }
  throw new Error('expected a ValidationException');
};

const ALL = ['s-alpha', 's-beta', 's-gamma', 'x-delta', 'x-epsilon'];

describe('text properties', () => {
  it.each([
    ['Equals', 's-beta', ['s-beta']],
    ['NotEquals', 's-beta', ['s-alpha', 's-gamma', 'x-delta', 'x-epsilon']],
    ['Contains', 'alp', ['s-alpha']],
    ['Contains', 'ALP', []],
    ['In', 's-alpha,s-gamma', ['s-alpha', 's-gamma']],
    ['In', ' s-alpha , nope ', ['s-alpha']],
    ['Exists', undefined, ALL],
    ['NotExists', undefined, []],
  ] as const)('TrainingJobName %s %s', (operator, value, expected) => {
    expect(hits(filter('TrainingJobName', operator, value))).toEqual(expected);
  });

  it('treats a Value without an Operator as Equals', () => {
    expect(hits({ Filters: [{ Name: 'TrainingJobStatus', Value: 'Failed' }] })).toEqual([
      'x-delta',
    ]);
  });

  it('matches Equals exactly (case-sensitive, whole value)', () => {
    expect(hits(filter('TrainingJobStatus', 'Equals', 'completed'))).toEqual([]);
    expect(hits(filter('TrainingJobStatus', 'Equals', 'Complete'))).toEqual([]);
  });

  it('reads nested object paths', () => {
    expect(hits(filter('AlgorithmSpecification.TrainingImage', 'Contains', 'algo'))).toEqual(ALL);
    expect(hits(filter('TrainingJobArn', 'Equals', jobArn('s-beta')))).toEqual(['s-beta']);
  });
});

describe('number properties', () => {
  it.each([
    ['Equals', '300', ['s-alpha', 'x-epsilon']],
    ['Equals', '300.0', ['s-alpha', 'x-epsilon']],
    ['NotEquals', '300', ['s-beta', 's-gamma']],
    ['GreaterThan', '100', ['s-alpha', 'x-epsilon']],
    ['GreaterThanOrEqualTo', '100', ['s-alpha', 's-gamma', 'x-epsilon']],
    ['LessThan', '100', ['s-beta']],
    ['LessThanOrEqualTo', '1e2', ['s-beta', 's-gamma']],
    ['Exists', undefined, ['s-alpha', 's-beta', 's-gamma', 'x-epsilon']],
    ['NotExists', undefined, ['x-delta']],
  ] as const)('BillableTimeInSeconds %s %s', (operator, value, expected) => {
    expect(hits(filter('BillableTimeInSeconds', operator, value))).toEqual(expected);
  });
});

describe('timestamp properties (second precision)', () => {
  it.each([
    ['Equals', PIVOT, ['s-alpha']],
    ['Equals', `${PIVOT}.900Z`, ['s-alpha']],
    ['Equals', '2024-01-01T01:02:00+01:00', ['s-alpha']],
    ['NotEquals', PIVOT, ['s-beta', 's-gamma', 'x-delta', 'x-epsilon']],
    ['GreaterThan', PIVOT, ['s-beta', 'x-epsilon']],
    ['GreaterThanOrEqualTo', PIVOT, ['s-alpha', 's-beta', 'x-epsilon']],
    ['LessThan', PIVOT, ['s-gamma', 'x-delta']],
    ['LessThanOrEqualTo', PIVOT, ['s-alpha', 's-gamma', 'x-delta']],
    ['Exists', undefined, ALL],
    ['NotExists', undefined, []],
  ] as const)('CreationTime %s %s', (operator, value, expected) => {
    expect(hits(filter('CreationTime', operator, value))).toEqual(expected);
  });
});

describe('boolean properties', () => {
  it.each([
    ['Equals', 'true', ['s-alpha', 's-gamma']],
    ['Equals', 'FALSE', ['s-beta', 'x-delta']],
    ['NotEquals', 'true', ['s-beta', 'x-delta']],
    ['Exists', undefined, ['s-alpha', 's-beta', 's-gamma', 'x-delta']],
    ['NotExists', undefined, ['x-epsilon']],
  ] as const)('EnableManagedSpotTraining %s %s', (operator, value, expected) => {
    expect(hits(filter('EnableManagedSpotTraining', operator, value))).toEqual(expected);
  });
});

describe('Metrics.<name>', () => {
  it.each([
    ['validation:accuracy', 'Equals', '0.9', ['x-delta']],
    ['validation:accuracy', 'NotEquals', '0.9', ['s-alpha', 's-beta', 's-gamma']],
    ['validation:accuracy', 'GreaterThan', '0.8', ['s-alpha', 'x-delta']],
    ['validation:accuracy', 'GreaterThanOrEqualTo', '0.8', ['s-alpha', 's-beta', 'x-delta']],
    ['validation:accuracy', 'LessThan', '0.8', ['s-gamma']],
    ['validation:accuracy', 'LessThanOrEqualTo', '0.8', ['s-beta', 's-gamma']],
    ['validation:accuracy', 'Exists', undefined, ['s-alpha', 's-beta', 's-gamma', 'x-delta']],
    ['validation:accuracy', 'NotExists', undefined, ['x-epsilon']],
    ['train:progress', 'GreaterThanOrEqualTo', '100', ALL],
    ['train:progress', 'LessThanOrEqualTo', '99', []],
    ['no-such-metric', 'Exists', undefined, []],
  ] as const)('Metrics.%s %s %s', (metric, operator, value, expected) => {
    expect(hits(filter(`Metrics.${metric}`, operator, value))).toEqual(expected);
  });

  it.each(['Contains', 'In'] as const)('rejects %s on a metric (numeric)', (operator) => {
    expect(rejection({ SearchExpression: filter('Metrics.train:progress', operator, '10') })).toBe(
      `Operator '${operator}' is only supported for text properties; 'Metrics.train:progress' is a number property.`,
    );
  });
});

describe('HyperParameters.<name>', () => {
  it.each([
    // The moto matrix rows (lr: s-gamma 0.5, s-alpha 0.1, x-epsilon 0.1, s-beta 0.01).
    ['lr', 'Equals', '0.1', ['s-alpha', 'x-epsilon']],
    ['lr', 'Equals', '0.10', ['s-alpha', 'x-epsilon']],
    ['lr', 'NotEquals', '0.1', ['s-beta', 's-gamma']],
    ['lr', 'GreaterThan', '0.05', ['s-alpha', 's-gamma', 'x-epsilon']],
    ['lr', 'GreaterThanOrEqualTo', '0.1', ['s-alpha', 's-gamma', 'x-epsilon']],
    ['lr', 'LessThan', '0.1', ['s-beta']],
    ['lr', 'LessThanOrEqualTo', '0.1', ['s-alpha', 's-beta', 'x-epsilon']],
    ['lr', 'Contains', '0.0', ['s-beta']],
    ['lr', 'Exists', undefined, ['s-alpha', 's-beta', 's-gamma', 'x-epsilon']],
    ['lr', 'NotExists', undefined, ['x-delta']],
    ['lr', 'In', '0.5,0.01', ['s-beta', 's-gamma']],
    // decay: s-gamma 1.5, s-alpha 2, s-beta 0.5, x-epsilon "auto".
    // An integer Value truncates decimal hyperparameters: 1.5 → 1, 0.5 → 0.
    ['decay', 'GreaterThan', '1', ['s-alpha']],
    ['decay', 'GreaterThanOrEqualTo', '1', ['s-alpha', 's-gamma']],
    ['decay', 'LessThan', '1', ['s-beta']],
    ['decay', 'Equals', '1', ['s-gamma']],
    ['decay', 'Equals', '0', ['s-beta']],
    // A decimal Value compares decimals.
    ['decay', 'GreaterThan', '1.0', ['s-alpha', 's-gamma']],
    ['decay', 'LessThan', '1.0', ['s-beta']],
    ['decay', 'Equals', '1.0', []],
    // A non-numeric hyperparameter never matches a range, but compares as text otherwise.
    ['decay', 'LessThanOrEqualTo', '100', ['s-alpha', 's-beta', 's-gamma']],
    ['decay', 'Equals', 'auto', ['x-epsilon']],
    ['decay', 'NotEquals', 'auto', ['s-alpha', 's-beta', 's-gamma']],
    ['optimizer', 'Equals', 'adam', ['s-beta', 's-gamma']],
    ['optimizer', 'NotEquals', 'adam', ['s-alpha']],
    ['epochs', 'GreaterThan', '10', ['s-alpha', 's-beta']],
  ] as const)('HyperParameters.%s %s %s', (name, operator, value, expected) => {
    expect(hits(filter(`HyperParameters.${name}`, operator, value))).toEqual(expected);
  });

  it('rejects a range with a non-numeric Value', () => {
    expect(rejection({ SearchExpression: filter('HyperParameters.lr', 'LessThan', 'big') })).toBe(
      "Value 'big' for 'HyperParameters.lr' is not a number (LessThan compares hyperparameters numerically).",
    );
  });
});

describe('Tags.<key>', () => {
  it.each([
    ['team', 'Equals', 'red', ['s-alpha', 's-gamma']],
    ['team', 'NotEquals', 'red', ['s-beta']],
    ['team', 'Contains', 're', ['s-alpha', 's-gamma']],
    ['team', 'Exists', undefined, ['s-alpha', 's-beta', 's-gamma']],
    ['team', 'NotExists', undefined, ['x-delta', 'x-epsilon']],
    ['team', 'In', 'red,blue', ['s-alpha', 's-beta', 's-gamma']],
  ] as const)('Tags.%s %s %s', (key, operator, value, expected) => {
    expect(hits(filter(`Tags.${key}`, operator, value))).toEqual(expected);
  });

  it('ANDs tag filters with each other and with other filters, in any order', () => {
    const teamRed = { Name: 'Tags.team', Value: 'red' };
    expect(hits({ Filters: [teamRed, { Name: 'TrainingJobName', Value: 's-beta' }] })).toEqual([]);
    expect(hits({ Filters: [{ Name: 'TrainingJobName', Value: 's-beta' }, teamRed] })).toEqual([]);
    expect(hits({ Filters: [teamRed, { Name: 'Tags.env', Value: 'prod' }] })).toEqual(['s-alpha']);
  });

  it.each(['GreaterThan', 'LessThan'] as const)('rejects %s on a tag (text)', (operator) => {
    expect(rejection({ SearchExpression: filter('Tags.team', operator, 'a') })).toBe(
      `Operator '${operator}' is not supported for text property 'Tags.team': GreaterThan, GreaterThanOrEqualTo, LessThan and LessThanOrEqualTo apply to numeric and timestamp properties.`,
    );
  });
});

describe('lists: plain paths vs NestedFilters', () => {
  it('matches a plain path through a list if any element matches', () => {
    expect(hits(filter('InputDataConfig.ChannelName', 'Equals', 'validation'))).toEqual([
      's-alpha',
      'x-delta',
      'x-epsilon',
    ]);
    // Each filter may be satisfied by a different channel.
    expect(
      hits({
        Filters: [
          { Name: 'InputDataConfig.ChannelName', Value: 'train' },
          {
            Name: 'InputDataConfig.DataSource.S3DataSource.S3Uri',
            Operator: 'Contains',
            Value: '/validation',
          },
        ],
      }),
    ).toEqual(['s-alpha', 'x-delta']);
  });

  it('NotEquals on a list path matches when no element equals', () => {
    expect(hits(filter('InputDataConfig.ChannelName', 'NotEquals', 'train'))).toEqual([
      's-gamma',
      'x-epsilon',
    ]);
  });

  it('requires one element to satisfy all filters of a nested filter', () => {
    const nested = (uriPart: string): SearchExpression => ({
      NestedFilters: [
        {
          NestedPropertyName: 'InputDataConfig',
          Filters: [
            { Name: 'InputDataConfig.ChannelName', Value: 'train' },
            {
              Name: 'InputDataConfig.DataSource.S3DataSource.S3Uri',
              Operator: 'Contains',
              Value: uriPart,
            },
          ],
        },
      ],
    });
    expect(hits(nested('/validation'))).toEqual([]);
    expect(hits(nested('x-delta/'))).toEqual(['x-delta']);
    expect(hits(nested('s3://'))).toEqual(['s-alpha', 's-beta', 'x-delta']);
  });

  it('combines nested filters with filters (the moto matrix row)', () => {
    expect(
      hits({
        Filters: [{ Name: 'TrainingJobName', Operator: 'Contains', Value: 's-' }],
        NestedFilters: [
          {
            NestedPropertyName: 'InputDataConfig',
            Filters: [{ Name: 'InputDataConfig.ChannelName', Value: 'train' }],
          },
        ],
      }),
    ).toEqual(['s-alpha', 's-beta']);
  });

  it('nests over FinalMetricDataList', () => {
    expect(
      hits({
        NestedFilters: [
          {
            NestedPropertyName: 'FinalMetricDataList',
            Filters: [
              { Name: 'FinalMetricDataList.MetricName', Value: 'validation:accuracy' },
              { Name: 'FinalMetricDataList.Value', Operator: 'GreaterThan', Value: '0.85' },
            ],
          },
        ],
      }),
    ).toEqual(['s-alpha', 'x-delta']);
  });
});

describe('SubExpressions and Operator', () => {
  const name = (value: string): SearchExpression => ({
    Filters: [{ Name: 'TrainingJobName', Value: value }],
  });

  it('ORs and ANDs sub-expressions', () => {
    expect(hits({ SubExpressions: [name('s-alpha'), name('s-beta')], Operator: 'Or' })).toEqual([
      's-alpha',
      's-beta',
    ]);
    expect(hits({ SubExpressions: [name('s-alpha'), name('s-beta')], Operator: 'And' })).toEqual(
      [],
    );
    expect(hits({ SubExpressions: [name('s-alpha'), name('s-beta')] })).toEqual([]);
  });

  it('ORs and ANDs top-level filters', () => {
    const filters = [
      { Name: 'TrainingJobName', Value: 's-alpha' },
      { Name: 'TrainingJobName', Value: 's-beta' },
    ];
    expect(hits({ Filters: filters, Operator: 'Or' })).toEqual(['s-alpha', 's-beta']);
    expect(hits({ Filters: filters, Operator: 'And' })).toEqual([]);
    expect(
      hits({
        Filters: [
          { Name: 'Tags.team', Value: 'red' },
          { Name: 'TrainingJobName', Value: 'x-delta' },
        ],
        Operator: 'Or',
      }),
    ).toEqual(['s-alpha', 's-gamma', 'x-delta']);
  });

  it('mixes filters, nested filters and sub-expressions under one operator', () => {
    expect(
      hits({
        Operator: 'Or',
        Filters: [{ Name: 'Tags.env', Value: 'dev' }],
        NestedFilters: [
          {
            NestedPropertyName: 'InputDataConfig',
            Filters: [{ Name: 'InputDataConfig.ChannelName', Value: 'test' }],
          },
        ],
        SubExpressions: [
          {
            Filters: [
              { Name: 'Tags.team', Value: 'blue' },
              { Name: 'Metrics.validation:accuracy', Operator: 'LessThan', Value: '0.9' },
            ],
          },
        ],
      }),
    ).toEqual(['s-beta', 's-gamma', 'x-epsilon']);
  });
});

describe('sorting', () => {
  const order = (SortBy?: string, SortOrder?: 'Ascending' | 'Descending'): string[] =>
    names(runSearch({ Resource: 'TrainingJob', SortBy, SortOrder }, JOBS).Results);

  it('defaults to LastModifiedTime Descending', () => {
    expect(order()).toEqual(['s-beta', 'x-epsilon', 's-alpha', 'x-delta', 's-gamma']);
  });

  it('sorts by CreationTime and by name both ways', () => {
    expect(order('CreationTime', 'Ascending')).toEqual([
      's-gamma',
      'x-delta',
      's-alpha',
      'x-epsilon',
      's-beta',
    ]);
    expect(order('TrainingJobName', 'Ascending')).toEqual(ALL);
    expect(order('TrainingJobName', 'Descending')).toEqual([...ALL].reverse());
  });

  it('puts missing values last in both directions and breaks ties by ARN', () => {
    // Billable: s-gamma 100, x-delta missing, s-alpha 300, x-epsilon 300, s-beta 50.
    expect(order('BillableTimeInSeconds', 'Ascending')).toEqual([
      's-beta',
      's-gamma',
      's-alpha',
      'x-epsilon',
      'x-delta',
    ]);
    expect(order('BillableTimeInSeconds', 'Descending')).toEqual([
      's-alpha',
      'x-epsilon',
      's-gamma',
      's-beta',
      'x-delta',
    ]);
  });

  it('sorts by metrics, hyperparameters (numerically) and tags', () => {
    expect(order('Metrics.validation:accuracy', 'Descending')).toEqual([
      's-alpha',
      'x-delta',
      's-beta',
      's-gamma',
      'x-epsilon',
    ]);
    // "10" < "5" as text; numerically 5 < 10 < 15 < 20.
    expect(order('HyperParameters.epochs', 'Ascending')).toEqual([
      'x-epsilon',
      's-gamma',
      's-beta',
      's-alpha',
      'x-delta',
    ]);
    expect(order('HyperParameters.lr', 'Descending')).toEqual([
      's-gamma',
      's-alpha',
      'x-epsilon',
      's-beta',
      'x-delta',
    ]);
    expect(order('Tags.team', 'Ascending')).toEqual([
      's-beta',
      's-alpha',
      's-gamma',
      'x-delta',
      'x-epsilon',
    ]);
  });
});

/** Every page of a query, following NextToken. */
const allPages = (request: SearchRequest, docs: readonly object[]): string[][] => {
  const pages: string[][] = [];
  let NextToken: string | undefined;
  do {
    const page = runSearch({ ...request, NextToken }, docs);
    pages.push(names(page.Results));
    NextToken = page.NextToken;
  } while (NextToken);
  return pages;
};

const manyJobs = (count: number): TrainingJob[] =>
  Array.from({ length: count }, (_, i) => {
    const job = makeJob({ name: `job-${String(i).padStart(5, '0')}`, channels: ['train'] }, i);
    // Few distinct values, some missing: ties and missing values on every page.
    job.BillableTimeInSeconds = i % 7 === 0 ? undefined : (i * 37) % 11;
    return job;
  });

describe('paging', () => {
  it('splits five matches into pages of two, with NextToken only while more follow', () => {
    const pages = allPages(
      { Resource: 'TrainingJob', SortBy: 'TrainingJobName', SortOrder: 'Ascending', MaxResults: 2 },
      JOBS,
    );
    expect(pages).toEqual([['s-alpha', 's-beta'], ['s-gamma', 'x-delta'], ['x-epsilon']]);
  });

  it('returns no NextToken when the page holds the last match exactly', () => {
    const page = runSearch({ Resource: 'TrainingJob', MaxResults: 5 }, JOBS);
    expect(page.Results).toHaveLength(5);
    expect(page.NextToken).toBeUndefined();
  });

  it('defaults MaxResults to 10', () => {
    const page = runSearch({ Resource: 'TrainingJob' }, manyJobs(25));
    expect(page.Results).toHaveLength(10);
    expect(page.NextToken).toBeDefined();
  });

  it.each(['Ascending', 'Descending'] as const)(
    'visits every match exactly once in sort order (%s, ties and missing values)',
    (SortOrder) => {
      const docs = manyJobs(250);
      const request: SearchRequest = {
        Resource: 'TrainingJob',
        SearchExpression: filter('TrainingJobName', 'Contains', 'job-'),
        SortBy: 'BillableTimeInSeconds',
        SortOrder,
        MaxResults: 7,
      };
      const pages = allPages(request, docs);
      expect(pages.slice(0, -1).every((page) => page.length === 7)).toBe(true);
      const visited = pages.flat();
      const whole = names(runSearch({ ...request, MaxResults: 100 }, docs.slice(0, 100)).Results);
      expect(new Set(visited).size).toBe(250);
      expect(visited.filter((name) => whole.includes(name))).toEqual(whole);
    },
  );

  it('stays stable when records are added before the cursor between pages', () => {
    const docs: TrainingJob[] = manyJobs(30);
    const request: SearchRequest = {
      Resource: 'TrainingJob',
      SortBy: 'TrainingJobName',
      SortOrder: 'Ascending',
      MaxResults: 10,
    };
    const first = runSearch(request, docs);
    docs.push(makeJob({ name: 'job-00000a', channels: [] }, 99));
    const second = runSearch({ ...request, NextToken: first.NextToken }, docs);
    expect(names(second.Results)[0]).toBe('job-00010');
    expect(second.TotalHits).toEqual({ Value: 31, Relation: 'EqualTo' });
  });

  it('rejects a token from another query and garbage tokens', () => {
    const message =
      'Invalid NextToken: the token does not match the request (Resource, SearchExpression, SortBy and SortOrder must be those of the request that returned it).';
    const { NextToken } = runSearch({ Resource: 'TrainingJob', MaxResults: 1 }, JOBS);
    expect(rejection({ NextToken, SortOrder: 'Ascending' })).toBe(message);
    expect(rejection({ NextToken, SearchExpression: filter('TrainingJobName', 'Exists') })).toBe(
      message,
    );
    expect(rejection({ NextToken: 'garbage' })).toBe(message);
    expect(rejection({ NextToken: Buffer.from('{"q":1}').toString('base64url') })).toBe(message);
    // The same query with a different page size is the same query.
    expect(
      runSearch({ Resource: 'TrainingJob', MaxResults: 3, NextToken }, JOBS).Results,
    ).toHaveLength(3);
  });
});

describe('TotalHits', () => {
  it('counts all matches, not the page', () => {
    const page = runSearch(
      { Resource: 'TrainingJob', SearchExpression: filter('Tags.team', 'Exists'), MaxResults: 1 },
      JOBS,
    );
    expect(page.TotalHits).toEqual({ Value: 3, Relation: 'EqualTo' });
  });

  it(`is exact up to ${TOTAL_HITS_LIMIT} and a lower bound above`, () => {
    const docs = manyJobs(TOTAL_HITS_LIMIT + 1);
    expect(runSearch({ Resource: 'TrainingJob' }, docs.slice(1)).TotalHits).toEqual({
      Value: TOTAL_HITS_LIMIT,
      Relation: 'EqualTo',
    });
    expect(runSearch({ Resource: 'TrainingJob' }, docs).TotalHits).toEqual({
      Value: TOTAL_HITS_LIMIT,
      Relation: 'GreaterThanOrEqualTo',
    });
  });
});

describe('limits and validation messages', () => {
  const f = (i: number): Filter => ({ Name: 'TrainingJobName', Value: `n-${i}` });
  const filters = (n: number): Filter[] => Array.from({ length: n }, (_, i) => f(i));
  const constraint = (value: string, at: string, rule: string): string =>
    `1 validation error detected: Value '${value}' at '${at}' failed to satisfy constraint: ${rule}`;

  it('rejects an unknown resource type, listing those of the service model', () => {
    expect(rejection({ Resource: 'Foo' as SearchRequest['Resource'] })).toBe(
      constraint(
        'Foo',
        'resource',
        `Member must satisfy enum value set: [${SEARCH_RESOURCE_TYPES.join(', ')}]`,
      ),
    );
  });

  it('finds nothing for a resource type it holds no records of', () => {
    expect(runSearch({ Resource: 'Experiment', MaxResults: 5 }, JOBS)).toEqual({
      Results: [],
      TotalHits: { Value: 0, Relation: 'EqualTo' },
    });
    expect(rejection({ Resource: 'Pipeline', NextToken: 'abc' })).toBe(INVALID_TOKEN_MESSAGE);
  });

  it('supports SageMaker resource names only', () => {
    const known: readonly string[] = Object.values(ResourceType);
    expect(SEARCHABLE_RESOURCES.every((resource) => known.includes(resource))).toBe(true);
    expect(NAME_PROPERTY.TrainingJob).toBe('TrainingJobName');
  });

  it('bounds MaxResults to 1..100', () => {
    expect(rejection({ MaxResults: 0 })).toBe(
      constraint('0', 'maxResults', 'Member must have value greater than or equal to 1'),
    );
    expect(rejection({ MaxResults: 101 })).toBe(
      constraint('101', 'maxResults', 'Member must have value less than or equal to 100'),
    );
    expect(runSearch({ Resource: 'TrainingJob', MaxResults: 100 }, JOBS).Results).toHaveLength(5);
  });

  it('rejects bad enum values', () => {
    expect(rejection({ SortOrder: 'Up' as 'Ascending' })).toBe(
      constraint('Up', 'sortOrder', 'Member must satisfy enum value set: [Ascending, Descending]'),
    );
    expect(
      rejection({
        SearchExpression: {
          SubExpressions: [
            { Filters: [f(1), { Name: 'TrainingJobName', Operator: 'Like' as 'In', Value: 'x' }] },
          ],
        },
      }),
    ).toBe(
      constraint(
        'Like',
        'searchExpression.subExpressions.1.member.filters.2.member.operator',
        'Member must satisfy enum value set: [Equals, NotEquals, GreaterThan, GreaterThanOrEqualTo, LessThan, LessThanOrEqualTo, Contains, Exists, NotExists, In]',
      ),
    );
    expect(rejection({ SearchExpression: { Filters: [f(1)], Operator: 'Xor' as 'Or' } })).toBe(
      constraint(
        'Xor',
        'searchExpression.operator',
        'Member must satisfy enum value set: [And, Or]',
      ),
    );
  });

  it('requires at least one element in an expression', () => {
    expect(rejection({ SearchExpression: {} })).toBe(
      "You must provide at least one subexpression, filter, or nested filter (at 'searchExpression').",
    );
    expect(rejection({ SearchExpression: { SubExpressions: [{ Operator: 'Or' }] } })).toBe(
      "You must provide at least one subexpression, filter, or nested filter (at 'searchExpression.subExpressions.1.member').",
    );
  });

  it('rejects empty lists', () => {
    expect(rejection({ SearchExpression: { Filters: [] } })).toBe(
      constraint(
        '[]',
        'searchExpression.filters',
        'Member must have length greater than or equal to 1',
      ),
    );
    expect(
      rejection({
        SearchExpression: {
          NestedFilters: [{ NestedPropertyName: 'InputDataConfig', Filters: [] }],
        },
      }),
    ).toBe(
      constraint(
        '[]',
        'searchExpression.nestedFilters.1.member.filters',
        'Member must have length greater than or equal to 1',
      ),
    );
  });

  it('allows 20 items per list and rejects 21', () => {
    const tooLong = (at: string) =>
      constraint('[21 items]', at, 'Member must have length less than or equal to 20');
    expect(hits({ Filters: filters(20), Operator: 'Or' })).toEqual([]);
    expect(rejection({ SearchExpression: { Filters: filters(21) } })).toBe(
      tooLong('searchExpression.filters'),
    );
    expect(
      rejection({
        SearchExpression: {
          SubExpressions: Array.from({ length: 21 }, () => ({ Filters: [f(0)] })),
        },
      }),
    ).toBe(tooLong('searchExpression.subExpressions'));
    expect(
      rejection({
        SearchExpression: {
          NestedFilters: Array.from({ length: 21 }, () => ({
            NestedPropertyName: 'InputDataConfig',
            Filters: [{ Name: 'InputDataConfig.ChannelName', Value: 'train' }],
          })),
        },
      }),
    ).toBe(tooLong('searchExpression.nestedFilters'));
    expect(
      rejection({
        SearchExpression: {
          SubExpressions: [
            {
              NestedFilters: [
                {
                  NestedPropertyName: 'InputDataConfig',
                  Filters: Array.from({ length: 21 }, () => ({
                    Name: 'InputDataConfig.ChannelName',
                    Value: 'train',
                  })),
                },
              ],
            },
          ],
        },
      }),
    ).toBe(tooLong('searchExpression.subExpressions.1.member.nestedFilters.1.member.filters'));
  });

  it('allows 50 elements in all and rejects 51', () => {
    // 2 sub-expressions of 20 filters + 8 filters = 50; 3 × (1 + 16) = 51.
    const fifty: SearchExpression = {
      Operator: 'Or',
      Filters: filters(8),
      SubExpressions: [{ Filters: filters(20) }, { Filters: filters(20) }],
    };
    expect(hits(fifty)).toEqual([]);
    expect(
      rejection({
        SearchExpression: {
          SubExpressions: Array.from({ length: 3 }, () => ({ Filters: filters(16) })),
        },
      }),
    ).toBe(
      'The search expression has 51 elements (Filters, NestedFilters and SubExpressions counted recursively); the maximum is 50.',
    );
  });

  it('allows one Contains per expression', () => {
    const contains = { Name: 'TrainingJobName', Operator: 'Contains', Value: 's-' } as const;
    expect(hits({ Filters: [contains] })).toEqual(['s-alpha', 's-beta', 's-gamma']);
    expect(
      rejection({
        SearchExpression: {
          Filters: [contains],
          SubExpressions: [{ Filters: [{ ...contains, Name: 'Tags.team' }] }],
        },
      }),
    ).toBe("'CONTAINS' operator usage limit of 1 exceeded.");
  });

  it('bounds Value to 1..1024 characters and requires it except for Exists/NotExists', () => {
    expect(
      rejection({
        SearchExpression: {
          SubExpressions: [{ Filters: [f(1), f(2), { Name: 'TrainingJobName', Value: '' }] }],
        },
      }),
    ).toBe(
      constraint(
        '',
        'searchExpression.subExpressions.1.member.filters.3.member.value',
        'Member must have length greater than or equal to 1',
      ),
    );
    expect(hits(filter('TrainingJobName', 'Equals', 'x'.repeat(1024)))).toEqual([]);
    expect(
      rejection({ SearchExpression: filter('TrainingJobName', 'Equals', 'x'.repeat(1025)) }),
    ).toBe(
      constraint(
        `${'x'.repeat(32)}...`,
        'searchExpression.filters.1.member.value',
        'Member must have length less than or equal to 1024',
      ),
    );
    expect(rejection({ SearchExpression: filter('TrainingJobName', 'GreaterThan') })).toBe(
      "The filter on 'TrainingJobName' needs a Value: operator GreaterThan compares the property with a Value (only Exists and NotExists take none).",
    );
  });

  it('rejects unknown properties, naming the property and resource', () => {
    expect(rejection({ SearchExpression: filter('Foo', 'Equals', 'x') })).toBe(
      "Unknown property name 'Foo' for resource TrainingJob: use a property of the TrainingJob search record, or Tags.<key>, Metrics.<name>, HyperParameters.<name>.",
    );
    expect(
      rejection({ Resource: 'Endpoint', SearchExpression: filter('Metrics.acc', 'Exists') }),
    ).toBe(
      "Unknown property name 'Metrics.acc' for resource Endpoint: use a property of the Endpoint search record, or Tags.<key>.",
    );
  });

  it('rejects operators that do not fit the property type', () => {
    expect(
      rejection({ SearchExpression: filter('TrainingJobName', 'GreaterThan', 's-beta') }),
    ).toBe(
      "Operator 'GreaterThan' is not supported for text property 'TrainingJobName': GreaterThan, GreaterThanOrEqualTo, LessThan and LessThanOrEqualTo apply to numeric and timestamp properties.",
    );
    expect(
      rejection({ SearchExpression: filter('EnableManagedSpotTraining', 'LessThan', 'true') }),
    ).toBe(
      "Operator 'LessThan' is not supported for boolean property 'EnableManagedSpotTraining': GreaterThan, GreaterThanOrEqualTo, LessThan and LessThanOrEqualTo apply to numeric and timestamp properties.",
    );
    expect(rejection({ SearchExpression: filter('CreationTime', 'In', PIVOT) })).toBe(
      "Operator 'In' is only supported for text properties; 'CreationTime' is a timestamp property.",
    );
    expect(rejection({ SearchExpression: filter('CreationTime', 'Contains', '20') })).toBe(
      "Operator 'Contains' is only supported for text properties; 'CreationTime' is a timestamp property.",
    );
  });

  it('rejects Values that do not parse as the property type', () => {
    expect(
      rejection({ SearchExpression: filter('BillableTimeInSeconds', 'Equals', '12abc') }),
    ).toBe(
      "Value '12abc' for 'BillableTimeInSeconds' is not a number (BillableTimeInSeconds is numeric).",
    );
    for (const value of ['2024-01-01', '2024-02-30T00:00:00', 'yesterday']) {
      expect(rejection({ SearchExpression: filter('CreationTime', 'GreaterThan', value) })).toBe(
        `Value '${value}' for 'CreationTime' is not a timestamp in the format YYYY-mm-ddTHH:MM:SS.`,
      );
    }
    expect(
      rejection({ SearchExpression: filter('EnableManagedSpotTraining', 'Equals', 'yes') }),
    ).toBe("Value 'yes' for 'EnableManagedSpotTraining' is not a boolean (true or false).");
  });

  it('checks nested filter names and list properties', () => {
    expect(
      rejection({
        SearchExpression: {
          NestedFilters: [{ NestedPropertyName: 'InputDataConfig', Filters: [f(1)] }],
        },
      }),
    ).toBe(
      "Nested filter property 'TrainingJobName' must start with 'InputDataConfig.', its NestedPropertyName.",
    );
    expect(
      rejection({
        SearchExpression: {
          NestedFilters: [
            {
              NestedPropertyName: 'AlgorithmSpecification',
              Filters: [{ Name: 'AlgorithmSpecification.TrainingImage', Value: 'x' }],
            },
          ],
        },
      }),
    ).toBe(
      "NestedPropertyName 'AlgorithmSpecification' is not a list property of TrainingJob; nested filters apply to lists of objects such as InputDataConfig.",
    );
  });

  it('requires SortBy to be a sortable property', () => {
    expect(rejection({ SortBy: 'Bogus' })).toBe(
      "SortBy 'Bogus' is not a sortable property of TrainingJob. Unknown property name 'Bogus' for resource TrainingJob: use a property of the TrainingJob search record, or Tags.<key>, Metrics.<name>, HyperParameters.<name>.",
    );
    expect(rejection({ SortBy: 'InputDataConfig.ChannelName' })).toBe(
      "SortBy 'InputDataConfig.ChannelName' is not a sortable property of TrainingJob: it is inside a list, so a record has no single value to sort by.",
    );
  });
});

describe('other resources', () => {
  it('searches endpoints by nested production variants and sorts by CreationTime where there is no LastModifiedTime', () => {
    const endpoints = ['a', 'b'].map((name, i) => ({
      EndpointName: `ep-${name}`,
      EndpointArn: `arn:aws:sagemaker:us-east-1:123456789012:endpoint/ep-${name}`,
      EndpointConfigName: `epc-${name}`,
      EndpointStatus: 'InService',
      CreationTime: new Date(Date.UTC(2024, 0, 1 + i)),
      LastModifiedTime: new Date(Date.UTC(2024, 0, 1 + i)),
      ProductionVariants: [
        { VariantName: 'blue', CurrentWeight: i === 0 ? 1 : 0.2 },
        { VariantName: 'green', CurrentWeight: i === 0 ? 0 : 0.8 },
      ],
      Tags: [{ Key: 'env', Value: name === 'a' ? 'prod' : 'dev' }],
    }));
    const search = (SearchExpression: SearchExpression) =>
      runSearch({ Resource: 'Endpoint', SearchExpression }, endpoints).Results.map(
        (record) => record.Endpoint?.EndpointName,
      );
    expect(
      search({
        NestedFilters: [
          {
            NestedPropertyName: 'ProductionVariants',
            Filters: [
              { Name: 'ProductionVariants.VariantName', Value: 'green' },
              { Name: 'ProductionVariants.CurrentWeight', Operator: 'GreaterThan', Value: '0.5' },
            ],
          },
        ],
      }),
    ).toEqual(['ep-b']);
    expect(search(filter('Tags.env', 'Equals', 'prod'))).toEqual(['ep-a']);

    const groups = ['g1', 'g2'].map((name, i) => ({
      ModelPackageGroupName: name,
      ModelPackageGroupArn: `arn:aws:sagemaker:us-east-1:123456789012:model-package-group/${name}`,
      CreationTime: new Date(Date.UTC(2024, 0, 1 + i)),
    }));
    expect(
      runSearch({ Resource: 'ModelPackageGroup' }, groups).Results.map(
        (record) => record.ModelPackageGroup?.ModelPackageGroupName,
      ),
    ).toEqual(['g2', 'g1']);
  });

  it('searches model packages by container and tuning jobs by best objective', () => {
    const packages = [1, 2].map((version) => ({
      ModelPackageName: 'churn',
      ModelPackageGroupName: 'churn',
      ModelPackageVersion: version,
      ModelPackageArn: `arn:aws:sagemaker:us-east-1:123456789012:model-package/churn/${version}`,
      ModelApprovalStatus: version === 1 ? 'Approved' : 'PendingManualApproval',
      CreationTime: new Date(Date.UTC(2024, 0, version)),
      InferenceSpecification: {
        Containers: [{ Image: `xgboost:${version}`, ModelDataUrl: `s3://m/${version}.tar.gz` }],
        SupportedContentTypes: ['text/csv'],
      },
    }));
    const versions = (SearchExpression: SearchExpression) =>
      runSearch({ Resource: 'ModelPackage', SearchExpression }, packages).Results.map(
        (record) => record.ModelPackage?.ModelPackageVersion,
      );
    expect(versions(filter('ModelPackageVersion', 'GreaterThanOrEqualTo', '2'))).toEqual([2]);
    expect(versions(filter('ModelApprovalStatus', 'Equals', 'Approved'))).toEqual([1]);
    expect(
      versions({
        NestedFilters: [
          {
            NestedPropertyName: 'InferenceSpecification.Containers',
            Filters: [{ Name: 'InferenceSpecification.Containers.Image', Value: 'xgboost:1' }],
          },
        ],
      }),
    ).toEqual([1]);
    // No LastModifiedTime on these records: the default sort leaves them in ARN order.
    expect(
      versions(filter('InferenceSpecification.SupportedContentTypes', 'In', 'text/csv')),
    ).toEqual([1, 2]);

    const tuning = ['t1', 't2'].map((name, i) => ({
      HyperParameterTuningJobName: name,
      HyperParameterTuningJobArn: `arn:aws:sagemaker:us-east-1:123456789012:hyper-parameter-tuning-job/${name}`,
      CreationTime: new Date(Date.UTC(2024, 0, 1 + i)),
      BestTrainingJob: {
        TrainingJobName: `${name}-007`,
        FinalHyperParameterTuningJobObjectiveMetric: { MetricName: 'auc', Value: 0.8 + i / 10 },
      },
    }));
    expect(
      runSearch(
        {
          Resource: 'HyperParameterTuningJob',
          SearchExpression: filter(
            'BestTrainingJob.FinalHyperParameterTuningJobObjectiveMetric.Value',
            'GreaterThan',
            '0.85',
          ),
        },
        tuning,
      ).Results.map((record) => record.HyperParameterTuningJob?.HyperParameterTuningJobName),
    ).toEqual(['t2']);
  });

  it('returns the stored document objects', () => {
    const [record] = runSearch({ Resource: 'TrainingJob', MaxResults: 1 }, JOBS).Results;
    expect(record?.TrainingJob).toBe(JOBS[4]);
  });
});

describe('lookup', () => {
  const byName = new Map(JOBS.map((job) => [job.TrainingJobName as string, job]));
  const lookup = vi.fn((property: string, values: readonly string[]) =>
    property === 'TrainingJobName'
      ? values.flatMap((value) => {
          const job = byName.get(value);
          return job ? [job] : [];
        })
      : undefined,
  );

  it.each<[string, SearchExpression, boolean]>([
    ['Equals', { Filters: [{ Name: 'TrainingJobName', Value: 's-alpha' }] }, true],
    [
      'In with other filters',
      {
        Filters: [
          { Name: 'Tags.team', Value: 'red' },
          { Name: 'TrainingJobName', Operator: 'In', Value: 's-alpha,s-beta,s-alpha,nope' },
        ],
      },
      true,
    ],
    ['an ARN (not indexed: scans)', filter('TrainingJobArn', 'Equals', jobArn('s-beta')), true],
    [
      'an Or of name In filters (the batch-by-key shape)',
      {
        Operator: 'Or',
        Filters: [
          { Name: 'TrainingJobName', Operator: 'In', Value: 's-alpha,nope' },
          { Name: 'TrainingJobName', Operator: 'In', Value: 'x-delta,s-alpha' },
        ],
      },
      true,
    ],
    [
      'an Or of sub-expressions with one key filter each, names and ARNs',
      {
        Operator: 'Or',
        SubExpressions: [
          { Filters: [{ Name: 'TrainingJobName', Operator: 'In', Value: 's-beta,s-gamma' }] },
          { Filters: [{ Name: 'TrainingJobName', Value: 'x-delta' }] },
          {
            Operator: 'Or',
            Filters: [{ Name: 'TrainingJobArn', Operator: 'In', Value: jobArn('s-alpha') }],
          },
        ],
      },
      true,
    ],
    [
      'an Or whose branch narrows with an And',
      {
        Operator: 'Or',
        Filters: [{ Name: 'TrainingJobName', Value: 'x-delta' }],
        SubExpressions: [
          {
            Filters: [
              { Name: 'Tags.team', Value: 'red' },
              { Name: 'TrainingJobName', Operator: 'In', Value: 's-gamma,s-alpha' },
            ],
          },
        ],
      },
      true,
    ],
    [
      'an Or with a branch that cannot narrow (not used)',
      {
        Operator: 'Or',
        SubExpressions: [
          { Filters: [{ Name: 'TrainingJobName', Value: 'x-delta' }] },
          { Filters: [{ Name: 'Tags.team', Value: 'red' }] },
        ],
      },
      false,
    ],
    [
      'Or (not used)',
      {
        Operator: 'Or',
        Filters: [
          { Name: 'TrainingJobName', Value: 's-alpha' },
          { Name: 'Tags.env', Value: 'dev' },
        ],
      },
      false,
    ],
  ])('gives the same results as a scan for %s', (_, SearchExpression, used) => {
    lookup.mockClear();
    const request: SearchRequest = { Resource: 'TrainingJob', SearchExpression, MaxResults: 2 };
    const scanned = allPages(request, JOBS);
    const pages: string[][] = [];
    let NextToken: string | undefined;
    do {
      const page = runSearch({ ...request, NextToken }, JOBS, { lookup });
      pages.push(names(page.Results));
      expect(page.TotalHits).toEqual(runSearch({ ...request, NextToken }, JOBS).TotalHits);
      NextToken = page.NextToken;
    } while (NextToken);
    expect(pages).toEqual(scanned);
    expect(lookup.mock.calls.length > 0).toBe(used);
  });
});

describe('against a reference filter (property)', () => {
  type Op = NonNullable<Filter['Operator']>;
  type Kind = 'text' | 'number' | 'timestamp' | 'boolean' | 'hyper' | 'list';
  const PROPS: Record<
    string,
    { kind: Kind; get: (job: TrainingJob) => unknown[]; values: string[] }
  > = {
    TrainingJobName: {
      kind: 'text',
      get: (j) => [j.TrainingJobName],
      values: ['s-alpha', 's-', 'x-delta,s-beta'],
    },
    TrainingJobStatus: {
      kind: 'text',
      get: (j) => [j.TrainingJobStatus],
      values: ['Completed', 'Failed'],
    },
    BillableTimeInSeconds: {
      kind: 'number',
      get: (j) => [j.BillableTimeInSeconds],
      values: ['100', '300', 'x'],
    },
    CreationTime: {
      kind: 'timestamp',
      get: (j) => [j.CreationTime],
      values: [PIVOT, '2024-01-01T00:00:00', 'now'],
    },
    EnableManagedSpotTraining: {
      kind: 'boolean',
      get: (j) => [j.EnableManagedSpotTraining],
      values: ['true', 'false'],
    },
    'Tags.team': {
      kind: 'text',
      get: (j) => (j.Tags ?? []).filter((t) => t.Key === 'team').map((t) => t.Value),
      values: ['red', 'blue', 're'],
    },
    'Metrics.validation:accuracy': {
      kind: 'number',
      get: (j) =>
        (j.FinalMetricDataList ?? [])
          .filter((m) => m.MetricName === 'validation:accuracy')
          .map((m) => m.Value),
      values: ['0.8', '0.95'],
    },
    'HyperParameters.decay': {
      kind: 'hyper',
      get: (j) => [j.HyperParameters?.decay],
      values: ['1', '1.0', 'auto', '0'],
    },
    'InputDataConfig.ChannelName': {
      kind: 'list',
      get: (j) => (j.InputDataConfig ?? []).map((c) => c.ChannelName),
      values: ['train', 'validation', 'train,test'],
    },
  };
  const OPS: Op[] = [
    'Equals',
    'NotEquals',
    'GreaterThan',
    'GreaterThanOrEqualTo',
    'LessThan',
    'LessThanOrEqualTo',
    'Contains',
    'Exists',
    'NotExists',
    'In',
  ];
  const RANGE: Partial<Record<Op, (a: number, b: number) => boolean>> = {
    Equals: (a, b) => a === b,
    NotEquals: (a, b) => a === b,
    GreaterThan: (a, b) => a > b,
    GreaterThanOrEqualTo: (a, b) => a >= b,
    LessThan: (a, b) => a < b,
    LessThanOrEqualTo: (a, b) => a <= b,
  };
  const numeric = (s: string) => (/^-?\d+(\.\d+)?$/.test(s) ? Number(s) : undefined);

  class Invalid extends Error {}

  /** A direct, unoptimised reading of the documented semantics. */
  const matches = (job: TrainingJob, f: Filter): boolean => {
    const prop = PROPS[f.Name as string];
    if (!prop) throw new Invalid();
    const op = f.Operator ?? 'Equals';
    const values = prop.get(job).filter((v) => v !== undefined);
    if (op === 'Exists') return values.length > 0;
    if (op === 'NotExists') return values.length === 0;
    const value = f.Value as string;
    const text = prop.kind === 'text' || prop.kind === 'hyper' || prop.kind === 'list';
    const range = op !== 'Equals' && op !== 'NotEquals' && RANGE[op] !== undefined;
    if ((op === 'In' || op === 'Contains') && !text) throw new Invalid();
    if (range && (prop.kind === 'text' || prop.kind === 'list' || prop.kind === 'boolean'))
      throw new Invalid();
    let test: (v: unknown) => boolean;
    if (op === 'In') test = (v) => value.split(',').includes(v as string);
    else if (op === 'Contains') test = (v) => (v as string).includes(value);
    else {
      const cmp = RANGE[op] as (a: number, b: number) => boolean;
      if (prop.kind === 'number') {
        const n = numeric(value);
        if (n === undefined) throw new Invalid();
        test = (v) => cmp(v as number, n);
      } else if (prop.kind === 'timestamp') {
        const ms = Date.parse(`${value}Z`);
        if (!/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/.test(value) || Number.isNaN(ms))
          throw new Invalid();
        test = (v) => cmp(Math.floor((v as Date).getTime() / 1000), ms / 1000);
      } else if (prop.kind === 'boolean') {
        test = (v) => String(v) === value;
      } else if (prop.kind === 'hyper') {
        const n = numeric(value);
        if (n === undefined && range) throw new Invalid();
        test = (v) => {
          const h = numeric(v as string);
          if (n === undefined || h === undefined) return !range && v === value;
          return cmp(value.includes('.') ? h : Math.trunc(h), n);
        };
      } else {
        test = (v) => v === value;
      }
    }
    if (op === 'NotEquals') return values.length > 0 && !values.some(test);
    return values.some(test);
  };

  const evaluate = (job: TrainingJob, e: SearchExpression): boolean => {
    const parts = [
      ...(e.Filters ?? []).map((f) => matches(job, f)),
      ...(e.SubExpressions ?? []).map((s) => evaluate(job, s)),
    ];
    return e.Operator === 'Or' ? parts.some(Boolean) : parts.every(Boolean);
  };

  const countContains = (e: SearchExpression): number =>
    (e.Filters ?? []).filter((f) => f.Operator === 'Contains').length +
    (e.SubExpressions ?? []).reduce((n, s) => n + countContains(s), 0);

  const filterArb: fc.Arbitrary<Filter> = fc.constantFrom(...Object.keys(PROPS)).chain((Name) =>
    fc.record({
      Name: fc.constant(Name),
      Operator: fc.constantFrom(...OPS),
      Value: fc.constantFrom(...(PROPS[Name]?.values ?? [])),
    }),
  );
  const expressionArb: fc.Arbitrary<SearchExpression> = fc.letrec<{ expr: SearchExpression }>(
    (tie) => ({
      expr: fc.record({
        Filters: fc.array(filterArb, { minLength: 1, maxLength: 3 }),
        SubExpressions: fc.option(fc.array(tie('expr'), { minLength: 1, maxLength: 2 }), {
          nil: undefined,
          depthSize: 'small',
        }),
        Operator: fc.constantFrom<'And' | 'Or'>('And', 'Or'),
      }),
    }),
  ).expr;

  it('accepts and rejects the same expressions, and matches the same jobs', () => {
    fc.assert(
      fc.property(expressionArb, (expression) => {
        let expected: string[] | 'invalid';
        try {
          expected =
            countContains(expression) > 1
              ? 'invalid'
              : JOBS.filter((job) => evaluate(job, expression))
                  .map((job) => job.TrainingJobName as string)
                  .sort();
        } catch (error) {
          if (!(error instanceof Invalid)) throw error;
          expected = 'invalid';
        }
        let actual: string[] | 'invalid';
        try {
          actual = hits(expression);
        } catch (error) {
          if (!(error instanceof SageMakerError)) throw error;
          actual = 'invalid';
        }
        expect(actual).toEqual(expected);
      }),
      { numRuns: 400 },
    );
  });
});
