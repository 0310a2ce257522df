import type { Filter } from '@aws-sdk/client-sagemaker';
import { describe, expect, it } from 'vitest';
import { compileSearch } from '../../src/search/compile.js';
import { SearchInputError } from '../../src/search/input-error.js';
import type { FilterInput } from '../../src/search/inputs.js';

const f = (Name: string, Operator: Filter['Operator'], Value?: string): Filter =>
  Value === undefined ? { Name, Operator } : { Name, Operator, Value };

const expression = (filter: FilterInput) => compileSearch('TrainingJob', filter).SearchExpression;

/** The error a compilation throws, with its code. */
const failure = (run: () => unknown): { code: string; message: string } => {
  try {
    run();
  } catch (error) {
    if (error instanceof SearchInputError) {
      return { code: String(error.extensions.code), message: error.message };
    }
    throw error;
  }
  throw new Error('expected a SearchInputError');
};

describe('compileSearch: operators', () => {
  it('compiles every StringFilter operator', () => {
    expect(
      expression({
        name: { eq: 'a', ne: 'b', in: ['c', 'd'], contains: 'e', exists: true },
      }),
    ).toEqual({
      Operator: 'And',
      Filters: [
        f('TrainingJobName', 'Equals', 'a'),
        f('TrainingJobName', 'NotEquals', 'b'),
        f('TrainingJobName', 'In', 'c,d'),
        f('TrainingJobName', 'Contains', 'e'),
        f('TrainingJobName', 'Exists'),
      ],
    });
    expect(expression({ failureReason: { exists: false } })).toEqual({
      Filters: [f('FailureReason', 'NotExists')],
    });
  });

  it('compiles a one-value in to Equals and enum filters to text filters', () => {
    expect(
      expression({ status: { in: ['Completed'] }, instanceType: { ne: 'ml.m5.large' } }),
    ).toEqual({
      Operator: 'And',
      Filters: [
        f('TrainingJobStatus', 'Equals', 'Completed'),
        f('ResourceConfig.InstanceType', 'NotEquals', 'ml.m5.large'),
        // ne never matches a job without an instance type, whatever NotEquals does with one.
        f('ResourceConfig.InstanceType', 'Exists'),
      ],
    });
  });

  it('compiles every IntFilter operator', () => {
    expect(
      expression({ instanceCount: { eq: 1, ne: 2, gt: 3, gte: 4, lt: 5, lte: 6, exists: true } }),
    ).toEqual({
      Operator: 'And',
      Filters: [
        f('ResourceConfig.InstanceCount', 'Equals', '1'),
        f('ResourceConfig.InstanceCount', 'NotEquals', '2'),
        f('ResourceConfig.InstanceCount', 'GreaterThan', '3'),
        f('ResourceConfig.InstanceCount', 'GreaterThanOrEqualTo', '4'),
        f('ResourceConfig.InstanceCount', 'LessThan', '5'),
        f('ResourceConfig.InstanceCount', 'LessThanOrEqualTo', '6'),
        f('ResourceConfig.InstanceCount', 'Exists'),
      ],
    });
  });

  it('compiles FloatFilter values as decimals', () => {
    expect(
      compileSearch('HyperParameterTuningJob', { bestObjectiveValue: { gte: 0.25, lt: 1 } })
        .SearchExpression,
    ).toEqual({
      Operator: 'And',
      Filters: [
        f(
          'BestTrainingJob.FinalHyperParameterTuningJobObjectiveMetric.Value',
          'GreaterThanOrEqualTo',
          '0.25',
        ),
        f('BestTrainingJob.FinalHyperParameterTuningJobObjectiveMetric.Value', 'LessThan', '1'),
      ],
    });
  });

  it('compiles every DateTimeFilter operator at second precision in UTC', () => {
    const at = new Date('2024-03-04T05:06:07.890Z');
    expect(
      expression({ creationTime: { eq: at, gt: at, gte: at, lt: at, lte: at, exists: true } }),
    ).toEqual({
      Operator: 'And',
      Filters: [
        f('CreationTime', 'Equals', '2024-03-04T05:06:07'),
        f('CreationTime', 'GreaterThan', '2024-03-04T05:06:07'),
        f('CreationTime', 'GreaterThanOrEqualTo', '2024-03-04T05:06:07'),
        f('CreationTime', 'LessThan', '2024-03-04T05:06:07'),
        f('CreationTime', 'LessThanOrEqualTo', '2024-03-04T05:06:07'),
        f('CreationTime', 'Exists'),
      ],
    });
  });

  it('takes date-times from the epoch to the end of year 9999', () => {
    expect(
      expression({
        creationTime: {
          gte: new Date('1970-01-01T00:00:00Z'),
          lte: new Date('9999-12-31T23:59:59.999Z'),
          lt: '2024-03-04T05:06:07+01:00',
        },
      }),
    ).toEqual({
      Operator: 'And',
      Filters: [
        f('CreationTime', 'GreaterThanOrEqualTo', '1970-01-01T00:00:00'),
        f('CreationTime', 'LessThanOrEqualTo', '9999-12-31T23:59:59'),
        f('CreationTime', 'LessThan', '2024-03-04T04:06:07'),
      ],
    });
  });

  it('compiles BooleanFilter', () => {
    expect(expression({ enableManagedSpotTraining: { eq: false, exists: true } })).toEqual({
      Operator: 'And',
      Filters: [
        f('EnableManagedSpotTraining', 'Equals', 'false'),
        f('EnableManagedSpotTraining', 'Exists'),
      ],
    });
  });

  it('compiles metric, hyperparameter and tag filters', () => {
    expect(
      expression({
        metrics: [{ name: 'validation:accuracy', gt: 0.9, exists: true }],
        hyperParameters: [
          { name: 'eta', lt: 1, gte: 0.01 },
          { name: 'max_depth', eq: '5' },
          { name: 'optimizer', ne: 'adam' },
        ],
        tags: [
          { key: 'team', eq: 'vision' },
          { key: 'stage', in: ['dev', 'prod'], contains: 'o' },
          { key: 'owner', exists: false },
        ],
      }),
    ).toEqual({
      Operator: 'And',
      Filters: [
        f('Metrics.validation:accuracy', 'GreaterThan', '0.9'),
        f('Metrics.validation:accuracy', 'Exists'),
        // Integral Values are sent as decimals so SageMaker does not truncate hyperparameters.
        f('HyperParameters.eta', 'LessThan', '1.0'),
        f('HyperParameters.eta', 'GreaterThanOrEqualTo', '0.01'),
        f('HyperParameters.max_depth', 'Equals', '5.0'),
        f('HyperParameters.optimizer', 'NotEquals', 'adam'),
        f('HyperParameters.optimizer', 'Exists'),
        f('Tags.team', 'Equals', 'vision'),
        f('Tags.stage', 'In', 'dev,prod'),
        f('Tags.stage', 'Contains', 'o'),
        f('Tags.owner', 'NotExists'),
      ],
    });
  });

  it('compiles list filters to NestedFilters, an in to one In', () => {
    expect(
      expression({
        inputChannel: { name: { in: ['train', 'validation'] }, s3Uri: { contains: 's3://data/' } },
      }),
    ).toEqual({
      NestedFilters: [
        {
          NestedPropertyName: 'InputDataConfig',
          Filters: [
            f('InputDataConfig.ChannelName', 'In', 'train,validation'),
            f('InputDataConfig.DataSource.S3DataSource.S3Uri', 'Contains', 's3://data/'),
          ],
        },
      ],
    });
    expect(
      compileSearch('Endpoint', {
        status: { eq: 'InService' },
        variant: { currentInstanceCount: { gte: 2 } },
      }).SearchExpression,
    ).toEqual({
      Operator: 'And',
      Filters: [f('EndpointStatus', 'Equals', 'InService')],
      NestedFilters: [
        {
          NestedPropertyName: 'ProductionVariants',
          Filters: [f('ProductionVariants.CurrentInstanceCount', 'GreaterThanOrEqualTo', '2')],
        },
      ],
    });
    expect(
      compileSearch('ModelPackage', { container: { framework: { eq: 'PYTORCH' } } })
        .SearchExpression,
    ).toEqual({
      NestedFilters: [
        {
          NestedPropertyName: 'InferenceSpecification.Containers',
          Filters: [f('InferenceSpecification.Containers.Framework', 'Equals', 'PYTORCH')],
        },
      ],
    });
  });
});

