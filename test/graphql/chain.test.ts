import type { HyperParameterTuningJobSearchEntity, ModelPackage } from '@aws-sdk/client-sagemaker';
import { describe, expect, it } from 'vitest';
import { DEMO } from '../../src/emulator/demo/demo-data.js';
import { ChainDocument, type ChainQuery, type ChainQueryVariables } from '../gql/graphql.js';
import { type GraphQLResponse, useDemoGateway } from '../support/gateway.js';

const gateway = useDemoGateway();
const emulator = gateway.emulator;

const run = (): Promise<GraphQLResponse<ChainQuery>> => {
  const variables: ChainQueryVariables = { name: DEMO.endpointName };
  return gateway.post<ChainQuery>(String(ChainDocument), variables);
};

describe('endpoint → config → variant → model → container → model package → group and training job → tuning job', () => {
  it('resolves the flagship endpoint down to the tuning job’s best training job', async () => {
    const result = await run();
    expect(result.errors).toBeUndefined();
    const variants = result.data?.endpoint?.config?.productionVariants ?? [];
    expect(variants.map((variant) => variant.variantName)).toEqual(['champion', 'challenger']);

    const champion = variants[0]?.model;
    expect(champion?.name).toBe(DEMO.championModelName);
    const pkg = champion?.containers[0]?.modelPackage;
    const tuning = emulator().store.get(
      'HyperParameterTuningJob',
      DEMO.tuningJobName,
    ) as HyperParameterTuningJobSearchEntity;
    const best = tuning.BestTrainingJob?.TrainingJobName;
    expect(best).toBeDefined();
    const stored = emulator().store.get('ModelPackage', pkg?.arn ?? '') as ModelPackage;
    expect(stored.ModelPackageGroupName).toBe(DEMO.modelPackageGroupName);
    expect(pkg).toEqual({
      arn: stored.ModelPackageArn,
      group: { name: DEMO.modelPackageGroupName },
      trainingJob: {
        name: best,
        tuningJob: { name: DEMO.tuningJobName, bestTrainingJob: { name: best } },
      },
    });

    // The challenger is another version of the same group, trained by another job.
    const challenger = variants[1]?.model?.containers[0]?.modelPackage;
    expect(challenger?.group).toEqual({ name: DEMO.modelPackageGroupName });
    expect(challenger?.arn).not.toBe(pkg?.arn);
    expect(challenger?.trainingJob?.name).toBeDefined();
    expect(challenger?.trainingJob?.name).not.toBe(best);
  });

  it('costs one upstream call per link level', async () => {
    // Search for the endpoint, models (two, one batch), package, artifact's training job and
    // tuning job (the group's and best job's names are the package's and tuning job's own);
    // endpoint configs have no Search, so one Describe; no tags are selected, so no ListTags.
    emulator().resetCalls();
    const result = await run();
    expect(result.errors).toBeUndefined();
    expect(emulator().calls()).toEqual({ Search: 5, DescribeEndpointConfig: 1 });
  });
});
