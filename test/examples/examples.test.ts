import { describe, expect, it } from 'vitest';
import {
  EndpointDeploymentDeferredDocument,
  type EndpointDeploymentDeferredQuery,
  EndpointDeploymentDocument,
  ModelRegistryDocument,
  TrainingJobSearchDocument,
  type TrainingJobSearchQueryVariables,
  TuningJobDashboardDocument,
  type TypedDocumentString,
} from '../../examples/gql/graphql.js';
import { DEMO } from '../../src/emulator/demo/demo-data.js';
import { merged, partsOf } from '../clients/multipart.js';
import { useDemoGateway } from '../support/gateway.js';

const gateway = useDemoGateway();

/** Runs a typed document through the gateway; the data is typed by the document. */
async function execute<TResult, TVariables extends Record<string, unknown>>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
): Promise<TResult> {
  const response = await gateway.post(String(document), variables);
  expect(response.errors).toBeUndefined();
  expect(response.data).toBeTruthy();
  return response.data as TResult;
}

const nonIncreasing = (values: readonly number[]): boolean =>
  values.every((value, index) => index === 0 || value <= (values[index - 1] ?? value));

describe('examples/tuning-job-dashboard.graphql', () => {
  it('shows the configuration, counters, best job and a leaderboard by the objective', async () => {
    const data = await execute(TuningJobDashboardDocument, {
      name: DEMO.tuningJobName,
      objective: 'validation:auc',
    });
    const tuningJob = data.hyperParameterTuningJob;
    expect(tuningJob?.name).toBe(DEMO.tuningJobName);
    const config = tuningJob?.hyperParameterTuningJobConfig;
    expect(config?.hyperParameterTuningJobObjective).toEqual({
      metricName: 'validation:auc',
      type: 'Maximize',
    });
    expect(config?.parameterRanges?.continuousParameterRanges.map((range) => range.name)).toContain(
      'eta',
    );

    const counters = tuningJob?.trainingJobStatusCounters;
    const started = counters
      ? counters.completed +
        counters.inProgress +
        counters.retryableError +
        counters.nonRetryableError +
        counters.stopped
      : 0;
    expect(started).toBeGreaterThan(0);

    const board = tuningJob?.trainingJobs;
    expect(board?.totalCount).toBe(started);
    const nodes = board?.nodes ?? [];
    expect(nodes.length).toBe(Math.min(started, 50));
    const scores = nodes.flatMap((node) => (node.objective === null ? [] : [node.objective]));
    expect(scores.length).toBeGreaterThan(0);
    expect(nonIncreasing(scores)).toBe(true);
    // Maximised objective: the best training job leads the leaderboard.
    expect(nodes[0]?.name).toBe(tuningJob?.bestTrainingJob?.name);
    expect(tuningJob?.bestTrainingJob?.objective).toBe(scores[0]);
    expect(nodes[0]?.hyperParameters.map((parameter) => parameter.key)).toContain('eta');
    expect(nodes[0]?.finalMetricDataList).toContainEqual({
      metricName: 'validation:auc',
      value: scores[0],
    });
  });
});

describe('examples/model-registry.graphql', () => {
  it("lists a team's groups with their packages, approval status and source training job", async () => {
    const data = await execute(ModelRegistryDocument, { team: 'fraud' });
    const groups = data.modelPackageGroups?.nodes ?? [];
    const names = groups.map((group) => group.name ?? '');
    expect(names).toContain(DEMO.modelPackageGroupName);
    expect(names).toEqual([...names].sort());
    for (const group of groups) {
      expect(group.tags).toContainEqual({ key: 'team', value: 'fraud' });
      const packages = group.modelPackages?.nodes ?? [];
      expect(packages.length).toBeGreaterThan(0);
      for (const pkg of packages) {
        expect(['Approved', 'Rejected', 'PendingManualApproval']).toContain(
          pkg.modelApprovalStatus,
        );
        expect(pkg.arn).toContain(`model-package/${group.name}/`);
        expect(pkg.trainingJob?.name).toBeTruthy();
      }
    }
  });
});

