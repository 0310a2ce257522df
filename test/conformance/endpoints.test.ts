import {
  CreateEndpointCommand,
  CreateEndpointConfigCommand,
  CreateModelCommand,
  DescribeEndpointCommand,
  DescribeEndpointConfigCommand,
  type DescribeEndpointOutput,
  DescribeModelCommand,
  type Filter,
  ListEndpointsCommand,
  type ListEndpointsInput,
  type SageMakerClient,
  SearchCommand,
  UpdateEndpointWeightsAndCapacitiesCommand,
} from '@aws-sdk/client-sagemaker';
import { describe, expect, it } from 'vitest';
import { endpointConfig, model, tags } from './fixtures.js';
import { byKey, describeConformance, NOT_FOUND } from './harness.js';
import { pick } from './moto-fakes.js';

const ARN = 'arn:aws:sagemaker:us-east-1:123456789012';
/** Long enough for any endpoint the emulator creates or updates to settle in InService. */
const SETTLE_MS = 60 * 60 * 1000;

/** The variant fields moto reports (the emulator may add DeployedImages and the like). */
const variants = (endpoint: DescribeEndpointOutput) =>
  (endpoint.ProductionVariants ?? []).map((v) =>
    pick(v, [
      'VariantName',
      'CurrentWeight',
      'DesiredWeight',
      'CurrentInstanceCount',
      'DesiredInstanceCount',
    ]),
  );

const listNames = async (
  client: SageMakerClient,
  request: ListEndpointsInput,
): Promise<Array<string | undefined>> => {
  const names: Array<string | undefined> = [];
  let token: string | undefined;
  for (let page = 0; page < 20; page++) {
    const res = await client.send(new ListEndpointsCommand({ ...request, NextToken: token }));
    names.push(...(res.Endpoints ?? []).map((e) => e.EndpointName));
    token = res.NextToken;
    if (token === undefined) break;
  }
  return names;
};

