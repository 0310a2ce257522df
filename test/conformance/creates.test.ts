import {
  CreateEndpointCommand,
  CreateEndpointConfigCommand,
  CreateHyperParameterTuningJobCommand,
  CreateModelCommand,
  CreateModelPackageCommand,
  CreateModelPackageGroupCommand,
  CreateTrainingJobCommand,
  DeleteEndpointCommand,
  DeleteEndpointConfigCommand,
  DeleteModelCommand,
  DescribeEndpointCommand,
  DescribeEndpointConfigCommand,
  DescribeHyperParameterTuningJobCommand,
  DescribeModelCommand,
  DescribeModelPackageCommand,
  DescribeModelPackageGroupCommand,
  DescribeTrainingJobCommand,
  type SageMakerClient,
} from '@aws-sdk/client-sagemaker';
import { expect, it } from 'vitest';
import { endpointConfig, model, trainingJob, tuningJob, versionedPackage } from './fixtures.js';
import { describeConformance, NOT_FOUND } from './harness.js';
import { fakedByMoto } from './moto-fakes.js';

// The create calls the gateway's mutations send, compared where moto 5.2.1 answers them
// correctly. Not compared, because moto gets them wrong (measured): a duplicate name (moto
// silently overwrites models, endpoint configs, endpoints, training jobs and model package groups;
// only tuning jobs answer ResourceInUse, see tuning-jobs.test.ts) and an invalid name (moto
// accepts `bad_name!` for every resource). test/emulator/create-errors.test.ts covers both.

const ARN = 'arn:aws:sagemaker:us-east-1:123456789012';

/** Empty lists and structures: moto sends `Containers: []` and `VpcConfig: {}` for nothing set. */
const empty = (value: unknown): boolean =>
  value === undefined ||
  (Array.isArray(value) && value.length === 0) ||
  (typeof value === 'object' &&
    value !== null &&
    !(value instanceof Date) &&
    Object.keys(value).length === 0);

/** The members a response carries with a value, without the SDK's metadata. */
const members = (response: object): string[] =>
  Object.entries(response)
    .filter(([key, value]) => key !== '$metadata' && !empty(value))
    .map(([key]) => key)
    .sort();

const body = (response: object): Record<string, unknown> =>
  Object.fromEntries(Object.entries(response).filter(([key]) => key !== '$metadata'));

type Call = (client: SageMakerClient) => Promise<object>;

/** Each create, in dependency order, with the ARN SageMaker gives it and the Describe after it. */
const CREATES: Array<{ label: string; create: Call; arn: string; describe: Call }> = [
  {
    label: 'CreateModel',
    create: (c) => c.send(new CreateModelCommand(model('cm-a'))),
    arn: `${ARN}:model/cm-a`,
    describe: (c) => c.send(new DescribeModelCommand({ ModelName: 'cm-a' })),
  },
  {
    label: 'CreateModel (second)',
    create: (c) => c.send(new CreateModelCommand(model('cm-b'))),
    arn: `${ARN}:model/cm-b`,
    describe: (c) => c.send(new DescribeModelCommand({ ModelName: 'cm-b' })),
  },
  {
    label: 'CreateEndpointConfig',
    create: (c) => c.send(new CreateEndpointConfigCommand(endpointConfig('cc', ['cm-a', 'cm-b']))),
    arn: `${ARN}:endpoint-config/cc`,
    describe: (c) => c.send(new DescribeEndpointConfigCommand({ EndpointConfigName: 'cc' })),
  },
  {
    label: 'CreateEndpoint',
    create: (c) =>
      c.send(new CreateEndpointCommand({ EndpointName: 'ce', EndpointConfigName: 'cc' })),
    arn: `${ARN}:endpoint/ce`,
    describe: (c) => c.send(new DescribeEndpointCommand({ EndpointName: 'ce' })),
  },
  {
    label: 'CreateTrainingJob',
    create: (c) => c.send(new CreateTrainingJobCommand(trainingJob('ct'))),
    arn: `${ARN}:training-job/ct`,
    describe: (c) => c.send(new DescribeTrainingJobCommand({ TrainingJobName: 'ct' })),
  },
  {
    label: 'CreateHyperParameterTuningJob',
    create: (c) => c.send(new CreateHyperParameterTuningJobCommand(tuningJob('ch'))),
    arn: `${ARN}:hyper-parameter-tuning-job/ch`,
    describe: (c) =>
      c.send(new DescribeHyperParameterTuningJobCommand({ HyperParameterTuningJobName: 'ch' })),
  },
  {
    label: 'CreateModelPackageGroup',
    create: (c) => c.send(new CreateModelPackageGroupCommand({ ModelPackageGroupName: 'cg' })),
    arn: `${ARN}:model-package-group/cg`,
    describe: (c) => c.send(new DescribeModelPackageGroupCommand({ ModelPackageGroupName: 'cg' })),
  },
  {
    label: 'CreateModelPackage',
    create: (c) => c.send(new CreateModelPackageCommand(versionedPackage('cg', 'Approved', 1))),
    arn: `${ARN}:model-package/cg/1`,
    describe: (c) =>
      c.send(new DescribeModelPackageCommand({ ModelPackageName: `${ARN}:model-package/cg/1` })),
  },
];

