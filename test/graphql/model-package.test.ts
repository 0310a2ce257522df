import type { ModelPackage, ModelPackageGroup, TrainingJob } from '@aws-sdk/client-sagemaker';
import { describe, expect, it } from 'vitest';
import { DEMO } from '../../src/emulator/demo/demo-data.js';
import { useDemoGateway } from '../support/gateway.js';
import { reachableTypes, undocumented } from '../support/schema.js';

const ACCOUNT = '123456789012';
const PREFIX = `arn:aws:sagemaker:us-east-1:${ACCOUNT}`;
const at = (iso: string): Date => new Date(iso);
const source = (name: string) => ({
  ContentType: 'application/json',
  ContentDigest: `sha256:${name}`,
  S3Uri: `s3://metrics/${name}.json`,
});
const sourceOut = (name: string) => ({
  contentType: 'application/json',
  contentDigest: `sha256:${name}`,
  s3Uri: `s3://metrics/${name}.json`,
});
const user = {
  UserProfileArn: `${PREFIX}:user-profile/d-1/alice`,
  UserProfileName: 'alice',
  DomainId: 'd-1',
  IamIdentity: {
    Arn: `arn:aws:sts::${ACCOUNT}:assumed-role/ml/alice`,
    PrincipalId: 'AROA1',
    SourceIdentity: 'alice',
  },
};
const userOut = {
  userProfileArn: `${PREFIX}:user-profile/d-1/alice`,
  userProfileName: 'alice',
  domainId: 'd-1',
  iamIdentityArn: `arn:aws:sts::${ACCOUNT}:assumed-role/ml/alice`,
  iamPrincipalId: 'AROA1',
  iamSourceIdentity: 'alice',
};

const trainer: TrainingJob = {
  TrainingJobName: 'full-trainer',
  TrainingJobStatus: 'Completed',
  CreationTime: at('2025-06-01T08:00:00.000Z'),
  ModelArtifacts: { S3ModelArtifacts: 's3://models/full-trainer/model.tar.gz' },
  Tags: [],
};

const group: ModelPackageGroup = {
  ModelPackageGroupName: 'full-models',
  ModelPackageGroupArn: `${PREFIX}:model-package-group/full-models`,
  ModelPackageGroupDescription: 'Every field set',
  CreationTime: at('2025-05-01T00:00:00.000Z'),
  CreatedBy: user,
  ModelPackageGroupStatus: 'Completed',
  Tags: [{ Key: 'team', Value: 'fraud' }],
};

