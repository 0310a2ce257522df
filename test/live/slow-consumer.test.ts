import { CreateTrainingJobCommand } from '@aws-sdk/client-sagemaker';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { trainingJobInput } from '../emulator/helpers.js';
import { useDemoGateway } from '../support/gateway.js';
import { sleep } from '../support/live.js';

describe('a consumer that does not read', () => {
  const gateway = useDemoGateway({
    config: loadConfig({
      LOG_LEVEL: 'silent',
      DEMO_TIME_SCALE: '100',
      SUBSCRIPTION_POLL_MS: '20',
      SUBSCRIPTION_QUEUE_SIZE: '1',
    }),
    emulator: { data: 'empty' },
  });

  it('gets the latest state, not every intermediate one, and still the end', async () => {
    await gateway.client().send(new CreateTrainingJobCommand(trainingJobInput('slow-reader')));
    // the SSE body is not read while the job runs its five phases: nothing pulls the stream
    const response = await gateway.app().fetch('http://gateway/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({
        query: 'subscription { trainingJobUpdated(name: "slow-reader") { secondaryStatus } }',
      }),
    });
    await sleep(4000);
    const text = await response.text();
    const phases = [...text.matchAll(/"secondaryStatus":"(\w+)"/g)].map((match) => match[1]);
    expect(phases.at(-1)).toBe('Completed');
    // five phases happened; a queue of one dropped the superseded ones
    expect(phases.length).toBeLessThan(5);
    expect(text).toContain('event: complete');
  });
});
