import type { ApolloClient } from '@apollo/client';
import type { DeepPartial } from '@apollo/client/utilities';
import {
  EndpointDeploymentDeferredDocument,
  type EndpointDeploymentDeferredQuery,
} from '../gql/frontend/graphql.js';

/**
 * The deployment view of an endpoint as it arrives: `show` gets the endpoint and its variants
 * first, then again as each model, package and training job comes in (the deferred parts are
 * missing until then).
 */
export function watchDeployment(
  client: ApolloClient,
  name: string,
  show: (data: DeepPartial<EndpointDeploymentDeferredQuery>, complete: boolean) => void,
): Promise<void> {
  const query = client.watchQuery({
    query: EndpointDeploymentDeferredDocument,
    variables: { name, metric: 'validation:auc' },
  });
  return new Promise((resolve, reject) => {
    const watching = query.subscribe({
      next: ({ data, dataState }) => {
        if (data === undefined) return;
        show(data, dataState === 'complete');
        if (dataState !== 'complete') return;
        watching.unsubscribe();
        resolve();
      },
      error: reject,
    });
  });
}
