import type { DescribeAlgorithmOutput, Tag, TrainingJob } from '@aws-sdk/client-sagemaker';
import { getNamedType, isObjectType, isScalarType } from 'graphql';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEMO } from '../../src/emulator/demo/demo-data.js';
import { useDemoGateway } from '../support/gateway.js';
import { normalise, reachableTypes, selectAll, typeOf, undocumented } from '../support/schema.js';

const ACCOUNT = '123456789012';
const arnOf = (type: string, name: string): string =>
  `arn:aws:sagemaker:us-east-1:${ACCOUNT}:${type}/${name}`;

type AlgorithmRecord = Omit<DescribeAlgorithmOutput, '$metadata'> & { Tags?: Tag[] };

/** An algorithm with every member of DescribeAlgorithm's output set (validation checked apart). */
const fullAlgorithm: AlgorithmRecord = {
  AlgorithmName: 'full-algo',
  AlgorithmArn: undefined,
  AlgorithmDescription: 'Gradient boosting with every member set',
  CreationTime: new Date('2025-04-01T08:00:00.000Z'),
  TrainingSpecification: {
    TrainingImage: '123456789012.dkr.ecr.us-east-1.amazonaws.com/gbm:2',
    TrainingImageDigest: 'sha256:abc',
    SupportedHyperParameters: [
      {
        Name: 'max_depth',
        Description: 'Tree depth',
        Type: 'Integer',
        Range: { IntegerParameterRangeSpecification: { MinValue: '1', MaxValue: '16' } },
        IsTunable: true,
        IsRequired: false,
        DefaultValue: '6',
      },
      {
        Name: 'eta',
        Type: 'Continuous',
        Range: { ContinuousParameterRangeSpecification: { MinValue: '0.001', MaxValue: '1' } },
        IsTunable: true,
        IsRequired: true,
      },
      {
        Name: 'booster',
        Type: 'Categorical',
        Range: { CategoricalParameterRangeSpecification: { Values: ['gbtree', 'dart'] } },
      },
    ],
    SupportedTrainingInstanceTypes: ['ml.m5.xlarge', 'ml.c5.2xlarge'],
    SupportsDistributedTraining: true,
    MetricDefinitions: [{ Name: 'validation:auc', Regex: 'auc=([0-9.]+)' }],
    TrainingChannels: [
      {
        Name: 'train',
        Description: 'Training data',
        IsRequired: true,
        SupportedContentTypes: ['text/csv'],
        SupportedCompressionTypes: ['None', 'Gzip'],
        SupportedInputModes: ['File', 'Pipe'],
      },
    ],
    SupportedTuningJobObjectiveMetrics: [{ Type: 'Maximize', MetricName: 'validation:auc' }],
    AdditionalS3DataSource: {
      S3DataType: 'S3Prefix',
      S3Uri: 's3://bucket/extra',
      CompressionType: 'Gzip',
      ETag: 'etag-1',
    },
  },
  InferenceSpecification: {
    Containers: [
      {
        ContainerHostname: 'gbm',
        Image: '123456789012.dkr.ecr.us-east-1.amazonaws.com/gbm-serve:2',
        ImageDigest: 'sha256:def',
        ModelDataUrl: 's3://bucket/model.tar.gz',
        ModelDataSource: {
          S3DataSource: {
            S3Uri: 's3://bucket/model/',
            S3DataType: 'S3Prefix',
            CompressionType: 'None',
            ManifestS3Uri: 's3://bucket/manifest.csv',
            ETag: 'etag-2',
            ManifestEtag: 'etag-3',
          },
        },
        ProductId: 'prod-1',
        Environment: { TZ: 'UTC', MODE: 'serve' },
        Framework: 'XGBOOST',
        FrameworkVersion: '1.7',
        NearestModelName: 'xgboost',
        AdditionalModelDataSources: [
          {
            ChannelName: 'draft',
            S3DataSource: {
              S3Uri: 's3://bucket/draft/',
              S3DataType: 'S3Prefix',
              CompressionType: 'None',
            },
          },
        ],
        ModelDataETag: 'etag-4',
        IsCheckpoint: false,
        BaseModel: { HubContentName: 'hub', HubContentVersion: '1.0', RecipeName: 'recipe' },
      },
    ],
    SupportedTransformInstanceTypes: ['ml.m5.large'],
    SupportedRealtimeInferenceInstanceTypes: ['ml.m5.large', 'ml.c5.large'],
    SupportedContentTypes: ['text/csv'],
    SupportedResponseMIMETypes: ['text/csv'],
  },
  ValidationSpecification: {
    ValidationRole: `arn:aws:iam::${ACCOUNT}:role/validation`,
    ValidationProfiles: [
      {
        ProfileName: 'default',
        TrainingJobDefinition: {
          TrainingInputMode: 'File',
          HyperParameters: { max_depth: '4', eta: '0.1' },
          InputDataConfig: [
            {
              ChannelName: 'train',
              DataSource: { S3DataSource: { S3DataType: 'S3Prefix', S3Uri: 's3://bucket/v' } },
            },
          ],
          OutputDataConfig: { S3OutputPath: 's3://bucket/v-out' },
          ResourceConfig: { InstanceType: 'ml.m5.xlarge', InstanceCount: 1, VolumeSizeInGB: 10 },
          StoppingCondition: { MaxRuntimeInSeconds: 600 },
        },
        TransformJobDefinition: {
          MaxConcurrentTransforms: 2,
          TransformInput: {
            DataSource: { S3DataSource: { S3DataType: 'S3Prefix', S3Uri: 's3://bucket/t' } },
            ContentType: 'text/csv',
          },
          TransformOutput: { S3OutputPath: 's3://bucket/t-out' },
          TransformResources: { InstanceType: 'ml.m5.large', InstanceCount: 1 },
        },
      },
    ],
  },
  AlgorithmStatus: 'Completed',
  AlgorithmStatusDetails: {
    ValidationStatuses: [{ Name: 'default', Status: 'Completed' }],
    ImageScanStatuses: [{ Name: 'image', Status: 'Failed', FailureReason: 'scan failed' }],
  },
  ProductId: 'prod-algo',
  CertifyForMarketplace: true,
  Tags: [{ Key: 'team', Value: 'fraud' }],
};

