import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import {
  compareSchemas,
  type Git,
  parseArgs,
  resolveBase,
  UsageError,
} from '../../scripts/schema-breaking.js';

const sdl = (type: string) => `type Query {\n  trainingJob(name: String!): TrainingJob\n}\n
type TrainingJob {\n  name: ${type}\n  status: String\n}\n`;

describe('compareSchemas', () => {
  it('calls a field whose String! became Int! breaking', async () => {
    const { changes, breaking } = await compareSchemas(sdl('String!'), sdl('Int!'));
    expect(breaking.map((change) => change.message)).toEqual([
      "Field 'TrainingJob.name' changed type from 'String!' to 'Int!'",
    ]);
    expect(changes).toHaveLength(1);
  });

  it('finds nothing between identical schemas', async () => {
    expect(await compareSchemas(sdl('String!'), sdl('String!'))).toEqual({
      changes: [],
      breaking: [],
    });
  });

  it('does not call an added field breaking', async () => {
    const added = sdl('String!').replace('status: String', 'status: String\n  arn: String!');
    const { changes, breaking } = await compareSchemas(sdl('String!'), added);
    expect([changes.length, breaking.length]).toEqual([1, 0]);
  });

  it('reads subgraph SDL, whose federation directives have no definitions', async () => {
    const keyed = (type: string) =>
      sdl(type).replace('TrainingJob {', 'TrainingJob @key(fields: "name") {');
    const { breaking } = await compareSchemas(keyed('String!'), keyed('Int!'));
    expect(breaking).toHaveLength(1);
  });
});

describe('parseArgs', () => {
  it('takes the base from --base, --base=, a bare ref or SCHEMA_CHECK_BASE, in that order', () => {
    expect(parseArgs(['--base', 'origin/main'], {})).toEqual({ base: 'origin/main' });
    expect(parseArgs(['--base=origin/main'], { SCHEMA_CHECK_BASE: 'x' })).toEqual({
      base: 'origin/main',
    });
    expect(parseArgs(['origin/main', '--schema', 'a.graphql'], {})).toEqual({
      base: 'origin/main',
      schema: 'a.graphql',
    });
    expect(parseArgs([], { SCHEMA_CHECK_BASE: 'origin/main' })).toEqual({ base: 'origin/main' });
    expect(parseArgs([], { SCHEMA_CHECK_BASE: '' })).toEqual({});
  });

  it('rejects unknown options and a flag without a value', () => {
    expect(() => parseArgs(['--bogus'], {})).toThrow(UsageError);
    expect(() => parseArgs(['--base'], {})).toThrow('--base needs a value');
    expect(() => parseArgs(['a', 'b'], {})).toThrow('unexpected argument b');
  });
});

describe('resolveBase', () => {
  /** A git that knows `commits` (ref → sha) and the merge-bases listed as `tip..HEAD` → sha. */
  const fakeGit =
    (
      commits: Record<string, string>,
      options: { shallow?: boolean; mergeBases?: Record<string, string> } = {},
    ): Git =>
    (args) => {
      const [command, ...rest] = args;
      if (command === 'rev-parse' && rest[0] === '--is-inside-work-tree') return 'true';
      if (command === 'rev-parse' && rest[0] === '--is-shallow-repository') {
        return String(options.shallow ?? false);
      }
      if (command === 'rev-parse') return commits[(rest.at(-1) ?? '').replace('^{commit}', '')];
      if (command === 'merge-base') return options.mergeBases?.[`${rest[0]}..${rest[1]}`];
      return undefined;
    };

  it('defaults to HEAD~1', () => {
    expect(resolveBase({}, fakeGit({ HEAD: 'b', 'HEAD~1': 'a' }))).toEqual({
      kind: 'commit',
      commit: 'a',
      description: 'HEAD~1',
    });
  });

  it('has nothing to compare with on a first commit or a clone of depth 1', () => {
    expect(resolveBase({}, fakeGit({ HEAD: 'a' }))).toEqual({
      kind: 'none',
      reason: 'HEAD has no parent commit',
    });
    const shallow = resolveBase({}, fakeGit({ HEAD: 'a' }, { shallow: true }));
    expect(shallow).toMatchObject({ kind: 'none', reason: expect.stringMatching(/shallow clone/) });
  });

  it('compares with the merge-base when a target branch is given', () => {
    const git = fakeGit({ HEAD: 'c', 'origin/main': 'm' }, { mergeBases: { 'm..HEAD': 'a' } });
    expect(resolveBase({ base: 'origin/main' }, git)).toEqual({
      kind: 'commit',
      commit: 'a',
      description: 'the merge-base of HEAD and origin/main',
    });
  });

  it("falls back to the target's tip when a shallow clone lacks the merge-base", () => {
    const git = fakeGit({ HEAD: 'c', 'origin/main': 'm' }, { shallow: true });
    expect(resolveBase({ base: 'origin/main' }, git)).toMatchObject({
      kind: 'commit',
      commit: 'm',
      description: 'origin/main (no merge-base with HEAD in this shallow clone)',
    });
  });

  it('refuses a target that is not a commit', () => {
    expect(() => resolveBase({ base: 'origin/nope' }, fakeGit({ HEAD: 'a' }))).toThrow(
      'origin/nope is not a commit in this clone',
    );
  });
});

