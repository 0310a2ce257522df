import { CreateModelCommand } from '@aws-sdk/client-sagemaker';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEMO } from '../../src/emulator/demo/demo-data.js';
import type { KindRecords } from '../../src/emulator/kinds.js';
import { useDemoGateway } from '../support/gateway.js';

const ACCOUNT = '123456789012';

const gateway = useDemoGateway({ emulator: { data: 'demo' } });
const emulator = gateway.emulator;
const client = gateway.client;
const post = gateway.post;

beforeEach(() => {
  emulator().resetCalls();
});

const stored = (name: string): KindRecords['Model'] => {
  const model = emulator().store.get('Model', name);
  if (model === undefined) throw new Error(`no model ${name}`);
  return model;
};

const CONTAINER = `containerHostname image imageConfig { repositoryAccessMode repositoryCredentialsProviderArn }
  mode modelDataUrl modelDataSource { s3DataSource { s3Uri s3DataType compressionType } }
  additionalModelDataSources { channelName s3DataSource { s3Uri } }
  environment { key value } modelPackageName inferenceSpecificationName
  multiModelConfig { modelCacheSetting } containerMetricsConfig`;

const MODEL = `id arn name modelName modelArn executionRoleArn enableNetworkIsolation creationTime
  tags { key value } vpcConfig { securityGroupIds subnets } inferenceExecutionConfig { mode }
  deploymentRecommendation { recommendationStatus
    realTimeInferenceRecommendations { recommendationId instanceType environment { key value } } }
  primaryContainer { ${CONTAINER} } containers { ${CONTAINER} }`;

/** Creates a model through the API, built like the demo's first (tagged with `tags`). */
async function createModel(name: string, tags?: Array<{ Key: string; Value: string }>) {
  const [model] = emulator().store.all('Model');
  await client().send(
    new CreateModelCommand({
      ModelName: name,
      ExecutionRoleArn: model?.ExecutionRoleArn,
      PrimaryContainer: model?.PrimaryContainer,
      ...(tags === undefined ? {} : { Tags: tags }),
    }),
  );
}

const emptyContainer = {
  containerHostname: null,
  image: null,
  imageConfig: null,
  mode: null,
  modelDataUrl: null,
  modelDataSource: null,
  additionalModelDataSources: [],
  environment: [],
  modelPackageName: null,
  inferenceSpecificationName: null,
  multiModelConfig: null,
  containerMetricsConfig: null,
};

