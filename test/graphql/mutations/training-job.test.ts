import { beforeEach, describe, expect, it } from 'vitest';
import { useDemoGateway } from '../../support/gateway.js';

// Issue 13: the write side. The training job of the create-training-job reference (an XGBoost job
// with train and validation channels), given as the GraphQL input.
const gateway = useDemoGateway({ emulator: { data: 'demo' } });
const { post, emulator } = gateway;

/** SageMaker requests the gateway has sent, as its own /metrics counts them. */
async function sentRequests(): Promise<number> {
  const text = await (await gateway.app().fetch('http://gateway/metrics')).text();
  return [...text.matchAll(/^sagemaker_requests_total\{[^}]*\} (\d+)$/gm)].reduce(
    (sum, [, count]) => sum + Number(count),
    0,
  );
}

let sentBefore = 0;
/** Requests sent since the test began, by /metrics. */
const sentSince = async () => (await sentRequests()) - sentBefore;

beforeEach(async () => {
  emulator().resetCalls();
  sentBefore = await sentRequests();
});

/** The operations the emulator served since the last reset, with their counts. */
const calls = () =>
  Object.fromEntries(Object.entries(emulator().calls()).filter(([, count]) => count > 0));

const WRITES = /^(Create|Update|Delete|Stop|Add)/;
const writeCalls = () => Object.keys(calls()).filter((operation) => WRITES.test(operation));

const trainingJobInput = (name: string) => ({
  trainingJobName: name,
  hyperParameters: [
    { key: 'max_depth', value: '5' },
    { key: 'eta', value: '0.2' },
    { key: 'objective', value: 'binary:logistic' },
    { key: 'num_round', value: '100' },
  ],
  algorithmSpecification: {
    trainingImage: '683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1',
    trainingInputMode: 'File',
    metricDefinitions: [{ name: 'validation:auc', regex: 'validation-auc:([0-9\\.]+)' }],
  },
  roleArn: 'arn:aws:iam::123456789012:role/service-role/SageMakerRole',
  inputDataConfig: [
    {
      channelName: 'train',
      dataSource: {
        s3DataSource: {
          s3DataType: 'S3Prefix',
          s3Uri: 's3://amzn-s3-demo-bucket/xgboost/train/',
          s3DataDistributionType: 'FullyReplicated',
        },
      },
      contentType: 'text/csv',
      compressionType: 'None',
    },
    {
      channelName: 'validation',
      dataSource: {
        s3DataSource: {
          s3DataType: 'S3Prefix',
          s3Uri: 's3://amzn-s3-demo-bucket/xgboost/validation/',
        },
      },
      contentType: 'text/csv',
    },
  ],
  outputDataConfig: { s3OutputPath: 's3://amzn-s3-demo-bucket/xgboost/output/' },
  resourceConfig: { instanceType: 'ml.m5.xlarge', instanceCount: 1, volumeSizeInGB: 30 },
  stoppingCondition: { maxRuntimeInSeconds: 86400 },
  enableManagedSpotTraining: false,
  environment: [{ key: 'LOG_LEVEL', value: 'info' }],
  retryStrategy: { maximumRetryAttempts: 2 },
  tags: [{ key: 'project', value: 'churn' }],
});

const CREATE = `mutation Create($input: CreateTrainingJobInput!) {
  createTrainingJob(input: $input) {
    trainingJob { id name trainingJobStatus hyperParameters { key value }
      resourceConfig { instanceType instanceCount volumeSizeInGB }
      inputDataConfig { channelName } tags { key value } }
  }
}`;

