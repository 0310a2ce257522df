import type { Filter, TrainingJob } from '@aws-sdk/client-sagemaker';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runSearch } from '../../src/emulator/search/engine.js';
import { validateRequest } from '../../src/emulator/search/validate-request.js';
import { compileSearch, countElements } from '../../src/search/compile.js';
import { SearchInputError } from '../../src/search/input-error.js';
import type { FilterInput } from '../../src/search/inputs.js';
import { reference, tagValue } from './reference.js';

// A fixed set of training jobs; every property the random filters touch is missing on some.
const NAMES = ['job-a', 'job-b', 'a,b', ' spaced', 'x'.repeat(400), 'y'.repeat(400)];
const TYPES = ['ml.m5.large', 'ml.p4d.24xlarge', 'ml.g5.xlarge'];
const STATUSES = ['Completed', 'Failed', 'InProgress', 'Stopped'];
const LR = ['0.5', '1', '0.001', 'auto', '2', '1.5'];
const TEAMS = ['red', 'blue', ' lead', 'x,y'];
const BASE = Date.UTC(2024, 0, 1);

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

// Random filters over those properties: operator objects are never empty, lists never empty.
const nonEmpty = <T extends object>(arb: fc.Arbitrary<T>) =>
  arb.filter((ops) => Object.values(ops).some((v) => v !== undefined));
const pick = <T>(values: readonly T[]) => fc.constantFrom(...values);
const list = <T>(arb: fc.Arbitrary<T>, max = 4) => fc.array(arb, { minLength: 1, maxLength: max });

const textOps = (values: readonly string[], contains: readonly string[]) =>
  nonEmpty(
    fc.record(
      {
        eq: pick(values),
        ne: pick(values),
        in: list(pick(values)),
        contains: pick(contains),
        exists: fc.boolean(),
      },
      { requiredKeys: [] },
    ),
  );
const enumOps = (values: readonly string[]) =>
  nonEmpty(
    fc.record({ eq: pick(values), ne: pick(values), in: list(pick(values)) }, { requiredKeys: [] }),
  );
const rangeOps = <T>(value: fc.Arbitrary<T>, withNe = true) =>
  nonEmpty(
    fc.record(
      {
        eq: value,
        ...(withNe ? { ne: value } : {}),
        gt: value,
        gte: value,
        lt: value,
        lte: value,
        exists: fc.boolean(),
      },
      { requiredKeys: [] },
    ),
  );

const dates = fc
  .integer({ min: -2, max: 50 })
  .map((h) => new Date(BASE + h * 3_600_000 + (h % 3) * 400));

const leaf: fc.Arbitrary<FilterInput> = fc.oneof(
  textOps([...NAMES, 'job-7', 'job-20', 'nope'], ['job', 'a', ',']).map((name) => ({ name })),
  enumOps([...STATUSES, 'Stopping']).map((status) => ({ status })),
  enumOps(TYPES).map((instanceType) => ({ instanceType })),
  rangeOps(fc.integer({ min: 0, max: 5 })).map((instanceCount) => ({ instanceCount })),
  rangeOps(dates, false).map((creationTime) => ({ creationTime })),
  textOps(['img/tf:1', 'img/xgboost:0'], ['xgb', ':1']).map((trainingImage) => ({ trainingImage })),
  list(
    rangeOps(fc.constantFrom(0, 0.3, 0.5, 0.9, 1)).map((ops) => ({
      name: 'validation:accuracy',
      ...ops,
    })),
    2,
  ).map((metrics) => ({ metrics })),
  list(
    nonEmpty(
      fc.record(
        {
          eq: pick(['0.5', '1', '1.0', 'auto', '2', '0.50']),
          ne: pick(['1', 'auto', '0.001']),
          gt: pick([0, 0.5, 1, 1.5]),
          gte: pick([0, 0.5, 1, 2]),
          lt: pick([0.001, 1, 2]),
          lte: pick([0.5, 1, 1.5]),
          exists: fc.boolean(),
        },
        { requiredKeys: [] },
      ),
    ).map((ops) => ({ name: 'lr', ...ops })),
    2,
  ).map((hyperParameters) => ({ hyperParameters })),
  list(
    textOps([...TEAMS, 'green'], ['e', 'x,']).map((ops) => ({ key: 'team', ...ops })),
    2,
  ).map((tags) => ({ tags })),
  nonEmpty(
    fc.record(
      {
        name: enumOps(['train', 'validation', 'test']),
        s3Uri: textOps(['s3://b/1/train', 's3://b/0/eval'], ['/1/']),
      },
      { requiredKeys: [] },
    ),
  ).map((inputChannel) => ({ inputChannel })),
);

const filters = (maxItems: number): fc.Arbitrary<FilterInput> =>
  fc.letrec<{ filter: FilterInput }>((tie) => ({
    filter: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      leaf,
      fc.tuple(leaf, leaf).map(([a, b]) => ({ ...b, ...a })),
      list(tie('filter'), maxItems).map((and) => ({ and })),
      list(tie('filter'), maxItems).map((or) => ({ or })),
      tie('filter').map((not) => ({ not })),
    ),
  })).filter;

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
    expect(matched.length).toBeGreaterThan(50);
  });
});
