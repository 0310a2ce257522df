import type { SageMakerClient } from '@aws-sdk/client-sagemaker';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type Emulator, startEmulator } from '../../src/emulator/server.js';
import type { Kind } from '../../src/emulator/store.js';
import { loadAlgorithms } from '../../src/sagemaker/algorithm.js';
import type { BatchResult } from '../../src/sagemaker/batch/search.js';
import { loadEndpointConfigs, loadEndpoints, loadModels } from '../../src/sagemaker/hosting.js';
import { loadModelPackageGroups, loadModelPackages } from '../../src/sagemaker/model-registry.js';
import { loadTagsByArn } from '../../src/sagemaker/tags.js';
import { loadTrainingJobs } from '../../src/sagemaker/training-job.js';
import { loadTuningJobs } from '../../src/sagemaker/tuning-job.js';
import { callsOf, clientFor, nameOf } from './helpers.js';

let emulator: Emulator;
let client: SageMakerClient;

beforeAll(async () => {
  emulator = await startEmulator();
  client = clientFor(emulator);
});
afterAll(() => emulator.close());
beforeEach(() => {
  emulator.resetCalls();
  emulator.knobs.searchLagMs = 0;
});

type Load = (client: SageMakerClient, keys: readonly string[]) => Promise<BatchResult<object>[]>;

interface Family {
  kind: Kind;
  load: Load;
  name: string;
  arn: string;
  /** Calls for [name, missing name, upper-cased ARN, name again]. */
  calls: Record<string, number>;
  /** Whether items carry Tags (Search records do; Describe-only items load them separately). */
  tagged: boolean;
}

const FAMILIES: Family[] = [
  {
    kind: 'TrainingJob',
    load: loadTrainingJobs,
    name: 'TrainingJobName',
    arn: 'TrainingJobArn',
    calls: { Search: 1, DescribeTrainingJob: 1 },
    tagged: true,
  },
  {
    kind: 'HyperParameterTuningJob',
    load: loadTuningJobs,
    name: 'HyperParameterTuningJobName',
    arn: 'HyperParameterTuningJobArn',
    calls: { Search: 1, DescribeHyperParameterTuningJob: 1 },
    tagged: true,
  },
  {
    kind: 'Endpoint',
    load: loadEndpoints,
    name: 'EndpointName',
    arn: 'EndpointArn',
    calls: { Search: 1, DescribeEndpoint: 1 },
    tagged: true,
  },
  {
    kind: 'ModelPackageGroup',
    load: loadModelPackageGroups,
    name: 'ModelPackageGroupName',
    arn: 'ModelPackageGroupArn',
    calls: { Search: 1, DescribeModelPackageGroup: 1 },
    tagged: true,
  },
  {
    kind: 'EndpointConfig',
    load: loadEndpointConfigs,
    name: 'EndpointConfigName',
    arn: 'EndpointConfigArn',
    // One Describe per distinct key, no ListTags: tags load only when asked for.
    calls: { DescribeEndpointConfig: 3 },
    tagged: false,
  },
  {
    kind: 'Model',
    load: loadModels,
    name: 'ModelName',
    arn: 'ModelArn',
    // Search covers models (as ModelDashboardModel records); the missing key is described.
    calls: { Search: 1, DescribeModel: 1 },
    tagged: true,
  },
  {
    kind: 'Algorithm',
    load: loadAlgorithms,
    name: 'AlgorithmName',
    arn: 'AlgorithmArn',
    calls: { DescribeAlgorithm: 3 },
    tagged: false,
  },
];

const stored = (kind: Kind, member: string): string[] =>
  emulator.store.all(kind).map((record) => (record as Record<string, unknown>)[member] as string);

describe.each(FAMILIES)('$kind batch', ({ kind, load, name, arn, calls, tagged }) => {
  it('answers in key order: items, null for missing, ARNs case-insensitively', async () => {
    const [first = '', second = ''] = stored(kind, name);
    const secondArn = String((emulator.store.all(kind)[1] as Record<string, unknown>)[arn]);
    const [prefix = '', ...rest] = secondArn.split('/');
    // ARNs hold names lower-cased; a key in another case still finds the resource.
    const keys = [first, 'no-such-resource', `${prefix}/${rest.join('/').toUpperCase()}`, first];
    const results = await load(client, keys);
    expect(results.map((result) => nameOf(result, name))).toEqual([first, null, second, first]);
    for (const result of [results[0], results[2]]) {
      expect(Array.isArray((result as { Tags?: unknown }).Tags)).toBe(tagged);
    }
    expect(callsOf(emulator)).toEqual(calls);
  });

  it('loads invalid keys as null without calling SageMaker', async () => {
    expect(await load(client, ['not a name!', 'arn:aws:s3:::bucket/key'])).toEqual([null, null]);
    expect(callsOf(emulator)).toEqual({});
  });
});

