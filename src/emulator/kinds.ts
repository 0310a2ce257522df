import type {
  DescribeAlgorithmOutput,
  DescribeEndpointConfigOutput,
  DescribeEndpointOutput,
  DescribeModelOutput,
  Endpoint,
  HyperParameterTuningJobSearchEntity,
  ModelPackage,
  ModelPackageGroup,
  Tag,
  TrainingJob,
} from '@aws-sdk/client-sagemaker';

/**
 * The record each resource kind is stored as: the SDK's Search record shape where Search supports
 * the resource, otherwise its Describe shape; `Tags` always live on the record.
 */
export interface KindRecords {
  TrainingJob: TrainingJob;
  HyperParameterTuningJob: HyperParameterTuningJobSearchEntity;
  /** With the Describe-only members UpdateEndpoint sets. */
  Endpoint: Endpoint &
    Pick<DescribeEndpointOutput, 'PendingDeploymentSummary' | 'LastDeploymentConfig'>;
  EndpointConfig: DescribeEndpointConfigOutput & { Tags?: Tag[] | undefined };
  Model: DescribeModelOutput & { Tags?: Tag[] | undefined };
  ModelPackage: ModelPackage;
  ModelPackageGroup: ModelPackageGroup;
  Algorithm: DescribeAlgorithmOutput & { Tags?: Tag[] | undefined };
}

export type Kind = keyof KindRecords;

export const KINDS: readonly Kind[] = [
  'TrainingJob',
  'HyperParameterTuningJob',
  'Endpoint',
  'EndpointConfig',
  'Model',
  'ModelPackage',
  'ModelPackageGroup',
  'Algorithm',
];

interface KindInfo {
  /** The member holding the resource name. */
  name: string;
  /** The member holding the ARN. */
  arn: string;
  /** The ARN's resource-type segment. */
  arnType: string;
  /** Members with a per-value index (immutable after creation), offered to Search as `lookup`. */
  indexed: readonly string[];
}

export const KIND_INFO: Readonly<Record<Kind, KindInfo>> = {
  TrainingJob: {
    name: 'TrainingJobName',
    arn: 'TrainingJobArn',
    arnType: 'training-job',
    indexed: ['TrainingJobName', 'TrainingJobArn', 'TuningJobArn'],
  },
  HyperParameterTuningJob: {
    name: 'HyperParameterTuningJobName',
    arn: 'HyperParameterTuningJobArn',
    arnType: 'hyper-parameter-tuning-job',
    indexed: ['HyperParameterTuningJobName', 'HyperParameterTuningJobArn'],
  },
  Endpoint: {
    name: 'EndpointName',
    arn: 'EndpointArn',
    arnType: 'endpoint',
    indexed: ['EndpointName', 'EndpointArn'],
  },
  EndpointConfig: {
    name: 'EndpointConfigName',
    arn: 'EndpointConfigArn',
    arnType: 'endpoint-config',
    indexed: ['EndpointConfigName', 'EndpointConfigArn'],
  },
  Model: {
    name: 'ModelName',
    arn: 'ModelArn',
    arnType: 'model',
    indexed: ['ModelName', 'ModelArn'],
  },
  ModelPackage: {
    name: 'ModelPackageName',
    arn: 'ModelPackageArn',
    arnType: 'model-package',
    indexed: ['ModelPackageArn', 'ModelPackageName', 'ModelPackageGroupName'],
  },
  ModelPackageGroup: {
    name: 'ModelPackageGroupName',
    arn: 'ModelPackageGroupArn',
    arnType: 'model-package-group',
    indexed: ['ModelPackageGroupName', 'ModelPackageGroupArn'],
  },
  Algorithm: {
    name: 'AlgorithmName',
    arn: 'AlgorithmArn',
    arnType: 'algorithm',
    indexed: ['AlgorithmName', 'AlgorithmArn'],
  },
};