describe('compileSearch: empty and null input', () => {
  it('adds no expression for an omitted, null or empty filter and skips null operators', () => {
    expect(compileSearch('Endpoint', undefined)).toEqual({});
    expect(compileSearch('Endpoint', null)).toEqual({});
    expect(compileSearch('Endpoint', {})).toEqual({});
    expect(compileSearch('Endpoint', { name: null, status: { eq: null, ne: 'Failed' } })).toEqual({
      SearchExpression: {
        Operator: 'And',
        Filters: [f('EndpointStatus', 'NotEquals', 'Failed'), f('EndpointStatus', 'Exists')],
      },
    });
  });
});

describe('compileSearch: rewrites', () => {
  it('flattens nested and/or', () => {
    expect(
      expression({
        and: [
          { and: [{ name: { eq: 'a' } }, { status: { eq: 'Completed' } }] },
          { instanceCount: { gt: 1 } },
        ],
      }),
    ).toEqual({
      Operator: 'And',
      Filters: [
        f('TrainingJobName', 'Equals', 'a'),
        f('TrainingJobStatus', 'Equals', 'Completed'),
        f('ResourceConfig.InstanceCount', 'GreaterThan', '1'),
      ],
    });
    expect(
      expression({
        or: [
          { or: [{ instanceCount: { eq: 1 } }, { instanceCount: { eq: 2 } }] },
          { billableTimeInSeconds: { lt: 9 } },
        ],
      }),
    ).toEqual({
      Operator: 'Or',
      Filters: [
        f('ResourceConfig.InstanceCount', 'Equals', '1'),
        f('ResourceConfig.InstanceCount', 'Equals', '2'),
        f('BillableTimeInSeconds', 'LessThan', '9'),
      ],
    });
  });

  it('merges equalities on one text property under or into In, keeping values In cannot carry', () => {
    expect(
      expression({
        or: [
          { name: { eq: 'a' } },
          { status: { eq: 'Failed' } },
          { name: { in: ['b', 'a', 'c,d', ' e'] } },
          { name: { eq: 'f' } },
        ],
      }),
    ).toEqual({
      Operator: 'Or',
      Filters: [
        f('TrainingJobName', 'In', 'a,b,f'),
        f('TrainingJobStatus', 'Equals', 'Failed'),
        f('TrainingJobName', 'Equals', 'c,d'),
        f('TrainingJobName', 'Equals', ' e'),
      ],
    });
  });

  it('splits In lists at 1024 characters', () => {
    const names = Array.from({ length: 6 }, (_, i) => `${i}`.padEnd(300, 'x'));
    expect(expression({ name: { in: names } })).toEqual({
      Operator: 'Or',
      Filters: [
        f('TrainingJobName', 'In', names.slice(0, 3).join(',')),
        f('TrainingJobName', 'In', names.slice(3).join(',')),
      ],
    });
    expect(expression({ name: { in: ['x'.repeat(1000), 'y'.repeat(1000)] } })).toEqual({
      Operator: 'Or',
      Filters: [
        f('TrainingJobName', 'Equals', 'x'.repeat(1000)),
        f('TrainingJobName', 'Equals', 'y'.repeat(1000)),
      ],
    });
  });

  it('splits lists longer than 20 into sub-expressions of the same operator', () => {
    const or = Array.from({ length: 25 }, (_, i) => ({ instanceCount: { eq: i } }));
    const filters = or.map((_, i) => f('ResourceConfig.InstanceCount', 'Equals', `${i}`));
    expect(expression({ or })).toEqual({
      Operator: 'Or',
      Filters: filters.slice(0, 20),
      SubExpressions: [{ Operator: 'Or', Filters: filters.slice(20) }],
    });
  });

  it('pushes not down: eq↔ne, range flips, exists flips, in → all ne, De Morgan', () => {
    // Every NotEquals comes with an Exists on its property, grouped per property under an Or.
    expect(
      expression({
        not: {
          name: { eq: 'a', ne: 'b' },
          instanceCount: { gt: 1, gte: 2, lt: 3, lte: 4, exists: true },
          status: { in: ['Failed', 'Stopped'] },
        },
      }),
    ).toEqual({
      Operator: 'Or',
      Filters: [
        f('TrainingJobName', 'Equals', 'b'),
        f('ResourceConfig.InstanceCount', 'LessThanOrEqualTo', '1'),
        f('ResourceConfig.InstanceCount', 'LessThan', '2'),
        f('ResourceConfig.InstanceCount', 'GreaterThanOrEqualTo', '3'),
        f('ResourceConfig.InstanceCount', 'GreaterThan', '4'),
        f('ResourceConfig.InstanceCount', 'NotExists'),
      ],
      SubExpressions: [
        {
          Operator: 'And',
          Filters: [f('TrainingJobName', 'Exists'), f('TrainingJobName', 'NotEquals', 'a')],
        },
        {
          Operator: 'And',
          Filters: [
            f('TrainingJobStatus', 'Exists'),
            f('TrainingJobStatus', 'NotEquals', 'Failed'),
            f('TrainingJobStatus', 'NotEquals', 'Stopped'),
          ],
        },
      ],
    });
    expect(
      expression({ not: { or: [{ name: { eq: 'a' } }, { tags: [{ key: 't', exists: false }] }] } }),
    ).toEqual({
      Operator: 'And',
      Filters: [
        f('TrainingJobName', 'Exists'),
        f('TrainingJobName', 'NotEquals', 'a'),
        f('Tags.t', 'Exists'),
      ],
    });
    expect(expression({ not: { not: { name: { eq: 'a' } } } })).toEqual({
      Filters: [f('TrainingJobName', 'Equals', 'a')],
    });
  });

  it('adds an Exists to ne wherever it compiles, once per property', () => {
    expect(expression({ name: { ne: 'a' }, not: { name: { eq: 'b' } } })).toEqual({
      Operator: 'And',
      Filters: [
        f('TrainingJobName', 'NotEquals', 'a'),
        f('TrainingJobName', 'Exists'),
        f('TrainingJobName', 'NotEquals', 'b'),
      ],
    });
    expect(
      expression({ inputChannel: { name: { ne: 'train' }, s3Uri: { eq: 's3://x' } } }),
    ).toEqual({
      NestedFilters: [
        {
          NestedPropertyName: 'InputDataConfig',
          Filters: [
            f('InputDataConfig.ChannelName', 'NotEquals', 'train'),
            f('InputDataConfig.ChannelName', 'Exists'),
            f('InputDataConfig.DataSource.S3DataSource.S3Uri', 'Equals', 's3://x'),
          ],
        },
      ],
    });
    // An Exists the user asked for is not repeated; a negated exists is its own disjunct.
    expect(expression({ tags: [{ key: 't', ne: 'a', exists: true }] })).toEqual({
      Operator: 'And',
      Filters: [f('Tags.t', 'NotEquals', 'a'), f('Tags.t', 'Exists')],
    });
    expect(expression({ not: { tags: [{ key: 't', eq: 'a', exists: false }] } })).toEqual({
      Operator: 'Or',
      Filters: [f('Tags.t', 'Exists')],
      SubExpressions: [
        { Operator: 'And', Filters: [f('Tags.t', 'Exists'), f('Tags.t', 'NotEquals', 'a')] },
      ],
    });
  });

  it('ANDs guard filters at the top, around an or the user wrote', () => {
    const guard = [f('Tags.tenant', 'Equals', 'acme')];
    expect(
      compileSearch(
        'TrainingJob',
        { or: [{ name: { eq: 'a' } }, { status: { eq: 'Failed' } }] },
        null,
        {
          guard,
        },
      ).SearchExpression,
    ).toEqual({
      Operator: 'And',
      Filters: guard,
      SubExpressions: [
        {
          Operator: 'Or',
          Filters: [
            f('TrainingJobName', 'Equals', 'a'),
            f('TrainingJobStatus', 'Equals', 'Failed'),
          ],
        },
      ],
    });
    expect(compileSearch('TrainingJob', null, null, { guard }).SearchExpression).toEqual({
      Filters: guard,
    });
  });
});

