import { describe, expect, it } from 'vitest';
import { SHAPES } from '../../src/sagemaker/service-model/constraints.generated.js';
import { compilePattern } from '../../src/sagemaker/service-model/java-pattern.js';
import { LINE_TERMINATOR, SEARCH_LIMITS } from '../../src/search/limits.js';

// src/search may not import the service model; its constants must still equal it.
const shape = (name: string) => {
  const found = SHAPES[name];
  if (!found) throw new Error(`no shape ${name} in the service model`);
  return found as {
    type: string;
    min?: number;
    max?: number;
    pattern?: string;
    members?: Record<string, string>;
  };
};

describe('SEARCH_LIMITS agree with the service model', () => {
  it('bounds Filter.Value and property names as the Search input shapes do', () => {
    const filter = shape('Filter');
    expect(filter.members).toMatchObject({ Name: 'ResourcePropertyName', Value: 'FilterValue' });
    expect(shape('FilterValue')).toMatchObject({ min: 1, max: SEARCH_LIMITS.valueLength });
    expect(shape('ResourcePropertyName')).toMatchObject({
      min: 1,
      max: SEARCH_LIMITS.propertyLength,
    });
    expect(shape('SearchRequest').members).toMatchObject({
      SearchExpression: 'SearchExpression',
      SortBy: 'ResourcePropertyName',
    });
  });

  it('bounds every list of an expression at 20', () => {
    const expression = shape('SearchExpression').members ?? {};
    for (const list of ['Filters', 'NestedFilters', 'SubExpressions']) {
      expect(shape(expression[list] as string)).toMatchObject({
        min: 1,
        max: SEARCH_LIMITS.listItems,
      });
    }
    expect(shape(shape('NestedFilters').members?.Filters as string).max).toBe(
      SEARCH_LIMITS.listItems,
    );
  });

  it('rejects exactly the line terminators the model patterns reject', () => {
    for (const name of ['FilterValue', 'ResourcePropertyName']) {
      const pattern = shape(name).pattern as string;
      expect(pattern).toBe('.+');
      const whole = compilePattern(pattern) as RegExp;
      // Java's `.` also stops at U+0085, which compilePattern does not mimic (see its comment):
      // LINE_TERMINATOR holds it as Java does.
      expect(LINE_TERMINATOR.test('a\u0085b')).toBe(true);
      for (const c of ['\n', '\r', '\u2028', '\u2029', '\t', ' ', 'é', '\u{1F600}']) {
        expect([c, whole.test(`a${c}b`)]).toEqual([c, !LINE_TERMINATOR.test(`a${c}b`)]);
      }
    }
  });
});
