import type { CodegenConfig } from '@graphql-codegen/cli';
import { addTypenameSelectionDocumentTransform } from '@graphql-codegen/client-preset';

/** The schema's scalars and enums as TypeScript types. */
export const typescriptTypes = {
  useTypeImports: true,
  enumsAsTypes: true,
  scalars: {
    DateTime: 'string',
    JSON: 'unknown',
    NonNegativeFloat: 'number',
    NonNegativeInt: 'number',
  },
};

/**
 * What a frontend generates from the gateway's schema/schema.graphql, in its own codegen.ts
 * (`generates: { 'src/gql/': frontendClient }`): typed documents for Apollo Client or urql,
 * and persisted-documents.json, the manifest to run the gateway with (PERSISTED_DOCUMENTS_MANIFEST).
 */
export const frontendClient: CodegenConfig['generates'][string] = {
  documents: 'examples/*.graphql',
  preset: 'client',
  // The documents as the clients send them, with the __typename their caches need: the
  // manifest must hold exactly what runs.
  documentTransforms: [addTypenameSelectionDocumentTransform],
  presetConfig: { persistedDocuments: { hashAlgorithm: 'sha256' } },
  config: typescriptTypes,
};
