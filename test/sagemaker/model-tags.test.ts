import { CreateModelCommand, type SageMakerClient } from '@aws-sdk/client-sagemaker';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type Emulator, startEmulator } from '../../src/emulator/server.js';
import { searchModelTags } from '../../src/sagemaker/model-tags.js';
import { callsOf, clientFor } from './helpers.js';

const T0 = Date.UTC(2024, 0, 1);
const COUNT = 250;
/** `model-000` … `model-249`, each tagged with its number, plus two mixed-case names. */
const NAMES = Array.from({ length: COUNT }, (_, at) => `model-${String(at).padStart(3, '0')}`);

let clock = T0;
let emulator: Emulator;
let client: SageMakerClient;

beforeAll(async () => {
  emulator = await startEmulator({ data: 'empty', now: () => clock });
  const put = (name: string, tags: Record<string, string>): void => {
    emulator.store.put('Model', {
      ModelName: name,
      ModelArn: undefined,
      PrimaryContainer: { Image: 'img:1' },
      CreationTime: new Date(T0),
      Tags: Object.entries(tags).map(([Key, Value]) => ({ Key, Value })),
    });
  };
  for (const [at, name] of NAMES.entries()) put(name, { n: String(at) });
  put('Mixed-Case', { team: 'blue' });
  put('Untagged', {});
  client = clientFor(emulator);
});
afterAll(() => emulator.close());
beforeEach(() => {
  emulator.resetCalls();
  emulator.knobs.searchLagMs = 0;
  emulator.knobs.faultRate = 0;
});

const tagOf = (n: number) => [{ Key: 'n', Value: String(n) }];

describe('searchModelTags', () => {
  it('answers up to 100 names with one Search', async () => {
    const names = NAMES.slice(0, 100);
    const tags = await searchModelTags(client, names);
    expect(callsOf(emulator)).toEqual({ Search: 1 });
    expect(tags.size).toBe(100);
    expect(tags.get('model-000')).toEqual(tagOf(0));
    expect(tags.get('model-099')).toEqual(tagOf(99));
  });

  it.each([
    [101, 2],
    [200, 2],
    [201, 3],
  ])('answers %i names with %i Searches', async (count, searches) => {
    const tags = await searchModelTags(client, NAMES.slice(0, count));
    expect(callsOf(emulator)).toEqual({ Search: searches });
    expect([...tags.keys()].sort()).toEqual(NAMES.slice(0, count));
    expect(tags.get(NAMES[count - 1] ?? '')).toEqual(tagOf(count - 1));
  });

  it('counts a name once, however often it is asked for', async () => {
    const names = [...NAMES.slice(0, 100), ...NAMES.slice(0, 100)];
    expect((await searchModelTags(client, names)).size).toBe(100);
    expect(callsOf(emulator)).toEqual({ Search: 1 });
  });

  it('leaves out names Search does not return, and calls nothing for none', async () => {
    const tags = await searchModelTags(client, ['model-001', 'no-such-model', 'Untagged']);
    expect([...tags]).toEqual([
      ['model-001', tagOf(1)],
      ['untagged', []],
    ]);
    expect(callsOf(emulator)).toEqual({ Search: 1 });
    emulator.resetCalls();
    // Invalid names cannot be models: no Search is spent on them.
    expect((await searchModelTags(client, ['', 'not_a_name', 'x'.repeat(64)])).size).toBe(0);
    expect(await searchModelTags(client, [])).toEqual(new Map());
    expect(callsOf(emulator)).toEqual({});
  });

  it('keys by the lower-cased name, searching each name as given and lower-cased', async () => {
    const asGiven = await searchModelTags(client, ['Mixed-Case']);
    expect([...asGiven]).toEqual([['mixed-case', [{ Key: 'team', Value: 'blue' }]]]);
    // A lower-case model asked for in another case is found through the lower-cased form.
    expect([...(await searchModelTags(client, ['MODEL-007']))]).toEqual([['model-007', tagOf(7)]]);
    // A mixed-case model asked for lower-cased (a name read from an ARN) is not: ModelName
    // matches exactly, so it is absent and the caller's ListTags fallback (by ARN) answers it.
    expect((await searchModelTags(client, ['mixed-case'])).size).toBe(0);
    expect(callsOf(emulator)).toEqual({ Search: 3 });
  });

  it('leaves out a model Search has not indexed yet', async () => {
    emulator.knobs.searchLagMs = 10_000;
    await client.send(
      new CreateModelCommand({
        ModelName: 'model-new',
        PrimaryContainer: { Image: 'img:1' },
        Tags: [{ Key: 'team', Value: 'red' }],
      }),
    );
    expect((await searchModelTags(client, ['model-new', 'model-002'])).has('model-new')).toBe(
      false,
    );
    clock += 10_000;
    expect((await searchModelTags(client, ['model-new'])).get('model-new')).toEqual([
      { Key: 'team', Value: 'red' },
    ]);
  });

  it('throws the mapped error when Search fails', async () => {
    emulator.knobs.faultRate = 1;
    await expect(searchModelTags(client, ['model-001'])).rejects.toMatchObject({
      extensions: { code: 'UPSTREAM_UNAVAILABLE' },
    });
    expect(callsOf(emulator)).toEqual({ Search: 1 });
  });
});