describe('model(name:)', () => {
  it('gives back every member of the flagship champion model as the emulator stores it', async () => {
    const model = stored(DEMO.championModelName);
    const result = await post(`{ model(name: "${DEMO.championModelName}") { ${MODEL} } }`);
    const arn = `arn:aws:sagemaker:us-east-1:${ACCOUNT}:model/${DEMO.championModelName}`;
    const container = {
      ...emptyContainer,
      mode: 'SingleModel',
      modelPackageName: model.PrimaryContainer?.ModelPackageName,
    };
    expect(model.ModelArn).toBe(arn);
    expect(result).toEqual({
      data: {
        model: {
          id: arn,
          arn,
          name: DEMO.championModelName,
          modelName: DEMO.championModelName,
          modelArn: arn,
          executionRoleArn: model.ExecutionRoleArn,
          enableNetworkIsolation: false,
          creationTime: model.CreationTime?.toISOString(),
          tags: (model.Tags ?? []).map((tag) => ({ key: tag.Key, value: tag.Value })),
          vpcConfig: null,
          inferenceExecutionConfig: null,
          deploymentRecommendation: null,
          primaryContainer: container,
          containers: [container],
        },
      },
    });
    // Search covers models, tags included.
    expect(emulator().calls()).toEqual({ Search: 1 });
  });

  it('links a container to its model package, group and training job', async () => {
    const model = stored(DEMO.championModelName);
    const packageArn = model.PrimaryContainer?.ModelPackageName ?? '';
    const pkg = emulator().store.findByArn(packageArn)?.record as KindRecords['ModelPackage'];
    const result = await post(
      `{ model(name: "${DEMO.championModelName}") {
          containers { modelPackage { arn version group { name } } } } }`,
    );
    expect(result).toEqual({
      data: {
        model: {
          containers: [
            {
              modelPackage: {
                arn: packageArn,
                version: pkg.ModelPackageVersion,
                group: { name: DEMO.modelPackageGroupName },
              },
            },
          ],
        },
      },
    });
  });

  it('gives back image, artifacts and environment of a model built from raw artifacts', async () => {
    const direct = emulator()
      .store.all('Model')
      .find((model) => model.PrimaryContainer?.Image);
    if (direct === undefined) throw new Error('demo data has no model with an image');
    const result = await post(
      `{ model(name: "${direct.ModelName}") {
          primaryContainer { image modelDataUrl mode environment { key value } modelPackage { arn } } } }`,
    );
    expect(result).toEqual({
      data: {
        model: {
          primaryContainer: {
            image: direct.PrimaryContainer?.Image,
            modelDataUrl: direct.PrimaryContainer?.ModelDataUrl,
            mode: 'SingleModel',
            environment: [
              { key: 'SAGEMAKER_PROGRAM', value: 'inference.py' },
              { key: 'SAGEMAKER_REGION', value: 'us-east-1' },
            ],
            modelPackage: null,
          },
        },
      },
    });
  });

  it('gives back every member of a fully populated inference pipeline model', async () => {
    emulator().store.put('Model', {
      ModelName: 'pipeline-model',
      ModelArn: undefined,
      Containers: [
        {
          ContainerHostname: 'preprocess',
          Image: `${ACCOUNT}.dkr.ecr.us-east-1.amazonaws.com/prep:1`,
          ImageConfig: {
            RepositoryAccessMode: 'Vpc',
            RepositoryAuthConfig: {
              RepositoryCredentialsProviderArn: `arn:aws:lambda:us-east-1:${ACCOUNT}:function:creds`,
            },
          },
          Mode: 'MultiModel',
          ModelDataSource: {
            S3DataSource: {
              S3Uri: 's3://bucket/prep/',
              S3DataType: 'S3Prefix',
              CompressionType: 'None',
            },
          },
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
          Environment: { Z_LAST: '1', A_FIRST: '2' },
          MultiModelConfig: { ModelCacheSetting: 'Disabled' },
          ContainerMetricsConfig: { MetricsEndpoints: [] },
        },
        {
          ContainerHostname: 'predict',
          ModelPackageName: `arn:aws:sagemaker:us-east-1:${ACCOUNT}:model-package/gone-group/9`,
          InferenceSpecificationName: 'gpu',
        },
      ],
      InferenceExecutionConfig: { Mode: 'Direct' },
      ExecutionRoleArn: `arn:aws:iam::${ACCOUNT}:role/hosting`,
      VpcConfig: { SecurityGroupIds: ['sg-1'], Subnets: ['subnet-1', 'subnet-2'] },
      CreationTime: new Date('2025-06-01T08:00:00Z'),
      EnableNetworkIsolation: true,
      DeploymentRecommendation: {
        RecommendationStatus: 'COMPLETED',
        RealTimeInferenceRecommendations: [
          { RecommendationId: 'rec-1', InstanceType: 'ml.c5.xlarge', Environment: { OMP: '4' } },
        ],
      },
      Tags: [{ Key: 'team', Value: 'fraud' }],
    });
    emulator().resetCalls();
    const result = await post(
      `{ model(name: "pipeline-model") { ${MODEL} containers { modelPackage { arn } } } }`,
    );
    const arn = `arn:aws:sagemaker:us-east-1:${ACCOUNT}:model/pipeline-model`;
    expect(result).toEqual({
      data: {
        model: {
          id: arn,
          arn,
          name: 'pipeline-model',
          modelName: 'pipeline-model',
          modelArn: arn,
          executionRoleArn: `arn:aws:iam::${ACCOUNT}:role/hosting`,
          enableNetworkIsolation: true,
          creationTime: '2025-06-01T08:00:00.000Z',
          tags: [{ key: 'team', value: 'fraud' }],
          vpcConfig: { securityGroupIds: ['sg-1'], subnets: ['subnet-1', 'subnet-2'] },
          inferenceExecutionConfig: { mode: 'Direct' },
          deploymentRecommendation: {
            recommendationStatus: 'COMPLETED',
            realTimeInferenceRecommendations: [
              {
                recommendationId: 'rec-1',
                instanceType: 'ml.c5.xlarge',
                environment: [{ key: 'OMP', value: '4' }],
              },
            ],
          },
          primaryContainer: null,
          containers: [
            {
              containerHostname: 'preprocess',
              image: `${ACCOUNT}.dkr.ecr.us-east-1.amazonaws.com/prep:1`,
              imageConfig: {
                repositoryAccessMode: 'Vpc',
                repositoryCredentialsProviderArn: `arn:aws:lambda:us-east-1:${ACCOUNT}:function:creds`,
              },
              mode: 'MultiModel',
              modelDataUrl: null,
              modelDataSource: {
                s3DataSource: {
                  s3Uri: 's3://bucket/prep/',
                  s3DataType: 'S3Prefix',
                  compressionType: 'None',
                },
              },
              additionalModelDataSources: [
                { channelName: 'draft', s3DataSource: { s3Uri: 's3://bucket/draft/' } },
              ],
              environment: [
                { key: 'A_FIRST', value: '2' },
                { key: 'Z_LAST', value: '1' },
              ],
              modelPackageName: null,
              inferenceSpecificationName: null,
              multiModelConfig: { modelCacheSetting: 'Disabled' },
              containerMetricsConfig: { MetricsEndpoints: [] },
              modelPackage: null,
            },
            {
              ...emptyContainer,
              containerHostname: 'predict',
              modelPackageName: `arn:aws:sagemaker:us-east-1:${ACCOUNT}:model-package/gone-group/9`,
              inferenceSpecificationName: 'gpu',
              modelPackage: null,
            },
          ],
        },
      },
    });
  });

  it('gives null for a missing model and BAD_USER_INPUT, with no upstream call, for a malformed name', async () => {
    expect(await post('{ model(name: "no-such-model") { name } }')).toEqual({
      data: { model: null },
    });
    // Search finds nothing, and a Describe makes sure it is not merely unindexed yet.
    expect(emulator().calls()).toEqual({ Search: 1, DescribeModel: 1 });
    emulator().resetCalls();
    const malformed = await post('{ model(name: "-leading-dash") { name } }');
    expect(malformed.data).toEqual({ model: null });
    expect(malformed.errors).toEqual([
      expect.objectContaining({
        message:
          'Argument "name" must be a model name (^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$), but got: "-leading-dash".',
        extensions: { code: 'BAD_USER_INPUT' },
      }),
    ]);
    expect(emulator().calls()).toEqual({});
  });

  it('resolves models by ARN through nodes(ids:), a missing one as null', async () => {
    const arn = stored(DEMO.challengerModelName).ModelArn;
    const missing = `arn:aws:sagemaker:us-east-1:${ACCOUNT}:model/no-such-model`;
    const result = await post(
      `{ nodes(ids: ["${arn}", "${missing}"]) { __typename id ... on Model { name } } }`,
    );
    expect(result).toEqual({
      data: { nodes: [{ __typename: 'Model', id: arn, name: DEMO.challengerModelName }, null] },
    });
  });

  it('costs one Search for the models and one for all their packages', async () => {
    const names = emulator()
      .store.all('Model')
      .filter((model) => model.PrimaryContainer?.ModelPackageName !== undefined)
      .slice(0, 5)
      .map((model) => model.ModelName ?? '');
    expect(names).toHaveLength(5);
    const query = `{ ${names
      .map((name, at) => `m${at}: model(name: "${name}") { containers { modelPackage { arn } } }`)
      .join(' ')} }`;
    const result = await post(query);
    expect(result.errors).toBeUndefined();
    // Models and model packages are Searchable: one Search a level.
    expect(emulator().calls()).toEqual({ Search: 2 });
  });

  it('answers tags from the Search record: no ListTags, selected or not', async () => {
    const models = emulator().store.all('Model').slice(0, 5);
    const names = models.map((model) => model.ModelName ?? '');
    const query = (fields: string) =>
      `{ ${names.map((name, at) => `m${at}: model(name: "${name}") { ${fields} }`).join(' ')} }`;
    const without = await post(query('name'));
    expect(without.errors).toBeUndefined();
    expect(emulator().calls()).toEqual({ Search: 1 });
    emulator().resetCalls();
    const tagged = await post(query('name tags { key value }'));
    expect(tagged).toEqual({
      data: Object.fromEntries(
        models.map((model, at) => [
          `m${at}`,
          {
            name: model.ModelName,
            tags: (model.Tags ?? []).map((tag) => ({ key: tag.Key, value: tag.Value })),
          },
        ]),
      ),
    });
    expect(models.some((model) => (model.Tags ?? []).length > 0)).toBe(true);
    expect(emulator().calls()).toEqual({ Search: 1 });
  });

  it('describes a model Search has not indexed yet, with its tags', async () => {
    emulator().knobs.searchLagMs = 60_000;
    const name = `unindexed-${Date.now()}`;
    await createModel(name, [{ Key: 'team', Value: 'fraud' }]);
    emulator().resetCalls();
    const answer = await post(`{ model(name: "${name}") { name tags { key value } } }`);
    emulator().knobs.searchLagMs = 0;
    expect(answer).toEqual({ data: { model: { name, tags: [{ key: 'team', value: 'fraud' }] } } });
    expect(emulator().calls()).toEqual({ Search: 1, DescribeModel: 1, ListTags: 1 });
  });
});

