import { describe, expect, it } from 'vitest';
import { catalogueOf, resolveProperty } from '../../src/emulator/search/properties.js';
import { sortValueReader } from '../../src/emulator/search/sort.js';
import { OPERATORS_OF } from '../../src/search/compile.js';
import type { OperatorKind } from '../../src/search/property-spec.js';
import { SEARCH_SPECS } from '../../src/search/specs.js';

// What each operator input compiles to must be a property of that kind in the Search records.
const KIND: Readonly<Record<OperatorKind, string>> = {
  string: 'text',
  enum: 'text',
  int: 'number',
  float: 'number',
  dateTime: 'timestamp',
  boolean: 'boolean',
};

describe('the filter catalogue', () => {
  for (const spec of Object.values(SEARCH_SPECS)) {
    it(`${spec.resource}: every field is a Search property of its kind, every order a sortable one`, () => {
      for (const [name, field] of Object.entries(spec.fields)) {
        if (field.kind === 'nested') {
          expect(catalogueOf(spec.resource).lists, name).toContain(field.list);
          for (const [inner, leaf] of Object.entries(field.fields)) {
            expect(leaf.property.startsWith(`${field.list}.`), `${name}.${inner}`).toBe(true);
            expect(resolveProperty(spec.resource, leaf.property).kind).toBe(KIND[leaf.kind]);
          }
        } else {
          const property = resolveProperty(spec.resource, field.property);
          expect(property.kind, name).toBe(KIND[field.kind]);
          // Outside nested filters, a list property would mean "any element", not the field.
          expect(property.source === 'path' && property.inList, name).toBe(false);
        }
      }
      for (const sort of Object.values(spec.sortFields)) {
        expect(() => sortValueReader(spec.resource, sort.property)).not.toThrow();
      }
    });
  }

  it('offers only operators SageMaker allows on each kind', () => {
    // In and Contains are text-only; range operators need numbers or timestamps.
    expect(OPERATORS_OF.enum).toEqual(['eq', 'ne', 'in']);
    expect(OPERATORS_OF.int).not.toContain('in');
    expect(OPERATORS_OF.dateTime).not.toContain('contains');
    expect(OPERATORS_OF.boolean).toEqual(['eq', 'exists']);
  });
});
