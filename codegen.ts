import type { CodegenConfig } from '@graphql-codegen/cli';

/** One client (typed string documents) per folder of operations. */
const client = (documents: string): CodegenConfig['generates'][string] => ({
  documents,
  preset: 'client',
  config: {
    documentMode: 'string',
    useTypeImports: true,
    enumsAsTypes: true,
    scalars: {
      DateTime: 'string',
      JSON: 'unknown',
      NonNegativeFloat: 'number',
      NonNegativeInt: 'number',
    },
  },
});

/**
 * Typed documents for the operations in examples/ and those the tests send (test/documents/):
 * `npm run codegen` writes them to examples/gql/ and test/gql/ (not committed; `npm test` and
 * `npm run typecheck` regenerate them first). The schema is the committed SDL, so codegen needs
 * neither the TypeScript sources nor a running gateway.
 */
const config: CodegenConfig = {
  schema: process.env.CODEGEN_SCHEMA ?? 'schema/schema.graphql',
  // Imports between the written files end in .js, as NodeNext wants (test/ is type-checked).
  emitLegacyCommonJSImports: false,
  generates: {
    'examples/gql/': client('examples/**/*.graphql'),
    'test/gql/': client('test/documents/**/*.graphql'),
  },
};

export default config;
