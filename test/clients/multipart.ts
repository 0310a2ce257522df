import { expect } from 'vitest';

/** One part of an incremental answer: the first carries `data`, later ones `incremental`. */
export interface Part {
  data?: Record<string, unknown>;
  incremental?: Array<{
    data?: Record<string, unknown>;
    items?: unknown[];
    errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
    path: Array<string | number>;
    label?: string;
  }>;
  hasNext: boolean;
}

/** The JSON parts of a multipart/mixed answer, in order. */
export async function partsOf(response: Response): Promise<Part[]> {
  expect(response.headers.get('content-type')).toMatch(/^multipart\/mixed/);
  const text = await response.text();
  return text
    .split(/\r?\n---/)
    .map((part) => part.slice(part.indexOf('{')))
    .filter((part) => part.startsWith('{'))
    .map((part) => JSON.parse(part) as Part);
}

/** The result the parts add up to: each deferred object merged in at its path. */
export function merged(parts: readonly Part[]): Record<string, unknown> {
  const data = structuredClone(parts[0]?.data ?? {});
  for (const { data: patch, path } of parts.slice(1).flatMap((part) => part.incremental ?? [])) {
    let target: unknown = data;
    for (const key of path) target = (target as Record<string | number, unknown>)[key];
    Object.assign(target as object, patch);
  }
  return data;
}
