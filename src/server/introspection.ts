import { NoSchemaIntrospectionCustomRule } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * Refuses `__schema` and `__type` (INTROSPECTION=false) with graphql-js's own rule, at
 * validation, so the answer is GRAPHQL_VALIDATION_FAILED before anything runs. `__typename`
 * and federation's `_service { sdl }` are ordinary fields and stay: routers compose from them.
 */
export function useNoIntrospection(): Plugin {
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(NoSchemaIntrospectionCustomRule);
    },
  };
}
