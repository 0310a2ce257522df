import type {
  MetricDefinition,
  ParameterRanges,
  ProductionVariantInstanceType,
  TrainingInstanceType,
} from '@aws-sdk/client-sagemaker';

/** One ML use case of the demo platform: who owns it and how its models are trained and served. */
export interface UseCase {
  team: string;
  project: string;
  /** Short prefix for job names (tuning job names are limited to 32 characters). */
  prefix: string;
  description: string;
  objective: { MetricName: string; Type: 'Maximize' | 'Minimize' };
  metricDefinitions: MetricDefinition[];
  trainingImage: string;
  inferenceImage: string;
  /** A custom algorithm some of its jobs use instead of the image. */
  algorithm?: string;
  staticHyperParameters: Record<string, string>;
  ranges: ParameterRanges;
  trainingInstances: readonly TrainingInstanceType[];
  inferenceInstances: readonly ProductionVariantInstanceType[];
  channels: readonly string[];
  /** Typical training minutes (min, max). */
  minutes: [number, number];
  contentType: string;
}

const ECR_XGBOOST = '683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1';
const DLC = '763104351884.dkr.ecr.us-east-1.amazonaws.com';

const metric = (name: string, regex: string): MetricDefinition => ({ Name: name, Regex: regex });

const CATALOG: readonly UseCase[] = [
  {
    team: 'fraud',
    project: 'card-fraud',
    prefix: 'card-fraud',
    description: 'Card-not-present fraud scoring for the payments API',
    objective: { MetricName: 'validation:auc', Type: 'Maximize' },
    metricDefinitions: [
      metric('validation:auc', '.*\\[[0-9]+\\].*#011validation-auc:([-+]?[0-9]*\\.?[0-9]+).*'),
      metric('train:auc', '.*\\[[0-9]+\\].*#011train-auc:([-+]?[0-9]*\\.?[0-9]+).*'),
      metric(
        'validation:logloss',
        '.*\\[[0-9]+\\].*#011validation-logloss:([-+]?[0-9]*\\.?[0-9]+).*',
      ),
    ],
    trainingImage: ECR_XGBOOST,
    inferenceImage: ECR_XGBOOST,
    algorithm: 'fraud-gbm-trainer',
    staticHyperParameters: { objective: 'binary:logistic', eval_metric: 'auc', num_round: '400' },
    ranges: {
      ContinuousParameterRanges: [
        { Name: 'eta', MinValue: '0.01', MaxValue: '0.3', ScalingType: 'Logarithmic' },
        { Name: 'subsample', MinValue: '0.5', MaxValue: '1', ScalingType: 'Linear' },
        { Name: 'min_child_weight', MinValue: '1', MaxValue: '10', ScalingType: 'Auto' },
      ],
      IntegerParameterRanges: [
        { Name: 'max_depth', MinValue: '3', MaxValue: '10', ScalingType: 'Linear' },
      ],
    },
    trainingInstances: ['ml.m5.xlarge', 'ml.m5.4xlarge', 'ml.c5.9xlarge', 'ml.m6i.8xlarge'],
    inferenceInstances: ['ml.c5.2xlarge', 'ml.m5.xlarge', 'ml.c6i.2xlarge'],
    channels: ['train', 'validation', 'test'],
    minutes: [8, 45],
    contentType: 'text/csv',
  },
  {
    team: 'fraud',
    project: 'account-takeover',
    prefix: 'ato-risk',
    description: 'Login risk scoring to stop account takeover',
    objective: { MetricName: 'validation:auc', Type: 'Maximize' },
    metricDefinitions: [
      metric('validation:auc', '.*validation-auc:([-+]?[0-9]*\\.?[0-9]+).*'),
      metric('train:auc', '.*train-auc:([-+]?[0-9]*\\.?[0-9]+).*'),
    ],
    trainingImage: ECR_XGBOOST,
    inferenceImage: ECR_XGBOOST,
    staticHyperParameters: { objective: 'binary:logistic', eval_metric: 'auc', num_round: '250' },
    ranges: {
      ContinuousParameterRanges: [
        { Name: 'eta', MinValue: '0.02', MaxValue: '0.4', ScalingType: 'Logarithmic' },
        { Name: 'colsample_bytree', MinValue: '0.4', MaxValue: '1', ScalingType: 'Linear' },
      ],
      IntegerParameterRanges: [
        { Name: 'max_depth', MinValue: '2', MaxValue: '8', ScalingType: 'Linear' },
      ],
    },
    trainingInstances: ['ml.m5.2xlarge', 'ml.m5.4xlarge', 'ml.c5.4xlarge'],
    inferenceInstances: ['ml.c5.xlarge', 'ml.m5.large'],
    channels: ['train', 'validation'],
    minutes: [5, 30],
    contentType: 'text/csv',
  },
  {
    team: 'vision',
    project: 'defect-detection',
    prefix: 'defect-cls',
    description: 'Surface defect classification on the assembly line cameras',
    objective: { MetricName: 'validation:accuracy', Type: 'Maximize' },
    metricDefinitions: [
      metric('validation:accuracy', 'val_acc=([0-9\\.]+)'),
      metric('train:loss', 'train_loss=([0-9\\.]+)'),
      metric('validation:loss', 'val_loss=([0-9\\.]+)'),
    ],
    trainingImage: `${DLC}/pytorch-training:2.3.0-gpu-py311-cu121-ubuntu20.04-sagemaker`,
    inferenceImage: `${DLC}/pytorch-inference:2.3.0-gpu-py311-cu121-ubuntu20.04-sagemaker`,
    algorithm: 'vision-effnet-trainer',
    staticHyperParameters: { epochs: '30', backbone: 'efficientnet_b3', image_size: '384' },
    ranges: {
      ContinuousParameterRanges: [
        {
          Name: 'learning_rate',
          MinValue: '0.00001',
          MaxValue: '0.01',
          ScalingType: 'Logarithmic',
        },
        { Name: 'weight_decay', MinValue: '0.0001', MaxValue: '0.1', ScalingType: 'Logarithmic' },
      ],
      IntegerParameterRanges: [
        { Name: 'batch_size', MinValue: '16', MaxValue: '128', ScalingType: 'Linear' },
      ],
      CategoricalParameterRanges: [{ Name: 'optimizer', Values: ['adamw', 'sgd', 'lion'] }],
    },
    trainingInstances: ['ml.g5.2xlarge', 'ml.g5.12xlarge', 'ml.p3.2xlarge', 'ml.p4d.24xlarge'],
    inferenceInstances: ['ml.g5.xlarge', 'ml.g4dn.xlarge', 'ml.inf2.xlarge'],
    channels: ['train', 'validation', 'test'],
    minutes: [40, 240],
    contentType: 'application/x-image',
  },
  {
    team: 'vision',
    project: 'shelf-monitoring',
    prefix: 'shelf-det',
    description: 'Out-of-stock detection from store shelf images',
    objective: { MetricName: 'validation:mAP', Type: 'Maximize' },
    metricDefinitions: [
      metric('validation:mAP', 'val_mAP=([0-9\\.]+)'),
      metric('train:loss', 'train_loss=([0-9\\.]+)'),
    ],
    trainingImage: `${DLC}/pytorch-training:2.1.0-gpu-py310-cu121-ubuntu20.04-sagemaker`,
    inferenceImage: `${DLC}/pytorch-inference:2.1.0-gpu-py310-cu118-ubuntu20.04-sagemaker`,
    staticHyperParameters: { epochs: '50', model: 'yolov8m' },
    ranges: {
      ContinuousParameterRanges: [
        { Name: 'lr0', MinValue: '0.0001', MaxValue: '0.02', ScalingType: 'Logarithmic' },
        { Name: 'momentum', MinValue: '0.8', MaxValue: '0.98', ScalingType: 'Linear' },
      ],
      IntegerParameterRanges: [
        { Name: 'batch', MinValue: '8', MaxValue: '64', ScalingType: 'Linear' },
      ],
    },
    trainingInstances: ['ml.g5.4xlarge', 'ml.g5.12xlarge', 'ml.p4d.24xlarge'],
    inferenceInstances: ['ml.g5.xlarge', 'ml.g4dn.2xlarge'],
    channels: ['train', 'validation'],
    minutes: [60, 300],
    contentType: 'application/x-image',
  },
  {
    team: 'nlp',
    project: 'ticket-routing',
    prefix: 'ticket-router',
    description: 'Routes support tickets to the right queue',
    objective: { MetricName: 'validation:f1', Type: 'Maximize' },
    metricDefinitions: [
      metric('validation:f1', "'eval_f1': ([0-9\\.]+)"),
      metric('validation:accuracy', "'eval_accuracy': ([0-9\\.]+)"),
      metric('train:loss', "'loss': ([0-9\\.]+)"),
    ],
    trainingImage: `${DLC}/huggingface-pytorch-training:2.1.0-transformers4.36.0-gpu-py310-cu121-ubuntu20.04`,
    inferenceImage: `${DLC}/huggingface-pytorch-inference:2.1.0-transformers4.37.0-gpu-py310-cu118-ubuntu20.04`,
    staticHyperParameters: {
      model_name_or_path: 'microsoft/deberta-v3-base',
      epochs: '4',
      max_seq_length: '512',
    },
    ranges: {
      ContinuousParameterRanges: [
        {
          Name: 'learning_rate',
          MinValue: '0.000005',
          MaxValue: '0.0001',
          ScalingType: 'Logarithmic',
        },
        { Name: 'warmup_ratio', MinValue: '0', MaxValue: '0.2', ScalingType: 'Linear' },
      ],
      CategoricalParameterRanges: [
        { Name: 'per_device_train_batch_size', Values: ['8', '16', '32'] },
      ],
    },
    trainingInstances: ['ml.g5.2xlarge', 'ml.g5.12xlarge', 'ml.p4d.24xlarge', 'ml.trn1.32xlarge'],
    inferenceInstances: ['ml.g5.xlarge', 'ml.inf2.xlarge'],
    channels: ['train', 'validation', 'test'],
    minutes: [30, 180],
    contentType: 'application/json',
  },
  {
    team: 'nlp',
    project: 'review-sentiment',
    prefix: 'review-senti',
    description: 'Product review sentiment for the merchandising dashboards',
    objective: { MetricName: 'validation:accuracy', Type: 'Maximize' },
    metricDefinitions: [
      metric('validation:accuracy', '#validation_accuracy: ([0-9\\.]+)'),
      metric('train:accuracy', '#train_accuracy: ([0-9\\.]+)'),
    ],
    trainingImage: '811284229777.dkr.ecr.us-east-1.amazonaws.com/blazingtext:1',
    inferenceImage: '811284229777.dkr.ecr.us-east-1.amazonaws.com/blazingtext:1',
    staticHyperParameters: { mode: 'supervised', epochs: '15' },
    ranges: {
      ContinuousParameterRanges: [
        { Name: 'learning_rate', MinValue: '0.005', MaxValue: '0.1', ScalingType: 'Logarithmic' },
      ],
      IntegerParameterRanges: [
        { Name: 'vector_dim', MinValue: '32', MaxValue: '300', ScalingType: 'Linear' },
        { Name: 'word_ngrams', MinValue: '1', MaxValue: '3', ScalingType: 'Linear' },
      ],
    },
    trainingInstances: ['ml.c5.4xlarge', 'ml.m5.2xlarge', 'ml.p3.2xlarge'],
    inferenceInstances: ['ml.m5.large', 'ml.c5.large'],
    channels: ['train', 'validation'],
    minutes: [5, 40],
    contentType: 'application/jsonlines',
  },
  {
    team: 'recsys',
    project: 'home-feed-ranking',
    prefix: 'feed-ranker',
    description: 'Ranks the home feed for signed-in shoppers',
    objective: { MetricName: 'validation:ndcg', Type: 'Maximize' },
    metricDefinitions: [
      metric('validation:ndcg', 'val_ndcg@10=([0-9\\.]+)'),
      metric('validation:auc', 'val_auc=([0-9\\.]+)'),
      metric('train:loss', 'train_loss=([0-9\\.]+)'),
    ],
    trainingImage: `${DLC}/tensorflow-training:2.14.1-gpu-py310-cu118-ubuntu20.04-sagemaker`,
    inferenceImage: `${DLC}/tensorflow-inference:2.14.1-gpu`,
    algorithm: 'ranker-lambdamart',
    staticHyperParameters: { epochs: '12', embedding_dim: '64' },
    ranges: {
      ContinuousParameterRanges: [
        { Name: 'learning_rate', MinValue: '0.0001', MaxValue: '0.05', ScalingType: 'Logarithmic' },
        { Name: 'dropout', MinValue: '0', MaxValue: '0.5', ScalingType: 'Linear' },
      ],
      IntegerParameterRanges: [
        { Name: 'num_layers', MinValue: '2', MaxValue: '6', ScalingType: 'Linear' },
      ],
    },
    trainingInstances: ['ml.g5.2xlarge', 'ml.g5.48xlarge', 'ml.p3.8xlarge', 'ml.trn1.32xlarge'],
    inferenceInstances: ['ml.c6i.4xlarge', 'ml.g5.xlarge'],
    channels: ['train', 'validation', 'test'],
    minutes: [45, 200],
    contentType: 'application/json',
  },
  {
    team: 'recsys',
    project: 'similar-items',
    prefix: 'similar-items',
    description: 'Item-to-item recommendations on product pages',
    objective: { MetricName: 'validation:map', Type: 'Maximize' },
    metricDefinitions: [metric('validation:map', 'val_map=([0-9\\.]+)')],
    trainingImage: `${DLC}/pytorch-training:2.3.0-cpu-py311-ubuntu20.04-sagemaker`,
    inferenceImage: `${DLC}/pytorch-inference:2.3.0-cpu-py311-ubuntu20.04-sagemaker`,
    staticHyperParameters: { epochs: '20' },
    ranges: {
      ContinuousParameterRanges: [
        { Name: 'learning_rate', MinValue: '0.0005', MaxValue: '0.05', ScalingType: 'Logarithmic' },
      ],
      IntegerParameterRanges: [
        { Name: 'embedding_dim', MinValue: '32', MaxValue: '256', ScalingType: 'Linear' },
      ],
    },
    trainingInstances: ['ml.m5.4xlarge', 'ml.c5.9xlarge', 'ml.m6i.12xlarge'],
    inferenceInstances: ['ml.m5.xlarge', 'ml.c6i.xlarge'],
    channels: ['train', 'validation'],
    minutes: [15, 90],
    contentType: 'application/json',
  },
  {
    team: 'forecasting',
    project: 'demand-forecast',
    prefix: 'demand-fc',
    description: 'Daily SKU-level demand forecast for replenishment',
    objective: { MetricName: 'validation:rmse', Type: 'Minimize' },
    metricDefinitions: [
      metric('validation:rmse', '.*validation-rmse:([-+]?[0-9]*\\.?[0-9]+).*'),
      metric('train:rmse', '.*train-rmse:([-+]?[0-9]*\\.?[0-9]+).*'),
    ],
    trainingImage: ECR_XGBOOST,
    inferenceImage: ECR_XGBOOST,
    staticHyperParameters: { objective: 'reg:squarederror', num_round: '600' },
    ranges: {
      ContinuousParameterRanges: [
        { Name: 'eta', MinValue: '0.01', MaxValue: '0.2', ScalingType: 'Logarithmic' },
        { Name: 'alpha', MinValue: '0', MaxValue: '2', ScalingType: 'Linear' },
      ],
      IntegerParameterRanges: [
        { Name: 'max_depth', MinValue: '4', MaxValue: '12', ScalingType: 'Linear' },
      ],
    },
    trainingInstances: ['ml.m5.4xlarge', 'ml.m5.12xlarge', 'ml.r5.4xlarge'],
    inferenceInstances: ['ml.m5.xlarge', 'ml.c5.xlarge'],
    channels: ['train', 'validation', 'test'],
    minutes: [10, 60],
    contentType: 'text/csv',
  },
  {
    team: 'forecasting',
    project: 'capacity-planning',
    prefix: 'capacity-fc',
    description: 'Warehouse labour capacity forecast',
    objective: { MetricName: 'test:RMSE', Type: 'Minimize' },
    metricDefinitions: [
      metric('test:RMSE', '#test_score \\(algo-1, RMSE\\): ([0-9\\.]+)'),
      metric(
        'test:mean_wQuantileLoss',
        '#test_score \\(algo-1, mean_wQuantileLoss\\): ([0-9\\.]+)',
      ),
    ],
    trainingImage: '522234722520.dkr.ecr.us-east-1.amazonaws.com/forecasting-deepar:1',
    inferenceImage: '522234722520.dkr.ecr.us-east-1.amazonaws.com/forecasting-deepar:1',
    staticHyperParameters: { time_freq: 'D', prediction_length: '28', context_length: '56' },
    ranges: {
      ContinuousParameterRanges: [
        { Name: 'learning_rate', MinValue: '0.0001', MaxValue: '0.01', ScalingType: 'Logarithmic' },
      ],
      IntegerParameterRanges: [
        { Name: 'num_cells', MinValue: '30', MaxValue: '100', ScalingType: 'Linear' },
        { Name: 'epochs', MinValue: '50', MaxValue: '300', ScalingType: 'Linear' },
      ],
    },
    trainingInstances: ['ml.c5.4xlarge', 'ml.g5.2xlarge', 'ml.p3.2xlarge'],
    inferenceInstances: ['ml.c5.xlarge', 'ml.m5.large'],
    channels: ['train', 'test'],
    minutes: [20, 120],
    contentType: 'application/json',
  },
];