/** A version with every member of the SDK's ModelPackage shape set. */
const full: ModelPackage = {
  ModelPackageName: 'full-models',
  ModelPackageGroupName: 'full-models',
  ModelPackageVersion: 2,
  ModelPackageRegistrationType: 'Registered',
  ModelPackageArn: `${PREFIX}:model-package/full-models/2`,
  ModelPackageDescription: 'The second version',
  CreationTime: at('2025-06-02T00:00:00.000Z'),
  InferenceSpecification: {
    Containers: [
      {
        ContainerHostname: 'main',
        Image: 'inference:2',
        ImageDigest: 'sha256:abc',
        ModelDataUrl: 's3://models/full-trainer/model.tar.gz',
        ProductId: 'prod-1',
        Environment: { B: '2', A: '1' },
        ModelInput: { DataInputConfig: '{"input":[1,28,28]}' },
        Framework: 'XGBOOST',
        FrameworkVersion: '1.7',
        NearestModelName: 'xgboost-nearest',
      },
    ],
    SupportedTransformInstanceTypes: ['ml.m5.xlarge'],
    SupportedRealtimeInferenceInstanceTypes: ['ml.c5.xlarge', 'ml.m5.large'],
    SupportedContentTypes: ['text/csv'],
    SupportedResponseMIMETypes: ['application/json'],
  },
  SourceAlgorithmSpecification: {
    SourceAlgorithms: [
      { AlgorithmName: DEMO.algorithmName, ModelDataUrl: 's3://models/full-trainer/model.tar.gz' },
      { AlgorithmName: 'not-an-algorithm-here', ModelDataETag: 'etag-1' },
    ],
  },
  ValidationSpecification: {
    ValidationRole: `arn:aws:iam::${ACCOUNT}:role/validation`,
    ValidationProfiles: [
      {
        ProfileName: 'smoke',
        TransformJobDefinition: {
          MaxConcurrentTransforms: 2,
          MaxPayloadInMB: 6,
          BatchStrategy: 'MultiRecord',
          Environment: { Z: 'z' },
          TransformInput: {
            DataSource: { S3DataSource: { S3DataType: 'S3Prefix', S3Uri: 's3://validation/in' } },
            ContentType: 'text/csv',
            CompressionType: 'None',
            SplitType: 'Line',
          },
          TransformOutput: {
            S3OutputPath: 's3://validation/out',
            Accept: 'text/csv',
            AssembleWith: 'Line',
            KmsKeyId: 'alias/out',
          },
          TransformResources: {
            InstanceType: 'ml.m5.xlarge',
            InstanceCount: 1,
            VolumeKmsKeyId: 'alias/volume',
            TransformAmiVersion: 'al2-ami-sagemaker-batch-gpu-535',
          },
        },
      },
    ],
  },
  ModelPackageStatus: 'Completed',
  ModelPackageStatusDetails: {
    ValidationStatuses: [{ Name: 'smoke', Status: 'Completed' }],
    ImageScanStatuses: [{ Name: 'main', Status: 'Failed', FailureReason: 'scan timed out' }],
  },
  CertifyForMarketplace: true,
  ModelApprovalStatus: 'Approved',
  CreatedBy: user,
  MetadataProperties: {
    CommitId: 'abc123',
    Repository: 'https://git.example/models',
    GeneratedBy: `${PREFIX}:training-job/full-trainer`,
    ProjectId: 'p-1',
  },
  ModelMetrics: {
    ModelQuality: { Statistics: source('mq-stats'), Constraints: source('mq-cons') },
    ModelDataQuality: { Statistics: source('dq-stats'), Constraints: source('dq-cons') },
    Bias: {
      Report: source('bias'),
      PreTrainingReport: source('bias-pre'),
      PostTrainingReport: source('bias-post'),
    },
    Explainability: { Report: source('explain') },
  },
  LastModifiedTime: at('2025-06-03T00:00:00.000Z'),
  LastModifiedBy: user,
  ApprovalDescription: 'Beats version 1',
  Domain: 'MACHINE_LEARNING',
  Task: 'CLASSIFICATION',
  SamplePayloadUrl: 's3://samples/payload.tar.gz',
  AdditionalInferenceSpecifications: [
    {
      Name: 'gpu',
      Description: 'On GPUs',
      Containers: [{ Image: 'inference-gpu:2' }],
      SupportedTransformInstanceTypes: ['ml.p3.2xlarge'],
      SupportedRealtimeInferenceInstanceTypes: ['ml.g5.xlarge'],
      SupportedContentTypes: ['application/x-npy'],
      SupportedResponseMIMETypes: ['application/x-npy'],
    },
  ],
  SourceUri: 's3://source/model',
  SecurityConfig: { KmsKeyId: 'alias/package' },
  ModelCard: { ModelCardContent: '{"model_overview":{}}', ModelCardStatus: 'Draft' },
  ModelLifeCycle: { Stage: 'Staging', StageStatus: 'Approved', StageDescription: 'Canary' },
  Tags: [{ Key: 'team', Value: 'fraud' }],
  CustomerMetadataProperties: { zeta: 'last', alpha: 'first' },
  DriftCheckBaselines: {
    Bias: {
      ConfigFile: source('bias-config'),
      PreTrainingConstraints: source('dc-pre'),
      PostTrainingConstraints: source('dc-post'),
    },
    Explainability: { Constraints: source('dc-explain'), ConfigFile: source('explain-config') },
    ModelQuality: { Statistics: source('dc-mq-stats'), Constraints: source('dc-mq-cons') },
    ModelDataQuality: { Statistics: source('dc-dq-stats'), Constraints: source('dc-dq-cons') },
  },
  SkipModelValidation: 'None',
};

/** Version 1 of the same group: older, with only the members SageMaker always sets. */
const older: ModelPackage = {
  ModelPackageName: 'full-models',
  ModelPackageGroupName: 'full-models',
  ModelPackageVersion: 1,
  ModelPackageArn: `${PREFIX}:model-package/full-models/1`,
  CreationTime: at('2025-06-01T00:00:00.000Z'),
  ModelPackageStatus: 'Completed',
  Tags: [],
};

