import type { ApolloClient } from '@apollo/client';
import {
  TrainingJobSearchDocument,
  type TrainingJobSearchQueryVariables,
} from '../gql/frontend/graphql.js';

/**
 * A team's completed training jobs, newest first, `pages` pages of 25: each fetchMore asks for
 * the page after the last cursor, and relayStylePagination appends it to the cached list.
 */
export async function completedTrainingJobs(client: ApolloClient, team: string, pages: number) {
  const variables: TrainingJobSearchQueryVariables = {
    filter: { tags: [{ key: 'team', eq: team }], status: { eq: 'Completed' } },
    orderBy: { field: 'CREATION_TIME', direction: 'DESC' },
    first: 25,
  };
  const query = client.watchQuery({ query: TrainingJobSearchDocument, variables });
  let { data } = await client.query({ query: TrainingJobSearchDocument, variables });
  for (let page = 1; page < pages && data?.trainingJobs?.pageInfo.hasNextPage; page++) {
    ({ data } = await query.fetchMore({
      variables: { after: data.trainingJobs.pageInfo.endCursor },
    }));
  }
  const list = client.readQuery({ query: TrainingJobSearchDocument, variables });
  return list?.trainingJobs?.edges.map((edge) => edge.node.name) ?? [];
}
