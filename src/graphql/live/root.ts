import { builder } from '../builder.js';
import { ROOT_SCOPES } from '../scopes.js';

// Every subscription field needs sagemaker:read, as queries do (scopes.ts).
builder.subscriptionType({
  authScopes: ROOT_SCOPES.Subscription,
  description:
    'Live states of resources, from shared pollers (one SageMaker Search per watched set per SUBSCRIPTION_POLL_MS, whatever the number of subscribers). Each event is the resource itself. Over SSE or graphql-ws on /graphql.',
});