const FULL_QUERY = /* GraphQL */ `
  fragment Source on MetricsSource { contentType contentDigest s3Uri }
  fragment User on UserContext {
    userProfileArn userProfileName domainId iamIdentityArn iamPrincipalId iamSourceIdentity
  }
  query Full($arn: String!) {
    modelPackage(arn: $arn) {
      id arn name version modelPackageName modelPackageArn modelPackageGroupName modelPackageVersion
      modelPackageRegistrationType modelPackageDescription creationTime
      inferenceSpecification {
        containers {
          containerHostname image imageDigest modelDataUrl productId environment { key value }
          modelInputDataInputConfig framework frameworkVersion nearestModelName
        }
        supportedTransformInstanceTypes supportedRealtimeInferenceInstanceTypes
        supportedContentTypes supportedResponseMIMETypes
      }
      sourceAlgorithms { algorithmName modelDataUrl modelDataETag algorithm { name } }
      validationSpecification {
        validationRole
        validationProfiles {
          profileName
          transformJobDefinition {
            maxConcurrentTransforms maxPayloadInMB batchStrategy environment { key value }
            transformInput { s3DataType s3Uri contentType compressionType splitType }
            transformOutput { s3OutputPath accept assembleWith kmsKeyId }
            transformResources { instanceType instanceCount volumeKmsKeyId transformAmiVersion }
          }
        }
      }
      modelPackageStatus
      modelPackageStatusDetails {
        validationStatuses { name status failureReason }
        imageScanStatuses { name status failureReason }
      }
      certifyForMarketplace modelApprovalStatus approvalDescription
      createdBy { ...User }
      lastModifiedTime
      lastModifiedBy { ...User }
      metadataProperties { commitId repository generatedBy projectId }
      modelMetrics {
        modelQuality { statistics { ...Source } constraints { ...Source } }
        modelDataQuality { statistics { ...Source } constraints { ...Source } }
        bias { report { ...Source } preTrainingReport { ...Source } postTrainingReport { ...Source } }
        explainability { report { ...Source } }
      }
      customerMetadataProperties { key value }
      driftCheckBaselines {
        bias {
          configFile { contentType contentDigest s3Uri }
          preTrainingConstraints { ...Source }
          postTrainingConstraints { ...Source }
        }
        explainability { constraints { ...Source } configFile { contentType contentDigest s3Uri } }
        modelQuality { statistics { ...Source } constraints { ...Source } }
        modelDataQuality { statistics { ...Source } constraints { ...Source } }
      }
      domain task samplePayloadUrl
      additionalInferenceSpecifications {
        name description containers { image }
        supportedTransformInstanceTypes supportedRealtimeInferenceInstanceTypes
        supportedContentTypes supportedResponseMIMETypes
      }
      sourceUri
      securityConfig { kmsKeyId }
      modelCard { modelCardContent modelCardStatus }
      modelLifeCycle { stage stageStatus stageDescription }
      skipModelValidation
      tags { key value }
      group {
        id arn name modelPackageGroupName modelPackageGroupArn modelPackageGroupDescription
        modelPackageGroupStatus creationTime createdBy { userProfileName } tags { key value }
        modelPackages { nodes { version } totalCount }
      }
      trainingJob { name modelPackages { arn } }
    }
  }
`;

const gateway = useDemoGateway({
  emulator: { data: 'demo', scale: 200 },
  seed: ({ store }) => {
    store.put('TrainingJob', trainer);
    store.put('ModelPackageGroup', group);
    store.put('ModelPackage', older);
    store.put('ModelPackage', full);
  },
});
const emulator = gateway.emulator;
const post = (query: string, variables: Record<string, unknown> = {}) =>
  gateway.post(query, variables);

