import { builder } from '../builder.js';
import { ROOT_SCOPES } from '../scopes.js';

// On the type, not per field: every mutation needs the write scope (FORBIDDEN otherwise).
builder.mutationType({
  description:
    'Changes to SageMaker resources. Each needs the sagemaker:write scope; inputs are checked against the SageMaker service model before any call.',
  authScopes: ROOT_SCOPES.Mutation,
});
