import { printSubgraphSchema } from '@apollo/subgraph';
import { lexicographicSortSchema } from 'graphql';
import { schema } from './index.js';

/** The committed SDL file, relative to the repository root. */
export const SCHEMA_FILE = 'schema/schema.graphql';

/**
 * The subgraph SDL as committed in {@link SCHEMA_FILE}: sorted, with the federation directives
 * (graphql's printSchema would drop them).
 */
export function printedSchema(): string {
  return printSubgraphSchema(lexicographicSortSchema(schema));
}