describe('ModelPackage', () => {
  it('gives back every member of a fully populated version, and its links', async () => {
    const result = await post(FULL_QUERY, { arn: full.ModelPackageArn });
    expect(result.errors).toBeUndefined();
    const metrics = (name: string) => ({
      statistics: sourceOut(`${name}-stats`),
      constraints: sourceOut(`${name}-cons`),
    });
    expect(result.data?.modelPackage).toEqual({
      id: full.ModelPackageArn,
      arn: full.ModelPackageArn,
      name: 'full-models',
      version: 2,
      modelPackageName: 'full-models',
      modelPackageArn: full.ModelPackageArn,
      modelPackageGroupName: 'full-models',
      modelPackageVersion: 2,
      modelPackageRegistrationType: 'Registered',
      modelPackageDescription: 'The second version',
      creationTime: '2025-06-02T00:00:00.000Z',
      inferenceSpecification: {
        containers: [
          {
            containerHostname: 'main',
            image: 'inference:2',
            imageDigest: 'sha256:abc',
            modelDataUrl: 's3://models/full-trainer/model.tar.gz',
            productId: 'prod-1',
            environment: [
              { key: 'A', value: '1' },
              { key: 'B', value: '2' },
            ],
            modelInputDataInputConfig: '{"input":[1,28,28]}',
            framework: 'XGBOOST',
            frameworkVersion: '1.7',
            nearestModelName: 'xgboost-nearest',
          },
        ],
        supportedTransformInstanceTypes: ['ml.m5.xlarge'],
        supportedRealtimeInferenceInstanceTypes: ['ml.c5.xlarge', 'ml.m5.large'],
        supportedContentTypes: ['text/csv'],
        supportedResponseMIMETypes: ['application/json'],
      },
      sourceAlgorithms: [
        {
          algorithmName: DEMO.algorithmName,
          modelDataUrl: 's3://models/full-trainer/model.tar.gz',
          modelDataETag: null,
          algorithm: { name: DEMO.algorithmName },
        },
        {
          algorithmName: 'not-an-algorithm-here',
          modelDataUrl: null,
          modelDataETag: 'etag-1',
          algorithm: null,
        },
      ],
      validationSpecification: {
        validationRole: `arn:aws:iam::${ACCOUNT}:role/validation`,
        validationProfiles: [
          {
            profileName: 'smoke',
            transformJobDefinition: {
              maxConcurrentTransforms: 2,
              maxPayloadInMB: 6,
              batchStrategy: 'MultiRecord',
              environment: [{ key: 'Z', value: 'z' }],
              transformInput: {
                s3DataType: 'S3Prefix',
                s3Uri: 's3://validation/in',
                contentType: 'text/csv',
                compressionType: 'None',
                splitType: 'Line',
              },
              transformOutput: {
                s3OutputPath: 's3://validation/out',
                accept: 'text/csv',
                assembleWith: 'Line',
                kmsKeyId: 'alias/out',
              },
              transformResources: {
                instanceType: 'ml.m5.xlarge',
                instanceCount: 1,
                volumeKmsKeyId: 'alias/volume',
                transformAmiVersion: 'al2-ami-sagemaker-batch-gpu-535',
              },
            },
          },
        ],
      },
      modelPackageStatus: 'Completed',
      modelPackageStatusDetails: {
        validationStatuses: [{ name: 'smoke', status: 'Completed', failureReason: null }],
        imageScanStatuses: [{ name: 'main', status: 'Failed', failureReason: 'scan timed out' }],
      },
      certifyForMarketplace: true,
      modelApprovalStatus: 'Approved',
      approvalDescription: 'Beats version 1',
      createdBy: userOut,
      lastModifiedTime: '2025-06-03T00:00:00.000Z',
      lastModifiedBy: userOut,
      metadataProperties: {
        commitId: 'abc123',
        repository: 'https://git.example/models',
        generatedBy: `${PREFIX}:training-job/full-trainer`,
        projectId: 'p-1',
      },
      modelMetrics: {
        modelQuality: metrics('mq'),
        modelDataQuality: metrics('dq'),
        bias: {
          report: sourceOut('bias'),
          preTrainingReport: sourceOut('bias-pre'),
          postTrainingReport: sourceOut('bias-post'),
        },
        explainability: { report: sourceOut('explain') },
      },
      customerMetadataProperties: [
        { key: 'alpha', value: 'first' },
        { key: 'zeta', value: 'last' },
      ],
      driftCheckBaselines: {
        bias: {
          configFile: sourceOut('bias-config'),
          preTrainingConstraints: sourceOut('dc-pre'),
          postTrainingConstraints: sourceOut('dc-post'),
        },
        explainability: {
          constraints: sourceOut('dc-explain'),
          configFile: sourceOut('explain-config'),
        },
        modelQuality: metrics('dc-mq'),
        modelDataQuality: metrics('dc-dq'),
      },
      domain: 'MACHINE_LEARNING',
      task: 'CLASSIFICATION',
      samplePayloadUrl: 's3://samples/payload.tar.gz',
      additionalInferenceSpecifications: [
        {
          name: 'gpu',
          description: 'On GPUs',
          containers: [{ image: 'inference-gpu:2' }],
          supportedTransformInstanceTypes: ['ml.p3.2xlarge'],
          supportedRealtimeInferenceInstanceTypes: ['ml.g5.xlarge'],
          supportedContentTypes: ['application/x-npy'],
          supportedResponseMIMETypes: ['application/x-npy'],
        },
      ],
      sourceUri: 's3://source/model',
      securityConfig: { kmsKeyId: 'alias/package' },
      modelCard: { modelCardContent: '{"model_overview":{}}', modelCardStatus: 'Draft' },
      modelLifeCycle: { stage: 'Staging', stageStatus: 'Approved', stageDescription: 'Canary' },
      skipModelValidation: 'None',
      tags: [{ key: 'team', value: 'fraud' }],
      group: {
        id: group.ModelPackageGroupArn,
        arn: group.ModelPackageGroupArn,
        name: 'full-models',
        modelPackageGroupName: 'full-models',
        modelPackageGroupArn: group.ModelPackageGroupArn,
        modelPackageGroupDescription: 'Every field set',
        modelPackageGroupStatus: 'Completed',
        creationTime: '2025-05-01T00:00:00.000Z',
        createdBy: { userProfileName: 'alice' },
        tags: [{ key: 'team', value: 'fraud' }],
        modelPackages: { nodes: [{ version: 2 }, { version: 1 }], totalCount: 2 },
      },
      trainingJob: { name: 'full-trainer', modelPackages: [{ arn: full.ModelPackageArn }] },
    });
  });

  it('gives nulls and empty lists, without errors, for a version with only required members', async () => {
    const result = await post(
      /* GraphQL */ `query Bare($arn: String!) {
        modelPackage(arn: $arn) {
          name version inferenceSpecification { containers { image } } sourceAlgorithms { algorithmName }
          validationSpecification { validationRole } modelPackageStatusDetails { validationStatuses { name } }
          createdBy { domainId } modelMetrics { bias { report { s3Uri } } } customerMetadataProperties { key }
          driftCheckBaselines { bias { configFile { s3Uri } } } additionalInferenceSpecifications { name }
          securityConfig { kmsKeyId } modelCard { modelCardStatus } modelLifeCycle { stage } tags { key }
          trainingJob { name }
        }
      }`,
      { arn: older.ModelPackageArn },
    );
    expect(result).toEqual({
      data: {
        modelPackage: {
          name: 'full-models',
          version: 1,
          inferenceSpecification: null,
          sourceAlgorithms: [],
          validationSpecification: null,
          modelPackageStatusDetails: null,
          createdBy: null,
          modelMetrics: null,
          customerMetadataProperties: [],
          driftCheckBaselines: null,
          additionalInferenceSpecifications: [],
          securityConfig: null,
          modelCard: null,
          modelLifeCycle: null,
          tags: [],
          trainingJob: null,
        },
      },
    });
  });

  it('answers node(id) and nodes(ids) for packages and groups by ARN, and null for missing ones', async () => {
    const missing = `${PREFIX}:model-package/full-models/99`;
    const result = await post(
      /* GraphQL */ `query Nodes($ids: [ID!]!) {
        nodes(ids: $ids) { __typename id ... on ModelPackage { version } ... on ModelPackageGroup { name } }
      }`,
      { ids: [full.ModelPackageArn, group.ModelPackageGroupArn, missing] },
    );
    expect(result).toEqual({
      data: {
        nodes: [
          { __typename: 'ModelPackage', id: full.ModelPackageArn, version: 2 },
          { __typename: 'ModelPackageGroup', id: group.ModelPackageGroupArn, name: 'full-models' },
          null,
        ],
      },
    });
  });

  it('gives null for a missing package or group', async () => {
    const result = await post(/* GraphQL */ `{
      modelPackage(arn: "${PREFIX}:model-package/full-models/42") { name }
      modelPackageGroup(name: "no-such-models") { name }
    }`);
    expect(result).toEqual({ data: { modelPackage: null, modelPackageGroup: null } });
  });

  it('rejects a malformed ARN or group name as BAD_USER_INPUT without an upstream call', async () => {
    emulator().resetCalls();
    const arn = await post(
      '{ modelPackage(arn: "arn:aws:sagemaker:us-east-1:123456789012:model/x") { name } }',
    );
    const name = await post('{ modelPackageGroup(name: "bad name!") { name } }');
    expect(emulator().calls()).toEqual({});
    expect(arn.errors?.map((error) => [error.message, error.extensions?.code])).toEqual([
      [
        'Argument "arn" must be a model package ARN (arn:aws:sagemaker:<region>:<account>:model-package/<name>[/<version>]), but got: "arn:aws:sagemaker:us-east-1:123456789012:model/x".',
        'BAD_USER_INPUT',
      ],
    ]);
    expect(name.errors?.map((error) => [error.message, error.extensions?.code])).toEqual([
      [
        'Argument "name" must be a model package group name (^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$), but got: "bad name!".',
        'BAD_USER_INPUT',
      ],
    ]);
  });

  it('links demo packages to their group and training job, and the job back to them', async () => {
    const result = await post(
      /* GraphQL */ `query Group($name: String!) {
        modelPackageGroup(name: $name) {
          modelPackages(first: 100) {
            nodes { arn version creationTime trainingJob { name modelPackages { arn } } }
          }
        }
      }`,
      { name: DEMO.modelPackageGroupName },
    );
    expect(result.errors).toBeUndefined();
    const stored = (emulator().store.all('ModelPackage') as ModelPackage[])
      .filter((pkg) => pkg.ModelPackageGroupName === DEMO.modelPackageGroupName)
      .sort((a, b) => (b.CreationTime?.getTime() ?? 0) - (a.CreationTime?.getTime() ?? 0));
    const jobs = emulator().store.all('TrainingJob') as TrainingJob[];
    const found = result.data?.modelPackageGroup as
      | {
          modelPackages: {
            nodes: Array<{
              arn: string;
              version: number;
              trainingJob: { name: string; modelPackages: Array<{ arn: string }> } | null;
            }>;
          };
        }
      | undefined;
    const packages = found?.modelPackages.nodes ?? [];
    expect(packages.length).toBeGreaterThan(1);
    expect(packages.map((pkg) => pkg.arn)).toEqual(stored.map((pkg) => pkg.ModelPackageArn));
    for (const [index, pkg] of packages.entries()) {
      const url = stored[index]?.InferenceSpecification?.Containers?.[0]?.ModelDataUrl;
      const job = jobs.find((candidate) => candidate.ModelArtifacts?.S3ModelArtifacts === url);
      expect(pkg.trainingJob?.name).toBe(job?.TrainingJobName);
      expect(pkg.trainingJob?.modelPackages.map((back) => back.arn)).toContain(pkg.arn);
    }
  });
});

