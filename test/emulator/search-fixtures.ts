import type { TrainingJob } from '@aws-sdk/client-sagemaker';

const T0 = Date.UTC(2024, 0, 1, 0, 0, 0);
const ARN_PREFIX = 'arn:aws:sagemaker:us-east-1:123456789012:training-job/';

interface JobSpec {
  name: string;
  hyperParameters?: Record<string, string>;
  tags?: Record<string, string>;
  channels: string[];
  metrics?: Record<string, number>;
  spot?: boolean;
  billable?: number;
  status?: TrainingJob['TrainingJobStatus'];
}

/**
 * The five jobs of the operator × property matrix (created in this order, so creation order
 * differs from name order), with metrics, hyperparameters, tags and input channels added.
 * CreationTime is T0 + i minutes + 500 ms, so Values at second precision still match.
 */
const SPECS: JobSpec[] = [
  {
    name: 's-gamma',
    hyperParameters: { lr: '0.5', decay: '1.5', optimizer: 'adam', epochs: '10' },
    tags: { team: 'red' },
    channels: ['test'],
    metrics: { 'validation:accuracy': 0.7, 'train:progress': 100 },
    spot: true,
    billable: 100,
  },
  {
    name: 'x-delta',
    channels: ['train', 'validation'],
    metrics: { 'validation:accuracy': 0.9, 'train:progress': 100 },
    spot: false,
    status: 'Failed',
  },
  {
    name: 's-alpha',
    hyperParameters: { lr: '0.1', decay: '2', optimizer: 'sgd', epochs: '20' },
    tags: { team: 'red', env: 'prod' },
    channels: ['train', 'validation'],
    metrics: { 'validation:accuracy': 0.95, 'train:progress': 100 },
    spot: true,
    billable: 300,
  },
  {
    name: 'x-epsilon',
    hyperParameters: { lr: '0.1', decay: 'auto', epochs: '5' },
    tags: { env: 'dev' },
    channels: ['validation'],
    metrics: { 'train:progress': 100 },
    billable: 300,
    status: 'InProgress',
  },
  {
    name: 's-beta',
    hyperParameters: { lr: '0.01', decay: '0.5', optimizer: 'adam', epochs: '15' },
    tags: { team: 'blue' },
    channels: ['train'],
    metrics: { 'validation:accuracy': 0.8, 'train:progress': 100 },
    spot: false,
    billable: 50,
  },
];

export const jobArn = (name: string): string => `${ARN_PREFIX}${name}`;

export const makeJob = (spec: JobSpec, index: number): TrainingJob => {
  const created = new Date(T0 + index * 60_000 + 500);
  return {
    TrainingJobName: spec.name,
    TrainingJobArn: jobArn(spec.name),
    TrainingJobStatus: spec.status ?? 'Completed',
    SecondaryStatus: spec.status === 'InProgress' ? 'Training' : 'Completed',
    CreationTime: created,
    LastModifiedTime: new Date(created.getTime() + 1000),
    HyperParameters: spec.hyperParameters,
    EnableManagedSpotTraining: spec.spot,
    BillableTimeInSeconds: spec.billable,
    AlgorithmSpecification: { TrainingImage: 'algo:latest', TrainingInputMode: 'File' },
    InputDataConfig: spec.channels.map((channel) => ({
      ChannelName: channel,
      DataSource: {
        S3DataSource: {
          S3DataType: 'S3Prefix',
          S3Uri: `s3://bucket/${spec.name}/${channel}`,
        },
      },
    })),
    FinalMetricDataList: Object.entries(spec.metrics ?? {}).map(([MetricName, Value]) => ({
      MetricName,
      Value,
      Timestamp: created,
    })),
    Tags: Object.entries(spec.tags ?? {}).map(([Key, Value]) => ({ Key, Value })),
  };
};

export const JOBS: TrainingJob[] = SPECS.map(makeJob);

/** s-alpha's CreationTime at second precision, in the documented Value format. */
export const PIVOT = '2024-01-01T00:02:00';
