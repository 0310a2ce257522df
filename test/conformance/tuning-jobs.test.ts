import {
  CreateHyperParameterTuningJobCommand,
  DescribeHyperParameterTuningJobCommand,
  type DescribeHyperParameterTuningJobResponse,
  ListHyperParameterTuningJobsCommand,
  type ListHyperParameterTuningJobsRequest,
  type SageMakerClient,
} from '@aws-sdk/client-sagemaker';
import { expect, it } from 'vitest';
import { tuningJob } from './fixtures.js';
import { describeConformance, NOT_FOUND } from './harness.js';
import { pick } from './moto-fakes.js';

const roundTrip = (job: DescribeHyperParameterTuningJobResponse) =>
  pick(job, [
    'HyperParameterTuningJobName',
    'HyperParameterTuningJobArn',
    'HyperParameterTuningJobConfig',
    'TrainingJobDefinition',
  ]);

const listNames = async (
  client: SageMakerClient,
  request: ListHyperParameterTuningJobsRequest,
): Promise<Array<string | undefined>> => {
  const names: Array<string | undefined> = [];
  let token: string | undefined;
  for (let page = 0; page < 20; page++) {
    const res = await client.send(
      new ListHyperParameterTuningJobsCommand({ ...request, NextToken: token }),
    );
    names.push(
      ...(res.HyperParameterTuningJobSummaries ?? []).map((s) => s.HyperParameterTuningJobName),
    );
    token = res.NextToken;
    if (token === undefined) break;
  }
  return names;
};

describeConformance('tuning jobs: emulator agrees with moto', (backends) => {
  it('round-trips the tuning configuration', async () => {
    const input = tuningJob('churn-hpo');
    const created = await backends.both((c) =>
      c.send(new CreateHyperParameterTuningJobCommand(input)),
    );
    expect(created.emulator.HyperParameterTuningJobArn).toBe(
      created.moto.HyperParameterTuningJobArn,
    );
    expect(created.moto.HyperParameterTuningJobArn).toBe(
      'arn:aws:sagemaker:us-east-1:123456789012:hyper-parameter-tuning-job/churn-hpo',
    );
    const described = await backends.both((c) =>
      c.send(
        new DescribeHyperParameterTuningJobCommand({ HyperParameterTuningJobName: 'churn-hpo' }),
      ),
    );
    expect(roundTrip(described.emulator)).toEqual(roundTrip(described.moto));
    expect(described.moto.HyperParameterTuningJobConfig).toEqual(
      input.HyperParameterTuningJobConfig,
    );
  });

  it('rejects a duplicate name with ResourceInUse', async () => {
    await backends.both((c) => c.send(new CreateHyperParameterTuningJobCommand(tuningJob('dup'))));
    const errors = await backends.bothFail((c) =>
      c.send(new CreateHyperParameterTuningJobCommand(tuningJob('dup'))),
    );
    expect(errors.emulator.name).toBe(errors.moto.name);
    expect(errors.moto.name).toBe('ResourceInUse');
    expect(errors.emulator.message).toContain('dup');
  });

  it('rejects a missing tuning job with a not-found error', async () => {
    // moto answers ResourceNotFound here, as SageMaker does for DescribeHyperParameterTuningJob
    const errors = await backends.bothFail((c) =>
      c.send(new DescribeHyperParameterTuningJobCommand({ HyperParameterTuningJobName: 'nope' })),
    );
    expect(errors.emulator.name).toBe(errors.moto.name);
    expect(errors.moto.message).toMatch(NOT_FOUND);
    expect(errors.emulator.message).toMatch(NOT_FOUND);
  });

  it('lists with sorting, NameContains and paging', async () => {
    for (const name of ['hpo-b', 'hpo-1', 'other-a', 'hpo-a']) {
      await backends.both((c) => c.send(new CreateHyperParameterTuningJobCommand(tuningJob(name))));
    }
    const requests: ListHyperParameterTuningJobsRequest[] = [
      { SortBy: 'Name', SortOrder: 'Descending' },
      { SortBy: 'Name', SortOrder: 'Ascending' },
      { SortBy: 'Name', SortOrder: 'Ascending', NameContains: 'hpo' },
      { SortBy: 'Name', SortOrder: 'Descending', MaxResults: 1 },
      { SortBy: 'Name', SortOrder: 'Ascending', NameContains: 'a', MaxResults: 1 },
    ];
    for (const request of requests) {
      const names = await backends.both((c) => listNames(c, request));
      expect(names.emulator, JSON.stringify(request)).toEqual(names.moto);
    }
    const descending = await backends.both((c) =>
      listNames(c, { SortBy: 'Name', SortOrder: 'Descending' }),
    );
    expect(descending.moto).toEqual(['other-a', 'hpo-b', 'hpo-a', 'hpo-1']);
  });
});
