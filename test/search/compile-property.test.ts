import type { Filter, TrainingJob } from '@aws-sdk/client-sagemaker';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runSearch } from '../../src/emulator/search/engine.js';
import { validateRequest } from '../../src/emulator/search/validate-request.js';
import { compileSearch, countElements } from '../../src/search/compile.js';
import { SearchInputError } from '../../src/search/input-error.js';
import type { FilterInput } from '../../src/search/inputs.js';
import { BASE, filters, LR, NAMES, STATUSES, TEAMS, TYPES } from './random-filters.js';
import { reference, tagValue } from './reference.js';

// A fixed set of training jobs; every property the random filters touch is missing on some.
const docs: TrainingJob[] = Array.from({ length: 48 }, (_, i) => {
  const name = i < NAMES.length ? (NAMES[i] as string) : `job-${i}`;
  const doc: TrainingJob = {
    TrainingJobName: name,
    TrainingJobArn: `arn:aws:sagemaker:us-east-1:123456789012:training-job/${i}`,
    CreationTime: new Date(BASE + i * 3_600_500),
    AlgorithmSpecification: {
      TrainingInputMode: 'File',
      TrainingImage: `img/${['xgboost', 'pytorch', 'tf'][i % 3]}:${i % 5}`,
    },
    InputDataConfig: [
      {
        ChannelName: 'train',
        DataSource: { S3DataSource: { S3DataType: 'S3Prefix', S3Uri: `s3://b/${i % 3}/train` } },
      },
      {
        ChannelName: i % 2 ? 'validation' : 'test',
        DataSource: { S3DataSource: { S3DataType: 'S3Prefix', S3Uri: `s3://b/${i % 4}/eval` } },
        ...(i % 3 === 0 ? {} : { ContentType: i % 2 ? 'text/csv' : 'application/json' }),
      },
    ],
  };
  if (i % 11 !== 0) doc.TrainingJobStatus = STATUSES[i % 4] as TrainingJob['TrainingJobStatus'];
  if (i % 7 !== 0) {
    doc.ResourceConfig = {
      InstanceType: TYPES[i % 3] as never,
      InstanceCount: (i % 4) + 1,
      VolumeSizeInGB: 10,
    };
  }
  if (i % 6 !== 0) {
    doc.FinalMetricDataList = [{ MetricName: 'validation:accuracy', Value: (i % 10) / 10 }];
  }
  if (i % 9 !== 0) doc.HyperParameters = { lr: LR[i % LR.length] as string };
  const tags = i % 5 === 0 ? [] : [{ Key: 'team', Value: TEAMS[i % 4] as string }];
  return Object.assign(doc, { Tags: tags });
});

/** Compiles, or returns the typed rejection. */
const attempt = (filter: FilterInput, guard?: readonly Filter[]) => {
  try {
    return { search: compileSearch('TrainingJob', filter, null, guard ? { guard } : {}) };
  } catch (error) {
    if (error instanceof SearchInputError) return { error };
    throw error;
  }
};

const names = (filter: FilterInput, guard?: readonly Filter[]): string[] | undefined => {
  const { search } = attempt(filter, guard);
  if (!search) return undefined;
  const result = runSearch({ Resource: 'TrainingJob', MaxResults: 100, ...search }, docs);
  expect(result.NextToken).toBeUndefined();
  return result.Results.map((r) => r.TrainingJob?.TrainingJobName as string).sort();
};

const expected = (filter: FilterInput, extra: (doc: TrainingJob) => boolean = () => true) =>
  docs
    .filter((doc) => reference(filter, doc) === true && extra(doc))
    .map((doc) => doc.TrainingJobName as string)
    .sort();

const GUARD: Filter[] = [{ Name: 'Tags.team', Operator: 'Equals', Value: 'red' }];

describe('compileSearch (properties)', () => {
  it('always yields a request within SageMaker limits, or a typed rejection', () => {
    const seen = new Set<string>();
    let largest = 0;
    fc.assert(
      fc.property(filters(8), fc.boolean(), (filter, guarded) => {
        const outcome = attempt(filter, guarded ? GUARD : undefined);
        if (outcome.error) {
          expect(['BAD_USER_INPUT', 'FILTER_LIMIT_EXCEEDED']).toContain(outcome.error.code);
          seen.add(outcome.error.code);
          return;
        }
        const request = { Resource: 'TrainingJob' as const, ...outcome.search };
        expect(() => validateRequest(request)).not.toThrow();
        expect(() => runSearch(request, docs)).not.toThrow();
        const expression = outcome.search.SearchExpression;
        largest = Math.max(largest, expression ? countElements(expression) : 0);
      }),
      { numRuns: 400, seed: 11 },
    );
    // The run reached the limits: both kinds of rejection, and large accepted expressions.
    expect([...seen].sort()).toEqual(['BAD_USER_INPUT', 'FILTER_LIMIT_EXCEEDED']);
    expect(largest).toBeGreaterThan(25);
  });

  it('finds exactly what the reference evaluation of the typed filter finds', () => {
    fc.assert(
      fc.property(filters(3), (filter) => {
        const found = names(filter);
        if (found === undefined) return;
        expect(found).toEqual(expected(filter));
      }),
      { numRuns: 400 },
    );
  });

  it('cannot be escaped: results with a guard are the guarded reference results', () => {
    fc.assert(
      fc.property(filters(3), (filter) => {
        const found = names(filter, GUARD);
        if (found === undefined) return;
        expect(found).toEqual(expected(filter, (doc) => tagValue(doc, 'team') === 'red'));
      }),
      { numRuns: 300 },
    );
  });

  it('compiles most random filters (the properties above are not vacuous)', () => {
    const sample = fc.sample(filters(3), { numRuns: 300, seed: 7 });
    const compiled = sample.filter((filter) => attempt(filter).search !== undefined);
    expect(compiled.length).toBeGreaterThan(150);
    const matched = compiled.filter((filter) => (names(filter)?.length ?? 0) > 0);
    expect(matched.length).toBeGreaterThan(40);
  });
});
