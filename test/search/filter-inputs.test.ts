import { GraphQLEnumType, GraphQLInputObjectType, getNamedType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../../src/graphql/index.js';
import { SEARCH_SPECS } from '../../src/search/specs.js';

const input = (name: string): GraphQLInputObjectType => {
  const type = schema.getType(name);
  if (!(type instanceof GraphQLInputObjectType)) throw new Error(`${name} is not an input type`);
  return type;
};

const TYPE_NAMES = {
  TrainingJob: 'TrainingJob',
  HyperParameterTuningJob: 'HyperParameterTuningJob',
  Endpoint: 'Endpoint',
  ModelPackage: 'ModelPackage',
  ModelPackageGroup: 'ModelPackageGroup',
} as const;

describe('filter and order inputs in the served schema', () => {
  for (const spec of Object.values(SEARCH_SPECS)) {
    const typeName = TYPE_NAMES[spec.resource];

    it(`${typeName}Filter has every catalogue field, tags and and/or/not, all described`, () => {
      const fields = input(`${typeName}Filter`).getFields();
      const expected = [
        ...Object.keys(spec.fields),
        ...(spec.metrics ? ['metrics'] : []),
        ...(spec.hyperParameters ? ['hyperParameters'] : []),
        'tags',
        'and',
        'or',
        'not',
      ];
      expect(Object.keys(fields).sort()).toEqual(expected.sort());
      for (const field of Object.values(fields)) expect(field.description, field.name).toBeTruthy();
      expect(getNamedType(fields.not?.type)?.name).toBe(`${typeName}Filter`);
    });

    it(`${typeName}Order orders by one key with a default direction`, () => {
      const fields = input(`${typeName}Order`).getFields();
      expect(Object.keys(fields).sort()).toEqual(
        spec.metrics ? ['direction', 'field', 'metric'] : ['direction', 'field'],
      );
      expect(fields.direction?.defaultValue).toBe('DESC');
      const enumType = schema.getType(`${typeName}OrderField`);
      expect(enumType).toBeInstanceOf(GraphQLEnumType);
      expect(
        (enumType as GraphQLEnumType)
          .getValues()
          .map((v) => v.name)
          .sort(),
      ).toEqual(Object.keys(spec.sortFields).sort());
    });
  }

  it('documents null, empty and missing-property semantics on the operator inputs', () => {
    for (const name of [
      'StringFilter',
      'EnumFilter',
      'IntFilter',
      'FloatFilter',
      'DateTimeFilter',
    ]) {
      const description = input(name).description ?? '';
      expect(description, name).toContain('An omitted or null operator adds no condition');
      expect(description, name).toContain('never matches a resource that lacks the property');
    }
    expect(input('TrainingJobFilter').description).toContain(
      'An omitted, null or empty filter matches every training job',
    );
    expect(Object.keys(input('DateTimeFilter').getFields())).toEqual([
      'eq',
      'exists',
      'gt',
      'gte',
      'lt',
      'lte',
    ]);
  });
});