describe('ModelPackage.group from the version alone', () => {
  it('answers the group’s id, arn and name from the version’s ARN, with no lookup', async () => {
    emulator().resetCalls();
    const result = await post(
      'query ($arn: String!) { modelPackage(arn: $arn) { group { id arn name modelPackageGroupArn } } }',
      { arn: full.ModelPackageArn },
    );
    expect(result.data?.modelPackage).toEqual({
      group: {
        id: group.ModelPackageGroupArn,
        arn: group.ModelPackageGroupArn,
        name: 'full-models',
        modelPackageGroupArn: group.ModelPackageGroupArn,
      },
    });
    // The package's own Search; none for the group.
    expect(emulator().calls()).toEqual({ Search: 1 });
    emulator().resetCalls();
    // Anything else loads the group.
    await post('query ($arn: String!) { modelPackage(arn: $arn) { group { id creationTime } } }', {
      arn: full.ModelPackageArn,
    });
    expect(emulator().calls()).toEqual({ Search: 2 });
  });
});

describe('the ModelPackage and ModelPackageGroup types', () => {
  it('describe every field, down through the types they reach', () => {
    const seen = new Map(
      ['ModelPackage', 'ModelPackageGroup']
        .flatMap((root) => reachableTypes(root))
        .map((type) => [type.name, type]),
    );
    expect(seen.size).toBeGreaterThan(20);
    expect(undocumented([...seen.values()], { fieldsOnly: true })).toEqual([]);
  });
});
