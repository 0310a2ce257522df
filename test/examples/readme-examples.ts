import { readdirSync, readFileSync } from 'node:fs';

/** An operation of examples/ with the variables the README gives for it. */
export interface ReadmeExample {
  /** `examples/<name>.graphql`, as the README names it. */
  file: string;
  document: string;
  variables: Record<string, unknown>;
}

const root = new URL('../../', import.meta.url);

// A row of the README's examples table: | `examples/x.graphql` | what it shows | `{"json"}` |
const ROW = /^\| `(examples\/[\w-]+\.graphql)` \| .+ \| `(\{.*\})` \|$/gm;

/**
 * Whether `document` answers incrementally (@defer, @stream): then only a client that reads
 * multipart/mixed can run it (the gateway answers plain JSON requests 406), so the plain-JSON
 * runners leave it to test/clients/ and examples.test.ts.
 */
export const incremental = (document: string): boolean => /@(defer|stream)\b/.test(document);

/** The README's examples table, read from README.md, so the test runs what a reader copies. */
export function readmeExamples(): ReadmeExample[] {
  const readme = readFileSync(new URL('README.md', root), 'utf8');
  return [...readme.matchAll(ROW)].map(([, file = '', variables = '']) => ({
    file,
    document: readFileSync(new URL(file, root), 'utf8'),
    variables: JSON.parse(variables) as Record<string, unknown>,
  }));
}

/**
 * Every query file in examples/ (without generated code). The deploy workflow's mutations take
 * their variables from the README's "Changing things" table and run in deploy-workflow.test.ts.
 */
export const exampleFiles = (): string[] =>
  readdirSync(new URL('examples/', root))
    .filter((name) => name.endsWith('.graphql') && name !== 'deploy-workflow.graphql')
    .map((name) => `examples/${name}`)
    .sort();
