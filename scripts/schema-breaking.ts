// Reports breaking changes of schema/schema.graphql against a committed version (default: HEAD;
// pass another ref, e.g. origin/main, as the first argument). Exits 1 when any change is breaking.
// Without a committed version to compare with (a first commit of the file), there is nothing to
// break and it passes.
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { CriticalityLevel, diff } from '@graphql-inspector/core';
import { buildSchema } from 'graphql';
import { SCHEMA_FILE } from '../src/graphql/printed.js';

const base = process.argv[2] ?? 'HEAD';

function committed(ref: string): string | undefined {
  try {
    return execFileSync('git', ['show', `${ref}:${SCHEMA_FILE}`], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch {
    return undefined;
  }
}

const before = committed(base);
if (before === undefined) {
  console.log(`${SCHEMA_FILE} has no version at ${base}: nothing to compare with.`);
  process.exit(0);
}
const after = await readFile(SCHEMA_FILE, 'utf8');

// Subgraph SDL uses federation directives without defining them.
const changes = await diff(
  buildSchema(before, { assumeValidSDL: true }),
  buildSchema(after, { assumeValidSDL: true }),
);
const breaking = changes.filter((change) => change.criticality.level === CriticalityLevel.Breaking);

for (const change of changes) {
  console.log(`${change.criticality.level.padEnd(13)} ${change.message}`);
}
if (breaking.length > 0) {
  console.error(`${breaking.length} breaking change(s) in ${SCHEMA_FILE} against ${base}.`);
  process.exit(1);
}
console.log(`${SCHEMA_FILE}: no breaking changes against ${base} (${changes.length} change(s)).`);
