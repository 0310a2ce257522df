// Writes schema/schema.graphql: the sorted subgraph SDL that is published to the schema registry,
// diffed by `npm run schema:check`, and read by codegen. Run after changing the schema.
import { writeFile } from 'node:fs/promises';
import { printedSchema, SCHEMA_FILE } from '../src/graphql/printed.js';

await writeFile(SCHEMA_FILE, printedSchema());
console.log(`wrote ${SCHEMA_FILE}`);
