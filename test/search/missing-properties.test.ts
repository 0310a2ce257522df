import type {
  Channel,
  Filter,
  NestedFilters,
  SearchExpression,
  TrainingJob,
} from '@aws-sdk/client-sagemaker';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileExpression } from '../../src/emulator/search/evaluate.js';
import { compileSearch } from '../../src/search/compile.js';
import { SearchInputError } from '../../src/search/input-error.js';
import type { FilterInput } from '../../src/search/inputs.js';
import { BASE, filters, LR, NAMES, STATUSES, TEAMS, TYPES } from './random-filters.js';
import { reference } from './reference.js';

// The README promises that ne and not never match a resource lacking the property. AWS does not
// say what NotEquals does with a missing property; the emulator's NotEquals does not match one,
// but search engines of this kind commonly do. So the compiled expression is evaluated here with
// a NotEquals that also matches a missing property, and must still give the spec's answer.

/** NotEquals F, as an engine that matches missing properties reads it: F or NotExists. */
const tolerantFilter = (filter: Filter): SearchExpression => ({
  Operator: 'Or',
  Filters: [filter, { Name: filter.Name, Operator: 'NotExists' }],
});

/**
 * A nested filter holds no sub-expressions: one with k NotEquals becomes the Or of its 2^k
 * variants (each NotEquals kept or turned into NotExists), which distributes over "one element".
 */
const tolerantNested = (nested: NestedFilters): NestedFilters[] => {
  let variants: Filter[][] = [[]];
  for (const filter of nested.Filters ?? []) {
    const options: Filter[] =
      filter.Operator === 'NotEquals'
        ? [filter, { Name: filter.Name, Operator: 'NotExists' }]
        : [filter];
    variants = variants.flatMap((prefix) => options.map((option) => [...prefix, option]));
  }
  return variants.map((Filters) => ({ NestedPropertyName: nested.NestedPropertyName, Filters }));
};

const tolerant = (expression: SearchExpression): SearchExpression => {
  const filters = expression.Filters ?? [];
  const subs: SearchExpression[] = [
    ...filters.filter((f) => f.Operator === 'NotEquals').map(tolerantFilter),
    ...(expression.NestedFilters ?? []).map((nested) => ({
      Operator: 'Or' as const,
      NestedFilters: tolerantNested(nested),
    })),
    ...(expression.SubExpressions ?? []).map(tolerant),
  ];
  const rest = filters.filter((f) => f.Operator !== 'NotEquals');
  return {
    Operator: expression.Operator ?? 'And',
    ...(rest.length > 0 ? { Filters: rest } : {}),
    ...(subs.length > 0 ? { SubExpressions: subs } : {}),
  };
};

// Random training jobs: every property a random filter touches is missing on some.
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const channel: fc.Arbitrary<Channel> = fc
  .record({
    name: fc.constantFrom('train', 'validation', 'test'),
    uri: maybe(fc.constantFrom('s3://b/1/train', 's3://b/0/eval', 's3://b/1/x')),
    contentType: maybe(fc.constantFrom('text/csv', 'application/json')),
  })
  .map(({ name, uri, contentType }) => ({
    ChannelName: name,
    // A channel without an S3 URI is not a valid SageMaker record, but it is a missing property.
    DataSource: (uri === undefined
      ? {}
      : { S3DataSource: { S3DataType: 'S3Prefix', S3Uri: uri } }) as Channel['DataSource'],
    ...(contentType === undefined ? {} : { ContentType: contentType }),
  }));

const job: fc.Arbitrary<TrainingJob> = fc
  .record({
    name: fc.constantFrom(...NAMES, 'job-7', 'job-20'),
    status: maybe(fc.constantFrom(...STATUSES)),
    type: maybe(fc.constantFrom(...TYPES)),
    count: maybe(fc.integer({ min: 0, max: 5 })),
    hours: fc.integer({ min: -2, max: 50 }),
    image: maybe(fc.constantFrom('img/tf:1', 'img/xgboost:0', 'img/pytorch:2')),
    accuracy: maybe(fc.constantFrom(0, 0.3, 0.5, 0.9, 1)),
    lr: maybe(fc.constantFrom(...LR)),
    team: maybe(fc.constantFrom(...TEAMS, 'green')),
    channels: fc.array(channel, { maxLength: 3 }),
  })
  .map((r) => {
    const doc: TrainingJob = {
      TrainingJobName: r.name,
      CreationTime: new Date(BASE + r.hours * 3_600_000),
      AlgorithmSpecification: {
        TrainingInputMode: 'File',
        ...(r.image === undefined ? {} : { TrainingImage: r.image }),
      },
      InputDataConfig: r.channels,
    };
    if (r.status !== undefined)
      doc.TrainingJobStatus = r.status as TrainingJob['TrainingJobStatus'];
    if (r.type !== undefined || r.count !== undefined) {
      doc.ResourceConfig = {
        VolumeSizeInGB: 10,
        ...(r.type === undefined ? {} : { InstanceType: r.type as never }),
        ...(r.count === undefined ? {} : { InstanceCount: r.count }),
      };
    }
    if (r.accuracy !== undefined) {
      doc.FinalMetricDataList = [{ MetricName: 'validation:accuracy', Value: r.accuracy }];
    }
    if (r.lr !== undefined) doc.HyperParameters = { lr: r.lr };
    return Object.assign(doc, {
      Tags: r.team === undefined ? [] : [{ Key: 'team', Value: r.team }],
    });
  });

const compiled = (filter: FilterInput): SearchExpression | undefined => {
  try {
    return compileSearch('TrainingJob', filter).SearchExpression;
  } catch (error) {
    if (error instanceof SearchInputError) return undefined;
    throw error;
  }
};

describe('compileSearch: meaning independent of NotEquals on missing properties', () => {
  it('matches exactly the spec, even where NotEquals matches missing properties', () => {
    let negative = 0;
    fc.assert(
      fc.property(filters(3), fc.array(job, { minLength: 1, maxLength: 12 }), (filter, docs) => {
        const expression = compiled(filter);
        if (!expression) return;
        if (JSON.stringify(expression).includes('NotEquals')) negative += 1;
        const strict = compileExpression('TrainingJob', expression);
        const lenient = compileExpression('TrainingJob', tolerant(expression));
        for (const doc of docs) {
          const spec = reference(filter, doc) === true;
          expect(lenient(doc)).toBe(spec);
          expect(strict(doc)).toBe(spec);
        }
      }),
      { numRuns: 500, seed: 3 },
    );
    // Not vacuous: many of the compiled filters hold a NotEquals.
    expect(negative).toBeGreaterThan(100);
  });

  it('would tell: a bare NotEquals matches a missing property under the lenient reading', () => {
    const bare = tolerant({
      Filters: [{ Name: 'TrainingJobStatus', Operator: 'NotEquals', Value: 'Failed' }],
    });
    expect(compileExpression('TrainingJob', bare)({ TrainingJobName: 'x', Tags: [] })).toBe(true);
  });
});
