import { DescribeTrainingJobCommand, ListEndpointsCommand } from '@aws-sdk/client-sagemaker';
import { describe, expect, it } from 'vitest';
import { sdkClientFor, useEmulator } from '../support/emulator.js';

// The fuzzers' "no invalid upstream request" property reads the emulator's rejection count; this
// shows the count sees what the service model forbids, and nothing else.
const { emulator } = useEmulator({ emulator: { data: 'empty' } });

describe("the fuzzers' oracle", () => {
  it('counts requests the service model rejects, per operation, until resetCalls', async () => {
    const client = sdkClientFor(emulator());
    await client.send(new ListEndpointsCommand({}));
    await expect(
      client.send(new DescribeTrainingJobCommand({ TrainingJobName: 'x'.repeat(64) })),
    ).rejects.toThrow(/failed to satisfy constraint/);
    // well-formed but missing: a not-found answer, not a rejection
    await expect(
      client.send(new DescribeTrainingJobCommand({ TrainingJobName: 'missing' })),
    ).rejects.toThrow(/not found/i);
    expect(emulator().calls()).toEqual({ ListEndpoints: 1, DescribeTrainingJob: 2 });
    expect(emulator().rejections()).toEqual({ DescribeTrainingJob: 1 });
    const control = await fetch(`${emulator().endpoint}/_emulator/rejections`);
    expect(await control.json()).toEqual({ DescribeTrainingJob: 1 });
    emulator().resetCalls();
    expect(emulator().rejections()).toEqual({});
    client.destroy();
  });
});
