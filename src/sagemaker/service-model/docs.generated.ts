// SageMaker shape documentation from botocore 1.43.11 (sagemaker API 2017-07-24,
// data/sagemaker/<version>/service-2.json.gz): the first sentence of each structure and member
// of constraints.generated.ts, HTML stripped. Regenerate with npm run generate:constraints; do not edit.

/** Structure shape name → the first sentence of its documentation. */
export const SHAPE_DOCS: Readonly<Record<string, string>> = {
  AdditionalInferenceSpecificationDefinition: 'A structure of additional Inference Specification.',
  AdditionalModelDataSource:
    'Data sources that are available to your model in addition to the one that you specify for ModelDataSource when you use the CreateModel action.',
  AdditionalS3DataSource:
    'A data source used for training or inference that is in addition to the input dataset or model data.',
  Alarm: 'An Amazon CloudWatch alarm configured to monitor metrics on an endpoint.',
  AlgorithmSpecification: 'Specifies the training algorithm to use in a CreateTrainingJob request.',
  AlgorithmValidationProfile:
    'Defines a training job and a batch transform job that SageMaker runs to validate your algorithm.',
  AlgorithmValidationSpecification:
    'Specifies configurations for one or more training jobs that SageMaker runs to test the algorithm.',
  AsyncInferenceClientConfig:
    'Configures the behavior of the client used by SageMaker to interact with the model container during asynchronous inference.',
  AsyncInferenceConfig:
    'Specifies configuration for how an endpoint performs asynchronous inference.',
  AsyncInferenceNotificationConfig:
    'Specifies the configuration for notifications of inference results for asynchronous inference.',
  AsyncInferenceOutputConfig:
    'Specifies the configuration for asynchronous inference invocation outputs.',
  AutoParameter:
    'The name and an example value of the hyperparameter that you want to use in Autotune.',
  AutoRollbackConfig:
    'Automatic rollback configuration for handling endpoint deployment failures and recovery.',
  Autotune:
    'A flag to indicate if you want to use Autotune to automatically find optimal values for the following fields: ParameterRanges : The names and ranges of parameters that a hyperparameter tuning job can optimize.',
  BaseModel:
    'Identifies the foundation model that was used as the starting point for model customization.',
  BestObjectiveNotImproving:
    'A structure that keeps track of which training jobs launched by your hyperparameter tuning job are not improving model performance as evaluated against an objective function.',
  Bias: 'Contains bias metrics for a model.',
  BlueGreenUpdatePolicy: 'Update policy for a blue/green deployment.',
  CapacitySize:
    'Specifies the type and size of the endpoint capacity to activate for a blue/green deployment, a rolling deployment, or a rollback strategy.',
  CaptureContentTypeHeader: 'Configuration specifying how to treat different headers.',
  CaptureOption: 'Specifies data Model Monitor will capture.',
  CategoricalParameterRange: 'A list of categorical hyperparameters to tune.',
  CategoricalParameterRangeSpecification:
    'Defines the possible values for a categorical hyperparameter.',
  Channel: 'A channel is a named input source that training algorithms can consume.',
  ChannelSpecification:
    'Defines a named input source, called a channel, to be used by an algorithm.',
  CheckpointConfig:
    'Contains information about the output location for managed spot training checkpoint data.',
  ClarifyExplainerConfig: 'The configuration parameters for the SageMaker Clarify explainer.',
  ClarifyInferenceConfig: 'The inference configuration parameter for the model container.',
  ClarifyShapBaselineConfig:
    'The configuration for the SHAP baseline (also called the background or reference dataset) of the Kernal SHAP algorithm.',
  ClarifyShapConfig: 'The configuration for SHAP analysis using SageMaker Clarify Explainer.',
  ClarifyTextConfig:
    'A parameter used to configure the SageMaker Clarify explainer to treat text features as text so that explanations are provided for individual units of text.',
  CollectionConfiguration:
    'Configuration information for the Amazon SageMaker Debugger output tensor collections.',
  ContainerDefinition: 'Describes the container, as part of model definition.',
  ContinuousParameterRange: 'A list of continuous hyperparameters to tune.',
  ContinuousParameterRangeSpecification:
    'Defines the possible values for a continuous hyperparameter.',
  ConvergenceDetected:
    'A flag to indicating that automatic model tuning (AMT) has detected model convergence, defined as a lack of significant improvement (1% or less) against an objective metric.',
  DataCaptureConfig: 'Configuration to control how SageMaker AI captures inference data.',
  DataSource: 'Describes the location of the channel data.',
  DatasetSource: 'Specifies a dataset source for a channel.',
  DebugHookConfig:
    'Configuration information for the Amazon SageMaker Debugger hook parameters, metric and tensor collections, and storage paths.',
  DebugRuleConfiguration: 'Configuration information for SageMaker Debugger rules for debugging.',
  DeploymentConfig:
    'The deployment configuration for an endpoint, which contains the desired deployment strategy and rollback configurations.',
  DesiredWeightAndCapacity: 'Specifies weight and capacity values for a production variant.',
  DriftCheckBaselines:
    'Represents the drift check baselines that can be used when the model monitor is set using the model package.',
  DriftCheckBias:
    'Represents the drift check bias baselines that can be used when the model monitor is set using the model package.',
  DriftCheckExplainability:
    'Represents the drift check explainability baselines that can be used when the model monitor is set using the model package.',
  DriftCheckModelDataQuality:
    'Represents the drift check data quality baselines that can be used when the model monitor is set using the model package.',
  DriftCheckModelQuality:
    'Represents the drift check model quality baselines that can be used when the model monitor is set using the model package.',
  ExperimentConfig: 'Associates a SageMaker job as a trial component with an experiment and trial.',
  Explainability: 'Contains explainability metrics for a model.',
  ExplainerConfig: 'A parameter to activate explainers.',
  FileSource: 'Contains details regarding the file source.',
  FileSystemDataSource: 'Specifies a file system data source for a channel.',
  Filter:
    'A conditional statement for a search expression that includes a resource property, a Boolean operator, and a value.',
  HubAccessConfig:
    'The configuration for a private hub model reference that points to a public SageMaker JumpStart model.',
  HyperParameterAlgorithmSpecification:
    'Specifies which training algorithm to use for training jobs that a hyperparameter tuning job launches and the metrics to monitor.',
  HyperParameterSpecification: 'Defines a hyperparameter to be used by an algorithm.',
  HyperParameterTrainingJobDefinition:
    'Defines the training jobs launched by a hyperparameter tuning job.',
  HyperParameterTuningInstanceConfig:
    'The configuration for hyperparameter tuning resources for use in training jobs launched by the tuning job.',
  HyperParameterTuningJobConfig: 'Configures a hyperparameter tuning job.',
  HyperParameterTuningJobObjective: 'Defines the objective metric for a hyperparameter tuning job.',
  HyperParameterTuningJobStrategyConfig:
    'The configuration for a training job launched by a hyperparameter tuning job.',
  HyperParameterTuningJobWarmStartConfig:
    'Specifies the configuration for a hyperparameter tuning job that uses one or more previous hyperparameter tuning jobs as a starting point.',
  HyperParameterTuningResourceConfig:
    'The configuration of resources, including compute instances and storage volumes for use in training jobs launched by hyperparameter tuning jobs.',
  HyperbandStrategyConfig:
    'The configuration for Hyperband , a multi-fidelity based hyperparameter tuning strategy.',
  ImageConfig:
    'Specifies whether the model container is in Amazon ECR or a private Docker registry accessible from your Amazon Virtual Private Cloud (VPC).',
  InferenceExecutionConfig:
    'Specifies details about how containers in a multi-container endpoint are run.',
  InferenceHubAccessConfig:
    'Configuration information specifying which hub contents have accessible deployment options.',
  InferenceSpecification:
    'Defines how to perform inference generation after a training job is run.',
  InfraCheckConfig:
    'Configuration information for the infrastructure health check of a training job.',
  InstanceGroup: 'Defines an instance group for heterogeneous cluster training.',
  InstancePlacementConfig:
    'Configuration for how instances are placed and allocated within UltraServers.',
  InstancePool: 'Specifies an instance type and its priority for a heterogeneous endpoint.',
  IntegerParameterRange:
    'For a hyperparameter of the integer type, specifies the range that a hyperparameter tuning job searches.',
  IntegerParameterRangeSpecification: 'Defines the possible values for an integer hyperparameter.',
  ManagedConfiguration: 'The managed configuration of a model package group.',
  MetadataProperties: 'Metadata properties of the tracking entity, trial, or trial component.',
  MetricDefinition: 'Specifies a metric that the training algorithm writes to stderr or stdout .',
  MetricsConfig: 'The configuration for Utilization metrics.',
  MetricsSource: 'Details about the metrics source.',
  MlflowConfig: 'The MLflow configuration using SageMaker managed MLflow.',
  ModelAccessConfig: 'The access configuration file to control access to the ML model.',
  ModelDataQuality: 'Data quality constraints and statistics for a model.',
  ModelDataSource: 'Specifies the location of ML model data to deploy.',
  ModelInput: 'Input object for the model.',
  ModelLifeCycle: 'A structure describing the current state of the model in its life cycle.',
  ModelMetrics: 'Contains metrics captured from a model.',
  ModelPackageConfig: 'The configuration for the Model package.',
  ModelPackageContainerDefinition: 'Describes the Docker container for the model package.',
  ModelPackageModelCard: 'The model card associated with the model package.',
  ModelPackageSecurityConfig:
    'An optional Key Management Service key to encrypt, decrypt, and re-encrypt model package information for regulated workloads with highly sensitive data.',
  ModelPackageValidationProfile:
    'Contains data, such as the inputs and targeted instance types that are used in the process of validating the model package.',
  ModelPackageValidationSpecification:
    'Specifies batch transform jobs that SageMaker runs to validate your model package.',
  ModelQuality: 'Model quality statistics and constraints.',
  MultiModelConfig: 'Specifies additional configuration for hosting multi-model endpoints.',
  NestedFilters: 'A list of nested Filter objects.',
  OutputDataConfig:
    'Provides information about how to store model training results (model artifacts).',
  ParameterRange:
    'Defines the possible values for categorical, continuous, and integer hyperparameters to be used by an algorithm.',
  ParameterRanges:
    'Specifies ranges of integer, continuous, and categorical hyperparameters that a hyperparameter tuning job searches.',
  ParentHyperParameterTuningJob:
    'A previously completed or stopped hyperparameter tuning job to be used as a starting point for a new hyperparameter tuning job.',
  PlacementSpecification: 'Specifies how instances should be placed on a specific UltraServer.',
  ProductionVariant:
    'Identifies a model that you want to host and the resources chosen to deploy for hosting it.',
  ProductionVariantCapacityReservationConfig:
    'Settings for the capacity reservation for the compute instances that SageMaker AI reserves for an endpoint.',
  ProductionVariantCoreDumpConfig:
    'Specifies configuration for a core dump from the model container when the process crashes.',
  ProductionVariantManagedInstanceScaling:
    'Settings that control the range in the number of instances that the endpoint provisions as it scales up or down to accommodate traffic.',
  ProductionVariantManagedInstanceScalingScaleInPolicy:
    'Configures the scale-in behavior for managed instance scaling.',
  ProductionVariantRoutingConfig:
    'Settings that control how the endpoint routes incoming traffic to the instances that the endpoint hosts.',
  ProductionVariantServerlessConfig:
    'Specifies the serverless configuration for an endpoint variant.',
  ProductionVariantServerlessUpdateConfig:
    'Specifies the serverless update concurrency configuration for an endpoint variant.',
  ProfilerConfig:
    'Configuration information for Amazon SageMaker Debugger system monitoring, framework profiling, and storage paths.',
  ProfilerRuleConfiguration: 'Configuration information for profiling rules.',
  RemoteDebugConfig: 'Configuration for remote debugging for the CreateTrainingJob API.',
  RepositoryAuthConfig:
    'Specifies an authentication configuration for the private docker registry where your model image is hosted.',
  ResourceConfig:
    'Describes the resources, including machine learning (ML) compute instances and ML storage volumes, to use for model training.',
  ResourceLimits:
    'Specifies the maximum number of training jobs and parallel training jobs that a hyperparameter tuning job can launch.',
  RetryStrategy:
    'The retry strategy to use when a training job fails due to an InternalServerError .',
  RollingUpdatePolicy: 'Specifies a rolling deployment strategy for updating a SageMaker endpoint.',
  S3DataSource: 'Describes the S3 data source.',
  S3ModelDataSource: 'Specifies the S3 location of ML model data to deploy.',
  SearchExpression:
    'A multi-expression that searches for the specified resource or resources in a search.',
  ServerlessJobConfig: 'The configuration for the serverless training job.',
  SessionChainingConfig:
    'Contains information about attribute-based access control (ABAC) for a training job.',
  ShuffleConfig: 'A configuration for a shuffle option for input data in a channel.',
  SourceAlgorithm: 'Specifies an algorithm that was used to create the model package.',
  SourceAlgorithmSpecification: 'A list of algorithms that were used to create a model package.',
  StoppingCondition: 'Specifies a limit to how long a job can run.',
  Tag: 'A tag object that consists of a key and an optional value, used to manage metadata for SageMaker Amazon Web Services resources.',
  TensorBoardOutputConfig:
    'Configuration of storage locations for the Amazon SageMaker Debugger TensorBoard output data.',
  TrafficRoutingConfig:
    'Defines the traffic routing strategy during an endpoint deployment to shift traffic from the old fleet to the new fleet.',
  TrainingImageConfig:
    'The configuration to use an image from a private Docker registry for a training job.',
  TrainingJobDefinition: 'Defines the input needed to run a training job using the algorithm.',
  TrainingRepositoryAuthConfig:
    'An object containing authentication information for a private Docker registry.',
  TrainingSpecification: 'Defines how the algorithm is used for a training job.',
  TransformDataSource: 'Describes the location of the channel data.',
  TransformInput:
    'Describes the input source of a transform job and the way the transform job consumes it.',
  TransformJobDefinition:
    'Defines the input needed to run a transform job using the inference specification specified in the algorithm.',
  TransformOutput: 'Describes the results of a transform job.',
  TransformResources:
    'Describes the resources, including ML instance types and ML instance count, to use for transform job.',
  TransformS3DataSource: 'Describes the S3 data source.',
  TuningJobCompletionCriteria: 'The job completion criteria.',
  VariantProperty: 'Specifies a production variant property type for an Endpoint.',
  VisibilityConditions: 'The list of key-value pairs used to filter your search results.',
  VpcConfig:
    'Specifies an Amazon Virtual Private Cloud (VPC) that your SageMaker jobs, hosted models, and compute resources have access to.',
};