const bareAlgorithm: AlgorithmRecord = {
  AlgorithmName: 'bare-algo',
  AlgorithmArn: undefined,
  CreationTime: new Date('2025-04-02T08:00:00.000Z'),
  TrainingSpecification: {
    TrainingImage: 'bare:1',
    SupportedTrainingInstanceTypes: ['ml.m5.xlarge'],
    TrainingChannels: [],
  },
  AlgorithmStatus: 'Pending',
  AlgorithmStatusDetails: {},
};

const job = (name: string, algorithm: string | undefined): TrainingJob => ({
  TrainingJobName: name,
  TrainingJobStatus: 'Completed',
  CreationTime: new Date('2025-06-01T10:00:00.000Z'),
  AlgorithmSpecification:
    algorithm === undefined
      ? { TrainingImage: 'xgboost:1', TrainingInputMode: 'File' }
      : { AlgorithmName: algorithm, TrainingInputMode: 'File' },
  Tags: [],
});

const MAP_FIELDS = new Set(['hyperParameters', 'environment']);

/** Maps a GraphQL answer back to the SDK's shape (PascalCase, maps, absent rather than null/[]). */
const toSdkShape = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(toSdkShape);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, member] of Object.entries(value)) {
    if (member === null || (Array.isArray(member) && member.length === 0)) continue;
    const pascal = key.charAt(0).toUpperCase() + key.slice(1);
    if (MAP_FIELDS.has(key)) {
      const pairs = member as Array<{ key: string; value: string }>;
      out[pascal] = Object.fromEntries(pairs.map((pair) => [pair.key, pair.value]));
    } else if (key === 'categoricalParameterRangeSpecification') {
      out[pascal] = { Values: member };
    } else {
      out[pascal] = toSdkShape(member);
    }
  }
  return out;
};

const calls = (): Record<string, number> =>
  Object.fromEntries(Object.entries(emulator().calls()).filter(([, count]) => count > 0));

const DEMO_ALGORITHMS = ['fraud-gbm-trainer', 'vision-effnet-trainer', 'ranker-lambdamart'];

const gateway = useDemoGateway({
  emulator: { data: 'demo', scale: 100 },
  seed: ({ store }) => {
    store.put('Algorithm', structuredClone(fullAlgorithm));
    store.put('Algorithm', structuredClone(bareAlgorithm));
    for (let at = 0; at < 100; at++) {
      store.put(
        'TrainingJob',
        job(`algo-user-${at}`, DEMO_ALGORITHMS[at % DEMO_ALGORITHMS.length]),
      );
    }
    store.put('TrainingJob', job('image-user', undefined));
    store.put('TrainingJob', job('gone-algo-user', 'deleted-algo'));
    store.put('TrainingJob', job('full-algo-user', arnOf('algorithm', 'full-algo')));
  },
});
const emulator = gateway.emulator;
const post = gateway.post;

