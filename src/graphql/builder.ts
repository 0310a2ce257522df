import SchemaBuilder from '@pothos/core';
import ComplexityPlugin from '@pothos/plugin-complexity';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import DirectivesPlugin from '@pothos/plugin-directives';
import FederationPlugin from '@pothos/plugin-federation';
import RelayPlugin from '@pothos/plugin-relay';
import {
  DateTimeResolver,
  JSONResolver,
  NonNegativeFloatResolver,
  NonNegativeIntResolver,
} from 'graphql-scalars';
import { createGraphQLError } from 'graphql-yoga';
import { parseArn, typenameForResourceType } from '../sagemaker/arn.js';
import type { Context } from './context.js';

// Set once the builder exists; global ids are only decoded at request time.
let isNodeType: (typename: string) => boolean = () => false;

export const builder = new SchemaBuilder<{
  Context: Context;
  Scalars: {
    DateTime: { Input: Date; Output: Date };
    JSON: { Input: unknown; Output: unknown };
    NonNegativeInt: { Input: number; Output: number };
    NonNegativeFloat: { Input: number; Output: number };
  };
}>({
  // Federation last: it wraps what the other plugins built (entities resolve through the loaders).
  plugins: [RelayPlugin, DataloaderPlugin, ComplexityPlugin, DirectivesPlugin, FederationPlugin],
  complexity: {
    // Each field costs 1; a list multiplies what it selects. Lists on a record (tags, metrics,
    // hyperparameters) are short and cost no call, so a moderate 5; connections set their own
    // multiplier from `first` (see connectionComplexity). The limit is the gateway's (MAX_COST).
    defaultComplexity: 1,
    defaultListMultiplier: 5,
  },
  relay: {
    cursorType: 'String',
    clientMutationId: 'omit',
    pageInfoTypeOptions: {
      description: 'Where a page of a connection stands, for paging on.',
      // Every subgraph with connections defines PageInfo; a supergraph needs it shareable.
      shareable: true,
    },
    hasNextPageFieldOptions: { description: 'Whether more results may follow this page.' },
    hasPreviousPageFieldOptions: {
      description: 'Whether results come before this page (it was asked for with a cursor).',
    },
    startCursorFieldOptions: { description: 'The cursor of the first result of this page.' },
    endCursorFieldOptions: {
      description: 'The cursor of the last result of this page: pass it as `after` for the next.',
    },
    // A node's global id is its ARN, so clients can pass ids straight to AWS tools and back.
    encodeGlobalID: (_typename, id) => String(id),
    decodeGlobalID: (globalID) => {
      const arn = parseArn(globalID);
      if (arn === undefined) {
        throw createGraphQLError(
          `Invalid id ${JSON.stringify(globalID)}: ids are SageMaker ARNs such as arn:aws:sagemaker:us-east-1:123456789012:training-job/my-job.`,
          { extensions: { code: 'BAD_USER_INPUT' } },
        );
      }
      const typename = typenameForResourceType(arn.resourceType);
      if (!isNodeType(typename)) {
        throw createGraphQLError(
          `Invalid id ${JSON.stringify(globalID)}: this API has no ${arn.resourceType} resources.`,
          { extensions: { code: 'BAD_USER_INPUT' } },
        );
      }
      return { typename, id: globalID };
    },
  },
});

isNodeType = (typename) => builder.configStore.hasImplementation(typename);

builder.addScalarType('DateTime', DateTimeResolver);
builder.addScalarType('JSON', JSONResolver);
builder.addScalarType('NonNegativeInt', NonNegativeIntResolver);
builder.addScalarType('NonNegativeFloat', NonNegativeFloatResolver);

builder.queryType({});
