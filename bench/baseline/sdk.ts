import {
  type Filter,
  type ResourceType,
  SageMakerClient,
  SearchCommand,
  type SearchExpression,
  type SearchRecord,
} from '@aws-sdk/client-sagemaker';
import pLimit from 'p-limit';

/**
 * The hand-written baseline's SDK helpers, written from the SageMaker API reference alone. This
 * folder imports nothing from src/ (a dependency-cruiser rule, `baseline-is-independent`): a
 * baseline built from the gateway's own batching would only measure the gateway against itself.
 */

/** Search's documented limits: In values up to 1 024 characters, 20 filters per expression. */
const VALUE_CHARACTERS = 1_024;
const FILTERS_PER_EXPRESSION = 20;
const RESULTS_PER_PAGE = 100;
/** Describe calls in flight at once: polite to SageMaker's per-account rate limits. */
const DESCRIBE_IN_FLIGHT = 8;
/**
 * Sockets for the largest pool the benches run (100 at once): with the SDK's default of 50, a
 * pool of 100 DescribeEndpointConfig went out in two round trips.
 */
const SOCKETS = 128;

/** A plain client for `endpoint`; the SDK's logger middleware, which only a logger needs, removed. */
export function baselineClient(endpoint: string): SageMakerClient {
  const client = new SageMakerClient({
    endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'bench', secretAccessKey: 'bench' },
    requestHandler: { httpAgent: { keepAlive: true, maxSockets: SOCKETS } },
  });
  client.middlewareStack.remove('loggerMiddleware');
  return client;
}

/** The distinct defined values, in first-seen order. */
export const distinct = (values: Iterable<string | undefined>): string[] => [
  ...new Set([...values].filter((value): value is string => value !== undefined)),
];

/** `task` for every item, at most `inFlight` at once; results keep item order. */
export function pool<T, R>(
  items: readonly T[],
  task: (item: T) => Promise<R>,
  inFlight = DESCRIBE_IN_FLIGHT,
): Promise<R[]> {
  const limit = pLimit(inFlight);
  return Promise.all(items.map((item) => limit(() => task(item))));
}

/** Comma-separated lists of `values`, each at most 1 024 characters (In's value limit). */
function inLists(values: readonly string[]): string[] {
  const lists: string[] = [];
  let current = '';
  for (const value of values) {
    if (current !== '' && current.length + 1 + value.length > VALUE_CHARACTERS) {
      lists.push(current);
      current = '';
    }
    current = current === '' ? value : `${current},${value}`;
  }
  if (current !== '') lists.push(current);
  return lists;
}

/** Every record of one Search, following NextToken. */
async function searchAll(
  client: SageMakerClient,
  resource: ResourceType,
  expression: SearchExpression | undefined,
): Promise<SearchRecord[]> {
  const records: SearchRecord[] = [];
  let token: string | undefined;
  do {
    const page = await client.send(
      new SearchCommand({
        Resource: resource,
        ...(expression === undefined ? {} : { SearchExpression: expression }),
        MaxResults: RESULTS_PER_PAGE,
        ...(token === undefined ? {} : { NextToken: token }),
      }),
    );
    records.push(...(page.Results ?? []));
    token = page.NextToken;
  } while (token !== undefined && token !== '');
  return records;
}

/**
 * The records whose `property` is one of `values`: In filters of up to 1 024 characters, up to 20
 * of them Or-ed in one Search, the Searches in parallel. No call for no values. (Names and ARNs
 * hold no commas, so every value fits an In list.)
 */
export async function searchIn(
  client: SageMakerClient,
  resource: ResourceType,
  property: string,
  values: readonly string[],
): Promise<SearchRecord[]> {
  const filters = inLists(values).map(
    (list): Filter => ({
      Name: property,
      Operator: 'In',
      Value: list,
    }),
  );
  const searches: Filter[][] = [];
  for (let at = 0; at < filters.length; at += FILTERS_PER_EXPRESSION) {
    searches.push(filters.slice(at, at + FILTERS_PER_EXPRESSION));
  }
  const pages = await Promise.all(
    searches.map((group) => searchAll(client, resource, { Operator: 'Or', Filters: group })),
  );
  return pages.flat();
}

/** Records whose `property` equals `value` (the per-item pattern's one-key lookups). */
export const searchEquals = (
  client: SageMakerClient,
  resource: ResourceType,
  property: string,
  value: string,
): Promise<SearchRecord[]> =>
  searchAll(client, resource, { Filters: [{ Name: property, Operator: 'Equals', Value: value }] });

/** A DateTime as GraphQL serializes it. */
export const iso = (date: Date | undefined): string | null => date?.toISOString() ?? null;

/** The resource name at the end of an ARN (after the resource type). */
export const nameOfArn = (arn: string): string => arn.slice(arn.indexOf('/') + 1);
