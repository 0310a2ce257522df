import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed documents for the operations in examples/: `npm run codegen` writes them to examples/gql/
 * (not committed; `npm test` and `npm run typecheck` regenerate them first). The schema is the
 * committed SDL, so codegen needs neither the TypeScript sources nor a running gateway.
 */
const config: CodegenConfig = {
  schema: process.env.CODEGEN_SCHEMA ?? 'schema/schema.graphql',
  documents: ['examples/**/*.graphql'],
  generates: {
    'examples/gql/': {
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
    },
  },
};

export default config;
