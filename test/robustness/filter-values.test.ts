import { beforeEach, describe, expect, it } from 'vitest';
import { useDemoGateway } from '../support/gateway.js';

// Values and names SageMaker rejects (FilterValue and ResourcePropertyName are 1..1024 and 1..255
// characters matching `.+` on one line) are rejected by the gateway, before any call, with the
// rule and the value in the message.
const { post, emulator } = useDemoGateway();

const QUERY = `query Jobs($filter: TrainingJobFilter) {
  trainingJobs(filter: $filter, first: 5) { nodes { name } }
}`;

beforeEach(() => emulator().resetCalls());

describe('filter values and names through the gateway', () => {
  it.each([
    [
      'a tag value with a line break',
      { tags: [{ key: 'team', eq: 'fraud\nrisk' }] },
      'BAD_USER_INPUT',
    ],
    [
      'a metric name with a line break',
      { metrics: [{ name: 'val\r\nauc', gt: 0.5 }] },
      'BAD_USER_INPUT',
    ],
    [
      'a hyperparameter too long once sent as a decimal',
      { hyperParameters: [{ name: 'seed', eq: '7'.repeat(1023) }] },
      'FILTER_LIMIT_EXCEEDED',
    ],
    [
      'a hyperparameter of spaces',
      { hyperParameters: [{ name: 'seed', ne: '  ' }] },
      'BAD_USER_INPUT',
    ],
  ])('rejects %s before any call', async (_name, filter, code) => {
    const result = await post(QUERY, { filter });
    const error = result.errors?.[0];
    expect(error?.extensions?.code).toBe(code);
    expect(error?.message).toMatch(/^filter\.(tags|metrics|hyperParameters)\[0\]\./);
    expect(error?.message.length).toBeLessThan(400);
    expect(emulator().calls()).toEqual({});
  });
});
