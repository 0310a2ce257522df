import { isDeepStrictEqual } from 'node:util';

type Row = Record<string, unknown>;

const json = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

/** The nodes of the one connection in `data`, as JSON. */
const rowsOf = (data: unknown): Row[] => {
  const [connection] = Object.values(data as Record<string, { nodes?: Row[] }>);
  return json(connection?.nodes ?? []) as Row[];
};

/** Whether two answers hold the same data, as JSON (dates as ISO strings). */
export const sameData = (a: unknown, b: unknown): boolean => isDeepStrictEqual(json(a), json(b));

/**
 * Whether two pages hold the same rows, in any order, where rows are ordered by `orderedBy`: List
 * and Search break ties of the sort key (the jobs of a tuning job share a creation time)
 * differently, so rows that tie with the page's last row may differ; there must be as many.
 */
export function sameRows(a: unknown, b: unknown, orderedBy: string): boolean {
  const left = rowsOf(a);
  const right = rowsOf(b);
  if (left.length !== right.length) return false;
  const boundary = left.at(-1)?.[orderedBy];
  const inside = (rows: Row[]) =>
    rows
      .filter((row) => !isDeepStrictEqual(row[orderedBy], boundary))
      .sort((x, y) => String(x.name).localeCompare(String(y.name)));
  return isDeepStrictEqual(inside(left), inside(right));
}
