import type {
  AdditionalInferenceSpecificationDefinition,
  Bias,
  DriftCheckBaselines,
  DriftCheckBias,
  DriftCheckExplainability,
  DriftCheckModelDataQuality,
  DriftCheckModelQuality,
  Explainability,
  FileSource,
  MetadataProperties,
  MetricsSource,
  ModelDataQuality,
  ModelLifeCycle,
  ModelMetrics,
  ModelPackageModelCard,
  ModelPackageSecurityConfig,
  ModelPackageStatusDetails,
  ModelPackageStatusItem,
  ModelPackageValidationProfile,
  ModelPackageValidationSpecification,
  ModelQuality,
  SourceAlgorithm,
  UserContext,
} from '@aws-sdk/client-sagemaker';
import { builder } from '../builder.js';
import { present } from '../common.js';
import { TransformJobDefinitionRef } from '../transform-job-definition.js';
import {
  ModelDataSourceRef,
  ModelPackageContainerDefinitionRef,
} from './inference-specification.js';

export const UserContextRef = builder.objectRef<UserContext>('UserContext').implement({
  description: 'Who created or last modified a resource: a Studio user profile or an IAM identity.',
  fields: (t) => ({
    userProfileArn: t.string({
      nullable: true,
      description: 'The ARN of the Studio user profile.',
      resolve: (user) => user.UserProfileArn ?? null,
    }),
    userProfileName: t.string({
      nullable: true,
      description: 'The name of the Studio user profile.',
      resolve: (user) => user.UserProfileName ?? null,
    }),
    domainId: t.string({
      nullable: true,
      description: 'The Studio domain of the user.',
      resolve: (user) => user.DomainId ?? null,
    }),
    iamIdentityArn: t.string({
      nullable: true,
      description: 'The ARN of the IAM identity (user or assumed role) that made the change.',
      resolve: (user) => user.IamIdentity?.Arn ?? null,
    }),
    iamPrincipalId: t.string({
      nullable: true,
      description: 'The ID of the IAM principal that made the change.',
      resolve: (user) => user.IamIdentity?.PrincipalId ?? null,
    }),
    iamSourceIdentity: t.string({
      nullable: true,
      description: 'The source identity the IAM principal passed when assuming its role.',
      resolve: (user) => user.IamIdentity?.SourceIdentity ?? null,
    }),
  }),
});

export const MetadataPropertiesRef = builder
  .objectRef<MetadataProperties>('MetadataProperties')
  .implement({
    description: 'Where a model package came from: source repository, commit, project, producer.',
    fields: (t) => ({
      commitId: t.string({
        nullable: true,
        description: 'The commit ID of the source.',
        resolve: (metadata) => metadata.CommitId ?? null,
      }),
      repository: t.string({
        nullable: true,
        description: 'The source repository.',
        resolve: (metadata) => metadata.Repository ?? null,
      }),
      generatedBy: t.string({
        nullable: true,
        description: 'The entity (e.g. a training job ARN) that generated the model package.',
        resolve: (metadata) => metadata.GeneratedBy ?? null,
      }),
      projectId: t.string({
        nullable: true,
        description: 'The SageMaker project ID.',
        resolve: (metadata) => metadata.ProjectId ?? null,
      }),
    }),
  });

export const ModelPackageStatusItemRef = builder
  .objectRef<ModelPackageStatusItem>('ModelPackageStatusItem')
  .implement({
    description: 'The status of one validation or image scan of a model package.',
    fields: (t) => ({
      name: t.string({
        description: 'What was validated or scanned (a validation profile or a container).',
        resolve: (item) => present(item.Name, 'ModelPackageStatusItem.Name'),
      }),
      status: t.string({
        description: 'The status: NotStarted, InProgress, Completed or Failed.',
        resolve: (item) => present(item.Status, 'ModelPackageStatusItem.Status'),
      }),
      failureReason: t.string({
        nullable: true,
        description: 'Why it failed, if it did.',
        resolve: (item) => item.FailureReason ?? null,
      }),
    }),
  });

export const ModelPackageStatusDetailsRef = builder
  .objectRef<ModelPackageStatusDetails>('ModelPackageStatusDetails')
  .implement({
    description: 'The validation and image scan statuses of a model package.',
    fields: (t) => ({
      validationStatuses: t.field({
        type: [ModelPackageStatusItemRef],
        description: 'The status of each validation of the model package.',
        resolve: (details) => details.ValidationStatuses ?? [],
      }),
      imageScanStatuses: t.field({
        type: [ModelPackageStatusItemRef],
        description: 'The status of the scan of each container image.',
        resolve: (details) => details.ImageScanStatuses ?? [],
      }),
    }),
  });

