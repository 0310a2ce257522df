import {
  AddTagsCommand,
  BatchDescribeModelPackageCommand,
  CreateAlgorithmCommand,
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
  DeleteTagsCommand,
  DescribeAlgorithmCommand,
  DescribeEndpointCommand,
  DescribeModelPackageCommand,
  DescribeTrainingJobCommand,
  ListModelPackagesCommand,
  ListTagsCommand,
  type SageMakerClient,
  UpdateModelPackageCommand,
} from '@aws-sdk/client-sagemaker';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../../src/emulator/server.js';
import { clientFor, failure, IMAGE, ROLE, startEmpty, trainingJobInput } from './helpers.js';

const ARN = 'arn:aws:sagemaker:us-east-1:123456789012';

describe('create, update and delete calls', () => {
  let emulator: Emulator;
  let client: SageMakerClient;

  beforeAll(async () => {
    emulator = await startEmpty();
    client = clientFor(emulator);
  });
  afterAll(() => emulator.close());

  it('creates a training job with a lower-cased ARN and rejects a duplicate with ResourceInUse', async () => {
    const created = await client.send(new CreateTrainingJobCommand(trainingJobInput('My-Job-1')));
    expect(created.TrainingJobArn).toBe(`${ARN}:training-job/my-job-1`);
    const job = await client.send(new DescribeTrainingJobCommand({ TrainingJobName: 'My-Job-1' }));
    expect(job.TrainingJobStatus).toBe('InProgress');
    expect(job.SecondaryStatus).toBe('Starting');
    expect(job.HyperParameters).toEqual({ eta: '0.1', max_depth: '6' });
    expect(job.CreationTime).toBeInstanceOf(Date);
    const duplicate = await failure(
      client.send(new CreateTrainingJobCommand(trainingJobInput('My-Job-1'))),
    );
    expect(duplicate.name).toBe('ResourceInUse');
    expect(duplicate.message).toContain('a training job with this name already exists');
  });

  it('validates names and required members like AWS', async () => {
    const badName = await failure(
      client.send(new CreateTrainingJobCommand(trainingJobInput('bad_name!'))),
    );
    expect(badName.name).toBe('ValidationException');
    expect(badName.message).toContain(
      "Value 'bad_name!' at 'trainingJobName' failed to satisfy constraint",
    );
    const { OutputDataConfig: _omit, ...missing } = trainingJobInput('no-output');
    // biome-ignore lint/suspicious/noExplicitAny: a required member left out on purpose
    const noOutput = await failure(client.send(new CreateTrainingJobCommand(missing as any)));
    expect(noOutput.message).toBe(
      "1 validation error detected: Value null at 'outputDataConfig' failed to satisfy constraint: Member must not be null",
    );
  });

  it('runs the model → endpoint config → endpoint chain and deletes it again', async () => {
    await client.send(
      new CreateModelCommand({
        ModelName: 'm1',
        PrimaryContainer: { Image: IMAGE, ModelDataUrl: 's3://bucket/model.tar.gz' },
        ExecutionRoleArn: ROLE,
      }),
    );
    const duplicateModel = await failure(
      client.send(
        new CreateModelCommand({
          ModelName: 'm1',
          PrimaryContainer: { Image: IMAGE },
          ExecutionRoleArn: ROLE,
        }),
      ),
    );
    expect(duplicateModel.message).toBe(`Cannot create already existing model "${ARN}:model/m1".`);
    const missingModel = await failure(
      client.send(
        new CreateEndpointConfigCommand({
          EndpointConfigName: 'c0',
          ProductionVariants: [
            {
              VariantName: 'a',
              ModelName: 'ghost',
              InstanceType: 'ml.m5.large',
              InitialInstanceCount: 1,
            },
          ],
        }),
      ),
    );
    expect(missingModel.message).toBe(`Could not find model "${ARN}:model/ghost".`);
    await client.send(
      new CreateEndpointConfigCommand({
        EndpointConfigName: 'c1',
        ProductionVariants: [
          {
            VariantName: 'a',
            ModelName: 'm1',
            InstanceType: 'ml.g5.2xlarge',
            InitialInstanceCount: 2,
          },
        ],
      }),
    );
    const created = await client.send(
      new CreateEndpointCommand({ EndpointName: 'e1', EndpointConfigName: 'c1' }),
    );
    expect(created.EndpointArn).toBe(`${ARN}:endpoint/e1`);
    const endpoint = await client.send(new DescribeEndpointCommand({ EndpointName: 'e1' }));
    expect(endpoint.EndpointStatus).toBe('Creating');
    expect(endpoint.ProductionVariants?.[0]?.DesiredInstanceCount).toBe(2);
    expect(endpoint.ProductionVariants?.[0]?.DeployedImages?.[0]?.SpecifiedImage).toBe(IMAGE);
    const duplicate = await failure(
      client.send(new CreateEndpointCommand({ EndpointName: 'e1', EndpointConfigName: 'c1' })),
    );
    expect(duplicate.message).toBe(`Cannot create already existing endpoint "${ARN}:endpoint/e1".`);
    await client.send(new DeleteEndpointCommand({ EndpointName: 'e1' }));
    await client.send(new DeleteEndpointConfigCommand({ EndpointConfigName: 'c1' }));
    await client.send(new DeleteModelCommand({ ModelName: 'm1' }));
    const gone = await failure(client.send(new DescribeEndpointCommand({ EndpointName: 'e1' })));
    expect(gone.message).toBe(`Could not find endpoint "${ARN}:endpoint/e1".`);
    const deleteAgain = await failure(client.send(new DeleteModelCommand({ ModelName: 'm1' })));
    expect(deleteAgain.message).toBe(`Could not find model "${ARN}:model/m1".`);
  });

  it('versions model packages within a group and updates without wiping omitted fields', async () => {
    await client.send(
      new CreateModelPackageGroupCommand({
        ModelPackageGroupName: 'churn',
        ModelPackageGroupDescription: 'Churn models',
        Tags: [{ Key: 'team', Value: 'growth' }],
      }),
    );
    const duplicateGroup = await failure(
      client.send(new CreateModelPackageGroupCommand({ ModelPackageGroupName: 'churn' })),
    );
    expect(duplicateGroup.name).toBe('ResourceInUse');
    const arns: string[] = [];
    for (let i = 0; i < 3; i++) {
      const created = await client.send(
        new CreateModelPackageCommand({
          ModelPackageGroupName: 'churn',
          InferenceSpecification: {
            Containers: [{ Image: IMAGE, ModelDataUrl: `s3://bucket/m${i}.tar.gz` }],
            SupportedContentTypes: ['text/csv'],
            SupportedResponseMIMETypes: ['text/csv'],
          },
          CustomerMetadataProperties: { owner: 'ana' },
        }),
      );
      arns.push(created.ModelPackageArn ?? '');
    }
    expect(arns).toEqual([1, 2, 3].map((v) => `${ARN}:model-package/churn/${v}`));
    await client.send(
      new UpdateModelPackageCommand({
        ModelPackageArn: arns[1],
        ModelApprovalStatus: 'Approved',
        ApprovalDescription: 'ok',
      }),
    );
    await client.send(
      new UpdateModelPackageCommand({ ModelPackageArn: arns[1], ModelApprovalStatus: 'Rejected' }),
    );
    const pkg = await client.send(new DescribeModelPackageCommand({ ModelPackageName: arns[1] }));
    expect(pkg.ModelApprovalStatus).toBe('Rejected');
    expect(pkg.ApprovalDescription).toBe('ok');
    expect(pkg.CustomerMetadataProperties).toEqual({ owner: 'ana' });
    expect(pkg.ModelPackageName).toBe('churn');
    expect(pkg.ModelPackageVersion).toBe(2);
    const pending = await client.send(
      new ListModelPackagesCommand({
        ModelPackageGroupName: 'churn',
        ModelApprovalStatus: 'PendingManualApproval',
      }),
    );
    expect(pending.ModelPackageSummaryList?.map((s) => s.ModelPackageVersion)).toEqual([1, 3]);
    const noGroup = await failure(
      client.send(new CreateModelPackageCommand({ ModelPackageGroupName: 'ghost' })),
    );
    expect(noGroup.message).toBe('ModelPackageGroup ghost does not exist.');

    const batch = await client.send(
      new BatchDescribeModelPackageCommand({
        ModelPackageArnList: [arns[0] ?? '', `${ARN}:model-package/churn/9`],
      }),
    );
    expect(Object.keys(batch.ModelPackageSummaries ?? {})).toEqual([arns[0]]);
    expect(batch.ModelPackageSummaries?.[arns[0] ?? '']?.CreationTime).toBeInstanceOf(Date);
    expect(batch.BatchDescribeModelPackageErrorMap?.[`${ARN}:model-package/churn/9`]).toEqual({
      ErrorCode: 'ValidationException',
      ErrorResponse: `ModelPackage ${ARN}:model-package/churn/9 does not exist.`,
    });
    const tooMany = await failure(
      client.send(
        new BatchDescribeModelPackageCommand({
          ModelPackageArnList: Array.from(
            { length: 101 },
            (_, i) => `${ARN}:model-package/churn/${i}`,
          ),
        }),
      ),
    );
    expect(tooMany.message).toContain('Member must have length less than or equal to 100');
  });

  it('creates an algorithm and a job that uses it', async () => {
    await client.send(
      new CreateAlgorithmCommand({
        AlgorithmName: 'my-algo',
        TrainingSpecification: {
          TrainingImage: IMAGE,
          SupportedTrainingInstanceTypes: ['ml.m5.xlarge'],
          TrainingChannels: [
            { Name: 'train', SupportedContentTypes: ['text/csv'], SupportedInputModes: ['File'] },
          ],
          MetricDefinitions: [{ Name: 'validation:rmse', Regex: 'rmse=(.*)' }],
        },
      }),
    );
    const algorithm = await client.send(new DescribeAlgorithmCommand({ AlgorithmName: 'my-algo' }));
    expect(algorithm.AlgorithmStatus).toBe('Completed');
    const input = trainingJobInput('algo-job');
    await client.send(
      new CreateTrainingJobCommand({
        ...input,
        AlgorithmSpecification: { AlgorithmName: 'my-algo', TrainingInputMode: 'File' },
      }),
    );
    const missing = await failure(
      client.send(
        new CreateTrainingJobCommand({
          ...trainingJobInput('algo-job-2'),
          AlgorithmSpecification: { AlgorithmName: 'ghost', TrainingInputMode: 'File' },
        }),
      ),
    );
    expect(missing.message).toBe('Algorithm ghost does not exist.');
  });

  it('rejects a tuning job with a duplicate name', async () => {
    const input = {
      HyperParameterTuningJobName: 'hpo-dup',
      HyperParameterTuningJobConfig: {
        Strategy: 'Bayesian' as const,
        ResourceLimits: { MaxNumberOfTrainingJobs: 2, MaxParallelTrainingJobs: 1 },
        HyperParameterTuningJobObjective: {
          Type: 'Maximize' as const,
          MetricName: 'validation:auc',
        },
      },
      TrainingJobDefinition: {
        AlgorithmSpecification: { TrainingImage: IMAGE, TrainingInputMode: 'File' as const },
        RoleArn: ROLE,
        OutputDataConfig: { S3OutputPath: 's3://bucket/out' },
        ResourceConfig: {
          InstanceType: 'ml.m5.xlarge' as const,
          InstanceCount: 1,
          VolumeSizeInGB: 10,
        },
        StoppingCondition: { MaxRuntimeInSeconds: 600 },
      },
    };
    await client.send(new CreateHyperParameterTuningJobCommand(input));
    const duplicate = await failure(client.send(new CreateHyperParameterTuningJobCommand(input)));
    expect(duplicate.name).toBe('ResourceInUse');
    expect(duplicate.message).toContain('hpo-dup already exists');
  });
});