/** `Shape.Member` → the first sentence of the member's documentation. */
export const MEMBER_DOCS: Readonly<Record<string, string>> = {
  'AddTagsInput.ResourceArn':
    'The Amazon Resource Name (ARN) of the resource that you want to tag.',
  'AddTagsInput.Tags': 'An array of key-value pairs.',
  'AdditionalInferenceSpecificationDefinition.Name':
    'A unique name to identify the additional inference specification.',
  'AdditionalInferenceSpecificationDefinition.Description':
    'A description of the additional Inference specification',
  'AdditionalInferenceSpecificationDefinition.Containers':
    'The Amazon ECR registry path of the Docker image that contains the inference code.',
  'AdditionalInferenceSpecificationDefinition.SupportedTransformInstanceTypes':
    'A list of the instance types on which a transformation job can be run or on which an endpoint can be deployed.',
  'AdditionalInferenceSpecificationDefinition.SupportedRealtimeInferenceInstanceTypes':
    'A list of the instance types that are used to generate inferences in real-time.',
  'AdditionalInferenceSpecificationDefinition.SupportedContentTypes':
    'The supported MIME types for the input data.',
  'AdditionalInferenceSpecificationDefinition.SupportedResponseMIMETypes':
    'The supported MIME types for the output data.',
  'AdditionalModelDataSource.ChannelName':
    'A custom name for this AdditionalModelDataSource object.',
  'AdditionalS3DataSource.S3DataType':
    'The data type of the additional data source that you specify for use in inference or training.',
  'AdditionalS3DataSource.S3Uri':
    'The uniform resource identifier (URI) used to identify an additional data source used in inference or training.',
  'AdditionalS3DataSource.CompressionType':
    'The type of compression used for an additional data source used in inference or training.',
  'AdditionalS3DataSource.ETag': 'The ETag associated with S3 URI.',
  'Alarm.AlarmName': 'The name of a CloudWatch alarm in your account.',
  'AlgorithmSpecification.TrainingImage':
    'The registry path of the Docker image that contains the training algorithm.',
  'AlgorithmSpecification.AlgorithmName':
    'The name of the algorithm resource to use for the training job.',
  'AlgorithmSpecification.MetricDefinitions': 'A list of metric definition objects.',
  'AlgorithmSpecification.EnableSageMakerMetricsTimeSeries':
    'To generate and save time-series metrics during training, set to true .',
  'AlgorithmSpecification.ContainerEntrypoint':
    'The entrypoint script for a Docker container used to run a training job.',
  'AlgorithmSpecification.ContainerArguments':
    'The arguments for a container used to run a training job.',
  'AlgorithmSpecification.TrainingImageConfig':
    'The configuration to use an image from a private Docker registry for a training job.',
  'AlgorithmValidationProfile.ProfileName': 'The name of the profile for the algorithm.',
  'AlgorithmValidationProfile.TrainingJobDefinition':
    'The TrainingJobDefinition object that describes the training job that SageMaker runs to validate your algorithm.',
  'AlgorithmValidationProfile.TransformJobDefinition':
    'The TransformJobDefinition object that describes the transform job that SageMaker runs to validate your algorithm.',
  'AlgorithmValidationSpecification.ValidationRole':
    'The IAM roles that SageMaker uses to run the training jobs.',
  'AlgorithmValidationSpecification.ValidationProfiles':
    'An array of AlgorithmValidationProfile objects, each of which specifies a training job and batch transform job that SageMaker runs to validate your algorithm.',
  'AsyncInferenceClientConfig.MaxConcurrentInvocationsPerInstance':
    'The maximum number of concurrent requests sent by the SageMaker client to the model container.',
  'AsyncInferenceConfig.ClientConfig':
    'Configures the behavior of the client used by SageMaker to interact with the model container during asynchronous inference.',
  'AsyncInferenceConfig.OutputConfig':
    'Specifies the configuration for asynchronous inference invocation outputs.',
  'AsyncInferenceNotificationConfig.SuccessTopic':
    'Amazon SNS topic to post a notification to when inference completes successfully.',
  'AsyncInferenceNotificationConfig.ErrorTopic':
    'Amazon SNS topic to post a notification to when inference fails.',
  'AsyncInferenceNotificationConfig.IncludeInferenceResponseIn':
    'The Amazon SNS topics where you want the inference response to be included.',
  'AsyncInferenceOutputConfig.KmsKeyId':
    'The Amazon Web Services Key Management Service (Amazon Web Services KMS) key that SageMaker uses to encrypt the asynchronous inference output in Amazon S3.',
  'AsyncInferenceOutputConfig.S3OutputPath':
    'The Amazon S3 location to upload inference responses to.',
  'AsyncInferenceOutputConfig.NotificationConfig':
    'Specifies the configuration for notifications of inference results for asynchronous inference.',
  'AsyncInferenceOutputConfig.S3FailurePath':
    'The Amazon S3 location to upload failure inference responses to.',
  'AutoParameter.Name': 'The name of the hyperparameter to optimize using Autotune.',
  'AutoParameter.ValueHint': 'An example value of the hyperparameter to optimize using Autotune.',
  'AutoRollbackConfig.Alarms':
    'List of CloudWatch alarms in your account that are configured to monitor metrics on an endpoint.',
  'Autotune.Mode': 'Set Mode to Enabled if you want to use Autotune.',
  'BaseModel.HubContentName': 'The hub content name of the base model.',
  'BaseModel.HubContentVersion': 'The hub content version of the base model.',
  'BaseModel.RecipeName': 'The recipe name of the base model.',
  'BatchDescribeModelPackageInput.ModelPackageArnList':
    'The list of Amazon Resource Name (ARN) of the model package groups.',
  'BestObjectiveNotImproving.MaxNumberOfTrainingJobsNotImproving':
    'The number of training jobs that have failed to improve model performance by 1% or greater over prior training jobs as evaluated against an objective function.',
  'Bias.Report': 'The bias report for a model',
  'Bias.PreTrainingReport': 'The pre-training bias report for a model.',
  'Bias.PostTrainingReport': 'The post-training bias report for a model.',
  'BlueGreenUpdatePolicy.TrafficRoutingConfiguration':
    'Defines the traffic routing strategy to shift traffic from the old fleet to the new fleet during an endpoint deployment.',
  'BlueGreenUpdatePolicy.TerminationWaitInSeconds':
    'Additional waiting time in seconds after the completion of an endpoint deployment before terminating the old endpoint fleet.',
  'BlueGreenUpdatePolicy.MaximumExecutionTimeoutInSeconds':
    'Maximum execution timeout for the deployment.',
  'CapacitySize.Type': 'Specifies the endpoint capacity type.',
  'CapacitySize.Value':
    'Defines the capacity size, either as a number of instances or a capacity percentage.',
  'CaptureContentTypeHeader.CsvContentTypes':
    'The list of all content type headers that Amazon SageMaker AI will treat as CSV and capture accordingly.',
  'CaptureContentTypeHeader.JsonContentTypes':
    'The list of all content type headers that SageMaker AI will treat as JSON and capture accordingly.',
  'CaptureOption.CaptureMode': 'Specify the boundary of data to capture.',
  'CategoricalParameterRange.Name': 'The name of the categorical hyperparameter to tune.',
  'CategoricalParameterRange.Values': 'A list of the categories for the hyperparameter.',
  'CategoricalParameterRangeSpecification.Values': 'The allowed categories for the hyperparameter.',
  'Channel.ChannelName': 'The name of the channel.',
  'Channel.DataSource': 'The location of the channel data.',
  'Channel.ContentType': 'The MIME type of the data.',
  'Channel.CompressionType': 'If training data is compressed, the compression type.',
  'Channel.RecordWrapperType':
    'Specify RecordIO as the value when input data is in raw format but the training algorithm requires the RecordIO format.',
  'Channel.InputMode': '(Optional) The input mode to use for the data channel in a training job.',
  'Channel.ShuffleConfig': 'A configuration for a shuffle option for input data in a channel.',
  'ChannelSpecification.Name': 'The name of the channel.',
  'ChannelSpecification.Description': 'A brief description of the channel.',
  'ChannelSpecification.IsRequired': 'Indicates whether the channel is required by the algorithm.',
  'ChannelSpecification.SupportedContentTypes': 'The supported MIME types for the data.',
  'ChannelSpecification.SupportedCompressionTypes':
    'The allowed compression types, if data compression is used.',
  'ChannelSpecification.SupportedInputModes': 'The allowed input mode, either FILE or PIPE.',
  'CheckpointConfig.S3Uri': 'Identifies the S3 path where you want SageMaker to store checkpoints.',
  'CheckpointConfig.LocalPath': '(Optional) The local directory where checkpoints are written.',
  'ClarifyExplainerConfig.EnableExplanations':
    'A JMESPath boolean expression used to filter which records to explain.',
  'ClarifyExplainerConfig.InferenceConfig':
    'The inference configuration parameter for the model container.',
  'ClarifyExplainerConfig.ShapConfig': 'The configuration for SHAP analysis.',
  'ClarifyInferenceConfig.FeaturesAttribute':
    'Provides the JMESPath expression to extract the features from a model container input in JSON Lines format.',
  'ClarifyInferenceConfig.ContentTemplate':
    'A template string used to format a JSON record into an acceptable model container input.',
  'ClarifyInferenceConfig.MaxRecordCount':
    'The maximum number of records in a request that the model container can process when querying the model container for the predictions of a synthetic dataset .',
  'ClarifyInferenceConfig.MaxPayloadInMB':
    'The maximum payload size (MB) allowed of a request from the explainer to the model container.',
  'ClarifyInferenceConfig.ProbabilityIndex':
    'A zero-based index used to extract a probability value (score) or list from model container output in CSV format.',
  'ClarifyInferenceConfig.LabelIndex':
    'A zero-based index used to extract a label header or list of label headers from model container output in CSV format.',
  'ClarifyInferenceConfig.ProbabilityAttribute':
    'A JMESPath expression used to extract the probability (or score) from the model container output if the model container is in JSON Lines format.',
  'ClarifyInferenceConfig.LabelAttribute':
    'A JMESPath expression used to locate the list of label headers in the model container output.',
  'ClarifyInferenceConfig.LabelHeaders':
    'For multiclass classification problems, the label headers are the names of the classes.',
  'ClarifyInferenceConfig.FeatureHeaders': 'The names of the features.',
  'ClarifyInferenceConfig.FeatureTypes': 'A list of data types of the features (optional).',
  'ClarifyShapBaselineConfig.MimeType': 'The MIME type of the baseline data.',
  'ClarifyShapBaselineConfig.ShapBaseline': 'The inline SHAP baseline data in string format.',
  'ClarifyShapBaselineConfig.ShapBaselineUri':
    'The uniform resource identifier (URI) of the S3 bucket where the SHAP baseline file is stored.',
  'ClarifyShapConfig.ShapBaselineConfig':
    'The configuration for the SHAP baseline of the Kernal SHAP algorithm.',
  'ClarifyShapConfig.NumberOfSamples':
    'The number of samples to be used for analysis by the Kernal SHAP algorithm.',
  'ClarifyShapConfig.UseLogit':
    'A Boolean toggle to indicate if you want to use the logit function (true) or log-odds units (false) for model predictions.',
  'ClarifyShapConfig.Seed':
    'The starting value used to initialize the random number generator in the explainer.',
  'ClarifyShapConfig.TextConfig':
    'A parameter that indicates if text features are treated as text and explanations are provided for individual units of text.',
  'ClarifyTextConfig.Language':
    'Specifies the language of the text features in ISO 639-1 or ISO 639-3 code of a supported language.',
  'ClarifyTextConfig.Granularity': 'The unit of granularity for the analysis of text features.',
  'CollectionConfiguration.CollectionName': 'The name of the tensor collection.',
  'CollectionConfiguration.CollectionParameters': 'Parameter values for the tensor collection.',
  'ContainerDefinition.ContainerHostname':
    'This parameter is ignored for models that contain only a PrimaryContainer .',
  'ContainerDefinition.Image': 'The path where inference code is stored.',
  'ContainerDefinition.ImageConfig':
    'Specifies whether the model container is in Amazon ECR or a private Docker registry accessible from your Amazon Virtual Private Cloud (VPC).',
  'ContainerDefinition.Mode': 'Whether the container hosts a single model or multiple models.',
  'ContainerDefinition.ModelDataUrl':
    'The S3 path where the model artifacts, which result from model training, are stored.',
  'ContainerDefinition.ModelDataSource': 'Specifies the location of ML model data to deploy.',
  'ContainerDefinition.AdditionalModelDataSources':
    'Data sources that are available to your model in addition to the one that you specify for ModelDataSource when you use the CreateModel action.',
  'ContainerDefinition.Environment': 'The environment variables to set in the Docker container.',
  'ContainerDefinition.ModelPackageName':
    'The name or Amazon Resource Name (ARN) of the model package to use to create the model.',
  'ContainerDefinition.InferenceSpecificationName':
    'The inference specification name in the model package version.',
  'ContainerDefinition.MultiModelConfig':
    'Specifies additional configuration for multi-model endpoints.',
  'ContinuousParameterRange.Name': 'The name of the continuous hyperparameter to tune.',
  'ContinuousParameterRange.MinValue': 'The minimum value for the hyperparameter.',
  'ContinuousParameterRange.MaxValue': 'The maximum value for the hyperparameter.',
  'ContinuousParameterRange.ScalingType':
    'The scale that hyperparameter tuning uses to search the hyperparameter range.',
  'ContinuousParameterRangeSpecification.MinValue': 'The minimum floating-point value allowed.',
  'ContinuousParameterRangeSpecification.MaxValue': 'The maximum floating-point value allowed.',
  'ConvergenceDetected.CompleteOnConvergence':
    'A flag to stop a tuning job once AMT has detected that the job has converged.',
  'CreateAlgorithmInput.AlgorithmName': 'The name of the algorithm.',
  'CreateAlgorithmInput.AlgorithmDescription': 'A description of the algorithm.',
  'CreateAlgorithmInput.TrainingSpecification':
    'Specifies details about training jobs run by this algorithm, including the following: The Amazon ECR path of the container and the version digest of the algorithm.',
  'CreateAlgorithmInput.InferenceSpecification':
    'Specifies details about inference jobs that the algorithm runs, including the following: The Amazon ECR paths of containers that contain the inference code and model artifacts.',
  'CreateAlgorithmInput.ValidationSpecification':
    "Specifies configurations for one or more training jobs and that SageMaker runs to test the algorithm's training code and, optionally, one or more batch transform jobs that SageMaker runs to test the algorithm's inference code.",
  'CreateAlgorithmInput.CertifyForMarketplace':
    'Whether to certify the algorithm so that it can be listed in Amazon Web Services Marketplace.',
  'CreateAlgorithmInput.Tags': 'An array of key-value pairs.',
  'CreateEndpointConfigInput.EndpointConfigName': 'The name of the endpoint configuration.',
  'CreateEndpointConfigInput.ProductionVariants':
    'An array of ProductionVariant objects, one for each model that you want to host at this endpoint.',
  'CreateEndpointConfigInput.Tags': 'An array of key-value pairs.',
  'CreateEndpointConfigInput.KmsKeyId':
    'The Amazon Resource Name (ARN) of a Amazon Web Services Key Management Service key that SageMaker uses to encrypt data on the storage volume attached to the ML compute instance that hosts the endpoint.',
  'CreateEndpointConfigInput.AsyncInferenceConfig':
    'Specifies configuration for how an endpoint performs asynchronous inference.',
  'CreateEndpointConfigInput.ExplainerConfig':
    'A member of CreateEndpointConfig that enables explainers.',
  'CreateEndpointConfigInput.ShadowProductionVariants':
    'An array of ProductionVariant objects, one for each model that you want to host at this endpoint in shadow mode with production traffic replicated from the model specified on ProductionVariants .',
  'CreateEndpointConfigInput.ExecutionRoleArn':
    'The Amazon Resource Name (ARN) of an IAM role that Amazon SageMaker AI can assume to perform actions on your behalf.',
  'CreateEndpointConfigInput.EnableNetworkIsolation':
    'Sets whether all model containers deployed to the endpoint are isolated.',
  'CreateEndpointConfigInput.MetricsConfig':
    'The configuration parameters for utilization metrics.',
  'CreateEndpointInput.EndpointName':
    'The name of the endpoint.The name must be unique within an Amazon Web Services Region in your Amazon Web Services account.',
  'CreateEndpointInput.EndpointConfigName': 'The name of an endpoint configuration.',
  'CreateEndpointInput.Tags': 'An array of key-value pairs.',
  'CreateHyperParameterTuningJobRequest.HyperParameterTuningJobName': 'The name of the tuning job.',
  'CreateHyperParameterTuningJobRequest.HyperParameterTuningJobConfig':
    'The HyperParameterTuningJobConfig object that describes the tuning job, including the search strategy, the objective metric used to evaluate training jobs, ranges of parameters to search, and resource limits for the tuning job.',
  'CreateHyperParameterTuningJobRequest.TrainingJobDefinition':
    'The HyperParameterTrainingJobDefinition object that describes the training jobs that this tuning job launches, including static hyperparameters, input data configuration, output data configuration, resource configuration, and stopping condition.',
  'CreateHyperParameterTuningJobRequest.TrainingJobDefinitions':
    'A list of the HyperParameterTrainingJobDefinition objects launched for this tuning job.',
  'CreateHyperParameterTuningJobRequest.WarmStartConfig':
    'Specifies the configuration for starting the hyperparameter tuning job using one or more previous tuning jobs as a starting point.',
  'CreateHyperParameterTuningJobRequest.Tags': 'An array of key-value pairs.',
  'CreateHyperParameterTuningJobRequest.Autotune':
    'Configures SageMaker Automatic model tuning (AMT) to automatically find optimal parameters for the following fields: ParameterRanges : The names and ranges of parameters that a hyperparameter tuning job can optimize.',
  'CreateModelInput.ModelName': 'The name of the new model.',
  'CreateModelInput.PrimaryContainer':
    'The location of the primary docker image containing inference code, associated artifacts, and custom environment map that the inference code uses when the model is deployed for predictions.',
  'CreateModelInput.Containers': 'Specifies the containers in the inference pipeline.',
  'CreateModelInput.InferenceExecutionConfig':
    'Specifies details of how containers in a multi-container endpoint are called.',
  'CreateModelInput.ExecutionRoleArn':
    'The Amazon Resource Name (ARN) of the IAM role that SageMaker can assume to access model artifacts and docker image for deployment on ML compute instances or for batch transform jobs.',
  'CreateModelInput.Tags': 'An array of key-value pairs.',
  'CreateModelInput.VpcConfig':
    'A VpcConfig object that specifies the VPC that you want your model to connect to.',
  'CreateModelInput.EnableNetworkIsolation': 'Isolates the model container.',
  'CreateModelPackageGroupInput.ModelPackageGroupName': 'The name of the model group.',
  'CreateModelPackageGroupInput.ModelPackageGroupDescription': 'A description for the model group.',
  'CreateModelPackageGroupInput.Tags': 'A list of key value pairs associated with the model group.',
  'CreateModelPackageGroupInput.ManagedConfiguration':
    'The managed configuration of the model package group.',
  'CreateModelPackageInput.ModelPackageName': 'The name of the model package.',
  'CreateModelPackageInput.ModelPackageGroupName':
    'The name or Amazon Resource Name (ARN) of the model package group that this model version belongs to.',
  'CreateModelPackageInput.ModelPackageDescription': 'A description of the model package.',
  'CreateModelPackageInput.ModelPackageRegistrationType':
    'The package registration type of the model package input.',
  'CreateModelPackageInput.InferenceSpecification':
    'Specifies details about inference jobs that you can run with models based on this model package, including the following information: The Amazon ECR paths of containers that contain the inference code and model artifacts.',
  'CreateModelPackageInput.ValidationSpecification':
    'Specifies configurations for one or more transform jobs that SageMaker runs to test the model package.',
  'CreateModelPackageInput.SourceAlgorithmSpecification':
    'Details about the algorithm that was used to create the model package.',
  'CreateModelPackageInput.CertifyForMarketplace':
    'Whether to certify the model package for listing on Amazon Web Services Marketplace.',
  'CreateModelPackageInput.Tags': 'A list of key value pairs associated with the model.',
  'CreateModelPackageInput.ModelApprovalStatus': 'Whether the model is approved for deployment.',
  'CreateModelPackageInput.ModelMetrics': 'A structure that contains model metrics reports.',
  'CreateModelPackageInput.ClientToken':
    'A unique token that guarantees that the call to this API is idempotent.',
  'CreateModelPackageInput.Domain':
    'The machine learning domain of your model package and its components.',
  'CreateModelPackageInput.Task': 'The machine learning task your model package accomplishes.',
  'CreateModelPackageInput.SamplePayloadUrl':
    'The Amazon Simple Storage Service (Amazon S3) path where the sample payload is stored.',
  'CreateModelPackageInput.CustomerMetadataProperties':
    'The metadata properties associated with the model package versions.',
  'CreateModelPackageInput.DriftCheckBaselines':
    'Represents the drift check baselines that can be used when the model monitor is set using the model package.',
  'CreateModelPackageInput.AdditionalInferenceSpecifications':
    'An array of additional Inference Specification objects.',
  'CreateModelPackageInput.SkipModelValidation': 'Indicates if you want to skip model validation.',
  'CreateModelPackageInput.SourceUri': 'The URI of the source for the model package.',
  'CreateModelPackageInput.SecurityConfig':
    'The KMS Key ID ( KMSKeyId ) used for encryption of model package information.',
  'CreateModelPackageInput.ModelCard': 'The model card associated with the model package.',
  'CreateModelPackageInput.ModelLifeCycle':
    'A structure describing the current state of the model in its life cycle.',
  'CreateModelPackageInput.ManagedStorageType': 'The storage type of the model package.',
  'CreateTrainingJobRequest.TrainingJobName': 'The name of the training job.',
  'CreateTrainingJobRequest.HyperParameters':
    'Algorithm-specific parameters that influence the quality of the model.',
  'CreateTrainingJobRequest.AlgorithmSpecification':
    'The registry path of the Docker image that contains the training algorithm and algorithm-specific metadata, including the input mode.',
  'CreateTrainingJobRequest.RoleArn':
    'The Amazon Resource Name (ARN) of an IAM role that SageMaker can assume to perform tasks on your behalf.',
  'CreateTrainingJobRequest.InputDataConfig': 'An array of Channel objects.',
  'CreateTrainingJobRequest.OutputDataConfig':
    'Specifies the path to the S3 location where you want to store model artifacts.',
  'CreateTrainingJobRequest.ResourceConfig':
    'The resources, including the ML compute instances and ML storage volumes, to use for model training.',
  'CreateTrainingJobRequest.VpcConfig':
    'A VpcConfig object that specifies the VPC that you want your training job to connect to.',
  'CreateTrainingJobRequest.StoppingCondition':
    'Specifies a limit to how long a model training job can run.',
  'CreateTrainingJobRequest.Tags': 'An array of key-value pairs.',
  'CreateTrainingJobRequest.EnableNetworkIsolation': 'Isolates the training container.',
  'CreateTrainingJobRequest.EnableInterContainerTrafficEncryption':
    'To encrypt all communications between ML compute instances in distributed training, choose True .',
  'CreateTrainingJobRequest.EnableManagedSpotTraining':
    'To train models using managed spot training, choose True .',
  'CreateTrainingJobRequest.CheckpointConfig':
    'Contains information about the output location for managed spot training checkpoint data.',
  'CreateTrainingJobRequest.DebugRuleConfigurations':
    'Configuration information for Amazon SageMaker Debugger rules for debugging output tensors.',
  'CreateTrainingJobRequest.ProfilerRuleConfigurations':
    'Configuration information for Amazon SageMaker Debugger rules for profiling system and framework metrics.',
  'CreateTrainingJobRequest.Environment':
    'The environment variables to set in the Docker container.',
  'CreateTrainingJobRequest.RetryStrategy':
    'The number of times to retry the job when the job fails due to an InternalServerError .',
  'CreateTrainingJobRequest.RemoteDebugConfig': 'Configuration for remote debugging.',
  'CreateTrainingJobRequest.InfraCheckConfig':
    'Contains information about the infrastructure health check configuration for the training job.',
  'CreateTrainingJobRequest.SessionChainingConfig':
    'Contains information about attribute-based access control (ABAC) for the training job.',
  'CreateTrainingJobRequest.ServerlessJobConfig': 'The configuration for serverless training jobs.',
  'CreateTrainingJobRequest.MlflowConfig':
    'The MLflow configuration using SageMaker managed MLflow.',
  'CreateTrainingJobRequest.ModelPackageConfig': 'The configuration for the model package.',
  'DataCaptureConfig.EnableCapture':
    'Whether data capture should be enabled or disabled (defaults to enabled).',
  'DataCaptureConfig.InitialSamplingPercentage':
    'The percentage of requests SageMaker AI will capture.',
  'DataCaptureConfig.DestinationS3Uri': 'The Amazon S3 location used to capture the data.',
  'DataCaptureConfig.KmsKeyId':
    'The Amazon Resource Name (ARN) of an Key Management Service key that SageMaker AI uses to encrypt the captured data at rest using Amazon S3 server-side encryption.',
  'DataCaptureConfig.CaptureOptions': 'Specifies data Model Monitor will capture.',
  'DataCaptureConfig.CaptureContentTypeHeader':
    'Configuration specifying how to treat different headers.',
  'DataSource.S3DataSource':
    'The S3 location of the data source that is associated with a channel.',
  'DataSource.FileSystemDataSource': 'The file system that is associated with a channel.',
  'DataSource.DatasetSource': "The dataset resource that's associated with a channel.",
  'DatasetSource.DatasetArn': 'The Amazon Resource Name (ARN) of the dataset resource.',
  'DebugHookConfig.LocalPath': 'Path to local storage location for metrics and tensors.',
  'DebugHookConfig.S3OutputPath': 'Path to Amazon S3 storage location for metrics and tensors.',
  'DebugHookConfig.HookParameters':
    'Configuration information for the Amazon SageMaker Debugger hook parameters.',
  'DebugHookConfig.CollectionConfigurations':
    'Configuration information for Amazon SageMaker Debugger tensor collections.',
  'DebugRuleConfiguration.RuleConfigurationName': 'The name of the rule configuration.',
  'DebugRuleConfiguration.LocalPath': 'Path to local storage location for output of rules.',
  'DebugRuleConfiguration.S3OutputPath': 'Path to Amazon S3 storage location for rules.',
  'DebugRuleConfiguration.RuleEvaluatorImage':
    'The Amazon Elastic Container (ECR) Image for the managed rule evaluation.',
  'DebugRuleConfiguration.InstanceType':
    'The instance type to deploy a custom rule for debugging a training job.',
  'DebugRuleConfiguration.VolumeSizeInGB':
    'The size, in GB, of the ML storage volume attached to the processing instance.',
  'DebugRuleConfiguration.RuleParameters': 'Runtime configuration for rule container.',
  'DeleteEndpointConfigInput.EndpointConfigName':
    'The name of the endpoint configuration that you want to delete.',
  'DeleteEndpointInput.EndpointName': 'The name of the endpoint that you want to delete.',
  'DeleteModelInput.ModelName': 'The name of the model to delete.',
  'DeleteTagsInput.ResourceArn':
    'The Amazon Resource Name (ARN) of the resource whose tags you want to delete.',
  'DeleteTagsInput.TagKeys': 'An array or one or more tag keys to delete.',
  'DeploymentConfig.BlueGreenUpdatePolicy': 'Update policy for a blue/green deployment.',
  'DeploymentConfig.RollingUpdatePolicy':
    'Specifies a rolling deployment strategy for updating a SageMaker endpoint.',
  'DeploymentConfig.AutoRollbackConfiguration':
    'Automatic rollback configuration for handling endpoint deployment failures and recovery.',
  'DescribeAlgorithmInput.AlgorithmName': 'The name of the algorithm to describe.',
  'DescribeEndpointConfigInput.EndpointConfigName': 'The name of the endpoint configuration.',
  'DescribeEndpointInput.EndpointName': 'The name of the endpoint.',
  'DescribeHyperParameterTuningJobRequest.HyperParameterTuningJobName':
    'The name of the tuning job.',
  'DescribeModelInput.ModelName': 'The name of the model.',
  'DescribeModelPackageGroupInput.ModelPackageGroupName':
    'The name of the model group to describe.',
  'DescribeModelPackageInput.ModelPackageName':
    'The name or Amazon Resource Name (ARN) of the model package to describe.',
  'DescribeTrainingJobRequest.TrainingJobName': 'The name of the training job.',
  'DesiredWeightAndCapacity.VariantName': 'The name of the variant to update.',
  'DesiredWeightAndCapacity.DesiredWeight': "The variant's weight.",
  'DesiredWeightAndCapacity.DesiredInstanceCount': "The variant's capacity.",
  'DesiredWeightAndCapacity.ServerlessUpdateConfig':
    'Specifies the serverless update concurrency configuration for an endpoint variant.',
  'DriftCheckBaselines.Bias':
    'Represents the drift check bias baselines that can be used when the model monitor is set using the model package.',
  'DriftCheckBaselines.Explainability':
    'Represents the drift check explainability baselines that can be used when the model monitor is set using the model package.',
  'DriftCheckBaselines.ModelQuality':
    'Represents the drift check model quality baselines that can be used when the model monitor is set using the model package.',
  'DriftCheckBaselines.ModelDataQuality':
    'Represents the drift check model data quality baselines that can be used when the model monitor is set using the model package.',
  'DriftCheckBias.ConfigFile': 'The bias config file for a model.',
  'DriftCheckBias.PreTrainingConstraints': 'The pre-training constraints.',
  'DriftCheckBias.PostTrainingConstraints': 'The post-training constraints.',
  'DriftCheckExplainability.Constraints': 'The drift check explainability constraints.',
  'DriftCheckExplainability.ConfigFile': 'The explainability config file for the model.',
  'DriftCheckModelDataQuality.Statistics': 'The drift check model data quality statistics.',
  'DriftCheckModelDataQuality.Constraints': 'The drift check model data quality constraints.',
  'DriftCheckModelQuality.Statistics': 'The drift check model quality statistics.',
  'DriftCheckModelQuality.Constraints': 'The drift check model quality constraints.',
  'ExperimentConfig.ExperimentName':
    'The name of an existing experiment to associate with the trial component.',
  'ExperimentConfig.TrialName':
    'The name of an existing trial to associate the trial component with.',
  'ExperimentConfig.TrialComponentDisplayName': 'The display name for the trial component.',
  'ExperimentConfig.RunName':
    'The name of the experiment run to associate with the trial component.',
  'Explainability.Report': 'The explainability report for a model.',
  'ExplainerConfig.ClarifyExplainerConfig':
    'A member of ExplainerConfig that contains configuration parameters for the SageMaker Clarify explainer.',
  'FileSource.ContentType': 'The type of content stored in the file source.',
  'FileSource.ContentDigest': 'The digest of the file source.',
  'FileSource.S3Uri': 'The Amazon S3 URI for the file source.',
  'FileSystemDataSource.FileSystemId': 'The file system id.',
  'FileSystemDataSource.FileSystemAccessMode':
    'The access mode of the mount of the directory associated with the channel.',
  'FileSystemDataSource.FileSystemType': 'The file system type.',
  'FileSystemDataSource.DirectoryPath':
    'The full path to the directory to associate with the channel.',
  'Filter.Name': 'A resource property name.',
  'Filter.Operator': 'A Boolean binary operator that is used to evaluate the filter.',
  'Filter.Value':
    "A value used with Name and Operator to determine which resources satisfy the filter's condition.",
  'HubAccessConfig.HubContentArn': 'The ARN of your private model hub content.',
  'HyperParameterAlgorithmSpecification.TrainingImage':
    'The registry path of the Docker image that contains the training algorithm.',
  'HyperParameterAlgorithmSpecification.AlgorithmName':
    'The name of the resource algorithm to use for the hyperparameter tuning job.',
  'HyperParameterAlgorithmSpecification.MetricDefinitions':
    'An array of MetricDefinition objects that specify the metrics that the algorithm emits.',
  'HyperParameterSpecification.Name': 'The name of this hyperparameter.',
  'HyperParameterSpecification.Description': 'A brief description of the hyperparameter.',
  'HyperParameterSpecification.Type': 'The type of this hyperparameter.',
  'HyperParameterSpecification.Range': 'The allowed range for this hyperparameter.',
  'HyperParameterSpecification.IsTunable':
    'Indicates whether this hyperparameter is tunable in a hyperparameter tuning job.',
  'HyperParameterSpecification.IsRequired': 'Indicates whether this hyperparameter is required.',
  'HyperParameterSpecification.DefaultValue': 'The default value for this hyperparameter.',
  'HyperParameterTrainingJobDefinition.DefinitionName': 'The job definition name.',
  'HyperParameterTrainingJobDefinition.StaticHyperParameters':
    'Specifies the values of hyperparameters that do not change for the tuning job.',
  'HyperParameterTrainingJobDefinition.AlgorithmSpecification':
    'The HyperParameterAlgorithmSpecification object that specifies the resource algorithm to use for the training jobs that the tuning job launches.',
  'HyperParameterTrainingJobDefinition.RoleArn':
    'The Amazon Resource Name (ARN) of the IAM role associated with the training jobs that the tuning job launches.',
  'HyperParameterTrainingJobDefinition.InputDataConfig':
    'An array of Channel objects that specify the input for the training jobs that the tuning job launches.',
  'HyperParameterTrainingJobDefinition.VpcConfig':
    'The VpcConfig object that specifies the VPC that you want the training jobs that this hyperparameter tuning job launches to connect to.',
  'HyperParameterTrainingJobDefinition.OutputDataConfig':
    'Specifies the path to the Amazon S3 bucket where you store model artifacts from the training jobs that the tuning job launches.',
  'HyperParameterTrainingJobDefinition.ResourceConfig':
    'The resources, including the compute instances and storage volumes, to use for the training jobs that the tuning job launches.',
  'HyperParameterTrainingJobDefinition.HyperParameterTuningResourceConfig':
    'The configuration for the hyperparameter tuning resources, including the compute instances and storage volumes, used for training jobs launched by the tuning job.',
  'HyperParameterTrainingJobDefinition.StoppingCondition':
    'Specifies a limit to how long a model hyperparameter training job can run.',
  'HyperParameterTrainingJobDefinition.EnableNetworkIsolation': 'Isolates the training container.',
  'HyperParameterTrainingJobDefinition.EnableInterContainerTrafficEncryption':
    'To encrypt all communications between ML compute instances in distributed training, choose True .',
  'HyperParameterTrainingJobDefinition.EnableManagedSpotTraining':
    'A Boolean indicating whether managed spot training is enabled ( True ) or not ( False ).',
  'HyperParameterTrainingJobDefinition.RetryStrategy':
    'The number of times to retry the job when the job fails due to an InternalServerError .',
  'HyperParameterTrainingJobDefinition.Environment':
    'An environment variable that you can pass into the SageMaker CreateTrainingJob API.',
  'HyperParameterTuningInstanceConfig.InstanceType':
    'The instance type used for processing of hyperparameter optimization jobs.',
  'HyperParameterTuningInstanceConfig.InstanceCount':
    'The number of instances of the type specified by InstanceType .',
  'HyperParameterTuningInstanceConfig.VolumeSizeInGB':
    'The volume size in GB of the data to be processed for hyperparameter optimization (optional).',
  'HyperParameterTuningJobConfig.Strategy':
    'Specifies how hyperparameter tuning chooses the combinations of hyperparameter values to use for the training job it launches.',
  'HyperParameterTuningJobConfig.StrategyConfig':
    'The configuration for the Hyperband optimization strategy.',
  'HyperParameterTuningJobConfig.HyperParameterTuningJobObjective':
    'The HyperParameterTuningJobObjective specifies the objective metric used to evaluate the performance of training jobs launched by this tuning job.',
  'HyperParameterTuningJobConfig.ResourceLimits':
    'The ResourceLimits object that specifies the maximum number of training and parallel training jobs that can be used for this hyperparameter tuning job.',
  'HyperParameterTuningJobConfig.ParameterRanges':
    'The ParameterRanges object that specifies the ranges of hyperparameters that this tuning job searches over to find the optimal configuration for the highest model performance against your chosen objective metric.',
  'HyperParameterTuningJobConfig.TrainingJobEarlyStoppingType':
    'Specifies whether to use early stopping for training jobs launched by the hyperparameter tuning job.',
  'HyperParameterTuningJobConfig.TuningJobCompletionCriteria':
    "The tuning job's completion criteria.",
  'HyperParameterTuningJobConfig.RandomSeed':
    'A value used to initialize a pseudo-random number generator.',
  'HyperParameterTuningJobObjective.Type': 'Whether to minimize or maximize the objective metric.',
  'HyperParameterTuningJobObjective.MetricName':
    'The name of the metric to use for the objective metric.',
  'HyperParameterTuningJobStrategyConfig.HyperbandStrategyConfig':
    'The configuration for the object that specifies the Hyperband strategy.',
  'HyperParameterTuningJobWarmStartConfig.ParentHyperParameterTuningJobs':
    'An array of hyperparameter tuning jobs that are used as the starting point for the new hyperparameter tuning job.',
  'HyperParameterTuningJobWarmStartConfig.WarmStartType':
    'Specifies one of the following: IDENTICAL_DATA_AND_ALGORITHM The new hyperparameter tuning job uses the same input data and training image as the parent tuning jobs.',
  'HyperParameterTuningResourceConfig.InstanceType':
    'The instance type used to run hyperparameter optimization tuning jobs.',
  'HyperParameterTuningResourceConfig.InstanceCount':
    'The number of compute instances of type InstanceType to use.',
  'HyperParameterTuningResourceConfig.VolumeSizeInGB':
    'The volume size in GB for the storage volume to be used in processing hyperparameter optimization jobs (optional).',
  'HyperParameterTuningResourceConfig.VolumeKmsKeyId':
    'A key used by Amazon Web Services Key Management Service to encrypt data on the storage volume attached to the compute instances used to run the training job.',
  'HyperParameterTuningResourceConfig.AllocationStrategy':
    'The strategy that determines the order of preference for resources specified in InstanceConfigs used in hyperparameter optimization.',
  'HyperParameterTuningResourceConfig.InstanceConfigs':
    'A list containing the configuration(s) for one or more resources for processing hyperparameter jobs.',
  'HyperbandStrategyConfig.MinResource':
    'The minimum number of resources (such as epochs) that can be used by a training job launched by a hyperparameter tuning job.',
  'HyperbandStrategyConfig.MaxResource':
    'The maximum number of resources (such as epochs) that can be used by a training job launched by a hyperparameter tuning job.',
  'ImageConfig.RepositoryAccessMode':
    'Set this to one of the following values: Platform - The model image is hosted in Amazon ECR.',
  'ImageConfig.RepositoryAuthConfig':
    '(Optional) Specifies an authentication configuration for the private docker registry where your model image is hosted.',
  'InferenceExecutionConfig.Mode': 'How containers in a multi-container are run.',
  'InferenceHubAccessConfig.HubContentArn':
    'The ARN of the hub content for which deployment access is allowed.',
  'InferenceSpecification.Containers':
    'The Amazon ECR registry path of the Docker image that contains the inference code.',
  'InferenceSpecification.SupportedTransformInstanceTypes':
    'A list of the instance types on which a transformation job can be run or on which an endpoint can be deployed.',
  'InferenceSpecification.SupportedRealtimeInferenceInstanceTypes':
    'A list of the instance types that are used to generate inferences in real-time.',
  'InferenceSpecification.SupportedContentTypes': 'The supported MIME types for the input data.',
  'InferenceSpecification.SupportedResponseMIMETypes':
    'The supported MIME types for the output data.',
  'InfraCheckConfig.EnableInfraCheck': 'Enables an infrastructure health check.',
  'InstanceGroup.InstanceType': 'Specifies the instance type of the instance group.',
  'InstanceGroup.InstanceCount': 'Specifies the number of instances of the instance group.',
  'InstanceGroup.InstanceGroupName': 'Specifies the name of the instance group.',
  'InstancePlacementConfig.EnableMultipleJobs':
    'If set to true, allows multiple jobs to share the same UltraServer instances.',
  'InstancePlacementConfig.PlacementSpecifications':
    'A list of specifications for how instances should be placed on specific UltraServers.',
  'InstancePool.InstanceType': 'The ML compute instance type for the instance pool.',
  'InstancePool.ModelNameOverride':
    'The name of a SageMaker model to use for this instance pool instead of the model specified for the production variant.',
  'InstancePool.Priority': 'The priority for the instance pool.',
  'IntegerParameterRange.Name': 'The name of the hyperparameter to search.',
  'IntegerParameterRange.MinValue': 'The minimum value of the hyperparameter to search.',
  'IntegerParameterRange.MaxValue': 'The maximum value of the hyperparameter to search.',
  'IntegerParameterRange.ScalingType':
    'The scale that hyperparameter tuning uses to search the hyperparameter range.',
  'IntegerParameterRangeSpecification.MinValue': 'The minimum integer value allowed.',
  'IntegerParameterRangeSpecification.MaxValue': 'The maximum integer value allowed.',
  'ListAlgorithmsInput.CreationTimeAfter':
    'A filter that returns only algorithms created after the specified time (timestamp).',
  'ListAlgorithmsInput.CreationTimeBefore':
    'A filter that returns only algorithms created before the specified time (timestamp).',
  'ListAlgorithmsInput.MaxResults': 'The maximum number of algorithms to return in the response.',
  'ListAlgorithmsInput.NameContains': 'A string in the algorithm name.',
  'ListAlgorithmsInput.NextToken':
    'If the response to a previous ListAlgorithms request was truncated, the response includes a NextToken .',
  'ListAlgorithmsInput.SortBy': 'The parameter by which to sort the results.',
  'ListAlgorithmsInput.SortOrder': 'The sort order for the results.',
  'ListEndpointConfigsInput.SortBy': 'The field to sort results by.',
  'ListEndpointConfigsInput.SortOrder': 'The sort order for results.',
  'ListEndpointConfigsInput.NextToken':
    'If the result of the previous ListEndpointConfig request was truncated, the response includes a NextToken .',
  'ListEndpointConfigsInput.MaxResults':
    'The maximum number of training jobs to return in the response.',
  'ListEndpointConfigsInput.NameContains': 'A string in the endpoint configuration name.',
  'ListEndpointConfigsInput.CreationTimeBefore':
    'A filter that returns only endpoint configurations created before the specified time (timestamp).',
  'ListEndpointConfigsInput.CreationTimeAfter':
    'A filter that returns only endpoint configurations with a creation time greater than or equal to the specified time (timestamp).',
  'ListEndpointsInput.SortBy': 'Sorts the list of results.',
  'ListEndpointsInput.SortOrder': 'The sort order for results.',
  'ListEndpointsInput.NextToken':
    'If the result of a ListEndpoints request was truncated, the response includes a NextToken .',
  'ListEndpointsInput.MaxResults': 'The maximum number of endpoints to return in the response.',
  'ListEndpointsInput.NameContains': 'A string in endpoint names.',
  'ListEndpointsInput.CreationTimeBefore':
    'A filter that returns only endpoints that were created before the specified time (timestamp).',
  'ListEndpointsInput.CreationTimeAfter':
    'A filter that returns only endpoints with a creation time greater than or equal to the specified time (timestamp).',
  'ListEndpointsInput.LastModifiedTimeBefore':
    'A filter that returns only endpoints that were modified before the specified timestamp.',
  'ListEndpointsInput.LastModifiedTimeAfter':
    'A filter that returns only endpoints that were modified after the specified timestamp.',
  'ListEndpointsInput.StatusEquals':
    'A filter that returns only endpoints with the specified status.',
  'ListHyperParameterTuningJobsRequest.NextToken':
    'If the result of the previous ListHyperParameterTuningJobs request was truncated, the response includes a NextToken .',
  'ListHyperParameterTuningJobsRequest.MaxResults': 'The maximum number of tuning jobs to return.',
  'ListHyperParameterTuningJobsRequest.SortBy': 'The field to sort results by.',
  'ListHyperParameterTuningJobsRequest.SortOrder': 'The sort order for results.',
  'ListHyperParameterTuningJobsRequest.NameContains': 'A string in the tuning job name.',
  'ListHyperParameterTuningJobsRequest.CreationTimeAfter':
    'A filter that returns only tuning jobs that were created after the specified time.',
  'ListHyperParameterTuningJobsRequest.CreationTimeBefore':
    'A filter that returns only tuning jobs that were created before the specified time.',
  'ListHyperParameterTuningJobsRequest.LastModifiedTimeAfter':
    'A filter that returns only tuning jobs that were modified after the specified time.',
  'ListHyperParameterTuningJobsRequest.LastModifiedTimeBefore':
    'A filter that returns only tuning jobs that were modified before the specified time.',
  'ListHyperParameterTuningJobsRequest.StatusEquals':
    'A filter that returns only tuning jobs with the specified status.',
  'ListModelPackageGroupsInput.CreationTimeAfter':
    'A filter that returns only model groups created after the specified time.',
  'ListModelPackageGroupsInput.CreationTimeBefore':
    'A filter that returns only model groups created before the specified time.',
  'ListModelPackageGroupsInput.MaxResults':
    'The maximum number of results to return in the response.',
  'ListModelPackageGroupsInput.NameContains': 'A string in the model group name.',
  'ListModelPackageGroupsInput.NextToken':
    'If the result of the previous ListModelPackageGroups request was truncated, the response includes a NextToken .',
  'ListModelPackageGroupsInput.SortBy': 'The field to sort results by.',
  'ListModelPackageGroupsInput.SortOrder': 'The sort order for results.',
  'ListModelPackageGroupsInput.CrossAccountFilterOption':
    'A filter that returns either model groups shared with you or model groups in your own account.',
  'ListModelPackagesInput.CreationTimeAfter':
    'A filter that returns only model packages created after the specified time (timestamp).',
  'ListModelPackagesInput.CreationTimeBefore':
    'A filter that returns only model packages created before the specified time (timestamp).',
  'ListModelPackagesInput.MaxResults':
    'The maximum number of model packages to return in the response.',
  'ListModelPackagesInput.NameContains': 'A string in the model package name.',
  'ListModelPackagesInput.ModelApprovalStatus':
    'A filter that returns only the model packages with the specified approval status.',
  'ListModelPackagesInput.ModelPackageGroupName':
    'A filter that returns only model versions that belong to the specified model group.',
  'ListModelPackagesInput.ModelPackageType':
    'A filter that returns only the model packages of the specified type.',
  'ListModelPackagesInput.NextToken':
    'If the response to a previous ListModelPackages request was truncated, the response includes a NextToken .',
  'ListModelPackagesInput.SortBy': 'The parameter by which to sort the results.',
  'ListModelPackagesInput.SortOrder': 'The sort order for the results.',
  'ListModelsInput.SortBy': 'Sorts the list of results.',
  'ListModelsInput.SortOrder': 'The sort order for results.',
  'ListModelsInput.NextToken':
    'If the response to a previous ListModels request was truncated, the response includes a NextToken .',
  'ListModelsInput.MaxResults': 'The maximum number of models to return in the response.',
  'ListModelsInput.NameContains': 'A string in the model name.',
  'ListModelsInput.CreationTimeBefore':
    'A filter that returns only models created before the specified time (timestamp).',
  'ListModelsInput.CreationTimeAfter':
    'A filter that returns only models with a creation time greater than or equal to the specified time (timestamp).',
  'ListTagsInput.ResourceArn':
    'The Amazon Resource Name (ARN) of the resource whose tags you want to retrieve.',
  'ListTagsInput.NextToken':
    'If the response to the previous ListTags request is truncated, SageMaker returns this token.',
  'ListTagsInput.MaxResults': 'Maximum number of tags to return.',
  'ListTrainingJobsForHyperParameterTuningJobRequest.HyperParameterTuningJobName':
    'The name of the tuning job whose training jobs you want to list.',
  'ListTrainingJobsForHyperParameterTuningJobRequest.NextToken':
    'If the result of the previous ListTrainingJobsForHyperParameterTuningJob request was truncated, the response includes a NextToken .',
  'ListTrainingJobsForHyperParameterTuningJobRequest.MaxResults':
    'The maximum number of training jobs to return.',
  'ListTrainingJobsForHyperParameterTuningJobRequest.StatusEquals':
    'A filter that returns only training jobs with the specified status.',
  'ListTrainingJobsForHyperParameterTuningJobRequest.SortBy': 'The field to sort results by.',
  'ListTrainingJobsForHyperParameterTuningJobRequest.SortOrder': 'The sort order for results.',
  'ListTrainingJobsRequest.NextToken':
    'If the result of the previous ListTrainingJobs request was truncated, the response includes a NextToken .',
  'ListTrainingJobsRequest.MaxResults':
    'The maximum number of training jobs to return in the response.',
  'ListTrainingJobsRequest.CreationTimeAfter':
    'A filter that returns only training jobs created after the specified time (timestamp).',
  'ListTrainingJobsRequest.CreationTimeBefore':
    'A filter that returns only training jobs created before the specified time (timestamp).',
  'ListTrainingJobsRequest.LastModifiedTimeAfter':
    'A filter that returns only training jobs modified after the specified time (timestamp).',
  'ListTrainingJobsRequest.LastModifiedTimeBefore':
    'A filter that returns only training jobs modified before the specified time (timestamp).',
  'ListTrainingJobsRequest.NameContains': 'A string in the training job name.',
  'ListTrainingJobsRequest.StatusEquals':
    'A filter that retrieves only training jobs with a specific status.',
  'ListTrainingJobsRequest.SortBy': 'The field to sort results by.',
  'ListTrainingJobsRequest.SortOrder': 'The sort order for results.',
  'ListTrainingJobsRequest.WarmPoolStatusEquals':
    'A filter that retrieves only training jobs with a specific warm pool status.',
  'ListTrainingJobsRequest.TrainingPlanArnEquals':
    'The Amazon Resource Name (ARN); of the training plan to filter training jobs by.',
  'ManagedConfiguration.ManagedStorageType': 'The storage type of the model package.',
  'MetadataProperties.CommitId': 'The commit ID.',
  'MetadataProperties.Repository': 'The repository.',
  'MetadataProperties.GeneratedBy': 'The entity this entity was generated by.',
  'MetadataProperties.ProjectId': 'The project ID.',
  'MetricDefinition.Name': 'The name of the metric.',
  'MetricDefinition.Regex':
    'A regular expression that searches the output of a training job and gets the value of the metric.',
  'MetricsConfig.EnableEnhancedMetrics':
    'Specifies whether to enable enhanced metrics for the endpoint.',
  'MetricsConfig.MetricPublishFrequencyInSeconds':
    'The interval, in seconds, at which metrics are published to Amazon CloudWatch.',
  'MetricsSource.ContentType': 'The metric source content type.',
  'MetricsSource.ContentDigest': 'The hash key used for the metrics source.',
  'MetricsSource.S3Uri': 'The S3 URI for the metrics source.',
  'MlflowConfig.MlflowResourceArn': 'The Amazon Resource Name (ARN) of the MLflow resource.',
  'MlflowConfig.MlflowExperimentName': 'The MLflow experiment name used for this job.',
  'MlflowConfig.MlflowRunName': 'The MLflow run name used for this job.',
  'ModelAccessConfig.AcceptEula':
    'Specifies agreement to the model end-user license agreement (EULA).',
  'ModelDataQuality.Statistics': 'Data quality statistics for a model.',
  'ModelDataQuality.Constraints': 'Data quality constraints for a model.',
  'ModelDataSource.S3DataSource': 'Specifies the S3 location of ML model data to deploy.',
  'ModelInput.DataInputConfig': 'The input configuration object for the model.',
  'ModelLifeCycle.Stage': 'The current stage in the model life cycle.',
  'ModelLifeCycle.StageStatus': 'The current status of a stage in model life cycle.',
  'ModelLifeCycle.StageDescription': 'Describes the stage related details.',
  'ModelMetrics.ModelQuality': 'Metrics that measure the quality of a model.',
  'ModelMetrics.ModelDataQuality':
    'Metrics that measure the quality of the input data for a model.',
  'ModelMetrics.Bias': 'Metrics that measure bias in a model.',
  'ModelMetrics.Explainability': 'Metrics that help explain a model.',
  'ModelPackageConfig.ModelPackageGroupArn':
    'The Amazon Resource Name (ARN) of the model package group of output model package.',
  'ModelPackageConfig.SourceModelPackageArn':
    'The Amazon Resource Name (ARN) of the source model package used for continued fine-tuning and custom model evaluation.',
  'ModelPackageContainerDefinition.ContainerHostname':
    'The DNS host name for the Docker container.',
  'ModelPackageContainerDefinition.Image':
    'The Amazon Elastic Container Registry (Amazon ECR) path where inference code is stored.',
  'ModelPackageContainerDefinition.ImageDigest':
    'An MD5 hash of the training algorithm that identifies the Docker image used for training.',
  'ModelPackageContainerDefinition.ModelDataUrl':
    'The Amazon S3 path where the model artifacts, which result from model training, are stored.',
  'ModelPackageContainerDefinition.ModelDataSource':
    'Specifies the location of ML model data to deploy during endpoint creation.',
  'ModelPackageContainerDefinition.ProductId':
    'The Amazon Web Services Marketplace product ID of the model package.',
  'ModelPackageContainerDefinition.Environment':
    'The environment variables to set in the Docker container.',
  'ModelPackageContainerDefinition.ModelInput': 'A structure with Model Input details.',
  'ModelPackageContainerDefinition.Framework':
    'The machine learning framework of the model package container image.',
  'ModelPackageContainerDefinition.FrameworkVersion':
    'The framework version of the Model Package Container Image.',
  'ModelPackageContainerDefinition.NearestModelName':
    'The name of a pre-trained machine learning benchmarked by Amazon SageMaker Inference Recommender model that matches your model.',
  'ModelPackageContainerDefinition.AdditionalModelDataSources':
    'Data sources that are available to your model in addition to the one that you specify for ModelDataSource when you use the CreateModelPackage action.',
  'ModelPackageContainerDefinition.AdditionalS3DataSource':
    'The additional data source that is used during inference in the Docker container for your model package.',
  'ModelPackageContainerDefinition.ModelDataETag': 'The ETag associated with Model Data URL.',
  'ModelPackageContainerDefinition.IsCheckpoint':
    'Specifies whether the model data is a training checkpoint.',
  'ModelPackageContainerDefinition.BaseModel':
    'Identifies the foundation model that was used as the starting point for model customization.',
  'ModelPackageModelCard.ModelCardContent': 'The content of the model card.',
  'ModelPackageModelCard.ModelCardStatus':
    'The approval status of the model card within your organization.',
  'ModelPackageSecurityConfig.KmsKeyId':
    'The KMS Key ID ( KMSKeyId ) used for encryption of model package information.',
  'ModelPackageValidationProfile.ProfileName': 'The name of the profile for the model package.',
  'ModelPackageValidationProfile.TransformJobDefinition':
    'The TransformJobDefinition object that describes the transform job used for the validation of the model package.',
  'ModelPackageValidationSpecification.ValidationRole':
    'The IAM roles to be used for the validation of the model package.',
  'ModelPackageValidationSpecification.ValidationProfiles':
    'An array of ModelPackageValidationProfile objects, each of which specifies a batch transform job that SageMaker runs to validate your model package.',
  'ModelQuality.Statistics': 'Model quality statistics.',
  'ModelQuality.Constraints': 'Model quality constraints.',
  'MultiModelConfig.ModelCacheSetting': 'Whether to cache models for a multi-model endpoint.',
  'NestedFilters.NestedPropertyName': 'The name of the property to use in the nested filters.',
  'NestedFilters.Filters': 'A list of filters.',
  'OutputDataConfig.KmsKeyId':
    'The Amazon Web Services Key Management Service (Amazon Web Services KMS) key that SageMaker uses to encrypt the model artifacts at rest using Amazon S3 server-side encryption.',
  'OutputDataConfig.S3OutputPath':
    'Identifies the S3 path where you want SageMaker to store the model artifacts.',
  'OutputDataConfig.CompressionType': 'The model output compression type.',
  'ParameterRange.IntegerParameterRangeSpecification':
    'A IntegerParameterRangeSpecification object that defines the possible values for an integer hyperparameter.',
  'ParameterRange.ContinuousParameterRangeSpecification':
    'A ContinuousParameterRangeSpecification object that defines the possible values for a continuous hyperparameter.',
  'ParameterRange.CategoricalParameterRangeSpecification':
    'A CategoricalParameterRangeSpecification object that defines the possible values for a categorical hyperparameter.',
  'ParameterRanges.IntegerParameterRanges':
    'The array of IntegerParameterRange objects that specify ranges of integer hyperparameters that a hyperparameter tuning job searches.',
  'ParameterRanges.ContinuousParameterRanges':
    'The array of ContinuousParameterRange objects that specify ranges of continuous hyperparameters that a hyperparameter tuning job searches.',
  'ParameterRanges.CategoricalParameterRanges':
    'The array of CategoricalParameterRange objects that specify ranges of categorical hyperparameters that a hyperparameter tuning job searches.',
  'ParameterRanges.AutoParameters':
    'A list containing hyperparameter names and example values to be used by Autotune to determine optimal ranges for your tuning job.',
  'ParentHyperParameterTuningJob.HyperParameterTuningJobName':
    'The name of the hyperparameter tuning job to be used as a starting point for a new hyperparameter tuning job.',
  'PlacementSpecification.UltraServerId':
    'The unique identifier of the UltraServer where instances should be placed.',
  'PlacementSpecification.InstanceCount':
    'The number of ML compute instances required to be placed together on the same UltraServer.',
  'ProductionVariant.VariantName': 'The name of the production variant.',
  'ProductionVariant.ModelName': 'The name of the model that you want to host.',
  'ProductionVariant.InitialInstanceCount': 'Number of instances to launch initially.',
  'ProductionVariant.InstanceType': 'The ML compute instance type.',
  'ProductionVariant.InstancePools': 'A list of instance pools for the production variant.',
  'ProductionVariant.VariantInstanceProvisionTimeoutInSeconds':
    'The timeout value, in seconds, for provisioning instances for the production variant.',
  'ProductionVariant.InitialVariantWeight':
    'Determines initial traffic distribution among all of the models that you specify in the endpoint configuration.',
  'ProductionVariant.AcceleratorType': 'This parameter is no longer supported.',
  'ProductionVariant.CoreDumpConfig':
    'Specifies configuration for a core dump from the model container when the process crashes.',
  'ProductionVariant.ServerlessConfig': 'The serverless configuration for an endpoint.',
  'ProductionVariant.VolumeSizeInGB':
    'The size, in GB, of the ML storage volume attached to individual inference instance associated with the production variant.',
  'ProductionVariant.ModelDataDownloadTimeoutInSeconds':
    'The timeout value, in seconds, to download and extract the model that you want to host from Amazon S3 to the individual inference instance associated with this production variant.',
  'ProductionVariant.ContainerStartupHealthCheckTimeoutInSeconds':
    'The timeout value, in seconds, for your inference container to pass health check by SageMaker Hosting.',
  'ProductionVariant.EnableSSMAccess':
    'You can use this parameter to turn on native Amazon Web Services Systems Manager (SSM) access for a production variant behind an endpoint.',
  'ProductionVariant.ManagedInstanceScaling':
    'Settings that control the range in the number of instances that the endpoint provisions as it scales up or down to accommodate traffic.',
  'ProductionVariant.RoutingConfig':
    'Settings that control how the endpoint routes incoming traffic to the instances that the endpoint hosts.',
  'ProductionVariant.InferenceAmiVersion':
    'Specifies an option from a collection of preconfigured Amazon Machine Image (AMI) images.',
  'ProductionVariant.CapacityReservationConfig':
    'Settings for the capacity reservation for the compute instances that SageMaker AI reserves for an endpoint.',
  'ProductionVariantCapacityReservationConfig.CapacityReservationPreference':
    'Options that you can choose for the capacity reservation.',
  'ProductionVariantCapacityReservationConfig.MlReservationArn':
    'The Amazon Resource Name (ARN) that uniquely identifies the ML capacity reservation that SageMaker AI applies when it deploys the endpoint.',
  'ProductionVariantCoreDumpConfig.DestinationS3Uri':
    'The Amazon S3 bucket to send the core dump to.',
  'ProductionVariantCoreDumpConfig.KmsKeyId':
    'The Amazon Web Services Key Management Service (Amazon Web Services KMS) key that SageMaker uses to encrypt the core dump data at rest using Amazon S3 server-side encryption.',
  'ProductionVariantManagedInstanceScaling.Status':
    'Indicates whether managed instance scaling is enabled.',
  'ProductionVariantManagedInstanceScaling.MinInstanceCount':
    'The minimum number of instances that the endpoint must retain when it scales down to accommodate a decrease in traffic.',
  'ProductionVariantManagedInstanceScaling.MaxInstanceCount':
    'The maximum number of instances that the endpoint can provision when it scales up to accommodate an increase in traffic.',
  'ProductionVariantManagedInstanceScaling.ScaleInPolicy':
    'Configures the scale-in behavior for managed instance scaling.',
  'ProductionVariantManagedInstanceScalingScaleInPolicy.Strategy':
    'The strategy for scaling in instances.',
  'ProductionVariantManagedInstanceScalingScaleInPolicy.MaximumStepSize':
    'The maximum number of instances that the endpoint can terminate at a time during a consolidation scale-in operation.',
  'ProductionVariantManagedInstanceScalingScaleInPolicy.CooldownInMinutes':
    'The cooldown period, in minutes, after the last endpoint operation before the endpoint evaluates consolidation scale-in opportunities.',
  'ProductionVariantRoutingConfig.RoutingStrategy':
    'Sets how the endpoint routes incoming traffic: LEAST_OUTSTANDING_REQUESTS : The endpoint routes requests to the specific instances that have more capacity to process them.',
  'ProductionVariantServerlessConfig.MemorySizeInMB':
    'The memory size of your serverless endpoint.',
  'ProductionVariantServerlessConfig.MaxConcurrency':
    'The maximum number of concurrent invocations your serverless endpoint can process.',
  'ProductionVariantServerlessConfig.ProvisionedConcurrency':
    'The amount of provisioned concurrency to allocate for the serverless endpoint.',
  'ProductionVariantServerlessUpdateConfig.MaxConcurrency':
    'The updated maximum number of concurrent invocations your serverless endpoint can process.',
  'ProductionVariantServerlessUpdateConfig.ProvisionedConcurrency':
    'The updated amount of provisioned concurrency to allocate for the serverless endpoint.',
  'ProfilerConfig.S3OutputPath':
    'Path to Amazon S3 storage location for system and framework metrics.',
  'ProfilerConfig.ProfilingIntervalInMilliseconds':
    'A time interval for capturing system metrics in milliseconds.',
  'ProfilerConfig.ProfilingParameters':
    'Configuration information for capturing framework metrics.',
  'ProfilerConfig.DisableProfiler':
    "Configuration to turn off Amazon SageMaker Debugger's system monitoring and profiling functionality.",
  'ProfilerRuleConfiguration.RuleConfigurationName': 'The name of the rule configuration.',
  'ProfilerRuleConfiguration.LocalPath': 'Path to local storage location for output of rules.',
  'ProfilerRuleConfiguration.S3OutputPath': 'Path to Amazon S3 storage location for rules.',
  'ProfilerRuleConfiguration.RuleEvaluatorImage':
    'The Amazon Elastic Container Registry Image for the managed rule evaluation.',
  'ProfilerRuleConfiguration.InstanceType':
    'The instance type to deploy a custom rule for profiling a training job.',
  'ProfilerRuleConfiguration.VolumeSizeInGB':
    'The size, in GB, of the ML storage volume attached to the processing instance.',
  'ProfilerRuleConfiguration.RuleParameters': 'Runtime configuration for rule container.',
  'RemoteDebugConfig.EnableRemoteDebug': 'If set to True, enables remote debugging.',
  'RepositoryAuthConfig.RepositoryCredentialsProviderArn':
    'The Amazon Resource Name (ARN) of an Amazon Web Services Lambda function that provides credentials to authenticate to the private Docker registry where your model image is hosted.',
  'ResourceConfig.InstanceType': 'The ML compute instance type.',
  'ResourceConfig.InstanceCount': 'The number of ML compute instances to use.',
  'ResourceConfig.VolumeSizeInGB': 'The size of the ML storage volume that you want to provision.',
  'ResourceConfig.VolumeKmsKeyId':
    'The Amazon Web Services KMS key that SageMaker uses to encrypt data on the storage volume attached to the ML compute instance(s) that run the training job.',
  'ResourceConfig.KeepAlivePeriodInSeconds':
    'The duration of time in seconds to retain configured resources in a warm pool for subsequent training jobs.',
  'ResourceConfig.InstanceGroups': 'The configuration of a heterogeneous cluster in JSON format.',
  'ResourceConfig.TrainingPlanArn':
    'The Amazon Resource Name (ARN); of the training plan to use for this resource configuration.',
  'ResourceConfig.InstancePlacementConfig':
    'Configuration for how training job instances are placed and allocated within UltraServers.',
  'ResourceLimits.MaxNumberOfTrainingJobs':
    'The maximum number of training jobs that a hyperparameter tuning job can launch.',
  'ResourceLimits.MaxParallelTrainingJobs':
    'The maximum number of concurrent training jobs that a hyperparameter tuning job can launch.',
  'ResourceLimits.MaxRuntimeInSeconds':
    'The maximum time in seconds that a hyperparameter tuning job can run.',
  'RetryStrategy.MaximumRetryAttempts': 'The number of times to retry the job.',
  'RollingUpdatePolicy.MaximumBatchSize':
    'Batch size for each rolling step to provision capacity and turn on traffic on the new endpoint fleet, and terminate capacity on the old endpoint fleet.',
  'RollingUpdatePolicy.WaitIntervalInSeconds':
    'The length of the baking period, during which SageMaker monitors alarms for each batch on the new fleet.',
  'RollingUpdatePolicy.MaximumExecutionTimeoutInSeconds':
    'The time limit for the total deployment.',
  'RollingUpdatePolicy.RollbackMaximumBatchSize':
    'Batch size for rollback to the old endpoint fleet.',
  'S3DataSource.S3DataType': 'If you choose S3Prefix , S3Uri identifies a key name prefix.',
  'S3DataSource.S3Uri':
    'Depending on the value specified for the S3DataType , identifies either a key name prefix or a manifest.',
  'S3DataSource.S3DataDistributionType':
    'If you want SageMaker to replicate the entire dataset on each ML compute instance that is launched for model training, specify FullyReplicated .',
  'S3DataSource.AttributeNames':
    'A list of one or more attribute names to use that are found in a specified augmented manifest file.',
  'S3DataSource.InstanceGroupNames':
    'A list of names of instance groups that get data from the S3 data source.',
  'S3DataSource.HubAccessConfig':
    'The configuration for a private hub model reference that points to a SageMaker JumpStart public hub model.',
  'S3ModelDataSource.S3Uri': 'Specifies the S3 path of ML model data to deploy.',
  'S3ModelDataSource.S3DataType': 'Specifies the type of ML model data to deploy.',
  'S3ModelDataSource.CompressionType': 'Specifies how the ML model data is prepared.',
  'S3ModelDataSource.ModelAccessConfig':
    'Specifies the access configuration file for the ML model.',
  'S3ModelDataSource.HubAccessConfig': 'Configuration information for hub access.',
  'S3ModelDataSource.ManifestS3Uri': 'The Amazon S3 URI of the manifest file.',
  'S3ModelDataSource.ETag': 'The ETag associated with S3 URI.',
  'S3ModelDataSource.ManifestEtag': 'The ETag associated with Manifest S3 URI.',
  'SearchExpression.Filters': 'A list of filter objects.',
  'SearchExpression.NestedFilters': 'A list of nested filter objects.',
  'SearchExpression.SubExpressions': 'A list of search expression objects.',
  'SearchExpression.Operator': 'A Boolean operator used to evaluate the search expression.',
  'SearchRequest.Resource': 'The name of the SageMaker resource to search for.',
  'SearchRequest.SearchExpression': 'A Boolean conditional statement.',
  'SearchRequest.SortBy': 'The name of the resource property used to sort the SearchResults .',
  'SearchRequest.SortOrder': 'How SearchResults are ordered.',
  'SearchRequest.NextToken':
    'If more than MaxResults resources match the specified SearchExpression , the response includes a NextToken .',
  'SearchRequest.MaxResults': 'The maximum number of results to return.',
  'SearchRequest.CrossAccountFilterOption': 'A cross account filter option.',
  'SearchRequest.VisibilityConditions':
    'Limits the results of your search request to the resources that you can access.',
  'ServerlessJobConfig.BaseModelArn':
    'The base model Amazon Resource Name (ARN) in SageMaker Public Hub .',
  'ServerlessJobConfig.AcceptEula':
    'Specifies agreement to the model end-user license agreement (EULA).',
  'ServerlessJobConfig.JobType': 'The serverless training job type.',
  'ServerlessJobConfig.CustomizationTechnique': 'The model customization technique.',
  'ServerlessJobConfig.Peft': 'The parameter-efficient fine-tuning configuration.',
  'ServerlessJobConfig.EvaluationType': 'The evaluation job type.',
  'ServerlessJobConfig.EvaluatorArn':
    'The evaluator Amazon Resource Name (ARN) used as reward function or reward prompt.',
  'SessionChainingConfig.EnableSessionTagChaining':
    'Set to True to allow SageMaker to extract session tags from a training job creation role and reuse these tags when assuming the training job execution role.',
  'ShuffleConfig.Seed': 'Determines the shuffling order in ShuffleConfig value.',
  'SourceAlgorithm.ModelDataUrl':
    'The Amazon S3 path where the model artifacts, which result from model training, are stored.',
  'SourceAlgorithm.ModelDataSource':
    'Specifies the location of ML model data to deploy during endpoint creation.',
  'SourceAlgorithm.ModelDataETag': 'The ETag associated with Model Data URL.',
  'SourceAlgorithm.AlgorithmName':
    'The name of an algorithm that was used to create the model package.',
  'SourceAlgorithmSpecification.SourceAlgorithms':
    'A list of the algorithms that were used to create a model package.',
  'StopHyperParameterTuningJobRequest.HyperParameterTuningJobName':
    'The name of the tuning job to stop.',
  'StopTrainingJobRequest.TrainingJobName': 'The name of the training job to stop.',
  'StoppingCondition.MaxRuntimeInSeconds':
    'The maximum length of time, in seconds, that a training or compilation job can run before it is stopped.',
  'StoppingCondition.MaxWaitTimeInSeconds':
    'The maximum length of time, in seconds, that a managed Spot training job has to complete.',
  'StoppingCondition.MaxPendingTimeInSeconds':
    'The maximum length of time, in seconds, that a training or compilation job can be pending before it is stopped.',
  'Tag.Key': 'The tag key.',
  'Tag.Value': 'The tag value.',
  'TensorBoardOutputConfig.LocalPath': 'Path to local storage location for tensorBoard output.',
  'TensorBoardOutputConfig.S3OutputPath':
    'Path to Amazon S3 storage location for TensorBoard output.',
  'TrafficRoutingConfig.Type': 'Traffic routing strategy type.',
  'TrafficRoutingConfig.WaitIntervalInSeconds':
    'The waiting time (in seconds) between incremental steps to turn on traffic on the new endpoint fleet.',
  'TrafficRoutingConfig.CanarySize':
    'Batch size for the first step to turn on traffic on the new endpoint fleet.',
  'TrafficRoutingConfig.LinearStepSize':
    'Batch size for each step to turn on traffic on the new endpoint fleet.',
  'TrainingImageConfig.TrainingRepositoryAccessMode':
    'The method that your training job will use to gain access to the images in your private Docker registry.',
  'TrainingImageConfig.TrainingRepositoryAuthConfig':
    'An object containing authentication information for a private Docker registry containing your training images.',
  'TrainingJobDefinition.HyperParameters': 'The hyperparameters used for the training job.',
  'TrainingJobDefinition.InputDataConfig':
    'An array of Channel objects, each of which specifies an input source.',
  'TrainingJobDefinition.OutputDataConfig':
    'the path to the S3 bucket where you want to store model artifacts.',
  'TrainingJobDefinition.ResourceConfig':
    'The resources, including the ML compute instances and ML storage volumes, to use for model training.',
  'TrainingJobDefinition.StoppingCondition':
    'Specifies a limit to how long a model training job can run.',
  'TrainingRepositoryAuthConfig.TrainingRepositoryCredentialsProviderArn':
    'The Amazon Resource Name (ARN) of an Amazon Web Services Lambda function used to give SageMaker access credentials to your private Docker registry.',
  'TrainingSpecification.TrainingImage':
    'The Amazon ECR registry path of the Docker image that contains the training algorithm.',
  'TrainingSpecification.TrainingImageDigest':
    'An MD5 hash of the training algorithm that identifies the Docker image used for training.',
  'TrainingSpecification.SupportedHyperParameters':
    'A list of the HyperParameterSpecification objects, that define the supported hyperparameters.',
  'TrainingSpecification.SupportedTrainingInstanceTypes':
    'A list of the instance types that this algorithm can use for training.',
  'TrainingSpecification.SupportsDistributedTraining':
    'Indicates whether the algorithm supports distributed training.',
  'TrainingSpecification.MetricDefinitions':
    'A list of MetricDefinition objects, which are used for parsing metrics generated by the algorithm.',
  'TrainingSpecification.TrainingChannels':
    'A list of ChannelSpecification objects, which specify the input sources to be used by the algorithm.',
  'TrainingSpecification.SupportedTuningJobObjectiveMetrics':
    'A list of the metrics that the algorithm emits that can be used as the objective metric in a hyperparameter tuning job.',
  'TrainingSpecification.AdditionalS3DataSource':
    'The additional data source used during the training job.',
  'TransformDataSource.S3DataSource':
    'The S3 location of the data source that is associated with a channel.',
  'TransformInput.DataSource':
    'Describes the location of the channel data, which is, the S3 location of the input data that the model can consume.',
  'TransformInput.ContentType': 'The multipurpose internet mail extension (MIME) type of the data.',
  'TransformInput.CompressionType':
    'If your transform data is compressed, specify the compression type.',
  'TransformInput.SplitType':
    "The method to use to split the transform job's data files into smaller batches.",
  'TransformJobDefinition.MaxConcurrentTransforms':
    'The maximum number of parallel requests that can be sent to each instance in a transform job.',
  'TransformJobDefinition.MaxPayloadInMB': 'The maximum payload size allowed, in MB.',
  'TransformJobDefinition.BatchStrategy':
    'A string that determines the number of records included in a single mini-batch.',
  'TransformJobDefinition.Environment': 'The environment variables to set in the Docker container.',
  'TransformJobDefinition.TransformInput':
    'A description of the input source and the way the transform job consumes it.',
  'TransformJobDefinition.TransformOutput':
    'Identifies the Amazon S3 location where you want Amazon SageMaker to save the results from the transform job.',
  'TransformJobDefinition.TransformResources':
    'Identifies the ML compute instances for the transform job.',
  'TransformOutput.S3OutputPath':
    'The Amazon S3 path where you want Amazon SageMaker to store the results of the transform job.',
  'TransformOutput.Accept': 'The MIME type used to specify the output data.',
  'TransformOutput.AssembleWith':
    'Defines how to assemble the results of the transform job as a single S3 object.',
  'TransformOutput.KmsKeyId':
    'The Amazon Web Services Key Management Service (Amazon Web Services KMS) key that Amazon SageMaker uses to encrypt the model artifacts at rest using Amazon S3 server-side encryption.',
  'TransformResources.InstanceType': 'The ML compute instance type for the transform job.',
  'TransformResources.InstanceCount':
    'The number of ML compute instances to use in the transform job.',
  'TransformResources.VolumeKmsKeyId':
    'The Amazon Web Services Key Management Service (Amazon Web Services KMS) key that Amazon SageMaker uses to encrypt model data on the storage volume attached to the ML compute instance(s) that run the batch transform job.',
  'TransformResources.TransformAmiVersion':
    'Specifies an option from a collection of preconfigured Amazon Machine Image (AMI) images.',
  'TransformS3DataSource.S3DataType':
    'If you choose S3Prefix , S3Uri identifies a key name prefix.',
  'TransformS3DataSource.S3Uri':
    'Depending on the value specified for the S3DataType , identifies either a key name prefix or a manifest.',
  'TuningJobCompletionCriteria.TargetObjectiveMetricValue': 'The value of the objective metric.',
  'TuningJobCompletionCriteria.BestObjectiveNotImproving':
    'A flag to stop your hyperparameter tuning job if model performance fails to improve as evaluated against an objective function.',
  'TuningJobCompletionCriteria.ConvergenceDetected':
    'A flag to top your hyperparameter tuning job if automatic model tuning (AMT) has detected that your model has converged as evaluated against your objective function.',
  'UpdateEndpointInput.EndpointName':
    'The name of the endpoint whose configuration you want to update.',
  'UpdateEndpointInput.EndpointConfigName': 'The name of the new endpoint configuration.',
  'UpdateEndpointInput.RetainAllVariantProperties':
    'When updating endpoint resources, enables or disables the retention of variant properties , such as the instance count or the variant weight.',
  'UpdateEndpointInput.ExcludeRetainedVariantProperties':
    'When you are updating endpoint resources with RetainAllVariantProperties , whose value is set to true , ExcludeRetainedVariantProperties specifies the list of type VariantProperty to override with the values provided by EndpointConfig .',
  'UpdateEndpointInput.DeploymentConfig':
    'The deployment configuration for an endpoint, which contains the desired deployment strategy and rollback configurations.',
  'UpdateEndpointInput.RetainDeploymentConfig':
    'Specifies whether to reuse the last deployment configuration.',
  'UpdateEndpointWeightsAndCapacitiesInput.EndpointName':
    'The name of an existing SageMaker endpoint.',
  'UpdateEndpointWeightsAndCapacitiesInput.DesiredWeightsAndCapacities':
    'An object that provides new capacity and weight values for a variant.',
  'UpdateModelPackageInput.ModelPackageArn': 'The Amazon Resource Name (ARN) of the model package.',
  'UpdateModelPackageInput.ModelApprovalStatus': 'The approval status of the model.',
  'UpdateModelPackageInput.ModelPackageRegistrationType':
    'The package registration type of the model package input.',
  'UpdateModelPackageInput.ApprovalDescription':
    'A description for the approval status of the model.',
  'UpdateModelPackageInput.CustomerMetadataProperties':
    'The metadata properties associated with the model package versions.',
  'UpdateModelPackageInput.CustomerMetadataPropertiesToRemove':
    'The metadata properties associated with the model package versions to remove.',
  'UpdateModelPackageInput.AdditionalInferenceSpecificationsToAdd':
    'An array of additional Inference Specification objects to be added to the existing array additional Inference Specification.',
  'UpdateModelPackageInput.InferenceSpecification':
    'Specifies details about inference jobs that you can run with models based on this model package, including the following information: The Amazon ECR paths of containers that contain the inference code and model artifacts.',
  'UpdateModelPackageInput.SourceUri': 'The URI of the source for the model package.',
  'UpdateModelPackageInput.ModelCard': 'The model card associated with the model package.',
  'UpdateModelPackageInput.ModelLifeCycle':
    'A structure describing the current state of the model in its life cycle.',
  'UpdateModelPackageInput.ClientToken':
    'A unique token that guarantees that the call to this API is idempotent.',
  'VariantProperty.VariantPropertyType': 'The type of variant property.',
  'VisibilityConditions.Key':
    "The key that specifies the tag that you're using to filter the search results.",
  'VisibilityConditions.Value':
    "The value for the tag that you're using to filter the search results.",
  'VpcConfig.SecurityGroupIds': 'The VPC security group IDs, in the form sg-xxxxxxxx .',
  'VpcConfig.Subnets':
    'The ID of the subnets in the VPC to which you want to connect your training job or model.',
};