describe('examples/endpoint-deployment.graphql', () => {
  it('walks from the endpoint to the training job behind each variant', async () => {
    const data = await execute(EndpointDeploymentDocument, {
      name: DEMO.endpointName,
      metric: 'validation:auc',
    });
    expect(data.endpoint?.endpointConfig?.name).toBe(DEMO.endpointConfigName);
    const variants = data.endpoint?.productionVariants ?? [];
    expect(variants.map((variant) => variant.variantName)).toEqual(['champion', 'challenger']);
    const weights = variants.map((variant) => variant.currentWeight ?? 0);
    expect(weights.reduce((sum, weight) => sum + weight, 0)).toBeCloseTo(1);
    expect(variants.map((variant) => variant.model?.name)).toEqual([
      DEMO.championModelName,
      DEMO.challengerModelName,
    ]);
    const packages = variants.map((variant) => variant.model?.containers[0]?.modelPackage);
    for (const pkg of packages) {
      expect(pkg?.group?.name).toBe(DEMO.modelPackageGroupName);
      expect(pkg?.modelApprovalStatus).toBe('Approved');
      expect(pkg?.trainingJob?.score).toBeGreaterThan(0);
    }
    // The champion was trained by the flagship tuning job's best training job.
    const champion = packages[0]?.trainingJob;
    expect(champion?.tuningJob?.name).toBe(DEMO.tuningJobName);
    expect(champion?.tuningJob?.bestTrainingJob?.name).toBe(champion?.name);
  });

  it('links endpointConfig to the configuration the deprecated config names, at one Describe', async () => {
    gateway.emulator().resetCalls();
    const response = await gateway.post<{
      endpoint: { endpointConfig: { id: string } | null; config: { id: string } | null } | null;
    }>('query ($name: String!) { endpoint(name: $name) { endpointConfig { id } config { id } } }', {
      name: DEMO.endpointName,
    });
    expect(response.errors).toBeUndefined();
    const endpoint = response.data?.endpoint;
    expect(endpoint?.endpointConfig?.id).toMatch(
      new RegExp(`:endpoint-config/${DEMO.endpointConfigName}$`),
    );
    expect(endpoint?.config).toEqual(endpoint?.endpointConfig);
    expect(gateway.emulator().calls()).toEqual({ Search: 1, DescribeEndpointConfig: 1 });
  });

  it('costs one upstream call per link level', async () => {
    // Searches: endpoint, models, model packages, training jobs, tuning jobs (the groups' ids and
    // names follow from the packages', the best training jobs' from the tuning jobs' records).
    // Endpoint configs have no Search: one Describe, shared by endpointConfig and the variants.
    gateway.emulator().resetCalls();
    await execute(EndpointDeploymentDocument, {
      name: DEMO.endpointName,
      metric: 'validation:auc',
    });
    expect(gateway.emulator().calls()).toEqual({ Search: 5, DescribeEndpointConfig: 1 });
  });
});

describe('examples/endpoint-deployment-deferred.graphql', () => {
  const variables = { name: DEMO.endpointName, metric: 'validation:auc' };
  const send = async () => {
    const response = await gateway.app().fetch('http://gateway/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'multipart/mixed' },
      body: JSON.stringify({ query: String(EndpointDeploymentDeferredDocument), variables }),
    });
    return partsOf(response);
  };

  it('answers the endpoint and its variants first, then models, packages and jobs', async () => {
    const parts = await send();
    expect(parts.flatMap((part) => part.incremental ?? []).map((patch) => patch.label)).toEqual(
      expect.arrayContaining(['model', 'modelPackage', 'trainingJob']),
    );
    const data = merged(parts) as EndpointDeploymentDeferredQuery;
    const variants = data.endpoint?.productionVariants ?? [];
    expect(variants.map((variant) => variant.variantName)).toEqual(['champion', 'challenger']);
    const models = variants.map((variant) => ('model' in variant ? variant.model : undefined));
    expect(models.map((model) => model?.name)).toEqual([
      DEMO.championModelName,
      DEMO.challengerModelName,
    ]);
    const packages = models.map((model) => {
      const container = model?.containers[0];
      return container !== undefined && 'modelPackage' in container ? container.modelPackage : null;
    });
    const champion = packages[0];
    expect(champion?.modelApprovalStatus).toBe('Approved');
    const job =
      champion !== null && champion !== undefined && 'trainingJob' in champion
        ? champion.trainingJob
        : null;
    expect(job?.score).toBeGreaterThan(0);
    expect(job?.tuningJob?.bestTrainingJob?.name).toBe(job?.name);
  });

  it('costs the SageMaker calls of the same document without @defer', async () => {
    gateway.emulator().resetCalls();
    await send();
    const deferred = gateway.emulator().calls();
    // One call per link level (models by Search); the groups' ids follow from the packages'.
    expect(deferred).toEqual({ Search: 5, DescribeEndpointConfig: 1 });
    gateway.emulator().resetCalls();
    const inline = String(EndpointDeploymentDeferredDocument).replace(
      /\.\.\. @defer\([^)]*\) \{/g,
      '... {',
    );
    expect(inline).not.toContain('@defer');
    expect((await gateway.post(inline, variables)).errors).toBeUndefined();
    expect(gateway.emulator().calls()).toEqual(deferred);
  });
});

describe('examples/training-job-search.graphql', () => {
  it('pages through a filtered, ordered search without gaps or repeats', async () => {
    const variables: TrainingJobSearchQueryVariables = {
      filter: { tags: [{ key: 'team', eq: 'fraud' }], status: { eq: 'Completed' } },
      orderBy: { field: 'CREATION_TIME', direction: 'DESC' },
      first: 25,
    };
    const first = await execute(TrainingJobSearchDocument, variables);
    const firstPage = first.trainingJobs;
    expect(firstPage?.pageInfo.hasNextPage).toBe(true);
    expect(firstPage?.edges).toHaveLength(25);

    const second = await execute(TrainingJobSearchDocument, {
      ...variables,
      after: firstPage?.pageInfo.endCursor,
    });
    const secondPage = second.trainingJobs;
    expect(secondPage?.totalCount).toBe(firstPage?.totalCount);

    const nodes = [...(firstPage?.edges ?? []), ...(secondPage?.edges ?? [])].map(
      (edge) => edge.node,
    );
    expect(new Set(nodes.map((node) => node.name)).size).toBe(nodes.length);
    expect(nonIncreasing(nodes.map((node) => Date.parse(node.creationTime)))).toBe(true);
    for (const node of nodes) {
      expect(node.trainingJobStatus).toBe('Completed');
      expect(node.tags).toContainEqual({ key: 'team', value: 'fraud' });
    }
  });
});