/** The use cases; the first (card fraud) backs the flagship endpoint. */
export const USE_CASES: readonly [UseCase, ...UseCase[]] = CATALOG as [UseCase, ...UseCase[]];

/** The use case at `index`, wrapping around. */
export const useCaseAt = (index: number): UseCase =>
  USE_CASES[index % USE_CASES.length] ?? USE_CASES[0];

/** Custom algorithms registered by teams (AlgorithmSpecification.AlgorithmName). */
export const ALGORITHMS = [
  {
    name: 'fraud-gbm-trainer',
    team: 'fraud',
    description: 'Gradient-boosted trees with the fraud team feature pipeline built in',
    image: '123456789012.dkr.ecr.us-east-1.amazonaws.com/fraud/gbm-trainer:3.4.1',
    instances: ['ml.m5.xlarge', 'ml.m5.4xlarge', 'ml.c5.9xlarge', 'ml.m6i.8xlarge'],
  },
  {
    name: 'vision-effnet-trainer',
    team: 'vision',
    description: 'EfficientNet fine-tuning with the vision team augmentation stack',
    image: '123456789012.dkr.ecr.us-east-1.amazonaws.com/vision/effnet-trainer:1.9.0',
    instances: ['ml.g5.2xlarge', 'ml.g5.12xlarge', 'ml.p3.2xlarge', 'ml.p4d.24xlarge'],
  },
  {
    name: 'ranker-lambdamart',
    team: 'recsys',
    description: 'LambdaMART learning-to-rank trainer',
    image: '123456789012.dkr.ecr.us-east-1.amazonaws.com/recsys/lambdamart:0.12.3',
    instances: ['ml.g5.2xlarge', 'ml.g5.48xlarge', 'ml.p3.8xlarge', 'ml.trn1.32xlarge'],
  },
] as const;
