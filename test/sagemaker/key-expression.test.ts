import type { SearchExpression, TrainingJob } from '@aws-sdk/client-sagemaker';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runSearch } from '../../src/emulator/search/engine.js';
import {
  anyOfExpression,
  anyOfFilters,
  keyExpression,
} from '../../src/sagemaker/batch/key-expression.js';
import { SEARCH_LIMITS } from '../../src/search/limits.js';

const NAME = 'TrainingJobName';
const ARN = 'TrainingJobArn';

/** Lists, elements and values of an expression, to check against SageMaker's limits. */
function shape(expression: SearchExpression): {
  lists: number[];
  elements: number;
  values: number[];
} {
  const lists: number[] = [];
  const values: number[] = [];
  let elements = 0;
  const walk = (node: SearchExpression): void => {
    for (const list of [node.Filters, node.NestedFilters, node.SubExpressions]) {
      if (list !== undefined) lists.push(list.length);
    }
    for (const filter of node.Filters ?? []) {
      elements += 1;
      values.push(filter.Value?.length ?? 0);
    }
    elements += node.NestedFilters?.length ?? 0;
    for (const sub of node.SubExpressions ?? []) {
      elements += 1;
      walk(sub);
    }
  };
  walk(expression);
  return { lists, elements, values };
}

describe('keyExpression', () => {
  it('is one In filter for a short list', () => {
    expect(keyExpression(NAME, ARN, ['a', 'b-1', 'c'])).toEqual({
      Filters: [{ Name: NAME, Operator: 'In', Value: 'a,b-1,c' }],
    });
  });

  it('packs 100 long names into Or-ed In filters of at most 1024 characters', () => {
    const names = Array.from(
      { length: 100 },
      (_, i) => `job-${String(i).padStart(3, '0')}-${'x'.repeat(55)}`,
    );
    const expression = keyExpression(NAME, ARN, names);
    expect(expression.Operator).toBe('Or');
    expect(expression.SubExpressions).toBeUndefined();
    const values = (expression.Filters ?? []).map((filter) => filter.Value ?? '');
    expect(values.length).toBe(7);
    for (const value of values) expect(value.length).toBeLessThanOrEqual(1024);
    expect(values.join(',').split(',')).toEqual(names);
  });

  it('combines names and ARNs in one Or', () => {
    const arn = 'arn:aws:sagemaker:us-east-1:123456789012:training-job/b';
    expect(keyExpression(NAME, ARN, ['a'], [arn])).toEqual({
      Operator: 'Or',
      Filters: [
        { Name: NAME, Operator: 'In', Value: 'a' },
        { Name: ARN, Operator: 'In', Value: arn },
      ],
    });
  });

  it('drops duplicates', () => {
    expect(keyExpression(NAME, ARN, ['a', 'a', 'b'])).toEqual({
      Filters: [{ Name: NAME, Operator: 'In', Value: 'a,b' }],
    });
  });
});

describe('anyOfFilters / anyOfExpression', () => {
  it('uses Equals for a value holding a comma', () => {
    expect(anyOfFilters('P', ['s3://b/a,b', 's3://b/c'])).toEqual([
      { Name: 'P', Operator: 'Equals', Value: 's3://b/a,b' },
      { Name: 'P', Operator: 'In', Value: 's3://b/c' },
    ]);
  });

  it('rejects a value longer than a filter value may be', () => {
    expect(() => anyOfFilters('P', ['x'.repeat(1025)])).toThrow(RangeError);
  });

  it('moves filters beyond 20 into Or sub-expressions', () => {
    const filters = Array.from({ length: 45 }, (_, i) => ({ Name: 'P', Value: `v${i}` }));
    const expression = anyOfExpression(filters);
    expect(expression.Filters).toHaveLength(20);
    expect(expression.SubExpressions?.map((sub) => [sub.Operator, sub.Filters?.length])).toEqual([
      ['Or', 20],
      ['Or', 5],
    ]);
    expect(shape(expression).elements).toBe(47);
  });

  it('refuses what cannot fit 50 elements', () => {
    const filters = Array.from({ length: 49 }, (_, i) => ({ Name: 'P', Value: `v${i}` }));
    expect(() => anyOfExpression(filters)).toThrow(/Search allows 50/);
  });
});

describe('keyExpression (property)', () => {
  // SageMaker names: 1..63 alphanumerics and hyphens; ARNs as long as a GovCloud one.
  const name = fc.stringMatching(/^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$/);
  const arnOf = (n: string): string =>
    `arn:aws-us-gov:sagemaker:us-gov-west-1:123456789012:training-job/${n.toLowerCase()}`;
  const keys = fc
    .tuple(fc.uniqueArray(name, { maxLength: 100 }), fc.array(fc.boolean(), { maxLength: 100 }))
    .filter(([names]) => names.length > 0)
    .map(([all, asArn]) => {
      const names = all.filter((_, i) => asArn[i] !== true);
      const arns = [...new Set(all.filter((_, i) => asArn[i] === true).map(arnOf))];
      return { names, arns };
    });

  it('obeys the limits and matches exactly the given keys', () => {
    fc.assert(
      fc.property(keys, ({ names, arns }) => {
        const expression = keyExpression(NAME, ARN, names, arns);
        const { lists, elements, values } = shape(expression);
        for (const length of lists) expect(length).toBeLessThanOrEqual(SEARCH_LIMITS.listItems);
        expect(elements).toBeLessThanOrEqual(SEARCH_LIMITS.elements);
        for (const length of values) expect(length).toBeLessThanOrEqual(SEARCH_LIMITS.valueLength);
        // Each key once, plus near misses (prefixes, suffixes, other case) that must not match.
        const docs: TrainingJob[] = [];
        const add = (jobName: string, arn: string): void => {
          docs.push({ TrainingJobName: jobName, TrainingJobArn: arn });
        };
        names.forEach((n) => {
          add(n, `arn:aws:sagemaker:us-east-1:123456789012:training-job/named-${docs.length}`);
          add(`${n}x`, arnOf(`${n}x`));
          add(`${n}`.toUpperCase() === n ? n.toLowerCase() : n.toUpperCase(), arnOf('other'));
        });
        arns.forEach((arn, i) => {
          add(`by-arn-${i}`, arn);
          add(`by-arn-${i}-x`, `${arn}x`);
        });
        // The emulator validates with SageMaker's limits and evaluates In as SageMaker does.
        const result = runSearch(
          { Resource: 'TrainingJob', SearchExpression: expression, MaxResults: 100 },
          docs,
        );
        const wanted = new Set([...names, ...arns]);
        const found = result.Results.map((record) => {
          const job = record.TrainingJob ?? {};
          return job.TrainingJobName !== undefined && wanted.has(job.TrainingJobName)
            ? job.TrainingJobName
            : (job.TrainingJobArn ?? '');
        });
        expect(new Set(found)).toEqual(wanted);
        expect(result.TotalHits.Value).toBe(found.length);
      }),
      { numRuns: 60 },
    );
  });
});