export const MetricsSourceRef = builder.objectRef<MetricsSource>('MetricsSource').implement({
  description: 'An S3 object holding metrics, statistics, constraints or a report.',
  fields: (t) => ({
    contentType: t.string({
      description: 'The MIME type of the object, e.g. application/json.',
      resolve: (source) => present(source.ContentType, 'MetricsSource.ContentType'),
    }),
    contentDigest: t.string({
      nullable: true,
      description: 'The hash of the object.',
      resolve: (source) => source.ContentDigest ?? null,
    }),
    s3Uri: t.string({
      description: 'The S3 URI of the object.',
      resolve: (source) => present(source.S3Uri, 'MetricsSource.S3Uri'),
    }),
  }),
});

export const FileSourceRef = builder.objectRef<FileSource>('FileSource').implement({
  description: 'An S3 object holding a configuration file.',
  fields: (t) => ({
    contentType: t.string({
      nullable: true,
      description: 'The MIME type of the file.',
      resolve: (source) => source.ContentType ?? null,
    }),
    contentDigest: t.string({
      nullable: true,
      description: 'The hash of the file.',
      resolve: (source) => source.ContentDigest ?? null,
    }),
    s3Uri: t.string({
      description: 'The S3 URI of the file.',
      resolve: (source) => present(source.S3Uri, 'FileSource.S3Uri'),
    }),
  }),
});

const metricsSource = (description: string) => ({ type: MetricsSourceRef, description });

export const ModelQualityRef = builder.objectRef<ModelQuality>('ModelQuality').implement({
  description: 'Metrics that measure the quality of a model.',
  fields: (t) => ({
    statistics: t.field({
      ...metricsSource('Model quality statistics.'),
      nullable: true,
      resolve: (quality) => quality.Statistics ?? null,
    }),
    constraints: t.field({
      ...metricsSource('Model quality constraints.'),
      nullable: true,
      resolve: (quality) => quality.Constraints ?? null,
    }),
  }),
});

export const ModelDataQualityRef = builder
  .objectRef<ModelDataQuality>('ModelDataQuality')
  .implement({
    description: 'Metrics that measure the quality of the input data of a model.',
    fields: (t) => ({
      statistics: t.field({
        ...metricsSource('Data quality statistics.'),
        nullable: true,
        resolve: (quality) => quality.Statistics ?? null,
      }),
      constraints: t.field({
        ...metricsSource('Data quality constraints.'),
        nullable: true,
        resolve: (quality) => quality.Constraints ?? null,
      }),
    }),
  });

export const ModelBiasRef = builder.objectRef<Bias>('ModelBias').implement({
  description: 'Metrics that measure bias in a model.',
  fields: (t) => ({
    report: t.field({
      ...metricsSource('The bias report.'),
      nullable: true,
      resolve: (bias) => bias.Report ?? null,
    }),
    preTrainingReport: t.field({
      ...metricsSource('The pre-training bias report.'),
      nullable: true,
      resolve: (bias) => bias.PreTrainingReport ?? null,
    }),
    postTrainingReport: t.field({
      ...metricsSource('The post-training bias report.'),
      nullable: true,
      resolve: (bias) => bias.PostTrainingReport ?? null,
    }),
  }),
});

export const ModelExplainabilityRef = builder
  .objectRef<Explainability>('ModelExplainability')
  .implement({
    description: 'Metrics that help explain a model.',
    fields: (t) => ({
      report: t.field({
        ...metricsSource('The explainability report.'),
        nullable: true,
        resolve: (explainability) => explainability.Report ?? null,
      }),
    }),
  });

export const ModelMetricsRef = builder.objectRef<ModelMetrics>('ModelMetrics').implement({
  description: 'Reports on the quality, input data quality, bias and explainability of a model.',
  fields: (t) => ({
    modelQuality: t.field({
      type: ModelQualityRef,
      nullable: true,
      description: 'Metrics that measure the quality of the model.',
      resolve: (metrics) => metrics.ModelQuality ?? null,
    }),
    modelDataQuality: t.field({
      type: ModelDataQualityRef,
      nullable: true,
      description: 'Metrics that measure the quality of the input data.',
      resolve: (metrics) => metrics.ModelDataQuality ?? null,
    }),
    bias: t.field({
      type: ModelBiasRef,
      nullable: true,
      description: 'Metrics that measure bias in the model.',
      resolve: (metrics) => metrics.Bias ?? null,
    }),
    explainability: t.field({
      type: ModelExplainabilityRef,
      nullable: true,
      description: 'Metrics that help explain the model.',
      resolve: (metrics) => metrics.Explainability ?? null,
    }),
  }),
});