describe('compileSearch: guard limits', () => {
  it('counts guard filters toward the limits', () => {
    const or = Array.from({ length: 48 }, (_, i) => ({ instanceCount: { eq: i } }));
    expect(expression({ or })?.SubExpressions).toHaveLength(2);
    const guard = [f('Tags.tenant', 'Equals', 'acme')];
    expect(failure(() => compileSearch('TrainingJob', { or }, null, { guard }))).toEqual({
      code: 'FILTER_LIMIT_EXCEEDED',
      message:
        'The filter needs 52 Search elements (filters, nested filters and sub-expressions) after rewriting; SageMaker Search allows 50. Use fewer conditions or shorter in lists.',
    });
    expect(
      failure(() =>
        compileSearch('TrainingJob', { name: { contains: 'a' } }, null, {
          guard: [f('Tags.tenant', 'Contains', 'acme')],
        }),
      ),
    ).toEqual({
      code: 'FILTER_LIMIT_EXCEEDED',
      message:
        'The filter uses 2 contains conditions (filter.name.contains, guard); SageMaker Search allows 1 per search.',
    });
  });
});

describe('compileSearch: order', () => {
  it('maps a field or a metric to SortBy and the direction to SortOrder', () => {
    expect(
      compileSearch('TrainingJob', null, { field: 'TRAINING_END_TIME', direction: 'ASC' }),
    ).toEqual({
      SortBy: 'TrainingEndTime',
      SortOrder: 'Ascending',
    });
    expect(
      compileSearch('TrainingJob', null, { metric: 'validation:accuracy', direction: 'DESC' }),
    ).toEqual({ SortBy: 'Metrics.validation:accuracy', SortOrder: 'Descending' });
    expect(compileSearch('ModelPackage', null, { field: 'VERSION', direction: 'DESC' })).toEqual({
      SortBy: 'ModelPackageVersion',
      SortOrder: 'Descending',
    });
  });
});

