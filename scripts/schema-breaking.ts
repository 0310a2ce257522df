// Reports the changes of schema/schema.graphql against an earlier commit and exits 1 when any is
// breaking (GraphQL Inspector's criticality).
//
//   npm run schema:check                         against HEAD~1, the previous commit on main
//   npm run schema:check -- --base origin/main   against the merge-base of HEAD and origin/main
//   SCHEMA_CHECK_BASE=origin/main npm run schema:check
//
// The working-tree file is compared, so uncommitted edits count. When the default base is not
// there (a first commit, or a shallow clone of depth 1) there is nothing to compare with and it
// passes, saying so. An explicit base that does not resolve is an error (exit 2), because a CI
// job that asked for a comparison must not pass without one.
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CriticalityLevel, diff } from '@graphql-inspector/core';
import { buildSchema } from 'graphql';

export interface SchemaChange {
  level: CriticalityLevel;
  message: string;
}

export interface SchemaComparison {
  changes: SchemaChange[];
  breaking: SchemaChange[];
}

/** The changes from `before` to `after` (two SDL texts), and which of them break clients. */
export async function compareSchemas(before: string, after: string): Promise<SchemaComparison> {
  // Subgraph SDL uses the federation directives without defining them.
  const changes = (
    await diff(
      buildSchema(before, { assumeValidSDL: true }),
      buildSchema(after, { assumeValidSDL: true }),
    )
  ).map((change) => ({ level: change.criticality.level, message: change.message }));
  return {
    changes,
    breaking: changes.filter((change) => change.level === CriticalityLevel.Breaking),
  };
}

export interface CheckOptions {
  /** A ref to diverge from (`origin/main`): the comparison is with its merge-base with HEAD. */
  base?: string;
  /** The SDL file, relative to the working directory. */
  schema?: string;
}

/** `--base <ref>`, `--base=<ref>` or a bare `<ref>`, then `SCHEMA_CHECK_BASE`; `--schema <file>`. */
export function parseArgs(argv: readonly string[], env: NodeJS.ProcessEnv): CheckOptions {
  const options: CheckOptions = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const equals = arg.indexOf('=');
    const flag = !arg.startsWith('--') ? undefined : equals < 0 ? arg : arg.slice(0, equals);
    const inline = flag === undefined || equals < 0 ? undefined : arg.slice(equals + 1);
    if (flag === '--base' || flag === '--schema') {
      const value = inline ?? argv[++i];
      if (value === undefined || value === '') throw new UsageError(`${flag} needs a value`);
      options[flag === '--base' ? 'base' : 'schema'] = value;
    } else if (flag !== undefined) {
      throw new UsageError(`unknown option ${arg}`);
    } else if (options.base === undefined) {
      options.base = arg;
    } else {
      throw new UsageError(`unexpected argument ${arg}`);
    }
  }
  if (options.base === undefined && env.SCHEMA_CHECK_BASE) options.base = env.SCHEMA_CHECK_BASE;
  return options;
}

export class UsageError extends Error {}

/** Runs git with `args`; its trimmed stdout, or undefined when git fails. */
export type Git = (args: readonly string[]) => string | undefined;

export type Base =
  | { kind: 'commit'; commit: string; description: string }
  | { kind: 'none'; reason: string };

/** The commit to compare with, and how it was chosen (for the log line). */
export function resolveBase(options: CheckOptions, git: Git): Base {
  const commitOf = (ref: string) => git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  const shallow = git(['rev-parse', '--is-shallow-repository']) === 'true';
  if (options.base === undefined) {
    if (git(['rev-parse', '--is-inside-work-tree']) !== 'true') {
      return { kind: 'none', reason: 'not a git work tree' };
    }
    const parent = commitOf('HEAD~1');
    if (parent === undefined) {
      return {
        kind: 'none',
        reason: shallow
          ? 'HEAD~1 is not in this shallow clone (fetch with --depth=2 or more, or pass --base)'
          : 'HEAD has no parent commit',
      };
    }
    return { kind: 'commit', commit: parent, description: 'HEAD~1' };
  }
  const tip = commitOf(options.base);
  if (tip === undefined) throw new UsageError(`${options.base} is not a commit in this clone`);
  const mergeBase = git(['merge-base', tip, 'HEAD']);
  if (mergeBase === undefined) {
    // A shallow clone may lack the common ancestor; the target's tip is the next best thing.
    return {
      kind: 'commit',
      commit: tip,
      description: `${options.base} (no merge-base with HEAD in this ${shallow ? 'shallow ' : ''}clone)`,
    };
  }
  return {
    kind: 'commit',
    commit: mergeBase,
    description: `the merge-base of HEAD and ${options.base}`,
  };
}

const git: Git = (args) => {
  try {
    return execFileSync('git', args, {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 64 * 1024 * 1024,
    }).trim();
  } catch {
    return undefined;
  }
};

async function main(argv: readonly string[]): Promise<number> {
  const options = parseArgs(argv, process.env);
  // The default path comes from the schema module; loading it builds the schema, so only then.
  const file = options.schema ?? (await import('../src/graphql/printed.js')).SCHEMA_FILE;
  const after = await readFile(file, 'utf8').catch(() => {
    throw new UsageError(`cannot read ${file}`);
  });
  const base = resolveBase(options, git);
  if (base.kind === 'none') {
    console.log(`${file}: nothing to compare with (${base.reason}).`);
    return 0;
  }
  const against = `${base.description}, ${base.commit.slice(0, 12)}`;
  const relative = path.relative(process.cwd(), file).split(path.sep).join('/');
  const before = git(['show', `${base.commit}:./${relative}`]);
  if (before === undefined) {
    console.log(`${file}: no version at ${against}; nothing to compare with.`);
    return 0;
  }
  const { changes, breaking } = await compareSchemas(before, after);
  console.log(`${file} against ${against}:`);
  for (const change of changes) console.log(`  ${change.level.padEnd(13)} ${change.message}`);
  if (breaking.length > 0) {
    console.error(`${breaking.length} breaking change(s) of ${changes.length} in ${file}.`);
    return 1;
  }
  console.log(`no breaking changes (${changes.length} change(s)).`);
  return 0;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(error instanceof UsageError ? `schema:check: ${error.message}` : error);
      process.exitCode = 2;
    },
  );
}