beforeEach(() => emulator().resetCalls());

const ALL_FIELDS = `fragment All on Algorithm { ${selectAll(typeOf('Algorithm'))} }`;

describe('Algorithm fields', () => {
  it('give back every member of a fully populated algorithm', async () => {
    const result = await post(`{ algorithm(name: "full-algo") { ...All } } ${ALL_FIELDS}`);
    expect(result.errors).toBeUndefined();
    const algorithm = result.data?.algorithm as Record<string, unknown>;
    const arn = arnOf('algorithm', 'full-algo');
    expect(algorithm.id).toBe(arn);
    expect(algorithm.arn).toBe(arn);
    expect(algorithm.name).toBe('full-algo');
    const { id: _id, arn: _arn, name: _name, validationSpecification, ...rest } = algorithm;
    const {
      ValidationSpecification: validation,
      Tags: _tags,
      ...record
    } = emulator().store.get('Algorithm', 'full-algo') as AlgorithmRecord;
    const { tags, ...fields } = rest;
    expect(toSdkShape(fields)).toEqual(normalise(record));
    expect(tags).toEqual([{ key: 'team', value: 'fraud' }]);
    // The transform job definition has its own (flattened) shape; the rest maps one to one.
    const profile = (
      validationSpecification as { validationProfiles: Array<Record<string, unknown>> }
    ).validationProfiles[0];
    const { transformJobDefinition, ...profileRest } = profile ?? {};
    const expected = validation?.ValidationProfiles?.[0];
    expect(toSdkShape(profileRest)).toEqual(
      normalise({ ...expected, TransformJobDefinition: undefined }),
    );
    expect(transformJobDefinition).toMatchObject({
      maxConcurrentTransforms: 2,
      transformInput: { s3Uri: 's3://bucket/t', contentType: 'text/csv' },
      transformOutput: { s3OutputPath: 's3://bucket/t-out' },
    });
    expect(calls()).toEqual({ DescribeAlgorithm: 1, ListTags: 1 });
  });

  it('gives nulls and empty lists, without errors, for an algorithm without optional parts', async () => {
    const result = await post(`{ algorithm(name: "bare-algo") {
      algorithmDescription inferenceSpecification { containers { image } } validationSpecification { validationRole }
      productId certifyForMarketplace tags { key }
      algorithmStatusDetails { validationStatuses { name } imageScanStatuses { name } }
      trainingSpecification { supportedHyperParameters { name } metricDefinitions { name }
        trainingChannels { name } supportedTuningJobObjectiveMetrics { metricName } additionalS3DataSource { s3Uri } }
    } }`);
    expect(result).toEqual({
      data: {
        algorithm: {
          algorithmDescription: null,
          inferenceSpecification: null,
          validationSpecification: null,
          productId: null,
          certifyForMarketplace: null,
          tags: [],
          algorithmStatusDetails: { validationStatuses: [], imageScanStatuses: [] },
          trainingSpecification: {
            supportedHyperParameters: [],
            metricDefinitions: [],
            trainingChannels: [],
            supportedTuningJobObjectiveMetrics: [],
            additionalS3DataSource: null,
          },
        },
      },
    });
  });

  it('gives the demo algorithm with its training specification', async () => {
    const result = await post(`{ algorithm(name: "${DEMO.algorithmName}") {
      name algorithmStatus trainingSpecification { trainingImage supportedTrainingInstanceTypes }
    } }`);
    const stored = emulator().store.get('Algorithm', DEMO.algorithmName);
    expect(result).toEqual({
      data: {
        algorithm: {
          name: DEMO.algorithmName,
          algorithmStatus: 'Completed',
          trainingSpecification: {
            trainingImage: stored?.TrainingSpecification?.TrainingImage,
            supportedTrainingInstanceTypes:
              stored?.TrainingSpecification?.SupportedTrainingInstanceTypes,
          },
        },
      },
    });
  });
});

