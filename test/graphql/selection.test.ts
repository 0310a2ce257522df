import {
  type FieldNode,
  type FragmentDefinitionNode,
  Kind,
  type OperationDefinitionNode,
  parse,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { selectsOnly } from '../../src/graphql/selection.js';

/** The resolve info of the field `group` in `document` (its first occurrences in the operation). */
function infoOf(document: string) {
  const parsed = parse(document);
  const operation = parsed.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  const fragments = Object.fromEntries(
    parsed.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  const fieldNodes: FieldNode[] = [];
  for (const selection of operation?.selectionSet.selections ?? []) {
    if (selection.kind === Kind.FIELD && selection.name.value === 'group')
      fieldNodes.push(selection);
  }
  return { fieldNodes, fragments };
}

const NAME = new Set(['name', 'modelPackages']);

describe('selectsOnly', () => {
  it.each([
    ['{ group { name } }', true],
    ['{ group { __typename name } }', true],
    ['{ group { name modelPackages(first: 2) { nodes { arn } } } }', true],
    ['{ group { ... on ModelPackageGroup { name } } }', true],
    ['{ group { ...G } } fragment G on ModelPackageGroup { name }', true],
    [
      '{ group { ...G } } fragment G on ModelPackageGroup { ...H } fragment H on ModelPackageGroup { name }',
      true,
    ],
    ['{ group { name } group { name } }', true],
    ['{ group { name arn } }', false],
    ['{ group { name tags { key } } }', false],
    ['{ group { ... on ModelPackageGroup { creationTime } } }', false],
    ['{ group { ...G } } fragment G on ModelPackageGroup { name status }', false],
    ['{ group { name } group { arn } }', false],
    ['{ group { name ...Missing } }', false],
    ['{ group { name @include(if: false) arn @skip(if: true) } }', false],
  ])('%s → %s', (document, expected) => {
    expect(selectsOnly(infoOf(document), NAME)).toBe(expected);
  });
});
