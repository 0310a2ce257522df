import { beforeEach, describe, expect, it } from 'vitest';
import type { Kind } from '../../../src/emulator/kinds.js';
import { teamOf, useJwtGateway } from '../../support/tenants.js';

// Issue 13: mutations need sagemaker:write, tag what they create with the caller's tenant, and
// treat another tenant's resources, acted on or referred to, exactly as missing.
const { app, emulator, token, postWith } = await useJwtGateway();

type Who = 'reader' | 'fraud' | 'both';
const CLAIMS: Record<Who, Record<string, unknown>> = {
  reader: { scope: 'sagemaker:read', team: 'fraud' },
  fraud: { scope: 'sagemaker:read sagemaker:write', team: 'fraud' },
  both: { scope: 'sagemaker:read sagemaker:write', team: ['fraud', 'vision'] },
};

const post = (who: Who, query: string, variables?: Record<string, unknown>) =>
  postWith(CLAIMS[who], query, variables, who);

/** The name of a demo record of `kind` that belongs to team vision. */
function visionName(kind: Kind, nameMember: string): string {
  const record = emulator()
    .store.all(kind)
    .find((candidate) => teamOf(candidate) === 'vision');
  const name = (record as Record<string, unknown> | undefined)?.[nameMember];
  if (typeof name !== 'string') throw new Error(`the demo data has no ${kind} of team vision`);
  return name;
}

const writes = () =>
  Object.entries(emulator().calls())
    .filter(([operation, count]) => count > 0 && /^(Create|Update|Delete|Stop|Add)/.test(operation))
    .map(([operation]) => operation);

beforeEach(() => emulator().resetCalls());

const CREATE_GROUP = `mutation($name: String!, $tags: [TagInput!], $tenant: String) {
  createModelPackageGroup(input: { modelPackageGroupName: $name, tags: $tags }, tenant: $tenant) {
    modelPackageGroup { name tags { key value } }
  }
}`;

describe('scopes', () => {
  it('refuses a mutation to a token without sagemaker:write, with no call', async () => {
    const answer = await post('reader', CREATE_GROUP, { name: 'reader-group' });
    expect(answer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(answer.errors?.[0]?.message).toContain('sagemaker:write');
    expect(emulator().calls()).toEqual({});
  });

  it('lets a write token create, tagged with its tenant', async () => {
    const answer = await post('fraud', CREATE_GROUP, {
      name: 'fraud-group',
      tags: [{ key: 'stage', value: 'dev' }],
    });
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.createModelPackageGroup).toEqual({
      modelPackageGroup: {
        name: 'fraud-group',
        tags: [
          { key: 'stage', value: 'dev' },
          { key: 'team', value: 'fraud' },
        ],
      },
    });
    expect(teamOf(emulator().store.get('ModelPackageGroup', 'fraud-group') ?? {})).toBe('fraud');
  });

  it('never runs a mutation sent by GET', async () => {
    const bearer = await token(CLAIMS.fraud, 'fraud');
    const query = encodeURIComponent(
      'mutation { createModelPackageGroup(input: { modelPackageGroupName: "by-get" }) { modelPackageGroup { name } } }',
    );
    const response = await app().fetch(`http://gateway/graphql?query=${query}`, {
      headers: { authorization: `Bearer ${bearer}`, 'x-graphql-yoga-csrf': '1' },
    });
    expect(response.status).toBe(405);
    expect(writes()).toEqual([]);
  });
});

describe('the tenant tag', () => {
  it('refuses an input tag with the tenant key, with no call', async () => {
    const answer = await post('fraud', CREATE_GROUP, {
      name: 'sneaky',
      tags: [{ key: 'team', value: 'vision' }],
    });
    expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(answer.errors?.[0]?.message).toContain('input.tags[0].key');
    expect(emulator().calls()).toEqual({});
  });

  it('makes a token of several tenants name one of its own', async () => {
    const unnamed = await post('both', CREATE_GROUP, { name: 'unnamed' });
    expect(unnamed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const foreign = await post('both', CREATE_GROUP, { name: 'foreign', tenant: 'ads' });
    expect(foreign.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(emulator().calls()).toEqual({});
    const named = await post('both', CREATE_GROUP, { name: 'vision-group', tenant: 'vision' });
    expect(named.errors).toBeUndefined();
    expect(teamOf(emulator().store.get('ModelPackageGroup', 'vision-group') ?? {})).toBe('vision');
  });
});

describe("another tenant's resources", () => {
  it('are NOT_FOUND to act on, with no write', async () => {
    const job = visionName('TrainingJob', 'TrainingJobName');
    const endpoint = visionName('Endpoint', 'EndpointName');
    const model = visionName('Model', 'ModelName');
    const endpointArn = emulator().store.arn('Endpoint', endpoint);
    for (const query of [
      `mutation { stopTrainingJob(name: "${job}") { trainingJob { id } } }`,
      `mutation { deleteEndpoint(name: "${endpoint}") { endpointArn } }`,
      `mutation { deleteModel(name: "${model}") { modelArn } }`,
      `mutation { addTags(input: { resourceArn: "${endpointArn}", tags: [{ key: "x", value: "y" }] }) { resourceArn } }`,
    ]) {
      const answer = await post('fraud', query);
      expect([query, answer.errors?.[0]?.extensions?.code]).toEqual([query, 'NOT_FOUND']);
    }
    expect(writes()).toEqual([]);
  });

  it('are NOT_FOUND to refer to, at the input path, with no write', async () => {
    const model = visionName('Model', 'ModelName');
    const answer = await post(
      'fraud',
      `mutation($model: String!) { createEndpointConfig(input: { endpointConfigName: "borrowed", productionVariants: [{ variantName: "a", modelName: $model, instanceType: "ml.m5.large", initialInstanceCount: 1 }] }) { endpointConfig { name } } }`,
      { model },
    );
    expect(answer.errors?.[0]?.extensions).toMatchObject({
      code: 'NOT_FOUND',
      path: 'input.productionVariants[0].modelName',
    });
    expect(writes()).toEqual([]);
  });
});
