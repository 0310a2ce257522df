import {
  type SageMakerClient,
  SearchCommand,
  type SearchRequest,
  type SearchResponse,
} from '@aws-sdk/client-sagemaker';
import { type MapOptions, mapSageMakerError, SageMakerCallError } from './errors.js';
import type { WarnLogger } from './logger.js';

export type SearchPage = Omit<SearchResponse, '$metadata'>;

/**
 * One Search call (one page of a connection). Throws the mapped error (errors.ts): an UPSTREAM_*
 * code when SageMaker throttles, fails or times out; BAD_USER_INPUT for a rejected request that
 * carried the client's filter or cursor (`options.userInput`); otherwise a masked
 * {@link SageMakerCallError}.
 */
export async function searchPage(
  client: SageMakerClient,
  request: SearchRequest,
  logger?: WarnLogger,
  options: MapOptions = {},
): Promise<SearchPage> {
  try {
    const { $metadata: _, ...page } = await client.send(new SearchCommand(request));
    return page;
  } catch (error) {
    throw (
      mapSageMakerError('Search', error, logger, options) ?? new SageMakerCallError('Search', error)
    );
  }
}