export const DriftCheckBiasRef = builder.objectRef<DriftCheckBias>('DriftCheckBias').implement({
  description: 'The bias baselines Model Monitor checks drift against.',
  fields: (t) => ({
    configFile: t.field({
      type: FileSourceRef,
      nullable: true,
      description: 'The bias config file.',
      resolve: (bias) => bias.ConfigFile ?? null,
    }),
    preTrainingConstraints: t.field({
      ...metricsSource('The pre-training constraints.'),
      nullable: true,
      resolve: (bias) => bias.PreTrainingConstraints ?? null,
    }),
    postTrainingConstraints: t.field({
      ...metricsSource('The post-training constraints.'),
      nullable: true,
      resolve: (bias) => bias.PostTrainingConstraints ?? null,
    }),
  }),
});

export const DriftCheckExplainabilityRef = builder
  .objectRef<DriftCheckExplainability>('DriftCheckExplainability')
  .implement({
    description: 'The explainability baselines Model Monitor checks drift against.',
    fields: (t) => ({
      constraints: t.field({
        ...metricsSource('The explainability constraints.'),
        nullable: true,
        resolve: (explainability) => explainability.Constraints ?? null,
      }),
      configFile: t.field({
        type: FileSourceRef,
        nullable: true,
        description: 'The explainability config file.',
        resolve: (explainability) => explainability.ConfigFile ?? null,
      }),
    }),
  });

export const DriftCheckModelQualityRef = builder
  .objectRef<DriftCheckModelQuality>('DriftCheckModelQuality')
  .implement({
    description: 'The model quality baselines Model Monitor checks drift against.',
    fields: (t) => ({
      statistics: t.field({
        ...metricsSource('The model quality statistics.'),
        nullable: true,
        resolve: (quality) => quality.Statistics ?? null,
      }),
      constraints: t.field({
        ...metricsSource('The model quality constraints.'),
        nullable: true,
        resolve: (quality) => quality.Constraints ?? null,
      }),
    }),
  });

export const DriftCheckModelDataQualityRef = builder
  .objectRef<DriftCheckModelDataQuality>('DriftCheckModelDataQuality')
  .implement({
    description: 'The input data quality baselines Model Monitor checks drift against.',
    fields: (t) => ({
      statistics: t.field({
        ...metricsSource('The data quality statistics.'),
        nullable: true,
        resolve: (quality) => quality.Statistics ?? null,
      }),
      constraints: t.field({
        ...metricsSource('The data quality constraints.'),
        nullable: true,
        resolve: (quality) => quality.Constraints ?? null,
      }),
    }),
  });

export const DriftCheckBaselinesRef = builder
  .objectRef<DriftCheckBaselines>('DriftCheckBaselines')
  .implement({
    description: 'The baselines Model Monitor checks drift against when it monitors this model.',
    fields: (t) => ({
      bias: t.field({
        type: DriftCheckBiasRef,
        nullable: true,
        description: 'The bias baselines.',
        resolve: (baselines) => baselines.Bias ?? null,
      }),
      explainability: t.field({
        type: DriftCheckExplainabilityRef,
        nullable: true,
        description: 'The explainability baselines.',
        resolve: (baselines) => baselines.Explainability ?? null,
      }),
      modelQuality: t.field({
        type: DriftCheckModelQualityRef,
        nullable: true,
        description: 'The model quality baselines.',
        resolve: (baselines) => baselines.ModelQuality ?? null,
      }),
      modelDataQuality: t.field({
        type: DriftCheckModelDataQualityRef,
        nullable: true,
        description: 'The input data quality baselines.',
        resolve: (baselines) => baselines.ModelDataQuality ?? null,
      }),
    }),
  });

export const SourceAlgorithmRef = builder.objectRef<SourceAlgorithm>('SourceAlgorithm').implement({
  description:
    'An algorithm (of this account, or subscribed to in AWS Marketplace) used to create a model package.',
  fields: (t) => ({
    algorithmName: t.string({
      description: 'The name (or ARN) of the algorithm.',
      resolve: (source) => present(source.AlgorithmName, 'SourceAlgorithm.AlgorithmName'),
    }),
    modelDataUrl: t.string({
      nullable: true,
      description: 'The S3 path of the model artifacts (a single .tar.gz) the algorithm produced.',
      resolve: (source) => source.ModelDataUrl ?? null,
    }),
    modelDataSource: t.field({
      type: ModelDataSourceRef,
      nullable: true,
      description: 'Where the model data comes from, when not from modelDataUrl.',
      resolve: (source) => source.ModelDataSource ?? null,
    }),
    modelDataETag: t.string({
      nullable: true,
      description: 'The ETag of the model data.',
      resolve: (source) => source.ModelDataETag ?? null,
    }),
  }),
});