describe('Model.endpoints', () => {
  /** The endpoints whose current configuration hosts `model`, by name, from the store. */
  const hosting = (model: string): string[] =>
    emulator()
      .store.all('Endpoint')
      .filter((endpoint) => {
        const config = emulator().store.get('EndpointConfig', endpoint.EndpointConfigName ?? '');
        return (config?.ProductionVariants ?? []).some((variant) => variant.ModelName === model);
      })
      .map((endpoint) => endpoint.EndpointName ?? '')
      .sort();

  it('lists the endpoints hosting the model, from its Search record, and loads them in one Search', async () => {
    const expected = hosting(DEMO.championModelName);
    expect(expected.length).toBeGreaterThan(0);
    const result = await post(
      `{ model(name: "${DEMO.championModelName}") { endpoints { name endpointStatus } } }`,
    );
    expect(result.errors).toBeUndefined();
    const model = result.data?.model as { endpoints: Array<{ name: string }> } | undefined;
    const endpoints = model?.endpoints ?? [];
    expect(endpoints.map((endpoint) => endpoint.name).sort()).toEqual(expected);
    expect(endpoints).toEqual(
      endpoints.map((endpoint) => ({
        name: endpoint.name,
        endpointStatus: emulator().store.get('Endpoint', endpoint.name)?.EndpointStatus,
      })),
    );
    // the model's Search, then one for its endpoints: the names cost nothing
    expect(emulator().calls()).toEqual({ Search: 2 });
  });

  it('costs one Search for the endpoints of a whole level of models', async () => {
    const models = emulator()
      .store.all('Model')
      .map((model) => model.ModelName ?? '')
      .filter((name) => hosting(name).length > 0)
      .slice(0, 5);
    expect(models.length).toBeGreaterThan(1);
    const result = await post(
      `{ ${models.map((name, at) => `m${at}: model(name: "${name}") { endpoints { name } }`).join(' ')} }`,
    );
    expect(result.data).toEqual(
      Object.fromEntries(
        models.map((name, at) => [
          `m${at}`,
          {
            endpoints: expect.arrayContaining(
              hosting(name).map((endpoint) => ({ name: endpoint })),
            ),
          },
        ]),
      ),
    );
    expect(emulator().calls()).toEqual({ Search: 2 });
  });

  it('is an empty list for a model no endpoint hosts, and null before Search has indexed it', async () => {
    const name = `unhosted-${Date.now()}`;
    await createModel(name);
    emulator().knobs.searchLagMs = 60_000;
    const unindexed = `unindexed-${Date.now()}`;
    await createModel(unindexed);
    emulator().resetCalls();
    const answer = await post(
      `{ a: model(name: "${name}") { endpoints { name } } b: model(name: "${unindexed}") { endpoints { name } } }`,
    );
    emulator().knobs.searchLagMs = 0;
    // the Describe fallback has no dashboard record: which endpoints host it is not known
    expect(answer).toEqual({ data: { a: { endpoints: [] }, b: { endpoints: null } } });
    // no Search for endpoints: neither model names one
    expect(emulator().calls()).toEqual({ Search: 1, DescribeModel: 1, ListTags: 1 });
  });
});
