import type { Property } from './types.js';

/** Calls `visit` on each value at a property until it returns true; false when none does. */
export type Accessor = (root: unknown, visit: (value: unknown) => boolean) => boolean;

const walk = (
  node: unknown,
  segments: readonly string[],
  at: number,
  visit: (value: unknown) => boolean,
): boolean => {
  if (node === undefined || node === null) return false;
  // Lists are transparent: a path through a list reaches every element's value.
  if (Array.isArray(node)) {
    for (const element of node) if (walk(element, segments, at, visit)) return true;
    return false;
  }
  if (at === segments.length) return visit(node);
  if (typeof node !== 'object') return false;
  return walk((node as Record<string, unknown>)[segments[at] as string], segments, at + 1, visit);
};

const pathAccessor = (segments: readonly string[]): Accessor => {
  const [first, second] = segments;
  // Top-level scalars are the common case; skip the generic walk for them.
  if (segments.length === 1 && first !== undefined) {
    return (root, visit) => {
      if (typeof root !== 'object' || root === null) return false;
      const value = (root as Record<string, unknown>)[first];
      if (value === undefined || value === null) return false;
      return Array.isArray(value) ? walk(value, segments, 1, visit) : visit(value);
    };
  }
  if (segments.length === 2 && first !== undefined && second !== undefined) {
    return (root, visit) => {
      if (typeof root !== 'object' || root === null) return false;
      const parent = (root as Record<string, unknown>)[first];
      if (typeof parent !== 'object' || parent === null) return false;
      if (Array.isArray(parent)) return walk(parent, segments, 1, visit);
      const value = (parent as Record<string, unknown>)[second];
      if (value === undefined || value === null) return false;
      return Array.isArray(value) ? walk(value, segments, 2, visit) : visit(value);
    };
  }
  return (root, visit) => walk(root, segments, 0, visit);
};

/** The value at a dotted path of plain objects (no lists), or undefined. */
export const valueAt = (root: unknown, segments: readonly string[]): unknown => {
  let node = root;
  for (const segment of segments) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
};

/** Visits entries of the `{ keyField, valueField }` list at `list` whose key equals `key`. */
const entryAccessor =
  (list: readonly string[], keyField: string, valueField: string, key: string): Accessor =>
  (root, visit) => {
    const entries = valueAt(root, list);
    if (!Array.isArray(entries)) return false;
    for (const entry of entries) {
      if (typeof entry !== 'object' || entry === null) continue;
      const record = entry as Record<string, unknown>;
      const value = record[valueField];
      if (record[keyField] === key && value !== undefined && value !== null && visit(value)) {
        return true;
      }
    }
    return false;
  };

/**
 * Builds the accessor for a resolved property: `Tags.<key>` reads the resource's Tags list,
 * `Metrics.<name>` reads FinalMetricDataList, `HyperParameters.<name>` the HyperParameters map,
 * and catalogue paths walk the document (through lists). `relativeTo` strips a nested filter's
 * list path so the accessor runs on one list element.
 */
export const accessorFor = (property: Property, relativeTo?: readonly string[]): Accessor => {
  switch (property.source) {
    case 'tag':
      return entryAccessor(property.list.split('.'), 'Key', 'Value', property.key);
    case 'metric':
      return entryAccessor(['FinalMetricDataList'], 'MetricName', 'Value', property.key);
    case 'hyperParameter':
      return pathAccessor(['HyperParameters', property.key]);
    case 'path':
      return pathAccessor(
        relativeTo ? property.segments.slice(relativeTo.length) : property.segments,
      );
  }
};

/** Visits each element of the list at `segments` (lists along the way are flattened). */
export const elementsAccessor = (segments: readonly string[]): Accessor => pathAccessor(segments);
