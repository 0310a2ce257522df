import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../../src/emulator/server.js';
import { startEmpty } from './helpers.js';

// The SDK only sends well-typed JSON; boto3, the CLI and hand-written clients may not.
describe('Search requests of the wrong JSON shape', () => {
  let emulator: Emulator;

  beforeAll(async () => {
    emulator = await startEmpty();
  });
  afterAll(() => emulator.close());

  const search = async (body: unknown) => {
    const response = await fetch(emulator.endpoint, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-amz-json-1.1',
        'x-amz-target': 'SageMaker.Search',
      },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };

  it.each([
    [
      { Resource: 'TrainingJob', SearchExpression: { Filters: 'x' } },
      `Expected a list at 'searchExpression.filters', but got string "x".`,
    ],
    [
      { Resource: 'TrainingJob', SearchExpression: { Filters: [null] } },
      `Expected a structure at 'searchExpression.filters.1.member', but got null null.`,
    ],
    [
      {
        Resource: 'TrainingJob',
        SearchExpression: { Filters: [{ Name: 'TrainingJobName', Value: 5 }] },
      },
      `Expected a string at 'searchExpression.filters.1.member.value', but got number 5.`,
    ],
    [
      {
        Resource: 'TrainingJob',
        SearchExpression: { SubExpressions: [{ Filters: [{ Name: 7 }] }] },
      },
      `Expected a string at 'searchExpression.subExpressions.1.member.filters.1.member.name', but got number 7.`,
    ],
    [
      { Resource: 'TrainingJob', MaxResults: '5' },
      `Expected an integer at 'maxResults', but got string "5".`,
    ],
    [{ Resource: 'TrainingJob', SortBy: 5 }, `Expected a string at 'sortBy', but got number 5.`],
    [
      { Resource: ['TrainingJob'] },
      `Expected a string at 'resource', but got list ["TrainingJob"].`,
    ],
  ])('rejects %j as a SerializationException naming the member', async (request, message) => {
    const { status, body } = await search(request);
    expect(status).toBe(400);
    expect(body).toEqual({ __type: 'SerializationException', message });
  });

  it('still answers a well-formed Search afterwards', async () => {
    const { status, body } = await search({ Resource: 'TrainingJob' });
    expect(status).toBe(200);
    expect(body.TotalHits).toEqual({ Value: 0, Relation: 'EqualTo' });
  });
});

describe('requests without an operation', () => {
  it('names the missing X-Amz-Target header', async () => {
    const emulator = await startEmpty();
    try {
      const response = await fetch(emulator.endpoint, { method: 'POST', body: '{}' });
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({
        __type: 'UnknownOperationException',
        message:
          'Missing X-Amz-Target header: expected SageMaker.<Operation>, e.g. SageMaker.Search.',
      });
    } finally {
      await emulator.close();
    }
  });
});
