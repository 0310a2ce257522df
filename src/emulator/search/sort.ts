import { SageMakerError, validationError } from '../service-errors.js';
import { accessorFor, valueAt } from './access.js';
import { ARN_PROPERTY, resolveProperty, type SearchableResource } from './properties.js';
import type { Property } from './types.js';
import { hyperParameterNumber } from './values.js';

/** A document's sort value: numbers sort before text; undefined (missing) sorts last. */
export type SortValue = number | string | undefined;

export interface SortEntry {
  readonly key: SortValue;
  readonly arn: string;
}

const toSortValue = (property: Property, value: unknown): SortValue => {
  if (value instanceof Date) return value.getTime();
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'number') return Number.isNaN(value) ? undefined : value;
  if (typeof value !== 'string') return undefined;
  return property.source === 'hyperParameter' ? (hyperParameterNumber(value) ?? value) : value;
};

/**
 * Resolves SortBy into a function reading each document's sort value. Any scalar property of the
 * resource outside lists may be sorted on, plus `Metrics.<name>`, `HyperParameters.<name>`
 * (numerically when numeric) and `Tags.<key>`.
 */
export const sortValueReader = (
  resource: SearchableResource,
  sortBy: string,
): ((doc: object) => SortValue) => {
  let property: Property;
  try {
    property = resolveProperty(resource, sortBy);
  } catch (error) {
    if (!(error instanceof SageMakerError)) throw error;
    throw validationError(
      `SortBy '${sortBy}' is not a sortable property of ${resource}. ${error.message}`,
    );
  }
  if (property.source === 'path' && property.inList) {
    throw validationError(
      `SortBy '${sortBy}' is not a sortable property of ${resource}: it is inside a list, so a record has no single value to sort by.`,
    );
  }
  const any = accessorFor(property);
  return (doc) => {
    let found: unknown;
    any(doc, (value) => {
      found = value;
      return true;
    });
    return toSortValue(property, found);
  };
};

/** The ARN of a document, the final tie-breaker (so the order is total). */
export const arnReader = (resource: SearchableResource): ((doc: object) => string) => {
  const segments = ARN_PROPERTY[resource].split('.');
  return (doc) => {
    const arn = valueAt(doc, segments);
    return typeof arn === 'string' ? arn : '';
  };
};

const compareValues = (a: number | string, b: number | string): number => {
  if (typeof a === typeof b) return a < b ? -1 : a > b ? 1 : 0;
  return typeof a === 'number' ? -1 : 1;
};

/**
 * Orders entries by sort value in the requested direction; missing values last in both
 * directions; ties by ARN ascending.
 */
export const entryComparator =
  (descending: boolean) =>
  (x: SortEntry, y: SortEntry): number => {
    if (x.key !== undefined && y.key !== undefined) {
      const order = compareValues(x.key, y.key);
      if (order !== 0) return descending ? -order : order;
    } else if (x.key !== undefined) {
      return -1;
    } else if (y.key !== undefined) {
      return 1;
    }
    return x.arn < y.arn ? -1 : x.arn > y.arn ? 1 : 0;
  };

/**
 * Keeps the first `limit` entries in comparator order without sorting every match: one pass with
 * a small sorted buffer, so a page of 100 out of 100 000 matches costs about one comparison each.
 */
export const createTopK = <T extends SortEntry>(limit: number, compare: (x: T, y: T) => number) => {
  const kept: T[] = [];
  return {
    offer(entry: T): void {
      if (kept.length === limit) {
        const worst = kept[limit - 1] as T;
        if (compare(entry, worst) >= 0) return;
        kept.pop();
      }
      let low = 0;
      let high = kept.length;
      while (low < high) {
        const mid = (low + high) >>> 1;
        if (compare(kept[mid] as T, entry) <= 0) low = mid + 1;
        else high = mid;
      }
      kept.splice(low, 0, entry);
    },
    result: (): readonly T[] => kept,
  };
};
