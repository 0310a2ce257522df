import type {
  Bias,
  DriftCheckBaselines,
  DriftCheckBias,
  DriftCheckExplainability,
  DriftCheckModelDataQuality,
  DriftCheckModelQuality,
  Explainability,
  FileSource,
  MetricsSource,
  ModelDataQuality,
  ModelMetrics,
  ModelQuality,
} from '@aws-sdk/client-sagemaker';
import { builder } from '../builder.js';
import { present } from '../common.js';

const MetricsSourceRef = builder.objectRef<MetricsSource>('MetricsSource').implement({
  description: 'An S3 object holding metrics, statistics, constraints or a report.',
  fields: (t) => ({
    contentType: t.string({
      description: 'The MIME type of the object, e.g. application/json.',
      resolve: (source) => present(source.ContentType, 'MetricsSource.ContentType'),
    }),
    contentDigest: t.exposeString('ContentDigest', {
      nullable: true,
      description: 'The hash of the object.',
    }),
    s3Uri: t.string({
      description: 'The S3 URI of the object.',
      resolve: (source) => present(source.S3Uri, 'MetricsSource.S3Uri'),
    }),
  }),
});

const metricsSource = (description: string) => ({ type: MetricsSourceRef, description });

const ModelQualityRef = builder.objectRef<ModelQuality>('ModelQuality').implement({
  description: 'Metrics that measure the quality of a model.',
  fields: (t) => ({
    statistics: t.expose('Statistics', {
      ...metricsSource('Model quality statistics.'),
      nullable: true,
    }),
    constraints: t.expose('Constraints', {
      ...metricsSource('Model quality constraints.'),
      nullable: true,
    }),
  }),
});

const ModelDataQualityRef = builder.objectRef<ModelDataQuality>('ModelDataQuality').implement({
  description: 'Metrics that measure the quality of the input data of a model.',
  fields: (t) => ({
    statistics: t.expose('Statistics', {
      ...metricsSource('Data quality statistics.'),
      nullable: true,
    }),
    constraints: t.expose('Constraints', {
      ...metricsSource('Data quality constraints.'),
      nullable: true,
    }),
  }),
});

const ModelBiasRef = builder.objectRef<Bias>('ModelBias').implement({
  description: 'Metrics that measure bias in a model.',
  fields: (t) => ({
    report: t.expose('Report', {
      ...metricsSource('The bias report.'),
      nullable: true,
    }),
    preTrainingReport: t.expose('PreTrainingReport', {
      ...metricsSource('The pre-training bias report.'),
      nullable: true,
    }),
    postTrainingReport: t.expose('PostTrainingReport', {
      ...metricsSource('The post-training bias report.'),
      nullable: true,
    }),
  }),
});

const ModelExplainabilityRef = builder.objectRef<Explainability>('ModelExplainability').implement({
  description: 'Metrics that help explain a model.',
  fields: (t) => ({
    report: t.expose('Report', {
      ...metricsSource('The explainability report.'),
      nullable: true,
    }),
  }),
});

export const ModelMetricsRef = builder.objectRef<ModelMetrics>('ModelMetrics').implement({
  description: 'Reports on the quality, input data quality, bias and explainability of a model.',
  fields: (t) => ({
    modelQuality: t.expose('ModelQuality', {
      type: ModelQualityRef,
      nullable: true,
      description: 'Metrics that measure the quality of the model.',
    }),
    modelDataQuality: t.expose('ModelDataQuality', {
      type: ModelDataQualityRef,
      nullable: true,
      description: 'Metrics that measure the quality of the input data.',
    }),
    bias: t.expose('Bias', {
      type: ModelBiasRef,
      nullable: true,
      description: 'Metrics that measure bias in the model.',
    }),
    explainability: t.expose('Explainability', {
      type: ModelExplainabilityRef,
      nullable: true,
      description: 'Metrics that help explain the model.',
    }),
  }),
});

const FileSourceRef = builder.objectRef<FileSource>('FileSource').implement({
  description: 'An S3 object holding a configuration file.',
  fields: (t) => ({
    contentType: t.exposeString('ContentType', {
      nullable: true,
      description: 'The MIME type of the file.',
    }),
    contentDigest: t.exposeString('ContentDigest', {
      nullable: true,
      description: 'The hash of the file.',
    }),
    s3Uri: t.string({
      description: 'The S3 URI of the file.',
      resolve: (source) => present(source.S3Uri, 'FileSource.S3Uri'),
    }),
  }),
});

const DriftCheckBiasRef = builder.objectRef<DriftCheckBias>('DriftCheckBias').implement({
  description: 'The bias baselines Model Monitor checks drift against.',
  fields: (t) => ({
    configFile: t.expose('ConfigFile', {
      type: FileSourceRef,
      nullable: true,
      description: 'The bias config file.',
    }),
    preTrainingConstraints: t.expose('PreTrainingConstraints', {
      ...metricsSource('The pre-training constraints.'),
      nullable: true,
    }),
    postTrainingConstraints: t.expose('PostTrainingConstraints', {
      ...metricsSource('The post-training constraints.'),
      nullable: true,
    }),
  }),
});

const DriftCheckExplainabilityRef = builder
  .objectRef<DriftCheckExplainability>('DriftCheckExplainability')
  .implement({
    description: 'The explainability baselines Model Monitor checks drift against.',
    fields: (t) => ({
      constraints: t.expose('Constraints', {
        ...metricsSource('The explainability constraints.'),
        nullable: true,
      }),
      configFile: t.expose('ConfigFile', {
        type: FileSourceRef,
        nullable: true,
        description: 'The explainability config file.',
      }),
    }),
  });

const DriftCheckModelQualityRef = builder
  .objectRef<DriftCheckModelQuality>('DriftCheckModelQuality')
  .implement({
    description: 'The model quality baselines Model Monitor checks drift against.',
    fields: (t) => ({
      statistics: t.expose('Statistics', {
        ...metricsSource('The model quality statistics.'),
        nullable: true,
      }),
      constraints: t.expose('Constraints', {
        ...metricsSource('The model quality constraints.'),
        nullable: true,
      }),
    }),
  });

const DriftCheckModelDataQualityRef = builder
  .objectRef<DriftCheckModelDataQuality>('DriftCheckModelDataQuality')
  .implement({
    description: 'The input data quality baselines Model Monitor checks drift against.',
    fields: (t) => ({
      statistics: t.expose('Statistics', {
        ...metricsSource('The data quality statistics.'),
        nullable: true,
      }),
      constraints: t.expose('Constraints', {
        ...metricsSource('The data quality constraints.'),
        nullable: true,
      }),
    }),
  });

export const DriftCheckBaselinesRef = builder
  .objectRef<DriftCheckBaselines>('DriftCheckBaselines')
  .implement({
    description: 'The baselines Model Monitor checks drift against when it monitors this model.',
    fields: (t) => ({
      bias: t.expose('Bias', {
        type: DriftCheckBiasRef,
        nullable: true,
        description: 'The bias baselines.',
      }),
      explainability: t.expose('Explainability', {
        type: DriftCheckExplainabilityRef,
        nullable: true,
        description: 'The explainability baselines.',
      }),
      modelQuality: t.expose('ModelQuality', {
        type: DriftCheckModelQualityRef,
        nullable: true,
        description: 'The model quality baselines.',
      }),
      modelDataQuality: t.expose('ModelDataQuality', {
        type: DriftCheckModelDataQualityRef,
        nullable: true,
        description: 'The input data quality baselines.',
      }),
    }),
  });
