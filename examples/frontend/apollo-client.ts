import { ApolloClient, type ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { Defer20220824Handler } from '@apollo/client/incremental';
import { relayStylePagination } from '@apollo/client/utilities';

export interface ApolloOptions {
  /** A link to run before the HTTP one, such as persisted documents (persisted-documents.ts). */
  before?: ApolloLink;
  fetch?: typeof fetch;
}

/** Apollo Client for the gateway at `uri`, such as http://localhost:4000/graphql. */
export function createApolloClient(uri: string, options: ApolloOptions = {}): ApolloClient {
  const http = new HttpLink({
    uri,
    ...(options.fetch === undefined ? {} : { fetch: options.fetch }),
  });
  return new ApolloClient({
    link: options.before === undefined ? http : options.before.concat(http),
    // Every resource's id is its ARN, so the cache keys each by __typename and id as it is.
    cache: new InMemoryCache({
      typePolicies: {
        Query: {
          fields: {
            // A filter and an order make one list; pages fetched with `after` extend it.
            trainingJobs: relayStylePagination(['filter', 'orderBy']),
            endpoints: relayStylePagination(['filter', 'orderBy']),
          },
        },
      },
    }),
    // The gateway answers @defer in the incremental format of graphql-js 17.0.0-alpha.2.
    incrementalHandler: new Defer20220824Handler(),
  });
}