export const ModelPackageValidationProfileRef = builder
  .objectRef<ModelPackageValidationProfile>('ModelPackageValidationProfile')
  .implement({
    description: 'A batch transform job SageMaker runs to validate a model package.',
    fields: (t) => ({
      profileName: t.string({
        description: 'The name of the profile.',
        resolve: (profile) =>
          present(profile.ProfileName, 'ModelPackageValidationProfile.ProfileName'),
      }),
      transformJobDefinition: t.field({
        type: TransformJobDefinitionRef,
        description: 'The transform job that validates the model package.',
        resolve: (profile) =>
          present(
            profile.TransformJobDefinition,
            'ModelPackageValidationProfile.TransformJobDefinition',
          ),
      }),
    }),
  });

export const ModelPackageValidationSpecificationRef = builder
  .objectRef<ModelPackageValidationSpecification>('ModelPackageValidationSpecification')
  .implement({
    description: 'The batch transform jobs SageMaker runs to validate a model package.',
    fields: (t) => ({
      validationRole: t.string({
        description: 'The IAM role the validation jobs run with.',
        resolve: (spec) =>
          present(spec.ValidationRole, 'ModelPackageValidationSpecification.ValidationRole'),
      }),
      validationProfiles: t.field({
        type: [ModelPackageValidationProfileRef],
        description: 'The validation jobs (one, currently).',
        resolve: (spec) => spec.ValidationProfiles ?? [],
      }),
    }),
  });

export const AdditionalInferenceSpecificationRef = builder
  .objectRef<AdditionalInferenceSpecificationDefinition>('AdditionalInferenceSpecification')
  .implement({
    description: 'A further way to run inference with a model package, besides its main one.',
    fields: (t) => ({
      name: t.string({
        description: 'The name of the specification, unique within the model package.',
        resolve: (spec) => present(spec.Name, 'AdditionalInferenceSpecification.Name'),
      }),
      description: t.string({
        nullable: true,
        description: 'A description of the specification.',
        resolve: (spec) => spec.Description ?? null,
      }),
      containers: t.field({
        type: [ModelPackageContainerDefinitionRef],
        description: 'The containers that serve inferences.',
        resolve: (spec) => spec.Containers ?? [],
      }),
      supportedTransformInstanceTypes: t.stringList({
        description: 'The instance types a batch transform job can run on.',
        resolve: (spec) => spec.SupportedTransformInstanceTypes ?? [],
      }),
      supportedRealtimeInferenceInstanceTypes: t.stringList({
        description: 'The instance types that real-time endpoints can be deployed on.',
        resolve: (spec) => spec.SupportedRealtimeInferenceInstanceTypes ?? [],
      }),
      supportedContentTypes: t.stringList({
        description: 'The MIME types of the input data.',
        resolve: (spec) => spec.SupportedContentTypes ?? [],
      }),
      supportedResponseMIMETypes: t.stringList({
        description: 'The MIME types of the output data.',
        resolve: (spec) => spec.SupportedResponseMIMETypes ?? [],
      }),
    }),
  });

export const ModelPackageSecurityConfigRef = builder
  .objectRef<ModelPackageSecurityConfig>('ModelPackageSecurityConfig')
  .implement({
    description: 'How a model package is encrypted.',
    fields: (t) => ({
      kmsKeyId: t.string({
        description: 'The KMS key that encrypts the model package (including its model card).',
        resolve: (config) => present(config.KmsKeyId, 'ModelPackageSecurityConfig.KmsKeyId'),
      }),
    }),
  });

export const ModelPackageModelCardRef = builder
  .objectRef<ModelPackageModelCard>('ModelPackageModelCard')
  .implement({
    description: 'The model card attached to a model package.',
    fields: (t) => ({
      modelCardContent: t.string({
        nullable: true,
        description: 'The content of the model card, a JSON document (model card schema).',
        resolve: (card) => card.ModelCardContent ?? null,
      }),
      modelCardStatus: t.string({
        nullable: true,
        description: 'The approval status of the card: Draft, PendingReview, Approved or Archived.',
        resolve: (card) => card.ModelCardStatus ?? null,
      }),
    }),
  });

export const ModelLifeCycleRef = builder.objectRef<ModelLifeCycle>('ModelLifeCycle').implement({
  description:
    'Where a model package stands in its lifecycle, e.g. stage Staging, status Approved.',
  fields: (t) => ({
    stage: t.string({
      description: 'The lifecycle stage, e.g. Development, Staging or Production.',
      resolve: (cycle) => present(cycle.Stage, 'ModelLifeCycle.Stage'),
    }),
    stageStatus: t.string({
      description: 'The status within the stage, e.g. Approved or PendingApproval.',
      resolve: (cycle) => present(cycle.StageStatus, 'ModelLifeCycle.StageStatus'),
    }),
    stageDescription: t.string({
      nullable: true,
      description: 'A description of the stage.',
      resolve: (cycle) => cycle.StageDescription ?? null,
    }),
  }),
});
