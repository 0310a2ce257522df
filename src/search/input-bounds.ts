import { clip } from './echo.js';
import { SearchInputError } from './input-error.js';
import { INPUT_LIMITS } from './limits.js';

interface Visit {
  readonly value: unknown;
  /** Where the value is: its parent and its key there (paths are only spelled out in errors). */
  readonly parent: Visit | undefined;
  readonly key: string | number;
  /** Levels of and/or/not above this value. */
  readonly depth: number;
  /** Objects and lists between this value and the filter object it belongs to. */
  readonly below: number;
}

// The deepest a container sits under its filter object: a tag's (or a list filter field's) `in`
// list, as in filter → tags → [i] → in, or filter → inputChannel → name → in.
const MAX_BELOW = 3;

const limitError = (message: string) => new SearchInputError(message, 'FILTER_LIMIT_EXCEEDED');

/** The input path of a visit, e.g. `filter.or[3].name.in`, clipped for a message. */
const pathOf = (visit: Visit): string => {
  const keys: (string | number)[] = [];
  for (let at: Visit | undefined = visit; at !== undefined; at = at.parent) keys.push(at.key);
  let path = '';
  for (let i = keys.length - 1; i >= 0; i -= 1) {
    const key = keys[i] as string | number;
    path += typeof key === 'number' ? `[${key}]` : path === '' ? key : `.${key}`;
  }
  return clip(path);
};

const isContainer = (value: unknown): value is object =>
  typeof value === 'object' && value !== null && !(value instanceof Date);

/**
 * Checks the size and shape of a typed filter before it is compiled, without recursion: at most
 * {@link INPUT_LIMITS.values} values in all and {@link INPUT_LIMITS.depth} levels of and/or/not,
 * and nothing nested deeper than a filter field goes. A list longer than the values left is
 * rejected before any of its items is read, so no input costs more than the largest one that can
 * fit. The compiler then recurses at most `depth` levels and works in time linear in the input.
 * Pure.
 */
export function checkInputBounds(filter: unknown): void {
  const max = INPUT_LIMITS.values;
  const explain = `a filter holds at most ${max} values in all, counting repeats (SageMaker Search fits at most ${INPUT_LIMITS.filters} filters of up to ${INPUT_LIMITS.inItems} in items each)`;
  let values = 0;
  const stack: Visit[] = [{ value: filter, parent: undefined, key: 'filter', depth: 0, below: 0 }];
  for (let visit = stack.pop(); visit !== undefined; visit = stack.pop()) {
    const { value, depth, below } = visit;
    if (value === undefined || value === null) continue;
    if (!isContainer(value)) {
      values += 1;
      if (values > max) {
        throw limitError(
          `filter has more than ${max} values (counted up to ${pathOf(visit)}); ${explain}.`,
        );
      }
      continue;
    }
    if (below > MAX_BELOW) {
      throw new SearchInputError(`${pathOf(visit)} nests deeper than any filter field allows.`);
    }
    if (Array.isArray(value)) {
      if (value.length > max - values) {
        const used = values === 0 ? '' : `, and ${values} are used before it`;
        throw limitError(`${pathOf(visit)} has ${value.length} items; ${explain}${used}.`);
      }
      // An and/or list holds filter objects: the list is their level.
      const isFilters = below === 1 && (visit.key === 'and' || visit.key === 'or');
      for (let i = value.length - 1; i >= 0; i -= 1) {
        stack.push({
          value: value[i],
          parent: visit,
          key: i,
          depth,
          below: isFilters ? 0 : below + 1,
        });
      }
      continue;
    }
    const record = value as Readonly<Record<string, unknown>>;
    for (const key of Object.keys(record)) {
      const child = record[key];
      const level = below === 0 && (key === 'and' || key === 'or' || key === 'not');
      const next: Visit = {
        value: child,
        parent: visit,
        key,
        depth: level ? depth + 1 : depth,
        below: key === 'not' && level ? 0 : below + 1,
      };
      if (next.depth > INPUT_LIMITS.depth) {
        throw limitError(
          `${pathOf(next)} nests and/or/not more than ${INPUT_LIMITS.depth} levels deep; SageMaker Search expressions cannot nest deeper than their ${INPUT_LIMITS.depth} elements.`,
        );
      }
      // The name of a metric or hyperparameter and the key of a tag say where, not what.
      if (below === 2 && (key === 'name' || key === 'key') && typeof child === 'string') continue;
      stack.push(next);
    }
  }
}
