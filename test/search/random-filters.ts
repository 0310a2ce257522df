import fc from 'fast-check';
import type { FilterInput } from '../../src/search/inputs.js';

// Random TrainingJobFilters over the properties test/search/reference.ts evaluates, and the values
// the random training jobs of the property tests hold.
export const NAMES = ['job-a', 'job-b', 'a,b', ' spaced', 'x'.repeat(400), 'y'.repeat(400)];
export const TYPES = ['ml.m5.large', 'ml.p4d.24xlarge', 'ml.g5.xlarge'];
export const STATUSES = ['Completed', 'Failed', 'InProgress', 'Stopped'];
export const LR = ['0.5', '1', '0.001', 'auto', '2', '1.5'];
export const TEAMS = ['red', 'blue', ' lead', 'x,y'];
export const BASE = Date.UTC(2024, 0, 1);

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
        contentType: textOps(['text/csv', 'application/json'], ['csv']),
      },
      { requiredKeys: [] },
    ),
  ).map((inputChannel) => ({ inputChannel })),
);

export const filters = (maxItems: number): fc.Arbitrary<FilterInput> =>
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
