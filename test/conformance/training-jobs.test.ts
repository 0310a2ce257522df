import {
  AddTagsCommand,
  CreateTrainingJobCommand,
  DeleteTagsCommand,
  DescribeTrainingJobCommand,
  type DescribeTrainingJobResponse,
  type Filter,
  ListTagsCommand,
  type SageMakerClient,
  SearchCommand,
  type Tag,
} from '@aws-sdk/client-sagemaker';
import { describe, expect, it } from 'vitest';
import { ROLE, tags, trainingJob } from './fixtures.js';
import { byKey, describeConformance, NOT_FOUND } from './harness.js';
import { pick, sageMakerArnCase, withoutMetricDefinitions } from './moto-fakes.js';

/** The fields of DescribeTrainingJob that round-trip in moto (see moto-fakes.ts for the rest). */
const roundTrip = (job: DescribeTrainingJobResponse) => ({
  ...pick(job, [
    'TrainingJobName',
    'TrainingJobArn',
    'HyperParameters',
    'InputDataConfig',
    'OutputDataConfig',
    'ResourceConfig',
    'StoppingCondition',
    'RoleArn',
  ]),
  AlgorithmSpecification: withoutMetricDefinitions(job.AlgorithmSpecification),
});

const allTags = async (client: SageMakerClient, arn: string, pageSize?: number): Promise<Tag[]> => {
  const out: Tag[] = [];
  let token: string | undefined;
  for (let page = 0; page < 20; page++) {
    const res = await client.send(
      new ListTagsCommand({ ResourceArn: arn, MaxResults: pageSize, NextToken: token }),
    );
    out.push(...(res.Tags ?? []));
    token = res.NextToken;
    if (token === undefined) break;
  }
  return out;
};

