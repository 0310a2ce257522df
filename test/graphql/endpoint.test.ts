import type {
  DescribeEndpointOutput,
  Endpoint,
  ProductionVariantSummary,
} from '@aws-sdk/client-sagemaker';
import type { GraphQLObjectType } from 'graphql';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEMO } from '../../src/emulator/demo/demo-data.js';
import { schema } from '../../src/graphql/index.js';
import { useDemoGateway } from '../support/gateway.js';
import { reachableTypes, undocumented } from '../support/schema.js';

const iso = (date: Date | undefined): string | null => date?.toISOString() ?? null;

const gateway = useDemoGateway({ emulator: { data: 'demo' } });
const emulator = gateway.emulator;
const post = gateway.post;

beforeEach(() => {
  emulator().resetCalls();
});

const stored = (name: string): Endpoint => {
  const endpoint = emulator().store.get('Endpoint', name);
  if (endpoint === undefined) throw new Error(`no demo endpoint ${name}`);
  return endpoint;
};

const runtime = (summary: ProductionVariantSummary) => ({
  variantName: summary.VariantName,
  currentWeight: summary.CurrentWeight ?? null,
  desiredWeight: summary.DesiredWeight ?? null,
  currentInstanceCount: summary.CurrentInstanceCount ?? null,
  desiredInstanceCount: summary.DesiredInstanceCount ?? null,
  deployedImages: (summary.DeployedImages ?? []).map((image) => ({
    specifiedImage: image.SpecifiedImage ?? null,
    resolvedImage: image.ResolvedImage ?? null,
    resolutionTime: iso(image.ResolutionTime),
  })),
  variantStatus: [],
  currentServerlessConfig: null,
});

const RUNTIME_FIELDS = `variantName currentWeight desiredWeight currentInstanceCount desiredInstanceCount
  deployedImages { specifiedImage resolvedImage resolutionTime }
  variantStatus { status statusMessage startTime } currentServerlessConfig { memorySizeInMB }`;

