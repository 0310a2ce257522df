import { defineConfig } from 'vitest/config';

export default defineConfig({
  // graphql 16 ships index.mjs and index.js without an exports map; pin one copy so the schema
  // built by test files and by CJS dependencies (yoga, Pothos) come from the same realm.
  resolve: { alias: { graphql: 'graphql/index.js' } },
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});