describe('tags', () => {
  let emulator: Emulator;
  let client: SageMakerClient;

  beforeAll(async () => {
    emulator = await startEmpty();
    client = clientFor(emulator);
  });
  afterAll(() => emulator.close());

  it('adds, overwrites by key and deletes tags on any resource ARN', async () => {
    const { TrainingJobArn } = await client.send(
      new CreateTrainingJobCommand(trainingJobInput('tagged', [{ Key: 'team', Value: 'red' }])),
    );
    const arn = TrainingJobArn ?? '';
    await client.send(
      new AddTagsCommand({
        ResourceArn: arn,
        Tags: [
          { Key: 'env', Value: 'prod' },
          { Key: 'owner', Value: 'ana' },
        ],
      }),
    );
    await client.send(
      new AddTagsCommand({ ResourceArn: arn, Tags: [{ Key: 'env', Value: 'dev' }] }),
    );
    const listed = await client.send(new ListTagsCommand({ ResourceArn: arn }));
    expect(listed.Tags).toEqual([
      { Key: 'team', Value: 'red' },
      { Key: 'env', Value: 'dev' },
      { Key: 'owner', Value: 'ana' },
    ]);
    await client.send(new DeleteTagsCommand({ ResourceArn: arn, TagKeys: ['env', 'missing'] }));
    const after = await client.send(new ListTagsCommand({ ResourceArn: arn }));
    expect(after.Tags?.map((t) => t.Key)).toEqual(['team', 'owner']);

    await client.send(new CreateModelPackageGroupCommand({ ModelPackageGroupName: 'g' }));
    const { ModelPackageArn } = await client.send(
      new CreateModelPackageCommand({
        ModelPackageGroupName: 'g',
        Tags: [{ Key: 'stage', Value: 'candidate' }],
      }),
    );
    const pkgTags = await client.send(new ListTagsCommand({ ResourceArn: ModelPackageArn }));
    expect(pkgTags.Tags).toEqual([{ Key: 'stage', Value: 'candidate' }]);
  });

  it('answers an unknown ARN with an AWS-like error, not a crash', async () => {
    const unknown = await failure(
      client.send(new ListTagsCommand({ ResourceArn: `${ARN}:training-job/ghost` })),
    );
    expect(unknown.name).toBe('ValidationException');
    expect(unknown.message).toContain('does not exist');
    const malformed = await failure(
      client.send(new AddTagsCommand({ ResourceArn: 'nope', Tags: [] })),
    );
    expect(malformed.name).toBe('ValidationException');
    expect(malformed.message).toContain("at 'resourceArn'");
  });
});