describe('Search-backed batches', () => {
  it('cost one Search for 5 keys and for 100 keys', async () => {
    const names = stored('TrainingJob', 'TrainingJobName');
    const five = await loadTrainingJobs(client, names.slice(0, 5));
    expect(five.map((job) => nameOf(job, 'TrainingJobName'))).toEqual(names.slice(0, 5));
    expect(callsOf(emulator)).toEqual({ Search: 1 });
    emulator.resetCalls();
    // Half by ARN, so the expression carries both properties.
    const keys = names
      .slice(100, 200)
      .map((jobName, i) => (i % 2 === 0 ? jobName : emulator.store.arn('TrainingJob', jobName)));
    const hundred = await loadTrainingJobs(client, keys);
    expect(hundred.map((job) => nameOf(job, 'TrainingJobName'))).toEqual(names.slice(100, 200));
    expect(callsOf(emulator)).toEqual({ Search: 1 });
  });

  it('split 250 keys into three Searches', async () => {
    const names = stored('TrainingJob', 'TrainingJobName').slice(0, 250);
    const results = await loadTrainingJobs(client, names);
    expect(results.map((job) => nameOf(job, 'TrainingJobName'))).toEqual(names);
    expect(callsOf(emulator)).toEqual({ Search: 3 });
  });

  it('load model packages by ARN and an unversioned package by name', async () => {
    const packages = emulator.store.all('ModelPackage');
    const versioned = packages.find((pkg) => pkg.ModelPackageVersion !== undefined);
    const unversioned = packages.find((pkg) => pkg.ModelPackageVersion === undefined);
    const group = versioned?.ModelPackageGroupName ?? '';
    const keys = [
      versioned?.ModelPackageArn ?? '',
      unversioned?.ModelPackageName ?? '',
      // A group's name is the name of its versions, not of an unversioned package.
      group,
      `${versioned?.ModelPackageArn}0000`,
      // A version is not part of a name.
      `${group}/1`,
    ];
    const results = await loadModelPackages(client, keys);
    expect(results.map((pkg) => nameOf(pkg, 'ModelPackageArn'))).toEqual([
      versioned?.ModelPackageArn,
      unversioned?.ModelPackageArn,
      null,
      null,
      null,
    ]);
    expect(callsOf(emulator)).toEqual({ Search: 1, DescribeModelPackage: 2 });
  });

  it('find a just-created resource through Describe while Search lags', async () => {
    emulator.knobs.searchLagMs = 60_000;
    const { CreateModelPackageGroupCommand } = await import('@aws-sdk/client-sagemaker');
    await client.send(
      new CreateModelPackageGroupCommand({
        ModelPackageGroupName: 'fresh-group',
        Tags: [{ Key: 'team', Value: 'new' }],
      }),
    );
    emulator.resetCalls();
    const [existing] = stored('ModelPackageGroup', 'ModelPackageGroupName');
    const results = await loadModelPackageGroups(client, ['fresh-group', existing ?? '']);
    expect(results.map((group) => nameOf(group, 'ModelPackageGroupName'))).toEqual([
      'fresh-group',
      existing,
    ]);
    expect(nameOf(results[0], 'Tags')).toEqual([{ Key: 'team', Value: 'new' }]);
    expect(callsOf(emulator)).toEqual({
      Search: 1,
      DescribeModelPackageGroup: 1,
      ListTags: 1,
    });
  });

  it('give an Error to the key whose call failed and still answer the others', async () => {
    emulator.knobs.searchLagMs = 60_000;
    const { CreateModelPackageGroupCommand } = await import('@aws-sdk/client-sagemaker');
    for (const name of ['lagging-a', 'lagging-b']) {
      await client.send(new CreateModelPackageGroupCommand({ ModelPackageGroupName: name }));
    }
    emulator.resetCalls();
    emulator.knobs.failNext('DescribeModelPackageGroup', 1, 'fault');
    const [existing] = stored('ModelPackageGroup', 'ModelPackageGroupName');
    const results = await loadModelPackageGroups(client, [
      existing ?? '',
      'lagging-a',
      'lagging-b',
    ]);
    expect(nameOf(results[0], 'ModelPackageGroupName')).toBe(existing);
    const lagging = results.slice(1);
    expect(lagging.filter((result) => result instanceof Error)).toHaveLength(1);
    expect(
      lagging
        .filter((result) => !(result instanceof Error))
        .map((group) => nameOf(group, 'ModelPackageGroupName')),
    ).toHaveLength(1);
    expect(String(lagging.find((result) => result instanceof Error))).toMatch(
      /SageMaker is unavailable/,
    );
  });

  it('give every key of a failed Search its Error', async () => {
    emulator.knobs.failNext('Search', 1, 'fault');
    const names = stored('Endpoint', 'EndpointName').slice(0, 3);
    const results = await loadEndpoints(client, names);
    for (const result of results) expect(result).toBeInstanceOf(Error);
  });

  it('succeed after throttling through the SDK’s standard retries', async () => {
    const retrying = clientFor(emulator, 3);
    emulator.knobs.failNext('Search', 1, 'throttle');
    const names = stored('TrainingJob', 'TrainingJobName').slice(0, 3);
    const results = await loadTrainingJobs(retrying, names);
    expect(results.map((job) => nameOf(job, 'TrainingJobName'))).toEqual(names);
    expect(callsOf(emulator)).toEqual({ Search: 2 });
  });
});

describe('loadTagsByArn', () => {
  const models = () => emulator.store.all('Model');

  it('answers in key order with one ListTags per distinct ARN, [] for a missing resource', async () => {
    const [first, second] = models();
    const missing = emulator.store.arn('Model', 'no-such-model');
    const keys = [first?.ModelArn ?? '', missing, second?.ModelArn ?? '', first?.ModelArn ?? ''];
    const results = await loadTagsByArn(client, keys);
    expect(results).toEqual([first?.Tags ?? [], [], second?.Tags ?? [], first?.Tags ?? []]);
    expect((first?.Tags ?? []).length).toBeGreaterThan(0);
    expect(callsOf(emulator)).toEqual({ ListTags: 3 });
  });

  it('gives an Error to the ARN whose call failed and still answers the others', async () => {
    emulator.knobs.failNext('ListTags', 1, 'fault');
    const arns = models()
      .slice(0, 3)
      .map((model) => model.ModelArn ?? '');
    const results = await loadTagsByArn(client, arns);
    expect(results.filter((result) => result instanceof Error)).toHaveLength(1);
    expect(String(results.find((result) => result instanceof Error))).toMatch(
      /SageMaker is unavailable/,
    );
    expect(results.filter(Array.isArray)).toHaveLength(2);
  });
});
