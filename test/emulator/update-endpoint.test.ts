import {
  CreateEndpointCommand,
  CreateEndpointConfigCommand,
  CreateModelCommand,
  DescribeEndpointCommand,
  type SageMakerClient,
  UpdateEndpointCommand,
  type UpdateEndpointInput,
  UpdateEndpointWeightsAndCapacitiesCommand,
} from '@aws-sdk/client-sagemaker';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIVE_TIMINGS } from '../../src/emulator/lifecycle/lifecycle.js';
import type { Emulator } from '../../src/emulator/server.js';
import { clientFor, createClock, failure, IMAGE, ROLE, startEmpty } from './helpers.js';

const ARN = 'arn:aws:sagemaker:us-east-1:123456789012';
const { endpointCreatingMs, endpointUpdatingMs } = LIVE_TIMINGS;

describe('UpdateEndpoint on an injected clock', () => {
  const clock = createClock();
  let emulator: Emulator;
  let client: SageMakerClient;

  const config = (name: string, variants: Array<[string, number, number]>) =>
    client.send(
      new CreateEndpointConfigCommand({
        EndpointConfigName: name,
        ProductionVariants: variants.map(([variant, weight, count]) => ({
          VariantName: variant,
          ModelName: 'um',
          InstanceType: 'ml.m5.large',
          InitialInstanceCount: count,
          InitialVariantWeight: weight,
        })),
      }),
    );
  const describeEndpoint = (name: string) =>
    client.send(new DescribeEndpointCommand({ EndpointName: name }));
  const update = (input: UpdateEndpointInput) => client.send(new UpdateEndpointCommand(input));
  /** An endpoint on `blue`, InService. */
  const liveEndpoint = async (name: string) => {
    await client.send(
      new CreateEndpointCommand({ EndpointName: name, EndpointConfigName: 'blue' }),
    );
    clock.advance(endpointCreatingMs);
  };

  beforeAll(async () => {
    emulator = await startEmpty({ now: clock.now });
    client = clientFor(emulator);
    await client.send(
      new CreateModelCommand({
        ModelName: 'um',
        PrimaryContainer: { Image: IMAGE },
        ExecutionRoleArn: ROLE,
      }),
    );
    await config('blue', [
      ['a', 1, 1],
      ['b', 1, 1],
    ]);
    await config('green', [
      ['a', 3, 2],
      ['c', 1, 4],
    ]);
  });
  afterAll(async () => {
    client.destroy();
    await emulator.close();
  });

  it('goes Creating, then InService with the config’s variants', async () => {
    const created = clock.now();
    await client.send(
      new CreateEndpointCommand({ EndpointName: 'ue-0', EndpointConfigName: 'blue' }),
    );
    const creating = await describeEndpoint('ue-0');
    expect(creating.EndpointStatus).toBe('Creating');
    expect(creating.ProductionVariants?.[0]).toMatchObject({ DesiredWeight: 1 });
    expect(creating.ProductionVariants?.[0]?.CurrentWeight).toBeUndefined();
    clock.advance(endpointCreatingMs - 1);
    expect((await describeEndpoint('ue-0')).EndpointStatus).toBe('Creating');
    clock.advance(1);
    const live = await describeEndpoint('ue-0');
    expect(live.EndpointStatus).toBe('InService');
    expect(live.LastModifiedTime?.getTime()).toBe(created + endpointCreatingMs);
    expect(live.ProductionVariants?.[0]).toMatchObject({
      CurrentWeight: 1,
      CurrentInstanceCount: 1,
    });
  });

  it('switches to another config: Updating on the old variants, then InService on the new', async () => {
    await liveEndpoint('ue-1');
    const before = await describeEndpoint('ue-1');
    const at = clock.now();
    const res = await update({ EndpointName: 'ue-1', EndpointConfigName: 'green' });
    expect(res.EndpointArn).toBe(`${ARN}:endpoint/ue-1`);

    const updating = await describeEndpoint('ue-1');
    expect(updating.EndpointStatus).toBe('Updating');
    expect(updating.EndpointConfigName).toBe('blue');
    expect(updating.ProductionVariants).toEqual(before.ProductionVariants);
    expect(updating.LastModifiedTime?.getTime()).toBe(at);
    expect(updating.PendingDeploymentSummary?.EndpointConfigName).toBe('green');
    expect(updating.PendingDeploymentSummary?.StartTime?.getTime()).toBe(at);
    expect(
      updating.PendingDeploymentSummary?.ProductionVariants?.map((v) => v.VariantName),
    ).toEqual(['a', 'c']);

    clock.advance(endpointUpdatingMs);
    const landed = await describeEndpoint('ue-1');
    expect(landed.EndpointStatus).toBe('InService');
    expect(landed.EndpointConfigName).toBe('green');
    expect(landed.PendingDeploymentSummary).toBeUndefined();
    expect(landed.LastModifiedTime?.getTime()).toBe(at + endpointUpdatingMs);
    expect(
      landed.ProductionVariants?.map((v) => [
        v.VariantName,
        v.CurrentWeight,
        v.DesiredWeight,
        v.CurrentInstanceCount,
        v.DesiredInstanceCount,
      ]),
    ).toEqual([
      ['a', 3, 3, 2, 2],
      ['c', 1, 1, 4, 4],
    ]);
  });

  it('retains variant properties and the deployment config when asked', async () => {
    await liveEndpoint('ue-2');
    await client.send(
      new UpdateEndpointWeightsAndCapacitiesCommand({
        EndpointName: 'ue-2',
        DesiredWeightsAndCapacities: [
          { VariantName: 'a', DesiredWeight: 5, DesiredInstanceCount: 7 },
        ],
      }),
    );
    clock.advance(endpointUpdatingMs);
    const deployment = {
      BlueGreenUpdatePolicy: {
        TrafficRoutingConfiguration: { Type: 'ALL_AT_ONCE' as const, WaitIntervalInSeconds: 60 },
      },
    };
    await update({
      EndpointName: 'ue-2',
      EndpointConfigName: 'green',
      RetainAllVariantProperties: true,
      ExcludeRetainedVariantProperties: [{ VariantPropertyType: 'DesiredInstanceCount' }],
      DeploymentConfig: deployment,
    });
    clock.advance(endpointUpdatingMs);
    const landed = await describeEndpoint('ue-2');
    // 'a' keeps its weight (5) but takes green's instance count (2); 'c' is new
    expect(
      landed.ProductionVariants?.map((v) => [
        v.VariantName,
        v.CurrentWeight,
        v.CurrentInstanceCount,
      ]),
    ).toEqual([
      ['a', 5, 2],
      ['c', 1, 4],
    ]);
    expect(landed.LastDeploymentConfig).toEqual(deployment);

    await update({
      EndpointName: 'ue-2',
      EndpointConfigName: 'blue',
      RetainDeploymentConfig: true,
    });
    clock.advance(endpointUpdatingMs);
    expect((await describeEndpoint('ue-2')).LastDeploymentConfig).toEqual(deployment);
    await update({ EndpointName: 'ue-2', EndpointConfigName: 'green' });
    clock.advance(endpointUpdatingMs);
    const reset = await describeEndpoint('ue-2');
    expect(reset.LastDeploymentConfig).toBeUndefined();
    expect(reset.ProductionVariants?.[0]).toMatchObject({ VariantName: 'a', CurrentWeight: 3 });
  });

  it('refuses an unknown endpoint and an unknown config with SageMaker’s messages', async () => {
    await liveEndpoint('ue-3');
    const noEndpoint = await failure(update({ EndpointName: 'nope', EndpointConfigName: 'green' }));
    expect(noEndpoint.name).toBe('ValidationException');
    expect(noEndpoint.message).toBe(`Could not find endpoint "${ARN}:endpoint/nope".`);
    const noConfig = await failure(update({ EndpointName: 'ue-3', EndpointConfigName: 'nope' }));
    expect(noConfig.name).toBe('ValidationException');
    expect(noConfig.message).toBe(
      `Could not find endpoint configuration "${ARN}:endpoint-config/nope".`,
    );
    expect((await describeEndpoint('ue-3')).EndpointStatus).toBe('InService');
  });

  it('refuses an endpoint that is Creating or Updating, by either update call', async () => {
    await client.send(
      new CreateEndpointCommand({ EndpointName: 'ue-4', EndpointConfigName: 'blue' }),
    );
    const message = `Cannot update in-progress endpoint "${ARN}:endpoint/ue-4".`;
    const creating = await failure(update({ EndpointName: 'ue-4', EndpointConfigName: 'green' }));
    expect([creating.name, creating.message]).toEqual(['ValidationException', message]);
    clock.advance(endpointCreatingMs);
    await update({ EndpointName: 'ue-4', EndpointConfigName: 'green' });
    const updating = await failure(update({ EndpointName: 'ue-4', EndpointConfigName: 'blue' }));
    expect([updating.name, updating.message]).toEqual(['ValidationException', message]);
    const weights = await failure(
      client.send(
        new UpdateEndpointWeightsAndCapacitiesCommand({
          EndpointName: 'ue-4',
          DesiredWeightsAndCapacities: [{ VariantName: 'a', DesiredWeight: 2 }],
        }),
      ),
    );
    expect([weights.name, weights.message]).toEqual(['ValidationException', message]);
    // the refused calls changed nothing: the first switch still lands on green
    clock.advance(endpointUpdatingMs);
    const landed = await describeEndpoint('ue-4');
    expect(landed.EndpointConfigName).toBe('green');
    expect(landed.ProductionVariants?.[0]?.CurrentWeight).toBe(3);
  });

  it('checks the request against the service model before the operation runs', async () => {
    emulator.resetCalls();
    const bad = await failure(update({ EndpointName: 'ue-1', EndpointConfigName: 'bad_name!' }));
    expect(bad.name).toBe('ValidationException');
    expect(bad.message).toContain("at 'endpointConfigName'");
    expect(emulator.rejections()).toEqual({ UpdateEndpoint: 1 });
  });
});
