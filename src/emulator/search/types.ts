/** How a searchable property's values compare. */
type ValueKind = 'text' | 'number' | 'timestamp' | 'boolean';

/**
 * The searchable properties of one resource: scalar leaves by dotted path, the paths that are
 * lists (a path through one matches if any element matches; NestedFilters name one), and maps
 * whose keys extend the path (`<map>.<key>`, e.g. a container's `Environment.<VAR>`).
 */
export interface Catalogue {
  readonly leaves: Readonly<Record<string, ValueKind>>;
  readonly lists: readonly string[];
  readonly maps: Readonly<Record<string, ValueKind>>;
}

/** A compiled filter or expression: is this document (or nested list element) a match? */
export type Predicate = (root: unknown) => boolean;

/** Where a property's values live in a document, with the kind they compare as. */
export type Property =
  | {
      readonly source: 'path';
      readonly name: string;
      readonly kind: ValueKind;
      readonly segments: readonly string[];
      readonly inList: boolean;
    }
  | {
      readonly source: 'metric';
      readonly name: string;
      readonly kind: 'number';
      readonly key: string;
    }
  | {
      readonly source: 'hyperParameter';
      readonly name: string;
      readonly kind: 'text';
      readonly key: string;
    }
  | {
      readonly source: 'tag';
      readonly name: string;
      readonly kind: 'text';
      readonly key: string;
      /** The dotted path of the resource's Tags list in its record. */
      readonly list: string;
    };
