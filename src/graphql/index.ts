import type { GraphQLSchema } from 'graphql';
import { builder } from './builder.js';
import { guardEntities } from './scopes.js';
import './training-job/node.js';
import './training-job/lookup.js';
import './training-job/entity.js';
import './tuning-job/node.js';
import './tuning-job/links.js';
import './tuning-job/lookup.js';
import './tuning-job/entity.js';
import './algorithm/node.js';
import './algorithm/lookup.js';
import './algorithm/links.js';
import './model-registry/model-package.js';
import './model-registry/model-package-group.js';
import './model-registry/lookups.js';
import './model-registry/links.js';
import './model-registry/entity.js';
import './hosting/model.js';
import './hosting/endpoint-config.js';
import './hosting/endpoint.js';
import './hosting/links.js';
import './hosting/lookups.js';
import './hosting/entity.js';
import './training-job/collection.js';
import './tuning-job/collection.js';
import './hosting/collection.js';
import './model-registry/collection.js';
import './tuning-job/training-jobs.js';
import './training-job/mutations.js';
import './tuning-job/mutations.js';
import './hosting/mutations.js';
import './model-registry/mutations.js';
import './algorithm/mutations.js';
import './mutations/tags.js';
import './live/root.js';
import './training-job/subscriptions.js';
import './tuning-job/subscriptions.js';
import './hosting/subscriptions.js';

/** Where the federation v2 directives come from in the printed SDL's `@link`. */
const FEDERATION_LINK_URL = 'https://specs.apollo.dev/federation/v2.6';

/**
 * A build of the gateway's schema, a federation v2 subgraph: every resource family's types and
 * fields. Each build has types, fields and resolvers of its own.
 */
export function buildSchema(): GraphQLSchema {
  const built = builder.toSubGraphSchema({ linkUrl: FEDERATION_LINK_URL });
  guardEntities(built);
  return built;
}

/** The gateway's schema. */
export const schema = buildSchema();