describeConformance(
  'models, endpoint configs and endpoints: emulator agrees with moto',
  (backends) => {
    /** Two models, one A/B config and the endpoints named, created on both backends. */
    const seed = async (endpoints: Array<[string, Record<string, string>]>) => {
      for (const name of ['churn-v1', 'churn-v2']) {
        await backends.both((c) => c.send(new CreateModelCommand(model(name))));
      }
      await backends.both((c) =>
        c.send(
          new CreateEndpointConfigCommand(endpointConfig('churn-ab', ['churn-v1', 'churn-v2'])),
        ),
      );
      for (const [name, tagMap] of endpoints) {
        await backends.both((c) =>
          c.send(
            new CreateEndpointCommand({
              EndpointName: name,
              EndpointConfigName: 'churn-ab',
              Tags: tags(tagMap),
            }),
          ),
        );
      }
      backends.advance(SETTLE_MS);
    };

    it('round-trips models, endpoint configs and endpoints', async () => {
      await seed([['churn-prod', { env: 'prod' }]]);

      const models = await backends.both((c) =>
        c.send(new DescribeModelCommand({ ModelName: 'churn-v1' })),
      );
      const modelFields = [
        'ModelName',
        'ModelArn',
        'ExecutionRoleArn',
        'PrimaryContainer',
      ] as const;
      expect(pick(models.emulator, [...modelFields])).toEqual(pick(models.moto, [...modelFields]));
      expect(models.moto.ModelArn).toBe(`${ARN}:model/churn-v1`);

      const configs = await backends.both((c) =>
        c.send(new DescribeEndpointConfigCommand({ EndpointConfigName: 'churn-ab' })),
      );
      const configFields = [
        'EndpointConfigName',
        'EndpointConfigArn',
        'ProductionVariants',
        'KmsKeyId',
      ] as const;
      expect(pick(configs.emulator, [...configFields])).toEqual(
        pick(configs.moto, [...configFields]),
      );
      expect(configs.moto.EndpointConfigArn).toBe(`${ARN}:endpoint-config/churn-ab`);

      const endpoints = await backends.both((c) =>
        c.send(new DescribeEndpointCommand({ EndpointName: 'churn-prod' })),
      );
      const endpointFields = ['EndpointName', 'EndpointArn', 'EndpointConfigName'] as const;
      expect(pick(endpoints.emulator, [...endpointFields])).toEqual(
        pick(endpoints.moto, [...endpointFields]),
      );
      expect(endpoints.emulator.EndpointStatus).toBe('InService');
      expect(variants(endpoints.emulator)).toEqual(variants(endpoints.moto));
      expect(variants(endpoints.moto)).toEqual([
        {
          VariantName: 'A',
          CurrentWeight: 0.7,
          DesiredWeight: 0.7,
          CurrentInstanceCount: 2,
          DesiredInstanceCount: 2,
        },
        {
          VariantName: 'B',
          CurrentWeight: 0.3,
          DesiredWeight: 0.3,
          CurrentInstanceCount: 1,
          DesiredInstanceCount: 1,
        },
      ]);
    });

    it('updates variant weights and capacities, and rejects an unknown variant', async () => {
      await seed([['churn-prod', {}]]);
      await backends.both((c) =>
        c.send(
          new UpdateEndpointWeightsAndCapacitiesCommand({
            EndpointName: 'churn-prod',
            DesiredWeightsAndCapacities: [
              { VariantName: 'A', DesiredWeight: 0.5, DesiredInstanceCount: 3 },
            ],
          }),
        ),
      );
      backends.advance(SETTLE_MS);
      const updated = await backends.both((c) =>
        c.send(new DescribeEndpointCommand({ EndpointName: 'churn-prod' })),
      );
      expect(variants(updated.emulator)).toEqual(variants(updated.moto));
      expect(variants(updated.moto)[0]).toMatchObject({
        DesiredWeight: 0.5,
        DesiredInstanceCount: 3,
      });

      const errors = await backends.bothFail((c) =>
        c.send(
          new UpdateEndpointWeightsAndCapacitiesCommand({
            EndpointName: 'churn-prod',
            DesiredWeightsAndCapacities: [{ VariantName: 'Z', DesiredWeight: 1 }],
          }),
        ),
      );
      expect(errors.emulator.name).toBe(errors.moto.name);
      expect(errors.moto.name).toBe('ValidationException');
      expect(errors.emulator.message).toContain('"Z"');
    });

    it('rejects missing references and missing resources with not-found ValidationExceptions', async () => {
      await seed([]);
      const calls: Array<[string, (c: SageMakerClient) => Promise<unknown>]> = [
        [
          'a config naming a missing model',
          (c) =>
            c.send(
              new CreateEndpointConfigCommand(
                endpointConfig('broken', ['churn-v1', 'no-such-model']),
              ),
            ),
        ],
        [
          'an endpoint naming a missing config',
          (c) =>
            c.send(new CreateEndpointCommand({ EndpointName: 'e', EndpointConfigName: 'nope' })),
        ],
        ['DescribeModel', (c) => c.send(new DescribeModelCommand({ ModelName: 'nope' }))],
        [
          'DescribeEndpointConfig',
          (c) => c.send(new DescribeEndpointConfigCommand({ EndpointConfigName: 'nope' })),
        ],
        ['DescribeEndpoint', (c) => c.send(new DescribeEndpointCommand({ EndpointName: 'nope' }))],
      ];
      for (const [label, call] of calls) {
        const errors = await backends.bothFail(call);
        expect(errors.emulator.name, label).toBe(errors.moto.name);
        expect(errors.moto.name, label).toBe('ValidationException');
        expect(errors.moto.message, label).toMatch(NOT_FOUND);
        expect(errors.emulator.message, label).toMatch(NOT_FOUND);
      }
    });

    it('lists endpoints with sorting, NameContains, status and paging', async () => {
      await seed([
        ['ep-b', {}],
        ['ep-1', {}],
        ['ep-a', {}],
      ]);
      const requests: ListEndpointsInput[] = [
        { SortBy: 'Name', SortOrder: 'Descending' },
        { SortBy: 'Name', SortOrder: 'Ascending' },
        { SortBy: 'Name', SortOrder: 'Ascending', NameContains: 'a' },
        { SortBy: 'Name', SortOrder: 'Descending', MaxResults: 2 },
        { SortBy: 'Name', SortOrder: 'Ascending', StatusEquals: 'InService' },
      ];
      for (const request of requests) {
        const names = await backends.both((c) => listNames(c, request));
        expect(names.emulator, JSON.stringify(request)).toEqual(names.moto);
      }
      const descending = await backends.both((c) =>
        listNames(c, { SortBy: 'Name', SortOrder: 'Descending' }),
      );
      expect(descending.moto).toEqual(['ep-b', 'ep-a', 'ep-1']);
    });

    describe('Search equality on Endpoint', () => {
      const cases: Array<[string, Filter, string[]]> = [
        ['EndpointName', { Name: 'EndpointName', Operator: 'Equals', Value: 'ep-dev' }, ['ep-dev']],
        [
          'EndpointStatus',
          { Name: 'EndpointStatus', Operator: 'Equals', Value: 'InService' },
          ['ep-dev', 'ep-prod'],
        ],
        [
          'EndpointConfigName',
          { Name: 'EndpointConfigName', Operator: 'Equals', Value: 'churn-ab' },
          ['ep-dev', 'ep-prod'],
        ],
        ['Tags.env', { Name: 'Tags.env', Operator: 'Equals', Value: 'prod' }, ['ep-prod']],
      ];
      it.each(cases)('%s Equals', async (_label, filter, expected) => {
        await seed([
          ['ep-dev', { env: 'dev', team: 'fraud' }],
          ['ep-prod', { env: 'prod', team: 'fraud' }],
        ]);
        const res = await backends.both((c) =>
          c.send(
            new SearchCommand({
              Resource: 'Endpoint',
              SearchExpression: { Filters: [filter] },
              MaxResults: 100,
            }),
          ),
        );
        // moto answers in insertion order, ignoring SortBy: compare sorted by name
        const records = (r: typeof res.moto) =>
          (r.Results ?? [])
            .map((x) => x.Endpoint)
            .map((e) => ({
              name: e?.EndpointName,
              arn: e?.EndpointArn,
              config: e?.EndpointConfigName,
              tags: byKey(e?.Tags),
            }))
            .sort((a, b) => (a.name ?? '').localeCompare(b.name ?? ''));
        expect(records(res.emulator)).toEqual(records(res.moto));
        expect(records(res.moto).map((r) => r.name)).toEqual(expected);
      });
    });
  },
);
