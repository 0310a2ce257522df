import type { CodegenConfig } from '@graphql-codegen/cli';
import { frontendClient, typescriptTypes } from './examples/frontend/codegen.js';

/** One client (typed string documents) per folder of operations. */
const client = (documents: string): CodegenConfig['generates'][string] => ({
  documents,
  preset: 'client',
  config: { ...typescriptTypes, documentMode: 'string' },
});

/**
 * Typed documents for the operations in examples/ and those the tests send (test/documents/):
 * `npm run codegen` writes them to examples/gql/ and test/gql/ (not committed; `npm test` and
 * `npm run typecheck` regenerate them first). examples/gql/frontend/ is what a frontend generates
 * from the examples (examples/frontend/codegen.ts, which the README quotes): documents for Apollo
 * Client and urql, and persisted-documents.json, the manifest for PERSISTED_DOCUMENTS=only. The
 * schema is the committed SDL, so codegen needs neither the TypeScript sources nor a running
 * gateway.
 */
const config: CodegenConfig = {
  schema: process.env.CODEGEN_SCHEMA ?? 'schema/schema.graphql',
  // Imports between the written files end in .js, as NodeNext wants (test/ is type-checked).
  emitLegacyCommonJSImports: false,
  generates: {
    'examples/gql/': client('examples/**/*.graphql'),
    'test/gql/': client('test/documents/**/*.graphql'),
    'examples/gql/frontend/': frontendClient,
  },
};

export default config;
