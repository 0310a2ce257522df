import { type AuthFailure, AuthScopeFailureType } from '@pothos/plugin-scope-auth';
import type { GraphQLError, GraphQLFieldResolver, GraphQLSchema } from 'graphql';
import { createGraphQLError } from 'graphql-yoga';
import type { Context } from './context.js';
import type { Scope } from './principal.js';

/**
 * The scope each root type demands of all its fields, set on the type (builder.ts) so a new
 * root field is guarded without a word: Query and Subscription read, Mutation writes. A field
 * may add more (`authScopes` next to it), never less without `skipTypeScopes`.
 */
export const ROOT_SCOPES = {
  Query: { 'sagemaker:read': true },
  // builder.mutationType({ authScopes: ROOT_SCOPES.Mutation }) with the first mutation
  Mutation: { 'sagemaker:write': true },
  // builder.subscriptionType({ authScopes: ROOT_SCOPES.Subscription }) with the first one
  Subscription: { 'sagemaker:read': true },
} as const satisfies Record<string, Partial<Record<Scope, true>>>;

/** The scopes a scope-auth failure says were missing, in the order the rule names them. */
function missingScopes(failure: AuthFailure): string[] {
  if (failure.kind === AuthScopeFailureType.AuthScope) return [failure.scope];
  if (
    failure.kind === AuthScopeFailureType.AnyAuthScopes ||
    failure.kind === AuthScopeFailureType.AllAuthScopes
  ) {
    return [...new Set(failure.failures.flatMap(missingScopes))];
  }
  return [];
}

/** The FORBIDDEN error for a field the principal lacks the scope for; it names the scope. */
export function forbidden(coordinate: string, failure: AuthFailure): GraphQLError {
  const scopes = missingScopes(failure);
  const needs =
    scopes.length === 0 ? 'a scope the token lacks' : `the scope ${scopes.join(' or ')}`;
  return createGraphQLError(`Not authorized: ${coordinate} needs ${needs}.`, {
    extensions: { code: 'FORBIDDEN' },
  });
}

/**
 * Holds `Query._entities` to the Query rule. The federation plugin adds it after Pothos has
 * built the schema, so scope-auth never wraps it; without this a router's representations would
 * reach the loaders unchecked. `_service` stays as it is: it returns the SDL, which any
 * authenticated caller can read by introspection anyway, and a router composing the supergraph
 * should not need a data scope for it.
 */
export function guardEntities(schema: GraphQLSchema): void {
  const field = schema.getQueryType()?.getFields()._entities;
  const resolve = field?.resolve;
  if (field === undefined || resolve === undefined) return;
  const guarded: GraphQLFieldResolver<unknown, Context> = (source, args, context, info) => {
    for (const [scope, required] of Object.entries(ROOT_SCOPES.Query)) {
      if (required && !context.principal.scopes.has(scope as Scope)) {
        throw createGraphQLError(`Not authorized: Query._entities needs the scope ${scope}.`, {
          extensions: { code: 'FORBIDDEN' },
        });
      }
    }
    return resolve(source, args, context, info);
  };
  field.resolve = guarded as typeof resolve;
}