describe('endpoint(name:)', () => {
  it('gives back every member of the flagship endpoint as the emulator stores it', async () => {
    const result = await post(
      `{ endpoint(name: "${DEMO.endpointName}") {
          id arn name endpointName endpointArn endpointConfigName endpointStatus failureReason
          creationTime lastModifiedTime tags { key value } monitoringSchedules
          dataCaptureConfig { enableCapture captureStatus currentSamplingPercentage destinationS3Uri kmsKeyId }
          productionVariants { ${RUNTIME_FIELDS} }
          shadowProductionVariants { variantName }
      } }`,
    );
    const endpoint = stored(DEMO.endpointName);
    const capture = endpoint.DataCaptureConfig;
    expect(result).toEqual({
      data: {
        endpoint: {
          id: endpoint.EndpointArn,
          arn: endpoint.EndpointArn,
          name: DEMO.endpointName,
          endpointName: DEMO.endpointName,
          endpointArn: endpoint.EndpointArn,
          endpointConfigName: DEMO.endpointConfigName,
          endpointStatus: 'InService',
          failureReason: null,
          creationTime: iso(endpoint.CreationTime),
          lastModifiedTime: iso(endpoint.LastModifiedTime),
          tags: (endpoint.Tags ?? []).map((tag) => ({ key: tag.Key, value: tag.Value })),
          monitoringSchedules: [],
          dataCaptureConfig: {
            enableCapture: true,
            captureStatus: 'Started',
            currentSamplingPercentage: 20,
            destinationS3Uri: capture?.DestinationS3Uri,
            kmsKeyId: null,
          },
          productionVariants: (endpoint.ProductionVariants ?? []).map(runtime),
          shadowProductionVariants: [],
        },
      },
    });
    expect(endpoint.EndpointArn).toBe(
      `arn:aws:sagemaker:us-east-1:123456789012:endpoint/${DEMO.endpointName}`,
    );
  });

  it('shows the A/B variants with their weights, configuration and model', async () => {
    const result = await post(
      `{ endpoint(name: "${DEMO.endpointName}") {
          productionVariants {
            variantName currentWeight currentInstanceCount
            configuration { variantName modelName initialVariantWeight initialInstanceCount instanceType }
            model { name }
          }
      } }`,
    );
    const config = emulator().store.get('EndpointConfig', DEMO.endpointConfigName);
    const [champion, challenger] = config?.ProductionVariants ?? [];
    expect(result).toEqual({
      data: {
        endpoint: {
          productionVariants: [
            {
              variantName: 'champion',
              currentWeight: 0.9,
              currentInstanceCount: 3,
              configuration: {
                variantName: 'champion',
                modelName: DEMO.championModelName,
                initialVariantWeight: 0.9,
                initialInstanceCount: 3,
                instanceType: champion?.InstanceType,
              },
              model: { name: DEMO.championModelName },
            },
            {
              variantName: 'challenger',
              currentWeight: 0.1,
              currentInstanceCount: 1,
              configuration: {
                variantName: 'challenger',
                modelName: DEMO.challengerModelName,
                initialVariantWeight: 0.1,
                initialInstanceCount: 1,
                instanceType: challenger?.InstanceType,
              },
              model: { name: DEMO.challengerModelName },
            },
          ],
        },
      },
    });
  });

  it('shows the runtime state of creating, updating and failed endpoints', async () => {
    const result = await post(
      `{ creating: endpoint(name: "${DEMO.creatingEndpointName}") {
          endpointStatus failureReason productionVariants { ${RUNTIME_FIELDS} } }
        updating: endpoint(name: "${DEMO.updatingEndpointName}") {
          endpointStatus failureReason productionVariants { ${RUNTIME_FIELDS} } }
        failed: endpoint(name: "${DEMO.failedEndpointName}") {
          endpointStatus failureReason productionVariants { ${RUNTIME_FIELDS} } } }`,
    );
    const shape = (name: string) => {
      const endpoint = stored(name);
      return {
        endpointStatus: endpoint.EndpointStatus,
        failureReason: endpoint.FailureReason ?? null,
        productionVariants: (endpoint.ProductionVariants ?? []).map(runtime),
      };
    };
    expect(result).toEqual({
      data: {
        creating: shape(DEMO.creatingEndpointName),
        updating: shape(DEMO.updatingEndpointName),
        failed: shape(DEMO.failedEndpointName),
      },
    });
    const data = result.data as Record<string, { productionVariants: Array<object> }>;
    expect(data.creating?.productionVariants[0]).toMatchObject({
      currentWeight: null,
      currentInstanceCount: null,
      desiredWeight: 1,
      desiredInstanceCount: 1,
    });
    expect(data.updating?.productionVariants).toMatchObject([
      { variantName: 'blue', currentWeight: 0.8, desiredWeight: 0.5 },
      { variantName: 'green', currentWeight: 0.2, desiredWeight: 0.5 },
    ]);
    expect((data.failed as unknown as { failureReason: string }).failureReason).toMatch(
      /^Failed to download model data/,
    );
    expect(data.creating).toMatchObject({ endpointStatus: 'Creating' });
    expect(data.updating).toMatchObject({ endpointStatus: 'Updating' });
  });

  it('costs one Search for the endpoints, one DescribeEndpointConfig per config and one Search for the models, no ListTags', async () => {
    const result = await post(
      `{ a: endpoint(name: "${DEMO.endpointName}") {
          config { productionVariants { model { name } } }
          productionVariants { configuration { variantName } model { name } } }
        b: endpoint(name: "${DEMO.updatingEndpointName}") {
          config { name } productionVariants { model { name } } } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(emulator().calls()).toEqual({ Search: 2, DescribeEndpointConfig: 2 });
  });

  it('costs one ListTags per distinct config whose tags are selected; models’ come with them', async () => {
    const result = await post(
      `{ a: endpoint(name: "${DEMO.endpointName}") {
          config { tags { key } productionVariants { model { tags { key } } } }
          productionVariants { model { name tags { key } } } }
        b: endpoint(name: "${DEMO.updatingEndpointName}") {
          config { tags { key } } productionVariants { model { tags { key } } } } }`,
    );
    expect(result.errors).toBeUndefined();
    // The same items as above: 2 configs, each asked for its tags once per request; the 4
    // models' tags are in their Search records.
    expect(emulator().calls()).toEqual({ Search: 2, DescribeEndpointConfig: 2, ListTags: 2 });
  });

  it('reads Describe-only members with one DescribeEndpoint per endpoint, shared by those fields', async () => {
    const result = await post(
      `{ a: endpoint(name: "${DEMO.endpointName}") {
          pendingDeploymentSummary { endpointConfigName } lastDeploymentConfig
          asyncInferenceConfig { s3OutputPath } explainerConfig metricsConfig { enableEnhancedMetrics } }
        b: endpoint(name: "${DEMO.creatingEndpointName}") { pendingDeploymentSummary { startTime } } }`,
    );
    expect(result).toEqual({
      data: {
        a: {
          pendingDeploymentSummary: null,
          lastDeploymentConfig: null,
          asyncInferenceConfig: null,
          explainerConfig: null,
          metricsConfig: null,
        },
        b: { pendingDeploymentSummary: null },
      },
    });
    expect(emulator().calls()).toEqual({ Search: 1, DescribeEndpoint: 2 });
  });

  it('gives null for a missing endpoint and BAD_USER_INPUT, with no upstream call, for a malformed name', async () => {
    const missing = await post('{ endpoint(name: "no-such-endpoint") { name } }');
    expect(missing).toEqual({ data: { endpoint: null } });
    emulator().resetCalls();
    const malformed = await post('{ endpoint(name: "bad_name!") { name } }');
    expect(malformed.data).toEqual({ endpoint: null });
    expect(malformed.errors).toEqual([
      expect.objectContaining({
        message:
          'Argument "name" must be an endpoint name (^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$), but got: "bad_name!".',
        extensions: { code: 'BAD_USER_INPUT' },
      }),
    ]);
    expect(emulator().calls()).toEqual({});
  });

  it('resolves the endpoint by its ARN through node(id:)', async () => {
    const arn = stored(DEMO.endpointName).EndpointArn;
    const result = await post(`{ node(id: "${arn}") { __typename id ... on Endpoint { name } } }`);
    expect(result).toEqual({
      data: { node: { __typename: 'Endpoint', id: arn, name: DEMO.endpointName } },
    });
  });
});

describe('missing links', () => {
  it('gives null for a deleted configuration and model, and nothing else fails', async () => {
    const base = stored(DEMO.endpointName);
    emulator().store.put('EndpointConfig', {
      EndpointConfigName: 'orphan-config',
      EndpointConfigArn: undefined,
      ProductionVariants: [
        { VariantName: 'AllTraffic', ModelName: 'deleted-model', InitialInstanceCount: 1 },
      ],
      CreationTime: new Date('2025-06-01T00:00:00Z'),
      Tags: [],
    });
    emulator().store.put('Endpoint', {
      ...base,
      EndpointName: 'orphan-endpoint',
      EndpointArn: undefined,
      EndpointConfigName: 'deleted-config',
      ProductionVariants: [{ VariantName: 'AllTraffic', CurrentWeight: 1, DesiredWeight: 1 }],
      Tags: [],
    });
    emulator().store.put('Endpoint', {
      ...base,
      EndpointName: 'orphan-model-endpoint',
      EndpointArn: undefined,
      EndpointConfigName: 'orphan-config',
      ProductionVariants: [
        { VariantName: 'AllTraffic', CurrentWeight: 1 },
        { VariantName: 'gone-variant', CurrentWeight: 0 },
      ],
      Tags: [],
    });
    emulator().resetCalls();
    const result = await post(
      `{ noConfig: endpoint(name: "orphan-endpoint") {
          name config { name } productionVariants { variantName configuration { variantName } model { name } } }
        noModel: endpoint(name: "orphan-model-endpoint") {
          name config { productionVariants { modelName model { name } } }
          productionVariants { variantName configuration { modelName } model { name } } } }`,
    );
    expect(result).toEqual({
      data: {
        noConfig: {
          name: 'orphan-endpoint',
          config: null,
          productionVariants: [{ variantName: 'AllTraffic', configuration: null, model: null }],
        },
        noModel: {
          name: 'orphan-model-endpoint',
          config: { productionVariants: [{ modelName: 'deleted-model', model: null }] },
          productionVariants: [
            {
              variantName: 'AllTraffic',
              configuration: { modelName: 'deleted-model' },
              model: null,
            },
            { variantName: 'gone-variant', configuration: null, model: null },
          ],
        },
      },
    });
    // One Search (both endpoints), one Describe per config, one Search for the missing model and
    // its Describe (to tell missing from not indexed yet); no tags selected.
    expect(emulator().calls()).toEqual({
      Search: 2,
      DescribeEndpointConfig: 2,
      DescribeModel: 1,
    });
  });
});

describe('shadow variants and Describe-only members', () => {
  it('links runtime shadow variants to the configured ones and reads a pending deployment', async () => {
    const started = new Date('2025-06-02T10:00:00Z');
    emulator().store.put('EndpointConfig', {
      EndpointConfigName: 'shadow-config',
      EndpointConfigArn: undefined,
      ProductionVariants: [
        { VariantName: 'live', ModelName: DEMO.championModelName, InitialInstanceCount: 1 },
      ],
      ShadowProductionVariants: [
        {
          VariantName: 'shadow',
          ModelName: DEMO.challengerModelName,
          InitialInstanceCount: 1,
          InitialVariantWeight: 0.5,
        },
      ],
      CreationTime: started,
      Tags: [],
    });
    const endpoint: Endpoint & Pick<DescribeEndpointOutput, 'PendingDeploymentSummary'> = {
      ...stored(DEMO.endpointName),
      EndpointName: 'shadow-endpoint',
      EndpointArn: undefined,
      EndpointConfigName: 'shadow-config',
      EndpointStatus: 'Updating',
      ProductionVariants: [{ VariantName: 'live', CurrentWeight: 1, DesiredWeight: 1 }],
      ShadowProductionVariants: [
        {
          VariantName: 'shadow',
          CurrentWeight: 0.5,
          VariantStatus: [
            { Status: 'Baking', StatusMessage: 'watching alarms', StartTime: started },
          ],
          CurrentServerlessConfig: { MemorySizeInMB: 2048, MaxConcurrency: 10 },
        },
      ],
      PendingDeploymentSummary: {
        EndpointConfigName: 'shadow-config-next',
        StartTime: started,
        ProductionVariants: [
          {
            VariantName: 'live',
            DesiredWeight: 1,
            DesiredInstanceCount: 2,
            InstanceType: 'ml.g5.xlarge',
          },
        ],
      },
      Tags: [],
    };
    emulator().store.put('Endpoint', endpoint);
    emulator().resetCalls();
    const result = await post(
      `{ endpoint(name: "shadow-endpoint") {
          shadowProductionVariants {
            variantName currentWeight variantStatus { status statusMessage startTime }
            currentServerlessConfig { memorySizeInMB maxConcurrency provisionedConcurrency }
            configuration { variantName initialVariantWeight } model { name } }
          pendingDeploymentSummary { endpointConfigName startTime shadowProductionVariants { variantName }
            productionVariants { variantName desiredWeight desiredInstanceCount instanceType currentWeight } }
      } }`,
    );
    expect(result).toEqual({
      data: {
        endpoint: {
          shadowProductionVariants: [
            {
              variantName: 'shadow',
              currentWeight: 0.5,
              variantStatus: [
                {
                  status: 'Baking',
                  statusMessage: 'watching alarms',
                  startTime: '2025-06-02T10:00:00.000Z',
                },
              ],
              currentServerlessConfig: {
                memorySizeInMB: 2048,
                maxConcurrency: 10,
                provisionedConcurrency: null,
              },
              configuration: { variantName: 'shadow', initialVariantWeight: 0.5 },
              model: { name: DEMO.challengerModelName },
            },
          ],
          pendingDeploymentSummary: {
            endpointConfigName: 'shadow-config-next',
            startTime: '2025-06-02T10:00:00.000Z',
            shadowProductionVariants: [],
            productionVariants: [
              {
                variantName: 'live',
                desiredWeight: 1,
                desiredInstanceCount: 2,
                instanceType: 'ml.g5.xlarge',
                currentWeight: null,
              },
            ],
          },
        },
      },
    });
    expect(emulator().calls()).toEqual({
      Search: 2,
      DescribeEndpoint: 1,
      DescribeEndpointConfig: 1,
    });
  });
});

describe('endpointConfig(name:)', () => {
  it('gives back every member of the flagship configuration as the emulator stores it', async () => {
    const result = await post(
      `{ endpointConfig(name: "${DEMO.endpointConfigName}") {
          id arn name endpointConfigName endpointConfigArn kmsKeyId creationTime tags { key value }
          dataCaptureConfig { enableCapture } asyncInferenceConfig { s3OutputPath } explainerConfig
          executionRoleArn vpcConfig { subnets } enableNetworkIsolation metricsConfig { enableEnhancedMetrics }
          shadowProductionVariants { variantName }
          productionVariants {
            variantName modelName initialInstanceCount instanceType initialVariantWeight acceleratorType
            serverlessConfig { memorySizeInMB maxConcurrency provisionedConcurrency }
            instancePools { instanceType } volumeSizeInGB coreDumpConfig { destinationS3Uri }
            managedInstanceScaling { status } routingConfig { routingStrategy } enableSSMAccess
            inferenceAmiVersion capacityReservationConfig { mlReservationArn }
            variantInstanceProvisionTimeoutInSeconds modelDataDownloadTimeoutInSeconds
            containerStartupHealthCheckTimeoutInSeconds
            model { name }
          }
      } }`,
    );
    const config = emulator().store.get('EndpointConfig', DEMO.endpointConfigName);
    const arn = `arn:aws:sagemaker:us-east-1:123456789012:endpoint-config/${DEMO.endpointConfigName}`;
    expect(config?.EndpointConfigArn).toBe(arn);
    expect(result).toEqual({
      data: {
        endpointConfig: {
          id: arn,
          arn,
          name: DEMO.endpointConfigName,
          endpointConfigName: DEMO.endpointConfigName,
          endpointConfigArn: arn,
          kmsKeyId: null,
          creationTime: iso(config?.CreationTime),
          tags: (config?.Tags ?? []).map((tag) => ({ key: tag.Key, value: tag.Value })),
          dataCaptureConfig: null,
          asyncInferenceConfig: null,
          explainerConfig: null,
          executionRoleArn: null,
          vpcConfig: null,
          enableNetworkIsolation: null,
          metricsConfig: null,
          shadowProductionVariants: [],
          productionVariants: (config?.ProductionVariants ?? []).map((variant) => ({
            variantName: variant.VariantName,
            modelName: variant.ModelName,
            initialInstanceCount: variant.InitialInstanceCount,
            instanceType: variant.InstanceType,
            initialVariantWeight: variant.InitialVariantWeight,
            acceleratorType: null,
            serverlessConfig: null,
            instancePools: [],
            volumeSizeInGB: null,
            coreDumpConfig: null,
            managedInstanceScaling: null,
            routingConfig: null,
            enableSSMAccess: null,
            inferenceAmiVersion: null,
            capacityReservationConfig: null,
            variantInstanceProvisionTimeoutInSeconds: null,
            modelDataDownloadTimeoutInSeconds: null,
            containerStartupHealthCheckTimeoutInSeconds: null,
            model: { name: variant.ModelName },
          })),
        },
      },
    });
    expect(config?.ProductionVariants?.map((variant) => variant.ModelName)).toEqual([
      DEMO.championModelName,
      DEMO.challengerModelName,
    ]);
  });

  it('gives back serverless, data capture and async settings of a seeded configuration', async () => {
    emulator().store.put('EndpointConfig', {
      EndpointConfigName: 'serverless-async-config',
      EndpointConfigArn: undefined,
      ProductionVariants: [
        {
          VariantName: 'AllTraffic',
          ModelName: DEMO.championModelName,
          ServerlessConfig: { MemorySizeInMB: 2048, MaxConcurrency: 5, ProvisionedConcurrency: 1 },
        },
      ],
      DataCaptureConfig: {
        InitialSamplingPercentage: 50,
        DestinationS3Uri: 's3://bucket/capture',
        CaptureOptions: [{ CaptureMode: 'Input' }, { CaptureMode: 'Output' }],
        CaptureContentTypeHeader: { CsvContentTypes: ['text/csv'] },
      },
      AsyncInferenceConfig: {
        ClientConfig: { MaxConcurrentInvocationsPerInstance: 4 },
        OutputConfig: { S3OutputPath: 's3://bucket/async-out', S3FailurePath: 's3://bucket/fail' },
      },
      KmsKeyId: 'alias/hosting',
      CreationTime: new Date('2025-06-01T00:00:00Z'),
      Tags: [{ Key: 'team', Value: 'fraud' }],
    });
    const result = await post(
      `{ endpointConfig(name: "serverless-async-config") {
          kmsKeyId tags { key value }
          productionVariants { initialInstanceCount instanceType
            serverlessConfig { memorySizeInMB maxConcurrency provisionedConcurrency } }
          dataCaptureConfig { enableCapture initialSamplingPercentage destinationS3Uri kmsKeyId
            captureModes captureContentTypeHeader { csvContentTypes jsonContentTypes } }
          asyncInferenceConfig { maxConcurrentInvocationsPerInstance s3OutputPath s3FailurePath
            kmsKeyId notificationConfig }
      } }`,
    );
    expect(result).toEqual({
      data: {
        endpointConfig: {
          kmsKeyId: 'alias/hosting',
          tags: [{ key: 'team', value: 'fraud' }],
          productionVariants: [
            {
              initialInstanceCount: null,
              instanceType: null,
              serverlessConfig: {
                memorySizeInMB: 2048,
                maxConcurrency: 5,
                provisionedConcurrency: 1,
              },
            },
          ],
          dataCaptureConfig: {
            enableCapture: true,
            initialSamplingPercentage: 50,
            destinationS3Uri: 's3://bucket/capture',
            kmsKeyId: null,
            captureModes: ['Input', 'Output'],
            captureContentTypeHeader: { csvContentTypes: ['text/csv'], jsonContentTypes: [] },
          },
          asyncInferenceConfig: {
            maxConcurrentInvocationsPerInstance: 4,
            s3OutputPath: 's3://bucket/async-out',
            s3FailurePath: 's3://bucket/fail',
            kmsKeyId: null,
            notificationConfig: null,
          },
        },
      },
    });
  });

  it('gives null for a missing configuration', async () => {
    expect(await post('{ endpointConfig(name: "no-such-config") { name } }')).toEqual({
      data: { endpointConfig: null },
    });
    expect(emulator().calls()).toEqual({ DescribeEndpointConfig: 1 });
  });
});

describe('Endpoint schema', () => {
  it('describes every type, field and argument reachable from Endpoint', () => {
    const types = reachableTypes('Endpoint', { exclude: ['ModelPackage'] });
    expect(types.map((type) => type.name)).toEqual(
      expect.arrayContaining([
        'Endpoint',
        'EndpointConfig',
        'ProductionVariant',
        'ProductionVariantSummary',
        'PendingDeploymentSummary',
        'DataCaptureConfig',
        'Model',
        'ContainerDefinition',
      ]),
    );
    expect(undocumented(types)).toEqual([]);
  });

  it('types instance types and statuses as String, weights as NonNegativeFloat and lists as non-null', () => {
    const variant = schema.getType('ProductionVariant') as GraphQLObjectType;
    expect(variant.getFields().instanceType?.type.toString()).toBe('String');
    expect(variant.getFields().initialInstanceCount?.type.toString()).toBe('NonNegativeInt');
    const endpoint = schema.getType('Endpoint') as GraphQLObjectType;
    expect(endpoint.getFields().endpointStatus?.type.toString()).toBe('String!');
    expect(endpoint.getFields().productionVariants?.type.toString()).toBe(
      '[ProductionVariantSummary!]!',
    );
    expect(endpoint.getFields().tags?.type.toString()).toBe('[Tag!]!');
    const summary = schema.getType('ProductionVariantSummary') as GraphQLObjectType;
    expect(summary.getFields().currentWeight?.type.toString()).toBe('NonNegativeFloat');
    expect(variant.getFields().initialVariantWeight?.type.toString()).toBe('NonNegativeFloat');
  });
});
