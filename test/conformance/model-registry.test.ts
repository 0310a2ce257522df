import {
  CreateModelPackageCommand,
  CreateModelPackageGroupCommand,
  DescribeModelPackageCommand,
  DescribeModelPackageGroupCommand,
  type DescribeModelPackageOutput,
  type Filter,
  ListModelPackagesCommand,
  type ListModelPackagesInput,
  type SageMakerClient,
  SearchCommand,
} from '@aws-sdk/client-sagemaker';
import { describe, expect, it } from 'vitest';
import { tags, versionedPackage } from './fixtures.js';
import { byKey, describeConformance, NOT_FOUND } from './harness.js';
import { pick } from './moto-fakes.js';

const ARN = 'arn:aws:sagemaker:us-east-1:123456789012';

/** DescribeModelPackage fields both get right; ModelPackageName is dropped by moto (moto-fakes.ts). */
const packageFields = (p: DescribeModelPackageOutput) =>
  pick(p, [
    'ModelPackageArn',
    'ModelPackageGroupName',
    'ModelPackageVersion',
    'ModelPackageDescription',
    'ModelApprovalStatus',
    'InferenceSpecification',
    'CustomerMetadataProperties',
  ]);

const listSummaries = async (client: SageMakerClient, request: ListModelPackagesInput) => {
  const out: Array<{ arn?: string; version?: number; status?: string; group?: string }> = [];
  let token: string | undefined;
  for (let page = 0; page < 20; page++) {
    const res = await client.send(new ListModelPackagesCommand({ ...request, NextToken: token }));
    for (const s of res.ModelPackageSummaryList ?? []) {
      out.push({
        arn: s.ModelPackageArn,
        version: s.ModelPackageVersion,
        status: s.ModelApprovalStatus,
        group: s.ModelPackageGroupName,
      });
    }
    token = res.NextToken;
    if (token === undefined) break;
  }
  return out;
};

