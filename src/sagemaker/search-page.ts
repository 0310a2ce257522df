import {
  type SageMakerClient,
  SearchCommand,
  type SearchRequest,
  type SearchResponse,
} from '@aws-sdk/client-sagemaker';
import { mapSageMakerError, SageMakerCallError } from './errors.js';
import type { WarnLogger } from './logger.js';

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
