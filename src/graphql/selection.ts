import { type GraphQLResolveInfo, Kind, type SelectionSetNode } from 'graphql';

/**
 * Whether the field being resolved selects nothing but `fields` (and __typename), through inline
 * fragments and fragment spreads. @skip/@include are not evaluated: a field under either counts
 * as selected, which can only make the answer false. Pure.
 */
export function selectsOnly(
  info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>,
  fields: ReadonlySet<string>,
): boolean {
  const within = (set: SelectionSetNode | undefined, spread: ReadonlySet<string>): boolean =>
    set === undefined ||
    set.selections.every((selection) => {
      switch (selection.kind) {
        case Kind.FIELD:
          return selection.name.value === '__typename' || fields.has(selection.name.value);
        case Kind.INLINE_FRAGMENT:
          return within(selection.selectionSet, spread);
        case Kind.FRAGMENT_SPREAD: {
          const name = selection.name.value;
          // validation rejects fragment cycles; the guard only keeps this total
          if (spread.has(name)) return true;
          const fragment = info.fragments[name];
          return (
            fragment !== undefined && within(fragment.selectionSet, new Set([...spread, name]))
          );
        }
        default:
          return false;
      }
    });
  return info.fieldNodes.every((node) => within(node.selectionSet, new Set()));
}