describeConformance('training jobs: emulator agrees with moto', (backends) => {
  it('creates and describes a training job with the same configuration', async () => {
    const input = trainingJob('churn-xgb-1', {
      HyperParameters: { eta: '0.2', max_depth: '6', objective: 'binary:logistic' },
      Tags: tags({ team: 'fraud' }),
    });
    const created = await backends.both((c) => c.send(new CreateTrainingJobCommand(input)));
    expect(created.emulator.TrainingJobArn).toBe(created.moto.TrainingJobArn);
    expect(created.moto.TrainingJobArn).toBe(
      'arn:aws:sagemaker:us-east-1:123456789012:training-job/churn-xgb-1',
    );

    const described = await backends.both((c) =>
      c.send(new DescribeTrainingJobCommand({ TrainingJobName: 'churn-xgb-1' })),
    );
    expect(roundTrip(described.emulator)).toEqual(roundTrip(described.moto));
    // the request itself is the third witness: both must echo what was sent
    expect(described.moto.HyperParameters).toEqual(input.HyperParameters);
    expect(described.moto.InputDataConfig).toEqual(input.InputDataConfig);
  });

  it('builds ARNs from lower-cased names, where moto keeps the case', async () => {
    const created = await backends.both((c) =>
      c.send(new CreateTrainingJobCommand(trainingJob('Churn-XGB-2'))),
    );
    expect(created.moto.TrainingJobArn).toBe(
      'arn:aws:sagemaker:us-east-1:123456789012:training-job/Churn-XGB-2',
    );
    expect(created.emulator.TrainingJobArn).toBe(sageMakerArnCase(created.moto.TrainingJobArn));
    // the name itself keeps its case on both
    const described = await backends.both((c) =>
      c.send(new DescribeTrainingJobCommand({ TrainingJobName: 'Churn-XGB-2' })),
    );
    expect(described.emulator.TrainingJobName).toBe('Churn-XGB-2');
    expect(described.moto.TrainingJobName).toBe('Churn-XGB-2');
  });

  it('rejects a missing training job with a not-found ValidationException', async () => {
    const errors = await backends.bothFail((c) =>
      c.send(new DescribeTrainingJobCommand({ TrainingJobName: 'no-such-job' })),
    );
    expect(errors.emulator.name).toBe(errors.moto.name);
    expect(errors.moto.name).toBe('ValidationException');
    expect(errors.moto.message).toMatch(NOT_FOUND);
    expect(errors.emulator.message).toMatch(NOT_FOUND);
  });

  it('adds, lists and deletes tags the same way', async () => {
    await backends.both((c) =>
      c.send(new CreateTrainingJobCommand(trainingJob('tagged', { Tags: tags({ team: 'red' }) }))),
    );
    const arn = 'arn:aws:sagemaker:us-east-1:123456789012:training-job/tagged';

    const initial = await backends.both((c) => allTags(c, arn));
    expect(initial.emulator).toEqual(initial.moto);
    expect(initial.moto).toEqual(tags({ team: 'red' }));

    // The AddTags response itself is not compared: moto echoes every tag on the resource, the
    // emulator the tags just added, and the API reference ("A list of tags associated with the
    // SageMaker resource") does not settle which SageMaker does. ListTags below is the witness.
    await backends.both((c) =>
      c.send(new AddTagsCommand({ ResourceArn: arn, Tags: tags({ env: 'prod', owner: 'alice' }) })),
    );

    // AWS does not promise an order for ListTags, so the lists are compared by key
    const listed = await backends.both((c) => allTags(c, arn));
    expect(byKey(listed.emulator)).toEqual(byKey(listed.moto));
    expect(byKey(listed.moto)).toEqual(byKey(tags({ team: 'red', env: 'prod', owner: 'alice' })));

    // ListTags paging is not compared: SageMaker's MaxResults for ListTags is 50..100 and a
    // resource holds at most 50 tags, so a second page never exists; moto accepts MaxResults 2.
    const full = await backends.both((c) => allTags(c, arn, 50));
    expect(byKey(full.emulator)).toEqual(byKey(full.moto));

    await backends.both((c) =>
      c.send(new DeleteTagsCommand({ ResourceArn: arn, TagKeys: ['env'] })),
    );
    const after = await backends.both((c) => allTags(c, arn));
    expect(byKey(after.emulator)).toEqual(byKey(after.moto));
    expect(byKey(after.moto)).toEqual(byKey(tags({ team: 'red', owner: 'alice' })));

    // a tag added after creation is visible to Search on both
    const found = await backends.both((c) =>
      c.send(
        new SearchCommand({
          Resource: 'TrainingJob',
          SearchExpression: {
            Filters: [{ Name: 'Tags.owner', Operator: 'Equals', Value: 'alice' }],
          },
        }),
      ),
    );
    const names = (r: typeof found.moto) => r.Results?.map((x) => x.TrainingJob?.TrainingJobName);
    expect(names(found.emulator)).toEqual(names(found.moto));
    expect(names(found.moto)).toEqual(['tagged']);
  });

  describe('Search on the cases moto evaluates correctly', () => {
    // Five jobs, created in an order that is neither alphabetical nor reverse-alphabetical.
    const jobs: Array<[string, Record<string, string>, string]> = [
      ['s-gamma', { team: 'red' }, ROLE],
      ['x-delta', {}, ROLE],
      ['s-alpha', { team: 'red', env: 'prod' }, 'arn:aws:iam::123456789012:role/Research'],
      ['x-epsilon', { env: 'dev' }, ROLE],
      ['s-beta', { team: 'blue' }, ROLE],
    ];
    const seed = async () => {
      for (const [name, tagMap, role] of jobs) {
        await backends.both((c) =>
          c.send(
            new CreateTrainingJobCommand(
              trainingJob(name, {
                RoleArn: role,
                HyperParameters: { lr: name.length > 6 ? '0.5' : '0.1' },
                Tags: Object.keys(tagMap).length > 0 ? tags(tagMap) : undefined,
              }),
            ),
          ),
        );
      }
    };

    // moto ignores SortBy/paging and answers in insertion order; SageMaker (and the emulator)
    // sort by LastModifiedTime, so hit sets are compared as sorted name lists. moto evaluates a
    // Tags.* filter by returning early, which skips the filters after it: the tag filter goes last.
    const cases: Array<[string, Filter[], string[]]> = [
      [
        'name Equals',
        [{ Name: 'TrainingJobName', Operator: 'Equals', Value: 's-beta' }],
        ['s-beta'],
      ],
      [
        'name NotEquals',
        [{ Name: 'TrainingJobName', Operator: 'NotEquals', Value: 's-beta' }],
        ['s-alpha', 's-gamma', 'x-delta', 'x-epsilon'],
      ],
      [
        'name Contains',
        [{ Name: 'TrainingJobName', Operator: 'Contains', Value: 'alp' }],
        ['s-alpha'],
      ],
      [
        'RoleArn Equals',
        [{ Name: 'RoleArn', Operator: 'Equals', Value: 'arn:aws:iam::123456789012:role/Research' }],
        ['s-alpha'],
      ],
      [
        'single tag Equals',
        [{ Name: 'Tags.team', Operator: 'Equals', Value: 'red' }],
        ['s-alpha', 's-gamma'],
      ],
      [
        'name Contains and a tag (tag last)',
        [
          { Name: 'TrainingJobName', Operator: 'Contains', Value: 's-' },
          { Name: 'Tags.team', Operator: 'Equals', Value: 'red' },
        ],
        ['s-alpha', 's-gamma'],
      ],
      [
        'contradicting name and tag (tag last)',
        [
          { Name: 'TrainingJobName', Operator: 'Equals', Value: 's-beta' },
          { Name: 'Tags.team', Operator: 'Equals', Value: 'red' },
        ],
        [],
      ],
    ];

    it.each(cases)('%s', async (_label, filters, expected) => {
      await seed();
      const res = await backends.both((c) =>
        c.send(
          new SearchCommand({
            Resource: 'TrainingJob',
            SearchExpression: { Filters: filters },
            MaxResults: 100,
          }),
        ),
      );
      const records = (r: typeof res.moto) =>
        (r.Results ?? [])
          .map((x) => x.TrainingJob)
          .map((job) => ({
            name: job?.TrainingJobName,
            arn: job?.TrainingJobArn,
            hyperParameters: job?.HyperParameters,
            roleArn: job?.RoleArn,
            tags: byKey(job?.Tags),
          }))
          .sort((a, b) => (a.name ?? '').localeCompare(b.name ?? ''));
      expect(records(res.emulator)).toEqual(records(res.moto));
      expect(records(res.moto).map((r) => r.name)).toEqual(expected);
    });
  });
});