describe('compileSearch: errors name the rule and the input', () => {
  const cases: [string, () => unknown, string, string][] = [
    [
      'an operator object without operators',
      () => expression({ name: { eq: null } }),
      'BAD_USER_INPUT',
      'filter.name has no operator: give at least one of eq, ne, in, contains, exists, or leave the field out.',
    ],
    [
      'a filter without conditions inside and/or/not',
      () => expression({ or: [{ name: { eq: 'a' } }, {}] }),
      'BAD_USER_INPUT',
      'filter.or[1] has no condition: a filter inside and, or or not must set at least one field.',
    ],
    [
      'an empty and list',
      () => expression({ and: [] }),
      'BAD_USER_INPUT',
      'filter.and must not be empty: give at least one item, or leave it out.',
    ],
    [
      'an empty in list',
      () => expression({ status: { in: [] } }),
      'BAD_USER_INPUT',
      'filter.status.in must not be empty: give at least one item, or leave it out.',
    ],
    [
      'an empty value',
      () => expression({ tags: [{ key: 'team', eq: '' }] }),
      'BAD_USER_INPUT',
      'filter.tags[0].eq must not be empty: SageMaker Search compares non-empty values (use exists: false to find resources without the property).',
    ],
    [
      'an empty tag key',
      () => expression({ tags: [{ key: '', exists: true }] }),
      'BAD_USER_INPUT',
      'filter.tags[0].key must not be empty.',
    ],
    [
      'a value over 1024 characters',
      () => expression({ name: { eq: 'x'.repeat(1025) } }),
      'FILTER_LIMIT_EXCEEDED',
      'filter.name.eq is 1025 characters long; SageMaker Search allows at most 1024 per value.',
    ],
    [
      'a value with a line break (FilterValue matches .+ as a whole)',
      () => expression({ tags: [{ key: 'team', eq: 'a\nb' }] }),
      'BAD_USER_INPUT',
      'filter.tags[0].eq must not hold a line break: SageMaker Search values match .+ on one line, but got "a\\nb".',
    ],
    [
      'a tag key with a line break, clipped in the message',
      () => expression({ tags: [{ key: `${'k'.repeat(200)}\u2028`, exists: true }] }),
      'BAD_USER_INPUT',
      `filter.tags[0].key must not hold a line break: SageMaker Search property names match .+ on one line, but got "${'k'.repeat(100)}…" (201 characters).`,
    ],
    [
      'a hyperparameter value over 1024 characters once sent as a decimal',
      () => expression({ hyperParameters: [{ name: 'h', eq: '9'.repeat(1023) }] }),
      'FILTER_LIMIT_EXCEEDED',
      'filter.hyperParameters[0].eq is 1025 characters long as sent ("999999.0" at its end); SageMaker Search allows at most 1024 per value.',
    ],
    [
      'a hyperparameter value of spaces only',
      () => expression({ hyperParameters: [{ name: 'h', ne: '   ' }] }),
      'BAD_USER_INPUT',
      'filter.hyperParameters[0].ne must not be empty: SageMaker Search compares non-empty values (use exists: false to find resources without the property).',
    ],
    [
      'a number that is not finite (only reachable without GraphQL validation)',
      () => expression({ instanceCount: { gt: Number.POSITIVE_INFINITY } }),
      'BAD_USER_INPUT',
      'filter.instanceCount.gt must be a finite number, but got Infinity.',
    ],
    [
      'an order metric with a line break',
      () => compileSearch('TrainingJob', null, { metric: 'a\rb', direction: 'ASC' }),
      'BAD_USER_INPUT',
      'orderBy.metric must not hold a line break: SageMaker Search property names match .+ on one line, but got "a\\rb".',
    ],
    [
      'a negated contains',
      () => expression({ not: { name: { contains: 'x' } } }),
      'BAD_USER_INPUT',
      'filter.not.name.contains cannot be negated: SageMaker Search has no "does not contain" operator.',
    ],
    [
      'a negated list filter',
      () => expression({ not: { inputChannel: { name: { eq: 'train' } } } }),
      'BAD_USER_INPUT',
      'filter.not.inputChannel cannot be negated: SageMaker Search cannot say that no element of InputDataConfig matches.',
    ],
    [
      'an empty list filter',
      () => expression({ inputChannel: {} }),
      'BAD_USER_INPUT',
      'filter.inputChannel has no condition: set at least one of name, s3Uri, contentType, compressionType, inputMode, or leave it out.',
    ],
    [
      'an in with a comma inside a list filter',
      () => expression({ inputChannel: { name: { in: ['a', 'b,c'] } } }),
      'BAD_USER_INPUT',
      'filter.inputChannel.name.in holds "b,c", which has a comma or surrounding spaces; inside filter.inputChannel in takes plain values (use eq for a single such value).',
    ],
    [
      'a long in value with a comma inside a list filter, clipped in the message',
      () => expression({ inputChannel: { name: { in: ['a', `b,${'c'.repeat(500)}`] } } }),
      'BAD_USER_INPUT',
      `filter.inputChannel.name.in holds "b,${'c'.repeat(98)}…" (502 characters), which has a comma or surrounding spaces; inside filter.inputChannel in takes plain values (use eq for a single such value).`,
    ],
    [
      'an in too long for one list filter',
      () => expression({ inputChannel: { name: { in: ['a'.repeat(600), 'b'.repeat(600)] } } }),
      'FILTER_LIMIT_EXCEEDED',
      'filter.inputChannel.name.in needs 1201 characters as one comma-separated list; inside filter.inputChannel SageMaker Search allows 1024 (a nested filter cannot be split).',
    ],
    [
      'two contains',
      () => expression({ name: { contains: 'a' }, tags: [{ key: 't', contains: 'b' }] }),
      'FILTER_LIMIT_EXCEEDED',
      'The filter uses 2 contains conditions (filter.name.contains, filter.tags[0].contains); SageMaker Search allows 1 per search.',
    ],
    [
      'more than 50 elements',
      () =>
        expression({ or: Array.from({ length: 51 }, (_, i) => ({ instanceCount: { eq: i } })) }),
      'FILTER_LIMIT_EXCEEDED',
      'The filter needs 53 Search elements (filters, nested filters and sub-expressions) after rewriting; SageMaker Search allows 50. Use fewer conditions or shorter in lists.',
    ],
    [
      'a property name over 255 characters',
      () => expression({ metrics: [{ name: 'm'.repeat(250), gt: 1 }] }),
      'FILTER_LIMIT_EXCEEDED',
      'filter.metrics[0].name makes the Search property Metrics.<250 characters> 258 characters long; SageMaker Search allows 255.',
    ],
    [
      'an order metric over 255 characters',
      () => compileSearch('TrainingJob', null, { metric: 'm'.repeat(250), direction: 'ASC' }),
      'FILTER_LIMIT_EXCEEDED',
      'orderBy.metric makes the Search property Metrics.<250 characters> 258 characters long; SageMaker Search allows 255.',
    ],
    [
      'a field the resource has not (only reachable without GraphQL validation)',
      () => compileSearch('Endpoint', { instanceCount: { eq: 1 } }),
      'BAD_USER_INPUT',
      'filter.instanceCount is not a filter field of endpoints.',
    ],
    [
      'an operator the filter has not',
      () => expression({ status: { contains: 'x' } }),
      'BAD_USER_INPUT',
      'filter.status.contains is not an operator of this filter; use one of eq, ne, in.',
    ],
    [
      'a list filter field it has not',
      () => expression({ inputChannel: { image: { eq: 'x' } } }),
      'BAD_USER_INPUT',
      'filter.inputChannel.image is not a field of InputChannelFilter.',
    ],
    [
      'an operator object that is not an object',
      () => expression({ name: 'job' }),
      'BAD_USER_INPUT',
      'filter.name must be an object of operators.',
    ],
    [
      'an unknown order field',
      () => compileSearch('Endpoint', null, { field: 'VERSION', direction: 'ASC' }),
      'BAD_USER_INPUT',
      'orderBy.field "VERSION" is not a sort field of endpoints; use one of NAME, STATUS, CREATION_TIME, LAST_MODIFIED_TIME.',
    ],
    [
      'a date after year 9999',
      () => expression({ creationTime: { gt: new Date(Date.UTC(10000, 0, 1)) } }),
      'BAD_USER_INPUT',
      'filter.creationTime.gt must be a date-time from 1970-01-01T00:00:00Z to 9999-12-31T23:59:59Z (SageMaker Search compares timestamps as YYYY-mm-ddTHH:MM:SS from the epoch on), but got +010000-01-01T00:00:00.000Z.',
    ],
    [
      'a date in year 0001 (SageMaker rejects it)',
      () => expression({ creationTime: { lt: new Date('0001-01-01T00:00:00Z') } }),
      'BAD_USER_INPUT',
      'filter.creationTime.lt must be a date-time from 1970-01-01T00:00:00Z to 9999-12-31T23:59:59Z (SageMaker Search compares timestamps as YYYY-mm-ddTHH:MM:SS from the epoch on), but got 0001-01-01T00:00:00.000Z.',
    ],
    [
      'a date in year 0000',
      () => expression({ creationTime: { eq: new Date('0000-06-01T00:00:00Z') } }),
      'BAD_USER_INPUT',
      'filter.creationTime.eq must be a date-time from 1970-01-01T00:00:00Z to 9999-12-31T23:59:59Z (SageMaker Search compares timestamps as YYYY-mm-ddTHH:MM:SS from the epoch on), but got 0000-06-01T00:00:00.000Z.',
    ],
    [
      'the second before the epoch, given as a string',
      () => expression({ creationTime: { gte: '1969-12-31T23:59:59Z' } }),
      'BAD_USER_INPUT',
      'filter.creationTime.gte must be a date-time from 1970-01-01T00:00:00Z to 9999-12-31T23:59:59Z (SageMaker Search compares timestamps as YYYY-mm-ddTHH:MM:SS from the epoch on), but got "1969-12-31T23:59:59Z".',
    ],
    [
      'an invalid date',
      () => expression({ creationTime: { gt: new Date(Number.NaN) } }),
      'BAD_USER_INPUT',
      'filter.creationTime.gt must be an ISO 8601 date-time, but got object.',
    ],
    [
      'a date-time string SageMaker cannot read',
      () => expression({ creationTime: { gt: 'yesterday' } }),
      'BAD_USER_INPUT',
      'filter.creationTime.gt must be an ISO 8601 date-time, but got "yesterday".',
    ],
    [
      'an order with field and metric',
      () => compileSearch('TrainingJob', null, { field: 'NAME', metric: 'm', direction: 'ASC' }),
      'BAD_USER_INPUT',
      'orderBy takes exactly one of field or metric, but got both.',
    ],
    [
      'an order with neither',
      () => compileSearch('Endpoint', null, { direction: 'ASC' }),
      'BAD_USER_INPUT',
      'orderBy needs a field.',
    ],
    [
      'an empty order metric',
      () => compileSearch('TrainingJob', null, { metric: '', direction: 'ASC' }),
      'BAD_USER_INPUT',
      'orderBy.metric must not be empty.',
    ],
    [
      'an order by metric for other resources',
      () => compileSearch('Endpoint', null, { metric: 'm', direction: 'ASC' }),
      'BAD_USER_INPUT',
      'orderBy.metric is not available for endpoints.',
    ],
  ];

  it.each(cases)('rejects %s', (_name, run, code, message) => {
    expect(failure(run)).toEqual({ code, message });
  });
});