describe('TrainingJob.algorithm', () => {
  it('links by name or ARN, null for a training image or a deleted algorithm', async () => {
    const result = await post(`{
      byName: trainingJob(name: "algo-user-0") { algorithm { name } }
      byArn: trainingJob(name: "full-algo-user") { algorithm { name arn } }
      image: trainingJob(name: "image-user") { name algorithm { name } }
      gone: trainingJob(name: "gone-algo-user") { name algorithm { name } }
    }`);
    expect(result).toEqual({
      data: {
        byName: { algorithm: { name: 'fraud-gbm-trainer' } },
        byArn: { algorithm: { name: 'full-algo', arn: arnOf('algorithm', 'full-algo') } },
        image: { name: 'image-user', algorithm: null },
        gone: { name: 'gone-algo-user', algorithm: null },
      },
    });
  });

  it('describes each distinct algorithm once, however many jobs use it', async () => {
    const query = `query ($ids: [ID!]!) { nodes(ids: $ids) { ... on TrainingJob { algorithm { name } } } }`;
    const counts: Array<Record<string, number>> = [];
    for (const count of [5, 100]) {
      const ids = Array.from({ length: count }, (_, at) =>
        arnOf('training-job', `algo-user-${at}`),
      );
      emulator().resetCalls();
      const result = await post(query, { ids });
      expect(result.errors).toBeUndefined();
      const nodes = result.data?.nodes as Array<{ algorithm: { name: string } }>;
      const names = nodes.map((node) => node.algorithm.name);
      expect(names).toEqual(ids.map((_, at) => DEMO_ALGORITHMS[at % DEMO_ALGORITHMS.length]));
      counts.push(calls());
    }
    // Algorithms have no Search and no batch Describe: one Describe per distinct one; tags are
    // not selected, so no ListTags.
    expect(counts).toEqual([
      { Search: 1, DescribeAlgorithm: 3 },
      { Search: 1, DescribeAlgorithm: 3 },
    ]);
  });

  it('costs one ListTags per distinct algorithm when its tags are selected', async () => {
    const query = `query ($ids: [ID!]!) { nodes(ids: $ids) { ... on TrainingJob { algorithm { tags { key } } } } }`;
    const counts: Array<Record<string, number>> = [];
    for (const count of [5, 100]) {
      const ids = Array.from({ length: count }, (_, at) =>
        arnOf('training-job', `algo-user-${at}`),
      );
      emulator().resetCalls();
      const result = await post(query, { ids });
      expect(result.errors).toBeUndefined();
      counts.push(calls());
    }
    expect(counts).toEqual([
      { Search: 1, DescribeAlgorithm: 3, ListTags: 3 },
      { Search: 1, DescribeAlgorithm: 3, ListTags: 3 },
    ]);
  });
});

describe('algorithm(name:)', () => {
  it('returns null for a missing algorithm and finds one by ARN as a node', async () => {
    const arn = arnOf('algorithm', DEMO.algorithmName);
    const result = await post(`{
      algorithm(name: "no-such-algo") { name }
      node(id: "${arn}") { __typename id }
    }`);
    expect(result).toEqual({
      data: { algorithm: null, node: { __typename: 'Algorithm', id: arn } },
    });
  });

  it('rejects a malformed name as BAD_USER_INPUT without calling SageMaker', async () => {
    const result = await post('{ algorithm(name: "bad name") { name } }');
    expect(result.data).toEqual({ algorithm: null });
    expect(result.errors).toEqual([
      expect.objectContaining({
        message:
          'Argument "name" must be an algorithm name (^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$), but got: "bad name".',
        extensions: { code: 'BAD_USER_INPUT' },
      }),
    ]);
    expect(calls()).toEqual({});
  });
});

describe('Algorithm schema', () => {
  it('describes every type, field and argument reachable from Algorithm', () => {
    const types = reachableTypes('Algorithm', { stopAtNodes: true });
    expect(types.map((type) => type.name)).toEqual(
      expect.arrayContaining([
        'TrainingSpecification',
        'HyperParameterSpecification',
        'InferenceSpecification',
        'AlgorithmValidationProfile',
      ]),
    );
    expect(undocumented(types)).toEqual([]);
  });

  it('types statuses as String, lists as non-null and the link as nullable', () => {
    const fields = typeOf('Algorithm').getFields();
    expect(fields.algorithmStatus?.type.toString()).toBe('String!');
    expect(fields.tags?.type.toString()).toBe('[Tag!]!');
    expect(typeOf('TrainingJob').getFields().algorithm?.type.toString()).toBe('Algorithm');
    const enums = reachableTypes('Algorithm', { stopAtNodes: true }).flatMap((type) =>
      Object.values(type.getFields())
        .map((field) => getNamedType(field.type))
        .filter((named) => !isObjectType(named) && !isScalarType(named))
        .map((named) => named.name),
    );
    expect(enums).toEqual([]);
  });
});
