import {
  CreateEndpointCommand,
  CreateEndpointConfigCommand,
  CreateHyperParameterTuningJobCommand,
  CreateModelCommand,
  CreateModelPackageGroupCommand,
  CreateTrainingJobCommand,
  type SageMakerClient,
} from '@aws-sdk/client-sagemaker';
import { describe, expect, it } from 'vitest';
import { endpointConfig, model, trainingJob, tuningJob } from '../conformance/fixtures.js';
import { useEmulator } from '../support/emulator.js';
import { failure } from './helpers.js';

// What moto cannot be compared on (it overwrites duplicates and accepts any name): each create
// the gateway's mutations send, with a duplicate name and with a name SageMaker's pattern refuses.

type Create = (client: SageMakerClient, name: string) => Promise<unknown>;

const CREATES: Array<[string, Create, string, 'ResourceInUse' | 'ValidationException']> = [
  [
    'CreateModel',
    (c, name) => c.send(new CreateModelCommand(model(name))),
    'modelName',
    'ValidationException',
  ],
  [
    'CreateEndpointConfig',
    (c, name) => c.send(new CreateEndpointConfigCommand(endpointConfig(name, ['base', 'base']))),
    'endpointConfigName',
    'ValidationException',
  ],
  [
    'CreateEndpoint',
    (c, name) =>
      c.send(new CreateEndpointCommand({ EndpointName: name, EndpointConfigName: 'base' })),
    'endpointName',
    'ValidationException',
  ],
  [
    'CreateTrainingJob',
    (c, name) => c.send(new CreateTrainingJobCommand(trainingJob(name))),
    'trainingJobName',
    'ResourceInUse',
  ],
  [
    'CreateHyperParameterTuningJob',
    (c, name) => c.send(new CreateHyperParameterTuningJobCommand(tuningJob(name))),
    'hyperParameterTuningJobName',
    'ResourceInUse',
  ],
  [
    'CreateModelPackageGroup',
    (c, name) => c.send(new CreateModelPackageGroupCommand({ ModelPackageGroupName: name })),
    'modelPackageGroupName',
    'ResourceInUse',
  ],
];

describe('create calls refuse duplicate and invalid names', () => {
  const suite = useEmulator({ emulator: { data: 'empty' } });

  it.each(CREATES)('%s', async (operation, create, member, duplicate) => {
    const client = suite.client();
    const emulator = suite.emulator();
    // the dependencies every create needs: a model and a config named 'base'
    if (!emulator.store.get('Model', 'base'))
      await client.send(new CreateModelCommand(model('base')));
    if (!emulator.store.get('EndpointConfig', 'base')) {
      await client.send(new CreateEndpointConfigCommand(endpointConfig('base', ['base', 'base'])));
    }
    await create(client, 'dup-1');
    const again = await failure(create(client, 'dup-1'));
    expect(again.name).toBe(duplicate);
    expect(again.message).toMatch(/already exist/);

    emulator.resetCalls();
    const invalid = await failure(create(client, 'bad_name!'));
    expect(invalid.name).toBe('ValidationException');
    expect(invalid.message).toContain(`Value 'bad_name!' at '${member}'`);
    expect(emulator.rejections()).toEqual({ [operation]: 1 });
  });
});