describe('npm run schema:check', () => {
  const script = fileURLToPath(new URL('../../scripts/schema-breaking.ts', import.meta.url));
  const tsx = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url));
  const run = promisify(execFile);
  let repo = '';

  afterEach(async () => {
    if (repo !== '') await rm(repo, { recursive: true, force: true });
    repo = '';
  });

  const git = (...args: string[]) =>
    run('git', ['-c', 'user.name=Schema Check', '-c', 'user.email=ci@example.com', ...args], {
      cwd: repo,
      env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' },
    });

  async function commit(message: string, schema: string): Promise<void> {
    await writeFile(path.join(repo, 'schema.graphql'), schema);
    await git('add', 'schema.graphql');
    await git('commit', '--quiet', '--allow-empty', '-m', message);
  }

  /** Runs the script in the temporary repository: its exit code and output. */
  async function check(...args: string[]): Promise<{ code: number; output: string }> {
    try {
      const { stdout, stderr } = await run(tsx, [script, '--schema', 'schema.graphql', ...args], {
        cwd: repo,
        timeout: 30_000,
      });
      return { code: 0, output: stdout + stderr };
    } catch (error) {
      const failed = error as { code?: number; stdout?: string; stderr?: string };
      return { code: failed.code ?? -1, output: `${failed.stdout ?? ''}${failed.stderr ?? ''}` };
    }
  }

  async function init(): Promise<void> {
    repo = await mkdtemp(path.join(tmpdir(), 'schema-check-'));
    await git('init', '--quiet', '--initial-branch=main');
  }

  it('passes on a single commit, saying there is nothing to compare with', async () => {
    await init();
    await commit('first', sdl('String!'));
    const { code, output } = await check();
    expect(output).toContain('nothing to compare with (HEAD has no parent commit)');
    expect(code).toBe(0);
  });

  it('exits 1 when the last commit turned a String! field into Int!, 0 when unchanged', async () => {
    await init();
    await commit('first', sdl('String!'));
    await commit('unchanged', sdl('String!'));
    const unchanged = await check();
    expect(unchanged.output).toContain('no breaking changes (0 change(s))');
    expect(unchanged.code).toBe(0);

    await commit('breaking', sdl('Int!'));
    const breaking = await check();
    expect(breaking.output).toContain(
      "Field 'TrainingJob.name' changed type from 'String!' to 'Int!'",
    );
    expect(breaking.code).toBe(1);
  });

  it('compares a branch with its merge-base with --base', async () => {
    await init();
    await commit('first', sdl('String!'));
    await git('checkout', '--quiet', '-b', 'feature');
    await commit('breaking', sdl('Int!'));
    await commit('later', `${sdl('Int!')}\n`);
    const { code, output } = await check('--base', 'main');
    expect(output).toContain('against the merge-base of HEAD and main');
    expect(code).toBe(1);
  });
});
