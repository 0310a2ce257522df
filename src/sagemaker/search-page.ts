import {
  type SageMakerClient,
  SearchCommand,
  type SearchRequest,
  type SearchResponse,
} from '@aws-sdk/client-sagemaker';
import type { WarnLogger } from './batch/search.js';
import { mapSageMakerError, SageMakerCallError } from './errors.js';

export type SearchPage = Omit<SearchResponse, '$metadata'>;

/**
 * One Search call (one page of a connection). Throws the mapped error: UPSTREAM_THROTTLED when
 * SageMaker keeps throttling, otherwise a masked {@link SageMakerCallError}.
 */
export async function searchPage(
  client: SageMakerClient,
  request: SearchRequest,
  logger?: WarnLogger,
): Promise<SearchPage> {
  try {
    const { $metadata: _, ...page } = await client.send(new SearchCommand(request));
    return page;
  } catch (error) {
    throw mapSageMakerError('Search', error, logger) ?? new SageMakerCallError('Search', error);
  }
}
