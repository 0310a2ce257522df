import { SageMakerClient, type TrainingJob } from '@aws-sdk/client-sagemaker';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { type Emulator, startEmulator } from '../../src/emulator/server.js';
import { searchGroupedByParent } from '../../src/sagemaker/batch/grouped-search.js';
import { configureReads } from '../../src/sagemaker/read-options.js';
import { loadTagsByArn } from '../../src/sagemaker/tags.js';
import { loadTrainingJobsByModelArtifacts } from '../../src/sagemaker/training-job.js';
import {
  type RewritingProxy,
  repeatNextToken,
  startRewritingProxy,
} from '../robustness/rewriting-proxy.js';

// Every paging loop against an upstream that never stops paging: each must end, and with the
// retryable UPSTREAM_UNAVAILABLE, after a bounded number of calls.
let emulator: Emulator;
let proxy: RewritingProxy;
let client: SageMakerClient;
const MAX_PAGES = 5;

beforeAll(async () => {
  emulator = await startEmulator();
  proxy = await startRewritingProxy(emulator.endpoint);
  client = new SageMakerClient({
    region: emulator.region,
    endpoint: proxy.endpoint,
    credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
    maxAttempts: 1,
  });
  configureReads(client, {
    ...loadConfig({ LOG_LEVEL: 'silent' }).reads,
    maxPages: MAX_PAGES,
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

const unavailable = { extensions: { code: 'UPSTREAM_UNAVAILABLE' } };
const artifactUrls = () =>
  emulator.store
    .all('TrainingJob')
    .slice(0, 3)
    .map((job) => String(job.ModelArtifacts?.S3ModelArtifacts));
const tuningJobArns = () =>
  emulator.store
    .all('HyperParameterTuningJob')
    .slice(0, 2)
    .map((job) => String(job.HyperParameterTuningJobArn));
const byTuningJob = {
  resource: 'TrainingJob' as const,
  search: {},
  property: 'TuningJobArn',
  pick: (record: { TrainingJob?: TrainingJob }) => record.TrainingJob,
  valueOf: (job: TrainingJob) => job.TuningJobArn,
  readLimit: 1_000,
};

describe('a repeated NextToken', () => {
  it('ends a link Search (searchAll) after the second page, per key', async () => {
    proxy.rules = repeatNextToken('Search');
    const urls = artifactUrls();
    const results = await loadTrainingJobsByModelArtifacts(client, urls);
    expect(results).toHaveLength(3);
    for (const result of results) expect(result).toMatchObject(unavailable);
    expect(proxy.calls()).toEqual({ Search: 2 });
  });

  it('ends a shared nested Search', async () => {
    proxy.rules = repeatNextToken('Search');
    await expect(searchGroupedByParent(client, byTuningJob, tuningJobArns())).rejects.toMatchObject(
      unavailable,
    );
    expect(proxy.calls()).toEqual({ Search: 2 });
  });

  it('ends ListTags', async () => {
    proxy.rules = repeatNextToken('ListTags');
    const arn = String(emulator.store.all('TrainingJob')[0]?.TrainingJobArn);
    const [result] = await loadTagsByArn(client, [arn]);
    expect(result).toMatchObject(unavailable);
    expect(proxy.calls()).toEqual({ ListTags: 2 });
  });
});

describe('a NextToken that changes forever', () => {
  it(`stops at MAX_UPSTREAM_PAGES (${MAX_PAGES}) pages`, async () => {
    let n = 0;
    const looping = repeatNextToken('Search');
    proxy.rules = {
      ...looping,
      response: (_call, answer) => ({ ...answer, body: { ...answer.body, NextToken: `t${n++}` } }),
    };
    const [result] = await loadTrainingJobsByModelArtifacts(client, artifactUrls().slice(0, 1));
    expect(result).toMatchObject(unavailable);
    expect(proxy.calls()).toEqual({ Search: MAX_PAGES });
  });
});

describe('an empty NextToken', () => {
  it('ends the sequence: the first page is the answer', async () => {
    const urls = artifactUrls();
    proxy.rules = {
      response: ({ operation }, answer) =>
        operation === 'Search' ? { ...answer, body: { ...answer.body, NextToken: '' } } : answer,
    };
    const results = await loadTrainingJobsByModelArtifacts(client, urls);
    expect(results.map((jobs) => (Array.isArray(jobs) ? jobs.length : jobs))).toEqual([1, 1, 1]);
    expect(proxy.calls()).toEqual({ Search: 1 });
  });
});
