import { describe, expect, it } from 'vitest';
import { ANONYMOUS, type Principal, tenantFilters } from '../../src/graphql/principal.js';
import { guardAdmits, guardedExpression, guardKey } from '../../src/sagemaker/batch/guard.js';
import { keyExpression } from '../../src/sagemaker/batch/key-expression.js';
import { countElements } from '../../src/search/compile.js';
import { SEARCH_LIMITS } from '../../src/search/limits.js';

const principal = (tenants: readonly string[]): Principal => ({
  ...ANONYMOUS,
  scopes: new Set(['sagemaker:read']),
  tenants,
  anonymous: false,
});
const guardOf = (tenants: readonly string[]) => tenantFilters(principal(tenants), 'team') ?? [];
const tags = (team?: string) => (team === undefined ? [] : [{ Key: 'team', Value: team }]);

describe('guardAdmits: the Describe fallback’s check, from the principal’s own filters', () => {
  it('admits exactly the tenants’ tag values', () => {
    expect(guardAdmits(guardOf(['fraud']), tags('fraud'))).toBe(true);
    expect(guardAdmits(guardOf(['fraud']), tags('vision'))).toBe(false);
    expect(guardAdmits(guardOf(['fraud']), tags('Fraud'))).toBe(false);
    expect(guardAdmits(guardOf(['fraud']), tags())).toBe(false);
    expect(guardAdmits(guardOf(['fraud']), undefined)).toBe(false);
    expect(guardAdmits(guardOf(['fraud', 'vision']), tags('vision'))).toBe(true);
    expect(guardAdmits(guardOf(['fraud', 'vision']), tags('nlp'))).toBe(false);
    expect(guardAdmits(guardOf(['fraud']), [{ Key: 'owner', Value: 'fraud' }])).toBe(false);
  });

  it('admits nothing for a principal without tenants, and fails closed on the unknown', () => {
    expect(guardAdmits(guardOf([]), tags('fraud'))).toBe(false);
    expect(guardAdmits(guardOf([]), tags())).toBe(false);
    expect(guardAdmits([{ Name: 'TrainingJobName', Operator: 'Equals', Value: 'x' }], [])).toBe(
      false,
    );
    expect(
      guardAdmits([{ Name: 'Tags.team', Operator: 'Contains', Value: 'fr' }], tags('fraud')),
    ).toBe(false);
  });
});

describe('guardedExpression', () => {
  it('is the key expression itself without a guard', () => {
    const keys = keyExpression('TrainingJobName', 'TrainingJobArn', ['a', 'b']);
    expect(guardedExpression(undefined, keys)).toBe(keys);
  });

  it('keeps 100 keys of the longest names and ARNs within Search’s limits', () => {
    const name = (at: number) => `${'n'.repeat(60)}${String(at).padStart(3, '0')}`;
    const arn = (at: number) => `arn:aws:sagemaker:us-east-1:123456789012:training-job/${name(at)}`;
    const names = Array.from({ length: 50 }, (_, at) => name(at));
    const arns = Array.from({ length: 50 }, (_, at) => arn(at));
    const keys = keyExpression('TrainingJobName', 'TrainingJobArn', names, arns);
    for (const guard of [guardOf(['fraud']), guardOf(['fraud', 'vision']), guardOf([])]) {
      const guarded = guardedExpression(guard, keys);
      expect(guarded).toEqual({ Operator: 'And', Filters: guard, SubExpressions: [keys] });
      expect(countElements(guarded)).toBeLessThanOrEqual(SEARCH_LIMITS.elements);
      expect(guarded.Filters?.length).toBeLessThanOrEqual(SEARCH_LIMITS.listItems);
    }
  });
});

describe('guardKey: what is remembered out of tenant is remembered per guard', () => {
  it('is equal for equal guards and differs for any other tenant set', () => {
    expect(guardKey(guardOf(['fraud']))).toBe(guardKey(guardOf(['fraud'])));
    expect(guardKey(guardOf(['fraud']))).not.toBe(guardKey(guardOf(['vision'])));
    expect(guardKey(guardOf(['fraud', 'vision']))).not.toBe(guardKey(guardOf(['fraud'])));
    expect(guardKey(guardOf([]))).not.toBe(guardKey(guardOf(['fraud'])));
    // A comma inside a value cannot pass for two tenants.
    expect(guardKey(guardOf(['a,b']))).not.toBe(guardKey(guardOf(['a', 'b'])));
  });
});
