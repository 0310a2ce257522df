import { describe, expect, it } from 'vitest';
import {
  ApproveDocument,
  ChainDocument,
  ChallengerDocument,
  ConfigureDocument,
  CreateModelFromArtifactsDocument,
  DeployDocument,
  EndpointStatusDocument,
  type EndpointStatusQuery,
  RegisterDocument,
  ShiftDocument,
  SwitchDocument,
  TrainDocument,
  TrainingStatusDocument,
  type TrainingStatusQuery,
  type TypedDocumentString,
} from '../../../examples/gql/graphql.js';
import { loadConfig } from '../../../src/config.js';
import { useDemoGateway } from '../../support/gateway.js';

// Issue 13: the whole deploy workflow, as examples/deploy-workflow.graphql writes it (its typed
// documents) and with the variables README.md gives, against the demo backend with its clock
// sped up 1000× (a training job's five minutes take 0.3 s, an endpoint's creation 0.24 s).
// CACHE=off: the polls watch the emulator's clock move, which a cached answer would hide for
// CACHE_TTL_MS (a client polling through the cache sees each state at most that late).
const gateway = useDemoGateway({
  config: loadConfig({ LOG_LEVEL: 'silent', DEMO_TIME_SCALE: '1000', CACHE: 'off' }),
});

/** Runs a typed document; fails on any error. */
async function run<TResult, TVariables extends Record<string, unknown>>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
): Promise<TResult> {
  const answer = await gateway.post(String(document), variables);
  expect(answer.errors).toBeUndefined();
  return answer.data as TResult;
}

/** Runs `document` until `done` holds of its answer, at most 200 times 20 ms apart. */
async function until<TResult, TVariables extends Record<string, unknown>>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  done: (data: TResult) => boolean,
): Promise<TResult> {
  for (let attempt = 0; attempt < 200; attempt++) {
    const data = await run(document, variables);
    if (done(data)) return data;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('the state waited for never came');
}

// The README's variables for the workflow ("Changing things").
const ROLE = 'arn:aws:iam::123456789012:role/service-role/SageMakerRole';
const JOB = 'churn-xgb-2026-12-01';
const CHAMPION = 'churn-xgb-champion';
const ENDPOINT = 'churn-prod';
const KMS = 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab';

const inService = (data: EndpointStatusQuery, config: string) =>
  data.endpoint?.endpointStatus === 'InService' && data.endpoint.endpointConfigName === config;

describe('examples/deploy-workflow.graphql', () => {
  it('trains, registers, approves, deploys, switches blue/green, shifts weights, and links it all', async () => {
    // 1. Train, and watch it go through its statuses to Completed.
    const trained = await run(TrainDocument, {
      job: JOB,
      role: ROLE,
      data: 's3://acme-ml-churn/train/',
      output: 's3://acme-ml-churn/output/',
    });
    expect(trained.createTrainingJob.trainingJob).toMatchObject({
      name: JOB,
      trainingJobStatus: 'InProgress',
    });
    const seen = new Set<string | null | undefined>();
    const done = await until(TrainingStatusDocument, { job: JOB }, (data: TrainingStatusQuery) => {
      seen.add(data.trainingJob?.secondaryStatus);
      return data.trainingJob?.trainingJobStatus === 'Completed';
    });
    expect(seen.has('Completed')).toBe(true);
    const artifacts = done.trainingJob?.modelArtifacts?.s3ModelArtifacts ?? '';
    expect(artifacts).toMatch(/^s3:\/\/acme-ml-churn\/output\/churn-xgb-2026-12-01\//);

    // 2. A model from the artifacts.
    await run(CreateModelFromArtifactsDocument, { model: CHAMPION, role: ROLE, artifacts });

    // 3. A package in a new group, pending; 4. approved.
    const registered = await run(RegisterDocument, {
      group: 'churn-scorers',
      artifacts,
      metrics: 's3://acme-ml-churn/evaluation/metrics.json',
    });
    const pkg = registered.createModelPackage.modelPackage;
    expect(pkg).toMatchObject({ version: 1, modelApprovalStatus: 'PendingManualApproval' });
    const approved = await run(ApproveDocument, { package: pkg.arn ?? '' });
    expect(approved.updateModelPackage.modelPackage.modelApprovalStatus).toBe('Approved');

    // 5. A config with a KMS key and a g4dn variant; 6. the endpoint, until InService.
    const configured = await run(ConfigureDocument, {
      config: 'churn-blue',
      model: CHAMPION,
      kms: KMS,
    });
    expect(configured.createEndpointConfig.endpointConfig.kmsKeyId).toBe(KMS);
    const deployed = await run(DeployDocument, { endpoint: ENDPOINT, config: 'churn-blue' });
    expect(deployed.createEndpoint.endpoint.endpointStatus).toBe('Creating');
    await until(EndpointStatusDocument, { endpoint: ENDPOINT }, (data) =>
      inService(data, 'churn-blue'),
    );

    // 7. A challenger from the package, a blue/green switch to a config with both, then a shift.
    await run(ChallengerDocument, {
      model: 'churn-xgb-challenger',
      role: ROLE,
      package: pkg.arn ?? '',
      config: 'churn-green',
      champion: CHAMPION,
    });
    const switched = await run(SwitchDocument, { endpoint: ENDPOINT, config: 'churn-green' });
    expect(switched.updateEndpoint.endpoint.endpointStatus).toBe('Updating');
    const green = await until(EndpointStatusDocument, { endpoint: ENDPOINT }, (data) =>
      inService(data, 'churn-green'),
    );
    expect(green.endpoint?.productionVariants).toEqual([
      { variantName: 'champion', currentWeight: 0.9, desiredWeight: 0.9 },
      { variantName: 'challenger', currentWeight: 0.1, desiredWeight: 0.1 },
    ]);
    const shifted = await run(ShiftDocument, { endpoint: ENDPOINT });
    expect(shifted.updateEndpointWeightsAndCapacities.endpoint.endpointStatus).toBe('Updating');
    await until(EndpointStatusDocument, { endpoint: ENDPOINT }, (data) =>
      (data.endpoint?.productionVariants ?? []).every((variant) => variant.currentWeight === 0.5),
    );

    // 8. endpoint → model → package → training job.
    const chain = await run(ChainDocument, { endpoint: ENDPOINT });
    const variants = chain.endpoint?.productionVariants ?? [];
    const challenger = variants.find((variant) => variant.variantName === 'challenger');
    expect(challenger?.model?.containers[0]?.modelPackage).toMatchObject({
      version: 1,
      modelApprovalStatus: 'Approved',
      trainingJob: { name: JOB, trainingJobStatus: 'Completed' },
    });
    // The champion was built from raw artifacts: no package to link to.
    const champion = variants.find((variant) => variant.variantName === 'champion');
    expect(champion?.model).toMatchObject({ name: CHAMPION, containers: [{ modelPackage: null }] });
  });
});
