import { beforeEach, describe, expect, it } from 'vitest';
import { DEPLOYMENTS } from '../../bench/queries.js';
import { loadConfig } from '../../src/config.js';
import { useDemoGateway } from '../support/gateway.js';
import { codesOf, sleep, total } from './helpers.js';

// Every SageMaker call of a request carries its deadline: a slow SageMaker fails the fields that
// wait for it (UPSTREAM_TIMEOUT) instead of holding the request for 3 attempts × 10 s per level.
describe('the request deadline', () => {
  const { emulator, post } = useDemoGateway({
    config: loadConfig({ LOG_LEVEL: 'silent', REQUEST_DEADLINE_MS: '500' }),
  });
  beforeEach(() => {
    emulator().resetCalls();
    emulator().knobs.latencyMs = 0;
  });

  it('answers UPSTREAM_TIMEOUT soon after the deadline, with the rest of the data', async () => {
    emulator().knobs.latencyMs = 2_000;
    const started = performance.now();
    const response = await post(
      `query Deployments($first: Int!) { __typename ${DEPLOYMENTS.slice(DEPLOYMENTS.indexOf('endpoints('), DEPLOYMENTS.lastIndexOf('}'))} }`,
      { first: 5 },
    );
    const elapsed = performance.now() - started;
    expect(codesOf(response)).toEqual(['UPSTREAM_TIMEOUT']);
    expect(response.data).toEqual({ __typename: 'Query', endpoints: null });
    // the deadline is 500 ms and SageMaker takes 2 s a call: without it, several seconds
    expect(elapsed).toBeLessThan(1_500);
  });

  it('stops calling SageMaker once the deadline has passed', async () => {
    emulator().knobs.latencyMs = 2_000;
    await post(DEPLOYMENTS, { first: 5 });
    const atAnswer = emulator().calls();
    await sleep(2_500);
    // the first call was cut off at the deadline and nothing followed it
    expect(emulator().calls()).toEqual(atAnswer);
    expect(total(atAnswer)).toBe(1);
  });
});
