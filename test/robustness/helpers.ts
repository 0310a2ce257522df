import type { Fetcher, GraphQLResponse } from '../support/gateway.js';

/** POSTs `query` with a signal of the caller's, as a browser that may give up would. */
export async function postWithSignal(
  target: Fetcher,
  query: string,
  variables: Record<string, unknown>,
  signal: AbortSignal,
): Promise<GraphQLResponse> {
  const response = await target.fetch('http://gateway/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
    signal,
  });
  return (await response.json()) as GraphQLResponse;
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The sum of an emulator's calls per operation. */
export const total = (calls: Record<string, number>): number =>
  Object.values(calls).reduce((sum, count) => sum + count, 0);

/** The codes of a response's errors, once each. */
export const codesOf = (response: GraphQLResponse): string[] => [
  ...new Set((response.errors ?? []).map((error) => String(error.extensions?.code))),
];