/** Long enough for every resource the emulator creates to settle (jobs end, endpoints serve). */
const SETTLE_MS = 24 * 60 * 60 * 1000;

/** moto sends a FailureReason for a tuning job that did not fail; SageMaker does not. */
const MOTO_ONLY: Readonly<Record<string, readonly string[]>> = {
  CreateHyperParameterTuningJob: ['FailureReason'],
};

describeConformance('create calls: emulator agrees with moto', (backends) => {
  it('answers every create with the same members and SageMaker’s ARN', async () => {
    for (const { label, create, arn } of CREATES) {
      const created = await backends.both(create);
      expect(body(created.emulator), label).toEqual(body(created.moto));
      expect(Object.values(body(created.moto)), label).toEqual([arn]);
    }
  });

  it('describes each created resource with at least the members moto reports', async () => {
    for (const { create } of CREATES) await backends.both(create);
    // moto's resources are born settled; the emulator's reach the same members once they settle
    backends.advance(SETTLE_MS);
    const missing: Record<string, string[]> = {};
    for (const { label, describe } of CREATES) {
      const described = await backends.both(describe);
      const skipped = new Set(MOTO_ONLY[label] ?? []);
      const emulator = new Set(members(described.emulator));
      const absent = members(described.moto).filter(
        (m) => !skipped.has(m) && !fakedByMoto(m) && !emulator.has(m),
      );
      if (absent.length > 0) missing[label] = absent;
    }
    expect(missing).toEqual({});
  });

  it('deletes a model, an endpoint config and an endpoint, then reports them not found', async () => {
    for (const { create } of CREATES.slice(0, 4)) await backends.both(create);
    const deletes: Array<[string, Call, Call]> = [
      [
        'endpoint',
        (c) => c.send(new DeleteEndpointCommand({ EndpointName: 'ce' })),
        (c) => c.send(new DescribeEndpointCommand({ EndpointName: 'ce' })),
      ],
      [
        'endpoint config',
        (c) => c.send(new DeleteEndpointConfigCommand({ EndpointConfigName: 'cc' })),
        (c) => c.send(new DescribeEndpointConfigCommand({ EndpointConfigName: 'cc' })),
      ],
      [
        'model',
        (c) => c.send(new DeleteModelCommand({ ModelName: 'cm-a' })),
        (c) => c.send(new DescribeModelCommand({ ModelName: 'cm-a' })),
      ],
    ];
    for (const [label, remove, describe] of deletes) {
      const removed = await backends.both(remove);
      expect(body(removed.emulator), label).toEqual(body(removed.moto));
      for (const [step, call] of [
        ['describe', describe],
        ['second delete', remove],
      ] as const) {
        const errors = await backends.bothFail(call);
        expect(errors.emulator.name, `${label} ${step}`).toBe(errors.moto.name);
        expect(errors.moto.name, `${label} ${step}`).toBe('ValidationException');
        expect(errors.emulator.message, `${label} ${step}`).toMatch(NOT_FOUND);
      }
    }
  });
});
