import { type Emulator, type EmulatorOptions, startEmulator } from '../../src/emulator/server.js';

/** An SDK client for an emulator a test starts itself, as an application would build one. */
export { sdkClientFor as clientFor } from '../support/emulator.js';

/** A hand-driven clock for lifecycle tests. */
export const createClock = (start = Date.UTC(2025, 0, 15, 12, 0, 0)) => {
  let current = start;
  return {
    now: () => current,
    advance: (ms: number) => {
      current += ms;
    },
  };
};

/** An emulator with no data, on a free port. */
export const startEmpty = (options: EmulatorOptions = {}): Promise<Emulator> =>
  startEmulator({ data: 'empty', ...options });

/** The error a rejected promise carries, so tests can assert on its name and message. */
export const failure = async (
  promise: Promise<unknown>,
): Promise<Error & { $metadata?: { httpStatusCode?: number } }> => {
  try {
    await promise;
  } catch (error) {
    if (error instanceof Error) return error;
    throw error;
  }
  throw new Error('expected the call to fail');
};

export const ROLE =
  'arn:aws:iam::123456789012:role/service-role/AmazonSageMaker-ExecutionRole-test';
export const IMAGE = '683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1';

/** A minimal CreateTrainingJob input. */
export const trainingJobInput = (
  name: string,
  tags: Array<{ Key: string; Value: string }> = [],
) => ({
  TrainingJobName: name,
  AlgorithmSpecification: {
    TrainingImage: IMAGE,
    TrainingInputMode: 'File' as const,
    MetricDefinitions: [{ Name: 'validation:auc', Regex: 'auc=([0-9.]+)' }],
  },
  RoleArn: ROLE,
  HyperParameters: { eta: '0.1', max_depth: '6' },
  InputDataConfig: [
    {
      ChannelName: 'train',
      DataSource: {
        S3DataSource: { S3DataType: 'S3Prefix' as const, S3Uri: 's3://bucket/train/' },
      },
    },
  ],
  OutputDataConfig: { S3OutputPath: 's3://bucket/output' },
  ResourceConfig: { InstanceType: 'ml.m5.xlarge' as const, InstanceCount: 1, VolumeSizeInGB: 30 },
  StoppingCondition: { MaxRuntimeInSeconds: 3600 },
  Tags: tags,
});

/** A CreateHyperParameterTuningJob input: 4 training jobs, 2 at a time, tuning max_depth. */
export const tuningJobInput = (name: string) => ({
  HyperParameterTuningJobName: name,
  HyperParameterTuningJobConfig: {
    Strategy: 'Random' as const,
    ResourceLimits: { MaxNumberOfTrainingJobs: 4, MaxParallelTrainingJobs: 2 },
    HyperParameterTuningJobObjective: { Type: 'Maximize' as const, MetricName: 'validation:auc' },
    ParameterRanges: {
      IntegerParameterRanges: [{ Name: 'max_depth', MinValue: '3', MaxValue: '9' }],
    },
  },
  TrainingJobDefinition: {
    AlgorithmSpecification: { TrainingImage: IMAGE, TrainingInputMode: 'File' as const },
    RoleArn: ROLE,
    OutputDataConfig: { S3OutputPath: 's3://bucket/hpo' },
    ResourceConfig: { InstanceType: 'ml.m5.xlarge' as const, InstanceCount: 1, VolumeSizeInGB: 10 },
    StoppingCondition: { MaxRuntimeInSeconds: 3600 },
  },
});