describe('createTrainingJob', () => {
  it('creates the reference job, answers it read after write, and stops it', async () => {
    const created = await post(CREATE, { input: trainingJobInput('xgboost-churn-1') });
    expect(created.errors).toBeUndefined();
    const job = (created.data as { createTrainingJob: { trainingJob: Record<string, unknown> } })
      .createTrainingJob.trainingJob;
    expect(job).toMatchObject({
      name: 'xgboost-churn-1',
      trainingJobStatus: 'InProgress',
      resourceConfig: { instanceType: 'ml.m5.xlarge', instanceCount: 1, volumeSizeInGB: 30 },
      inputDataConfig: [{ channelName: 'train' }, { channelName: 'validation' }],
    });
    expect(job.hyperParameters).toContainEqual({ key: 'max_depth', value: '5' });
    expect(job.tags).toContainEqual({ key: 'project', value: 'churn' });
    // Read after write by Describe, never Search (eventually consistent).
    expect(calls()).toMatchObject({ CreateTrainingJob: 1, DescribeTrainingJob: 1 });
    expect(calls().Search).toBeUndefined();

    const linked = await post(
      `{ trainingJob(name: "xgboost-churn-1") { arn trainingJobStatus algorithmSpecification { trainingImage metricDefinitions { name } } } }`,
    );
    expect(linked.errors).toBeUndefined();
    expect(linked.data?.trainingJob).toMatchObject({
      algorithmSpecification: { metricDefinitions: [{ name: 'validation:auc' }] },
    });

    const stopped = await post(
      `mutation { stopTrainingJob(name: "xgboost-churn-1") { trainingJob { name trainingJobStatus } } }`,
    );
    expect(stopped.errors).toBeUndefined();
    const { stopTrainingJob } = stopped.data as {
      stopTrainingJob: { trainingJob: { trainingJobStatus: string } };
    };
    const status = stopTrainingJob.trainingJob.trainingJobStatus;
    expect(['Stopping', 'Stopped']).toContain(status);
    // The counter the bad-input tests read does count: create, reads, stop.
    expect(await sentSince()).toBeGreaterThanOrEqual(3);
  });

  it('refuses a name that breaks the pattern, with no upstream call', async () => {
    const answer = await post(CREATE, { input: trainingJobInput('bad_name!') });
    expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(answer.errors?.[0]?.message).toContain('input.trainingJobName');
    expect(answer.errors?.[0]?.message).toContain('"bad_name!"');
    expect(calls()).toEqual({});
    expect(await sentSince()).toBe(0);
  });

  it('refuses more than 20 input channels, with no upstream call', async () => {
    const input = trainingJobInput('too-many-channels');
    const channel = input.inputDataConfig[0];
    input.inputDataConfig = Array.from({ length: 21 }, (_, at) => ({
      ...channel,
      channelName: `c${at}`,
    })) as typeof input.inputDataConfig;
    const answer = await post(CREATE, { input });
    expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(answer.errors?.[0]?.message).toContain(
      'input.inputDataConfig: Member must have length less than or equal to 20, but got: a list of 21 items',
    );
    expect(calls()).toEqual({});
    expect(await sentSince()).toBe(0);
  });

  it('refuses out-of-range counts at their input paths, all in one error, with no call', async () => {
    const input = {
      ...trainingJobInput('out-of-range'),
      retryStrategy: { maximumRetryAttempts: 0 },
      resourceConfig: {
        instanceGroups: [
          { instanceType: 'ml.m5.xlarge', instanceCount: 1, instanceGroupName: 'ok' },
          { instanceType: 'ml.m5.xlarge', instanceCount: -1, instanceGroupName: 'workers' },
        ],
      },
    };
    const answer = await post(CREATE, { input });
    expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(answer.errors?.[0]?.message).toBe(
      'Invalid input (2 problems): input.resourceConfig.instanceGroups[1].instanceCount: Member must have value greater than or equal to 0, but got: -1; input.retryStrategy.maximumRetryAttempts: Member must have value greater than or equal to 1, but got: 0.',
    );
    expect(answer.errors?.[0]?.extensions?.violations).toHaveLength(2);
    expect(calls()).toEqual({});
    expect(await sentSince()).toBe(0);
  });

  it('refuses a closed enum value but passes a new instance type on', async () => {
    const input = trainingJobInput('enums');
    const [train] = input.inputDataConfig;
    if (train !== undefined) train.compressionType = 'Zip';
    const refused = await post(CREATE, { input });
    expect(refused.errors?.[0]?.message).toContain(
      'input.inputDataConfig[0].compressionType: Member must satisfy enum value set: [None, Gzip], but got: "Zip"',
    );
    const open = trainingJobInput('open-enum');
    open.resourceConfig.instanceType = 'ml.m99.48xlarge';
    const passed = await post(CREATE, { input: open });
    expect(passed.errors).toBeUndefined();
  });

  it('refuses a missing required member, by variables and inline, with no upstream call', async () => {
    const { roleArn: _, ...input } = trainingJobInput('no-role');
    const byVariables = await post(CREATE, { input });
    expect(byVariables.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(byVariables.errors?.[0]?.message).toContain('roleArn');
    const response = await gateway.app().fetch('http://gateway/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `mutation { createTrainingJob(input: { trainingJobName: "x", outputDataConfig: { s3OutputPath: "s3://b/o" } }) { trainingJob { id } } }`,
      }),
    });
    // The gateway answers both with HTTP 200 and the error in the body.
    expect(response.status).toBe(200);
    const inline = (await response.json()) as {
      errors?: { message: string; extensions?: Record<string, unknown> }[];
    };
    expect(inline.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(inline.errors?.[0]?.message).toContain('roleArn');
    expect(calls()).toEqual({});
    expect(await sentSince()).toBe(0);
  });

  it('refuses a key given twice in one map, with no upstream call', async () => {
    const input = trainingJobInput('twice');
    input.hyperParameters.push({ key: 'eta', value: '0.3' });
    const answer = await post(CREATE, { input });
    expect(answer.errors?.[0]?.message).toContain(
      'input.hyperParameters[4].key: Map keys must be unique, but got: "eta"',
    );
    expect(calls()).toEqual({});
    expect(await sentSince()).toBe(0);
  });

  it('answers a taken name with CONFLICT and the existing job’s ARN', async () => {
    const first = await post(CREATE, { input: trainingJobInput('taken-name') });
    expect(first.errors).toBeUndefined();
    const again = await post(CREATE, { input: trainingJobInput('taken-name') });
    expect(again.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      arn: expect.stringMatching(/:training-job\/taken-name$/),
    });
  });

  it('answers NOT_FOUND for an algorithm that does not exist, with no write', async () => {
    const input = {
      ...trainingJobInput('no-such-algorithm'),
      algorithmSpecification: { algorithmName: 'no-such-algorithm', trainingInputMode: 'File' },
    };
    const answer = await post(CREATE, { input });
    expect(answer.errors?.[0]?.extensions).toMatchObject({
      code: 'NOT_FOUND',
      path: 'input.algorithmSpecification.algorithmName',
    });
    expect(writeCalls()).toEqual([]);
  });

  it('stopping a job that does not exist is NOT_FOUND, with no write', async () => {
    const answer = await post(
      `mutation { stopTrainingJob(name: "nobody") { trainingJob { id } } }`,
    );
    expect(answer.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(writeCalls()).toEqual([]);
  });
});
