import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assertCompositionSuccess, composeServices } from '@theguild/federation-composition';
import { parse } from 'graphql';
import { TEAMS_SDL } from './teams-schema.js';

// The subgraph SDL this repository publishes (npm run schema:print writes it).
const SAGEMAKER_SDL = join(import.meta.dirname, '..', '..', 'schema', 'schema.graphql');

export interface SubgraphUrls {
  sagemaker: string;
  teams: string;
}

/**
 * The supergraph of the SageMaker subgraph and the team subgraph, as a schema registry or
 * `rover supergraph compose` would build it: from the published SDLs, with each subgraph's URL.
 */
export function composeSupergraph(urls: SubgraphUrls): string {
  const composed = composeServices([
    {
      name: 'sagemaker',
      url: urls.sagemaker,
      typeDefs: parse(readFileSync(SAGEMAKER_SDL, 'utf8')),
    },
    { name: 'teams', url: urls.teams, typeDefs: parse(TEAMS_SDL) },
  ]);
  assertCompositionSuccess(composed);
  return composed.supergraphSdl;
}

// `tsx examples/supergraph/compose.ts > supergraph.graphql`, with the URLs docker-compose.yml uses
// unless SAGEMAKER_SUBGRAPH_URL and TEAMS_SUBGRAPH_URL say otherwise.
if (import.meta.url === `file://${process.argv[1]}`) {
  process.stdout.write(
    composeSupergraph({
      sagemaker: process.env.SAGEMAKER_SUBGRAPH_URL ?? 'http://sagemaker-1:4000/graphql',
      teams: process.env.TEAMS_SUBGRAPH_URL ?? 'http://teams:4002/graphql',
    }),
  );
}