describeConformance('model registry: emulator agrees with moto', (backends) => {
  /** Groups `churn` (3 versions: Pending, Approved, Rejected) and `fraud-scoring` (1 version). */
  const seed = async () => {
    const groups: Array<[string, string, Record<string, string>]> = [
      ['churn', 'Customer churn models', { team: 'growth' }],
      ['fraud-scoring', 'Card fraud models', { team: 'red' }],
    ];
    for (const [name, description, tagMap] of groups) {
      await backends.both((c) =>
        c.send(
          new CreateModelPackageGroupCommand({
            ModelPackageGroupName: name,
            ModelPackageGroupDescription: description,
            Tags: tags(tagMap),
          }),
        ),
      );
    }
    const packages: Array<[string, 'Approved' | 'PendingManualApproval' | 'Rejected', number]> = [
      ['churn', 'PendingManualApproval', 1],
      ['churn', 'Approved', 2],
      ['fraud-scoring', 'Approved', 1],
      ['churn', 'Rejected', 3],
    ];
    const arns: BackendArns = { moto: [], emulator: [] };
    for (const [group, approval, n] of packages) {
      // distinct creation times, so CreationTime ordering has no ties on the emulator
      backends.advance(1000);
      const created = await backends.both((c) =>
        c.send(new CreateModelPackageCommand(versionedPackage(group, approval, n))),
      );
      arns.moto.push(created.moto.ModelPackageArn);
      arns.emulator.push(created.emulator.ModelPackageArn);
    }
    return arns;
  };
  type BackendArns = { moto: Array<string | undefined>; emulator: Array<string | undefined> };

  it('creates groups and numbers versions 1, 2, 3 with the same ARNs', async () => {
    const arns = await seed();
    expect(arns.emulator).toEqual(arns.moto);
    expect(arns.moto).toEqual([
      `${ARN}:model-package/churn/1`,
      `${ARN}:model-package/churn/2`,
      `${ARN}:model-package/fraud-scoring/1`,
      `${ARN}:model-package/churn/3`,
    ]);

    const group = await backends.both((c) =>
      c.send(new DescribeModelPackageGroupCommand({ ModelPackageGroupName: 'churn' })),
    );
    const groupFields = [
      'ModelPackageGroupName',
      'ModelPackageGroupArn',
      'ModelPackageGroupDescription',
    ] as const;
    expect(pick(group.emulator, [...groupFields])).toEqual(pick(group.moto, [...groupFields]));
    expect(group.moto.ModelPackageGroupArn).toBe(`${ARN}:model-package-group/churn`);

    for (const arn of arns.moto) {
      const described = await backends.both((c) =>
        c.send(new DescribeModelPackageCommand({ ModelPackageName: arn })),
      );
      expect(packageFields(described.emulator)).toEqual(packageFields(described.moto));
    }
  });

  it('rejects a package for a missing group and a missing package', async () => {
    await seed();
    const missingGroup = await backends.bothFail((c) =>
      c.send(new CreateModelPackageCommand(versionedPackage('no-such-group', 'Approved', 1))),
    );
    expect(missingGroup.emulator.name).toBe(missingGroup.moto.name);
    expect(missingGroup.moto.name).toBe('ValidationException');
    expect(missingGroup.emulator.message).toMatch(NOT_FOUND);

    const missingPackage = await backends.bothFail((c) =>
      c.send(
        new DescribeModelPackageCommand({ ModelPackageName: `${ARN}:model-package/churn/99` }),
      ),
    );
    expect(missingPackage.emulator.name).toBe(missingPackage.moto.name);
    expect(missingPackage.moto.name).toBe('ValidationException');
    expect(missingPackage.moto.message).toMatch(NOT_FOUND);
    expect(missingPackage.emulator.message).toMatch(NOT_FOUND);
  });

  it('lists model packages with filters, sorting and paging', async () => {
    await seed();
    const requests: ListModelPackagesInput[] = [
      // no arguments lists only unversioned packages (the AWS default): none here
      {},
      { ModelPackageGroupName: 'churn' },
      { ModelPackageGroupName: 'churn', ModelApprovalStatus: 'Approved' },
      { ModelPackageType: 'Versioned' },
      { ModelPackageType: 'Both', ModelApprovalStatus: 'Approved' },
      { ModelPackageGroupName: 'churn', SortBy: 'CreationTime', SortOrder: 'Descending' },
      { ModelPackageGroupName: 'churn', MaxResults: 2 },
      {
        ModelPackageType: 'Versioned',
        SortBy: 'CreationTime',
        SortOrder: 'Ascending',
        MaxResults: 1,
      },
    ];
    for (const request of requests) {
      const lists = await backends.both((c) => listSummaries(c, request));
      expect(lists.emulator, JSON.stringify(request)).toEqual(lists.moto);
    }
    const newestFirst = await backends.both((c) =>
      listSummaries(c, {
        ModelPackageGroupName: 'churn',
        SortBy: 'CreationTime',
        SortOrder: 'Descending',
      }),
    );
    expect(newestFirst.moto.map((s) => s.version)).toEqual([3, 2, 1]);
    const empty = await backends.both((c) => listSummaries(c, {}));
    expect(empty.moto).toEqual([]);
  });

  it('searches model packages by group and approval status (Equals, ANDed)', async () => {
    await seed();
    const filters: Filter[][] = [
      [{ Name: 'ModelPackageGroupName', Operator: 'Equals', Value: 'churn' }],
      [{ Name: 'ModelApprovalStatus', Operator: 'Equals', Value: 'Approved' }],
      [
        { Name: 'ModelPackageGroupName', Operator: 'Equals', Value: 'churn' },
        { Name: 'ModelApprovalStatus', Operator: 'Equals', Value: 'Approved' },
      ],
    ];
    for (const list of filters) {
      const res = await backends.both((c) =>
        c.send(
          new SearchCommand({
            Resource: 'ModelPackage',
            SearchExpression: { Filters: list },
            MaxResults: 100,
          }),
        ),
      );
      // moto's ModelPackage records carry neither Tags nor ModelPackageName: compare the rest
      const records = (r: typeof res.moto) =>
        (r.Results ?? [])
          .map((x) => x.ModelPackage)
          .map((p) => ({
            arn: p?.ModelPackageArn,
            group: p?.ModelPackageGroupName,
            version: p?.ModelPackageVersion,
            status: p?.ModelApprovalStatus,
          }))
          .sort((a, b) => (a.arn ?? '').localeCompare(b.arn ?? ''));
      expect(records(res.emulator), JSON.stringify(list)).toEqual(records(res.moto));
    }
    const both = await backends.both((c) =>
      c.send(
        new SearchCommand({
          Resource: 'ModelPackage',
          SearchExpression: { Filters: filters[2] },
        }),
      ),
    );
    expect(both.moto.Results?.map((r) => r.ModelPackage?.ModelPackageArn)).toEqual([
      `${ARN}:model-package/churn/2`,
    ]);
  });

  describe('Search on ModelPackageGroup', () => {
    const cases: Array<[string, Filter, string[]]> = [
      [
        'ModelPackageGroupName Contains',
        { Name: 'ModelPackageGroupName', Operator: 'Contains', Value: 'fra' },
        ['fraud-scoring'],
      ],
      [
        'Tags.team Equals',
        { Name: 'Tags.team', Operator: 'Equals', Value: 'red' },
        ['fraud-scoring'],
      ],
      [
        'ModelPackageGroupName Equals',
        { Name: 'ModelPackageGroupName', Operator: 'Equals', Value: 'churn' },
        ['churn'],
      ],
    ];
    it.each(cases)('%s', async (_label, filter, expected) => {
      await seed();
      const res = await backends.both((c) =>
        c.send(
          new SearchCommand({
            Resource: 'ModelPackageGroup',
            SearchExpression: { Filters: [filter] },
            MaxResults: 100,
          }),
        ),
      );
      const records = (r: typeof res.moto) =>
        (r.Results ?? [])
          .map((x) => x.ModelPackageGroup)
          .map((g) => ({
            name: g?.ModelPackageGroupName,
            arn: g?.ModelPackageGroupArn,
            description: g?.ModelPackageGroupDescription,
            tags: byKey(g?.Tags),
          }))
          .sort((a, b) => (a.name ?? '').localeCompare(b.name ?? ''));
      expect(records(res.emulator)).toEqual(records(res.moto));
      expect(records(res.moto).map((r) => r.name)).toEqual(expected);
    });
  });
});
