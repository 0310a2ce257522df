import type {
  CollectionConfiguration,
  DebugHookConfig,
  DebugRuleConfiguration,
  DebugRuleEvaluationStatus,
  ProfilerConfig,
  TensorBoardOutputConfig,
} from '@aws-sdk/client-sagemaker';
import { builder } from '../builder.js';
import { KeyValuePairRef, keyValuePairs, listMember, present } from '../common.js';

const CollectionConfigurationRef = builder
  .objectRef<CollectionConfiguration>('CollectionConfiguration')
  .implement({
    description: 'A Debugger output tensor collection.',
    fields: (t) => ({
      collectionName: t.exposeString('CollectionName', {
        nullable: true,
        description: 'The name of the tensor collection.',
      }),
      collectionParameters: t.field({
        nullable: false,
        type: [KeyValuePairRef],
        description:
          'Parameters of the collection (name, include_regex, reduction_config, save_config, tensor_names, save_histogram), sorted by key.',
        resolve: (collection) => keyValuePairs(collection.CollectionParameters),
      }),
    }),
  });

export const DebugHookConfigRef = builder.objectRef<DebugHookConfig>('DebugHookConfig').implement({
  description: 'Debugger hook parameters, tensor collections and storage paths of a training job.',
  fields: (t) => ({
    localPath: t.exposeString('LocalPath', {
      nullable: true,
      description: 'The local path for metrics and tensors (default /opt/ml/output/tensors/).',
    }),
    s3OutputPath: t.string({
      nullable: false,
      description: 'The S3 path for metrics and tensors.',
      resolve: (config) => present(config.S3OutputPath, 'DebugHookConfig.S3OutputPath'),
    }),
    hookParameters: t.field({
      nullable: false,
      type: [KeyValuePairRef],
      description: 'The Debugger hook parameters, sorted by key.',
      resolve: (config) => keyValuePairs(config.HookParameters),
    }),
    collectionConfigurations: t.field({
      nullable: false,
      type: [CollectionConfigurationRef],
      description: 'The Debugger tensor collections.',
      resolve: listMember('CollectionConfigurations'),
    }),
  }),
});

export const DebugRuleConfigurationRef = builder
  .objectRef<DebugRuleConfiguration>('DebugRuleConfiguration')
  .implement({
    description: 'A SageMaker Debugger rule that evaluates a training job.',
    fields: (t) => ({
      ruleConfigurationName: t.string({
        nullable: false,
        description: 'The name of the rule configuration, unique within the job.',
        resolve: (rule) =>
          present(rule.RuleConfigurationName, 'DebugRuleConfiguration.RuleConfigurationName'),
      }),
      localPath: t.exposeString('LocalPath', {
        nullable: true,
        description: 'The local path for rule output (default /opt/ml/processing/output/rule/).',
      }),
      s3OutputPath: t.exposeString('S3OutputPath', {
        nullable: true,
        description: 'The S3 path for rule output.',
      }),
      ruleEvaluatorImage: t.string({
        nullable: false,
        description: 'The ECR image of the managed rule evaluation.',
        resolve: (rule) =>
          present(rule.RuleEvaluatorImage, 'DebugRuleConfiguration.RuleEvaluatorImage'),
      }),
      instanceType: t.exposeString('InstanceType', {
        nullable: true,
        description: 'The instance type that runs a custom rule.',
      }),
      volumeSizeInGB: t.expose('VolumeSizeInGB', {
        type: 'NonNegativeInt',
        nullable: true,
        description: 'The size of the ML storage volume of the rule’s processing instance.',
      }),
      ruleParameters: t.field({
        nullable: false,
        type: [KeyValuePairRef],
        description: 'The runtime configuration of the rule container, sorted by key.',
        resolve: (rule) => keyValuePairs(rule.RuleParameters),
      }),
    }),
  });

export const DebugRuleEvaluationStatusRef = builder
  .objectRef<DebugRuleEvaluationStatus>('DebugRuleEvaluationStatus')
  .implement({
    description: 'The evaluation status of a Debugger rule on a training job.',
    fields: (t) => ({
      ruleConfigurationName: t.exposeString('RuleConfigurationName', {
        nullable: true,
        description: 'The name of the rule configuration.',
      }),
      ruleEvaluationJobArn: t.exposeString('RuleEvaluationJobArn', {
        nullable: true,
        description: 'The ARN of the rule evaluation job.',
      }),
      ruleEvaluationStatus: t.exposeString('RuleEvaluationStatus', {
        nullable: true,
        description:
          'The status of the evaluation: InProgress, NoIssuesFound, IssuesFound, Error, Stopping or Stopped.',
      }),
      statusDetails: t.exposeString('StatusDetails', {
        nullable: true,
        description: 'Details from the rule evaluation.',
      }),
      lastModifiedTime: t.expose('LastModifiedTime', {
        type: 'DateTime',
        nullable: true,
        description: 'When the evaluation status last changed.',
      }),
    }),
  });

export const TensorBoardOutputConfigRef = builder
  .objectRef<TensorBoardOutputConfig>('TensorBoardOutputConfig')
  .implement({
    description: 'Where Debugger writes TensorBoard output.',
    fields: (t) => ({
      localPath: t.exposeString('LocalPath', {
        nullable: true,
        description: 'The local path for TensorBoard output (default /opt/ml/output/tensorboard).',
      }),
      s3OutputPath: t.string({
        nullable: false,
        description: 'The S3 path for TensorBoard output.',
        resolve: (config) => present(config.S3OutputPath, 'TensorBoardOutputConfig.S3OutputPath'),
      }),
    }),
  });

export const ProfilerConfigRef = builder.objectRef<ProfilerConfig>('ProfilerConfig').implement({
  description: 'How SageMaker Debugger profiles system and framework metrics of a training job.',
  fields: (t) => ({
    s3OutputPath: t.exposeString('S3OutputPath', {
      nullable: true,
      description: 'The S3 path for profiling output.',
    }),
    profilingIntervalInMilliseconds: t.expose('ProfilingIntervalInMilliseconds', {
      type: 'NonNegativeInt',
      nullable: true,
      description: 'How often system metrics are sampled (100, 200, 500, 1000, 5000 or 60000 ms).',
    }),
    profilingParameters: t.field({
      nullable: false,
      type: [KeyValuePairRef],
      description: 'Framework profiling parameters, sorted by key.',
      resolve: (config) => keyValuePairs(config.ProfilingParameters),
    }),
    disableProfiler: t.exposeBoolean('DisableProfiler', {
      nullable: true,
      description: 'Whether profiling is turned off.',
    }),
  }),
});
