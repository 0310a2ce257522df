import type { SageMakerClient } from '@aws-sdk/client-sagemaker';
import { upstreamError } from '../errors.js';
import type { WarnLogger } from '../logger.js';
import { readOptions } from '../read-options.js';

/** Why a page sequence was not followed to its end; logged, never shown to clients. */
class EndlessPagingError extends Error {
  constructor(operation: string, pages: number, reason: string) {
    super(`SageMaker ${operation} paging stopped after ${pages} pages: ${reason}`);
    this.name = 'EndlessPagingError';
  }
}

/**
 * The pages of one paged SageMaker read, following NextToken: the one loop every batch function
 * uses. An absent or empty token ends the sequence (as the SDK's own paginators read it). A token
 * seen before (the upstream would loop) or a page beyond the client's `maxPages` ends it with an
 * UPSTREAM_UNAVAILABLE error (detail logged): SageMaker did not give a finite answer, which is
 * neither the client's input nor a gateway bug. `fetch` throws mapped errors as it likes.
 */
export async function* pages<P extends { NextToken?: string | undefined }>(
  client: SageMakerClient,
  operation: string,
  fetch: (token: string | undefined) => Promise<P>,
  logger?: WarnLogger,
): AsyncGenerator<P, void, undefined> {
  const { maxPages } = readOptions(client);
  const seen = new Set<string>();
  let token: string | undefined;
  for (let count = 1; ; count += 1) {
    const page = await fetch(token);
    yield page;
    const next = page.NextToken;
    if (next === undefined || next === '') return;
    const reason = seen.has(next)
      ? 'SageMaker repeated a NextToken'
      : count >= maxPages
        ? `more than MAX_UPSTREAM_PAGES (${maxPages}) pages`
        : undefined;
    if (reason !== undefined) {
      throw upstreamError(
        'UPSTREAM_UNAVAILABLE',
        new EndlessPagingError(operation, count, reason),
        logger,
      );
    }
    seen.add(next);
    token = next;
  }
}
