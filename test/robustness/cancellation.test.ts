import { beforeEach, describe, expect, it } from 'vitest';
import { DEPLOYMENTS } from '../../bench/queries.js';
import { useDemoGateway } from '../support/gateway.js';
import { postWithSignal, sleep, total } from './helpers.js';

// A client that gives up takes its SageMaker calls with it: the Request's signal aborts the
// request's calls, in flight or yet to come.
describe('a client that disconnects', () => {
  const { emulator, app } = useDemoGateway();
  beforeEach(() => {
    emulator().resetCalls();
    emulator().knobs.latencyMs = 300;
  });

  it('leaves no further calls reaching SageMaker', async () => {
    const answer = postWithSignal(app(), DEPLOYMENTS, { first: 10 }, AbortSignal.timeout(100));
    await expect(answer).rejects.toThrow();
    await sleep(300);
    const settled = emulator().calls();
    // without cancellation the next levels of the query keep going for another ~1.5 s
    await sleep(1_500);
    expect(emulator().calls()).toEqual(settled);
    expect(total(settled)).toBeLessThanOrEqual(1);
  });
});
