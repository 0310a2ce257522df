import { readdirSync, readFileSync } from 'node:fs';
import { DEMO } from '../emulator/demo/demo-data.js';
import type { GraphiQLTab } from './graphiql-page.js';

/** The resources the examples' variables name. */
export interface ExampleNames {
  endpoint: string;
  tuningJob: string;
  team: string;
  metric: string;
}

/** Names from the demo data, so every tab returns data as it opens. */
export const DEMO_EXAMPLE_NAMES: ExampleNames = {
  endpoint: DEMO.endpointName,
  tuningJob: DEMO.tuningJobName,
  team: 'fraud',
  metric: 'validation:auc',
};

/** Against AWS, names for the user to replace with their own. */
export const PLACEHOLDER_EXAMPLE_NAMES: ExampleNames = {
  endpoint: 'my-endpoint',
  tuningJob: 'my-tuning-job',
  team: 'my-team',
  metric: 'validation:auc',
};

/** Each example's variables, in the order of the tabs: the deployment view opens first. */
const EXAMPLES: Record<string, (names: ExampleNames) => Record<string, unknown>> = {
  'endpoint-deployment': ({ endpoint, metric }) => ({ name: endpoint, metric }),
  'tuning-job-dashboard': ({ tuningJob, metric }) => ({ name: tuningJob, objective: metric }),
  'model-registry': ({ team }) => ({ team }),
  'training-job-search': ({ team }) => ({
    filter: { tags: [{ key: 'team', eq: team }], status: { eq: 'Completed' } },
    orderBy: { field: 'CREATION_TIME', direction: 'DESC' },
    first: 10,
  }),
  'endpoint-deployment-deferred': ({ endpoint, metric }) => ({ name: endpoint, metric }),
};

// src/server/ and dist/server/ both sit two levels below the folder holding examples/ (the
// Docker image copies it there too).
const EXAMPLES_DIR = new URL('../../examples/', import.meta.url);

// Documents that write to SageMaker: no tab opens them, so exploring GraphiQL changes nothing. The
// deploy workflow is run step by step as README.md, "Changing things", says.
const WRITING = ['deploy-workflow.graphql'];

/**
 * One tab per document of examples/, with variables naming `names`. A document without an entry
 * in EXAMPLES still gets a tab, last, with no variables (test/server/graphiql-tabs.test.ts
 * asserts that every one has an entry).
 */
export function exampleTabs(names: ExampleNames): GraphiQLTab[] {
  const files = readdirSync(EXAMPLES_DIR)
    .filter((file) => file.endsWith('.graphql') && !WRITING.includes(file))
    .map((file) => file.slice(0, -'.graphql'.length));
  const order = Object.keys(EXAMPLES);
  const rank = (name: string): number =>
    order.includes(name) ? order.indexOf(name) : order.length;
  return files
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))
    .map((name) => ({
      query: readFileSync(new URL(`${name}.graphql`, EXAMPLES_DIR), 'utf8'),
      variables: JSON.stringify(EXAMPLES[name]?.(names) ?? {}, null, 2),
    }));
}
