import { SageMakerClient } from '@aws-sdk/client-sagemaker';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type Emulator, startEmulator } from '../../src/emulator/server.js';
import { loadModelPackagesByModelDataUrl } from '../../src/sagemaker/model-registry.js';
import { loadTrainingJobs } from '../../src/sagemaker/training-job.js';
import { type RewritingProxy, startRewritingProxy } from '../robustness/rewriting-proxy.js';

// A Search that fails validation with words that look like a Describe's not-found answer must
// be an error for every key of its batch, not an empty answer for each.
let emulator: Emulator;
let proxy: RewritingProxy;
let client: SageMakerClient;

const rejectSearch = (message: string) => ({
  response: (
    { operation }: { operation: string },
    answer: { status: number; body: Record<string, unknown> },
  ) =>
    operation === 'Search'
      ? { status: 400, body: { __type: 'ValidationException', message } }
      : answer,
});

beforeAll(async () => {
  emulator = await startEmulator();
  proxy = await startRewritingProxy(emulator.endpoint);
  client = new SageMakerClient({
    region: emulator.region,
    endpoint: proxy.endpoint,
    credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
    maxAttempts: 1,
  });
});
afterAll(async () => {
  client.destroy();
  await proxy.close();
  await emulator.close();
});
beforeEach(() => {
  proxy.rules = {};
  proxy.resetCalls();
});

describe('a grouped Search ValidationException', () => {
  it.each([
    'Requested resource not found.',
    'Could not find model "x".',
    'Property x does not exist.',
  ])('is an error for every key of the batch: %s', async (message) => {
    proxy.rules = rejectSearch(message);
    const results = await loadModelPackagesByModelDataUrl(client, ['s3://a/model', 's3://b/model']);
    expect(results).toHaveLength(2);
    for (const result of results) expect(result).toBeInstanceOf(Error);
  });
});

describe('a by-key Search ValidationException', () => {
  it('is an error for every key, at its index, and costs no Describe', async () => {
    proxy.rules = rejectSearch('Requested resource not found.');
    const results = await loadTrainingJobs(client, ['job-a', 'not a valid name!', 'job-b']);
    expect(results[0]).toBeInstanceOf(Error);
    expect(results[1]).toBeNull();
    expect(results[2]).toBeInstanceOf(Error);
    expect(proxy.calls()).toEqual({ Search: 1 });
  });
});

describe('a Describe not-found', () => {
  it('is null, as before', async () => {
    expect(await loadTrainingJobs(client, ['no-such-job'])).toEqual([null]);
    expect(proxy.calls()).toEqual({ Search: 1, DescribeTrainingJob: 1 });
  });
});
