import { beforeEach, describe, expect, it } from 'vitest';
import { type GraphQLResponse, useDemoGateway } from '../../support/gateway.js';

// Issue 13: a happy path for every mutation of hosting, the model registry, algorithms and tags.
const gateway = useDemoGateway({ emulator: { data: 'demo' } });
const { emulator } = gateway;

beforeEach(() => emulator().resetCalls());

const IMAGE = '683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1';
const ROLE = 'arn:aws:iam::123456789012:role/SageMakerRole';

/** Posts and returns the data, failing on any error. */
async function ok(query: string, variables?: Record<string, unknown>) {
  const answer: GraphQLResponse = await gateway.post(query, variables);
  expect(answer.errors).toBeUndefined();
  return answer.data ?? {};
}

const writes = () =>
  Object.entries(emulator().calls())
    .filter(([operation, count]) => count > 0 && /^(Create|Update|Delete|Stop|Add)/.test(operation))
    .map(([operation]) => operation);

describe('hosting', () => {
  it('creates a model, a config and an endpoint, shifts weights, and deletes all three', async () => {
    const model = await ok(
      `mutation($input: CreateModelInput!) { createModel(input: $input) { model { name primaryContainer { image environment { key value } } tags { key value } } } }`,
      {
        input: {
          modelName: 'churn-model',
          executionRoleArn: ROLE,
          primaryContainer: {
            image: IMAGE,
            modelDataUrl: 's3://bucket/model.tar.gz',
            environment: [{ key: 'SAGEMAKER_PROGRAM', value: 'serve' }],
          },
        },
      },
    );
    expect(model).toEqual({
      createModel: {
        model: {
          name: 'churn-model',
          primaryContainer: {
            image: IMAGE,
            environment: [{ key: 'SAGEMAKER_PROGRAM', value: 'serve' }],
          },
          tags: [],
        },
      },
    });

    const variant = (name: string, weight: number) => ({
      variantName: name,
      modelName: 'churn-model',
      initialInstanceCount: 1,
      instanceType: 'ml.m5.large',
      initialVariantWeight: weight,
    });
    const config = await ok(
      `mutation($input: CreateEndpointConfigInput!) { createEndpointConfig(input: $input) { endpointConfig { name productionVariants { variantName model { name } } } } }`,
      {
        input: {
          endpointConfigName: 'churn-config',
          productionVariants: [variant('blue', 0.9), variant('green', 0.1)],
        },
      },
    );
    expect(config).toMatchObject({
      createEndpointConfig: {
        endpointConfig: {
          name: 'churn-config',
          productionVariants: [
            { variantName: 'blue', model: { name: 'churn-model' } },
            { variantName: 'green', model: { name: 'churn-model' } },
          ],
        },
      },
    });

    const endpoint = await ok(
      `mutation { createEndpoint(input: { endpointName: "churn", endpointConfigName: "churn-config" }) { endpoint { name endpointStatus config { name } } } }`,
    );
    expect(endpoint).toEqual({
      createEndpoint: {
        endpoint: {
          name: 'churn',
          endpointStatus: 'Creating',
          config: { name: 'churn-config' },
        },
      },
    });

    const deleted = await ok(
      `mutation { deleteEndpoint(name: "churn") { endpointArn } deleteEndpointConfig(name: "churn-config") { endpointConfigArn } deleteModel(name: "churn-model") { modelArn } }`,
    );
    expect(deleted).toEqual({
      deleteEndpoint: { endpointArn: expect.stringMatching(/:endpoint\/churn$/) },
      deleteEndpointConfig: {
        endpointConfigArn: expect.stringMatching(/:endpoint-config\/churn-config$/),
      },
      deleteModel: { modelArn: expect.stringMatching(/:model\/churn-model$/) },
    });
    expect(await ok(`{ model(name: "churn-model") { name } }`)).toEqual({ model: null });
  });

  it('shifts a canary’s weight on an endpoint in service', async () => {
    const live = emulator()
      .store.all('Endpoint')
      .find((endpoint) => endpoint.EndpointStatus === 'InService');
    const variant = live?.ProductionVariants?.[0]?.VariantName;
    if (live === undefined || variant === undefined) throw new Error('no endpoint in service');
    const shifted = await ok(
      `mutation($name: String!, $variant: String!) { updateEndpointWeightsAndCapacities(input: { endpointName: $name, desiredWeightsAndCapacities: [{ variantName: $variant, desiredWeight: 0.5 }] }) { endpoint { name endpointStatus } } }`,
      { name: live.EndpointName, variant },
    );
    expect(shifted).toEqual({
      updateEndpointWeightsAndCapacities: {
        endpoint: { name: live.EndpointName, endpointStatus: 'Updating' },
      },
    });
  });

  it('answers NOT_FOUND for a variant model that does not exist, with no write', async () => {
    const answer = await gateway.post(
      `mutation { createEndpointConfig(input: { endpointConfigName: "ghost-config", productionVariants: [{ variantName: "a", modelName: "ghost-model", instanceType: "ml.m5.large", initialInstanceCount: 1 }] }) { endpointConfig { name } } }`,
    );
    expect(answer.errors?.[0]?.extensions).toMatchObject({
      code: 'NOT_FOUND',
      path: 'input.productionVariants[0].modelName',
    });
    expect(answer.errors?.[0]?.message).toContain('"ghost-model"');
    expect(writes()).toEqual([]);
  });

  it('updateEndpoint switches an endpoint to another config: Updating, the new config pending', async () => {
    const store = emulator().store;
    const live = store.all('Endpoint').find((endpoint) => endpoint.EndpointStatus === 'InService');
    const other = store
      .all('EndpointConfig')
      .find((config) => config.EndpointConfigName !== live?.EndpointConfigName);
    if (live === undefined || other === undefined) throw new Error('no endpoint to switch');
    emulator().resetCalls();
    const switched = await ok(
      `mutation($name: String!, $config: String!) { updateEndpoint(input: { endpointName: $name, endpointConfigName: $config }) {
        endpoint { name endpointStatus endpointConfigName pendingDeploymentSummary { endpointConfigName } } } }`,
      { name: live.EndpointName, config: other.EndpointConfigName },
    );
    expect(switched).toEqual({
      updateEndpoint: {
        endpoint: {
          name: live.EndpointName,
          endpointStatus: 'Updating',
          // The old config serves until the update lands.
          endpointConfigName: live.EndpointConfigName,
          pendingDeploymentSummary: { endpointConfigName: other.EndpointConfigName },
        },
      },
    });
    expect(writes()).toEqual(['UpdateEndpoint']);
    // A second switch while Updating is SageMaker's ValidationException: BAD_USER_INPUT.
    const again = await gateway.post(
      `mutation($name: String!, $config: String!) { updateEndpoint(input: { endpointName: $name, endpointConfigName: $config }) { endpoint { name } } }`,
      { name: live.EndpointName, config: other.EndpointConfigName },
    );
    expect(again.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(again.errors?.[0]?.message).toContain('Cannot update in-progress endpoint');
  });
});

describe('model registry', () => {
  it('creates a group and a version, then approves it', async () => {
    const group = await ok(
      `mutation { createModelPackageGroup(input: { modelPackageGroupName: "fraud-models", modelPackageGroupDescription: "Fraud scorers" }) { modelPackageGroup { name modelPackageGroupDescription } } }`,
    );
    expect(group).toEqual({
      createModelPackageGroup: {
        modelPackageGroup: { name: 'fraud-models', modelPackageGroupDescription: 'Fraud scorers' },
      },
    });
    const created = await ok(
      `mutation($input: CreateModelPackageInput!) { createModelPackage(input: $input) { modelPackage { arn version modelApprovalStatus group { name } customerMetadataProperties { key value } } } }`,
      {
        input: {
          modelPackageGroupName: 'fraud-models',
          modelApprovalStatus: 'PendingManualApproval',
          inferenceSpecification: {
            containers: [{ image: IMAGE, modelDataUrl: 's3://bucket/fraud/model.tar.gz' }],
            supportedContentTypes: ['text/csv'],
            supportedResponseMIMETypes: ['text/csv'],
          },
          modelMetrics: {
            modelQuality: {
              statistics: {
                contentType: 'application/json',
                s3Uri: 's3://bucket/fraud/stats.json',
              },
            },
          },
          customerMetadataProperties: [{ key: 'owner', value: 'ana' }],
        },
      },
    );
    const pkg = (created as { createModelPackage: { modelPackage: { arn: string } } })
      .createModelPackage.modelPackage;
    expect(pkg).toMatchObject({
      version: 1,
      modelApprovalStatus: 'PendingManualApproval',
      group: { name: 'fraud-models' },
      customerMetadataProperties: [{ key: 'owner', value: 'ana' }],
    });
    const approved = await ok(
      `mutation($arn: String!) { updateModelPackage(input: { modelPackageArn: $arn, modelApprovalStatus: "Approved", approvalDescription: "AUC 0.93" }) { modelPackage { modelApprovalStatus approvalDescription } } }`,
      { arn: pkg.arn },
    );
    expect(approved).toEqual({
      updateModelPackage: {
        modelPackage: { modelApprovalStatus: 'Approved', approvalDescription: 'AUC 0.93' },
      },
    });
  });

  it('answers NOT_FOUND for a group that does not exist, with no write', async () => {
    const answer = await gateway.post(
      `mutation { createModelPackage(input: { modelPackageGroupName: "ghost-group" }) { modelPackage { arn } } }`,
    );
    expect(answer.errors?.[0]?.extensions).toMatchObject({
      code: 'NOT_FOUND',
      path: 'input.modelPackageGroupName',
    });
    expect(writes()).toEqual([]);
  });
});

describe('algorithms and tags', () => {
  it('creates an algorithm, tags it and untags it', async () => {
    const created = await ok(
      `mutation($input: CreateAlgorithmInput!) { createAlgorithm(input: $input) { algorithm { arn name algorithmStatus } } }`,
      {
        input: {
          algorithmName: 'my-xgboost',
          trainingSpecification: {
            trainingImage: IMAGE,
            supportedTrainingInstanceTypes: ['ml.m5.xlarge'],
            trainingChannels: [
              { name: 'train', supportedContentTypes: ['text/csv'], supportedInputModes: ['File'] },
            ],
          },
        },
      },
    );
    const { arn } = (created as { createAlgorithm: { algorithm: { arn: string } } }).createAlgorithm
      .algorithm;
    const tagged = await ok(
      `mutation($arn: String!) { addTags(input: { resourceArn: $arn, tags: [{ key: "stage", value: "beta" }] }) { resourceArn tags { key value } } }`,
      { arn },
    );
    expect(tagged).toEqual({
      addTags: { resourceArn: arn, tags: [{ key: 'stage', value: 'beta' }] },
    });
    const untagged = await ok(
      `mutation($arn: String!) { deleteTags(input: { resourceArn: $arn, tagKeys: ["stage"] }) { tags { key } } }`,
      { arn },
    );
    expect(untagged).toEqual({ deleteTags: { tags: [] } });
  });

  it('refuses the tenant tag key in addTags and deleteTags, with no upstream call', async () => {
    const arn = 'arn:aws:sagemaker:us-east-1:123456789012:algorithm/my-xgboost';
    for (const query of [
      `mutation { addTags(input: { resourceArn: "${arn}", tags: [{ key: "team", value: "x" }] }) { resourceArn } }`,
      `mutation { deleteTags(input: { resourceArn: "${arn}", tagKeys: ["team"] }) { resourceArn } }`,
    ]) {
      const answer = await gateway.post(query);
      expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(answer.errors?.[0]?.message).toContain('is the tenant tag (TENANT_TAG_KEY)');
    }
    expect(emulator().calls()).toEqual({});
  });
});

describe('retries', () => {
  it('sends a failing create once: an attempt that met a 5xx may have been accepted', async () => {
    emulator().knobs.faultRate = 1;
    try {
      const answer = await gateway.post(
        `mutation { createModelPackageGroup(input: { modelPackageGroupName: "once-only" }) { modelPackageGroup { name } } }`,
      );
      expect(answer.errors?.[0]?.extensions?.code).toBe('UPSTREAM_UNAVAILABLE');
      expect(emulator().calls().CreateModelPackageGroup).toBe(1);
    } finally {
      emulator().knobs.faultRate = 0;
    }
  });

  it('retries a throttled create: it was refused before SageMaker accepted it', async () => {
    emulator().knobs.throttleRate = 1;
    try {
      const answer = await gateway.post(
        `mutation { createModelPackageGroup(input: { modelPackageGroupName: "throttled" }) { modelPackageGroup { name } } }`,
      );
      expect(answer.errors?.[0]?.extensions?.code).toBe('UPSTREAM_THROTTLED');
      expect(emulator().calls().CreateModelPackageGroup).toBe(gateway.config.sagemaker.maxAttempts);
    } finally {
      emulator().knobs.throttleRate = 0;
    }
  });
});
