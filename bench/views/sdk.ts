import type {
  Filter,
  ResourceType,
  SageMakerClient,
  SearchRecord,
} from '@aws-sdk/client-sagemaker';
import {
  anyOfExpression,
  anyOfFilters,
  SEARCH_LIMITS,
} from '../../src/sagemaker/batch/key-expression.js';
import { mapLimited } from '../../src/sagemaker/batch/limiter.js';
import { DESCRIBE_CONCURRENCY, searchAll } from '../../src/sagemaker/batch/search.js';

/** Filters per expression, leaving room for the Or sub-expressions that hold them (50 elements). */
const FILTERS_PER_SEARCH = SEARCH_LIMITS.elements - 3;

/** The distinct defined values, in first-seen order. */
export const distinct = (values: Iterable<string | undefined>): string[] => [
  ...new Set([...values].filter((value): value is string => value !== undefined)),
];

/**
 * The records whose `property` is any of `values`, in as few Searches as SageMaker's limits allow:
 * the values packed into `In` filters of up to 1 024 characters, as many filters per expression
 * as its 50 elements hold, each expression paged to the end. No call for no values.
 */
export async function searchAnyOf(
  client: SageMakerClient,
  resource: ResourceType,
  property: string,
  values: readonly string[],
): Promise<SearchRecord[]> {
  if (values.length === 0) return [];
  const filters = anyOfFilters(property, values);
  const groups: Filter[][] = [];
  for (let at = 0; at < filters.length; at += FILTERS_PER_SEARCH) {
    groups.push(filters.slice(at, at + FILTERS_PER_SEARCH));
  }
  const pages = await Promise.all(
    groups.map((group) => searchAll(client, resource, anyOfExpression(group), (record) => record)),
  );
  return pages.flat();
}

/** `task` for every item, at most as many in flight as the gateway allows itself (8). */
export const pool = <T, R>(items: readonly T[], task: (item: T) => Promise<R>): Promise<R[]> =>
  mapLimited(items, DESCRIBE_CONCURRENCY, task);

/** A DateTime as GraphQL serializes it. */
export const iso = (date: Date | undefined): string | null => date?.toISOString() ?? null;

/** The resource name at the end of an ARN (after the resource type). */
export const nameOfArn = (arn: string): string => arn.slice(arn.indexOf('/') + 1);
