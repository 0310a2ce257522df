import type { SageMakerClient, SearchRecord, SearchRequest } from '@aws-sdk/client-sagemaker';
import { pages } from './batch/pages.js';
import type { WarnLogger } from './logger.js';
import { readOptions } from './read-options.js';
import { searchPage } from './search-page.js';

/** What one poll of a watched set asks: the compiled filter, guard and watermark, and the order. */
export type ChangesRequest = Pick<
  SearchRequest,
  'Resource' | 'SearchExpression' | 'SortBy' | 'SortOrder'
>;

/** The records one poll read; `complete` is false when MAX_UPSTREAM_PAGES cut it short. */
export interface Changes {
  records: SearchRecord[];
  complete: boolean;
}

/**
 * One poll of a subscription's watched set: the Search `request` (pages of 100, in its order),
 * at most MAX_UPSTREAM_PAGES pages. A poll cut short keeps what it read: sorted by
 * LastModifiedTime ascending, the next poll's watermark starts where this one stopped. Through
 * the gateway's client, so polls share its concurrency bounds, retries on throttling and
 * metrics. Throws the mapped errors of searchPage (UPSTREAM_THROTTLED, ...).
 */
export async function readChanges(
  client: SageMakerClient,
  request: ChangesRequest,
  logger?: WarnLogger,
  /** Fewer pages than MAX_UPSTREAM_PAGES (a poller's first look at a filter reads one). */
  pageLimit?: number,
): Promise<Changes> {
  const maxPages = Math.min(readOptions(client).maxPages, pageLimit ?? Number.POSITIVE_INFINITY);
  const records: SearchRecord[] = [];
  let read = 0;
  for await (const page of pages(
    client,
    'Search',
    (token) =>
      searchPage(
        client,
        { ...request, MaxResults: 100, ...(token === undefined ? {} : { NextToken: token }) },
        logger,
      ),
    logger,
  )) {
    records.push(...(page.Results ?? []));
    read += 1;
    if (read >= maxPages) return { records, complete: page.NextToken === undefined };
  }
  return { records, complete: true };
}
