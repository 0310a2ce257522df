import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkArn,
  isHomeArn,
  parseArn,
  partitionOfRegion,
  sameResourceArn,
} from '../../src/sagemaker/arn.js';

const PREFIX = 'arn:aws:sagemaker:us-east-1:123456789012';
const HOME = { partition: 'aws', region: 'us-east-1', accountId: '123456789012' };

describe('checkArn', () => {
  it('accepts the ARNs SageMaker issues, for every served type', () => {
    for (const id of [
      `${PREFIX}:training-job/xgb-1`,
      `${PREFIX}:hyper-parameter-tuning-job/tune-1`,
      `${PREFIX}:endpoint/card-fraud-prod`,
      `${PREFIX}:endpoint-config/cfg`,
      `${PREFIX}:model/m`,
      `${PREFIX}:model-package/churn/3`,
      `${PREFIX}:model-package/unversioned`,
      `${PREFIX}:model-package-group/churn`,
      `${PREFIX}:algorithm/algo`,
      'arn:aws-us-gov:sagemaker:us-gov-west-1:123456789012:model/m',
    ]) {
      const checked = checkArn(id);
      expect([id, 'arn' in checked]).toEqual([id, true]);
      if ('arn' in checked) expect(checked.arn).toEqual(parseArn(id));
    }
  });

  it('names the rule an ARN breaks', () => {
    const rule = (id: string, types?: string[]) => {
      const checked = checkArn(id, types);
      return 'rule' in checked ? checked.rule : undefined;
    };
    expect(rule(`arn:aws:sagemaker:us-${'x'.repeat(145)}-1:123456789012:model-package/a/1`)).toBe(
      'an ARN is arn:<partition>:sagemaker:<region>:<12-digit account>:<type>/<name>, with a region of 9 to 16 characters [a-z0-9-]',
    );
    expect(rule(`${PREFIX}:training-job/${'a'.repeat(300)}`)).toBe(
      'an ARN has at most 256 characters (got 354)',
    );
    expect(rule(`${PREFIX}:notebook-instance/x`)).toMatch(
      /^the resource type must be training-job or .* not notebook-instance$/,
    );
    expect(rule(`${PREFIX}:model/x`, ['model-package'])).toBe(
      'the resource type must be model-package, not model',
    );
    expect(rule(`${PREFIX}:training-job/bad_name`)).toBe(
      'the name part of a training-job ARN must match ^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$',
    );
    expect(rule(`${PREFIX}:model-package/${'a'.repeat(63)}/${'9'.repeat(60)}`)).toMatch(
      /^DescribeModelPackage: modelPackageName Member must have length less than or equal to 176/,
    );
  });

  it('never accepts what SageMaker’s Describe request would reject (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (suffix) => {
        const checked = checkArn(`${PREFIX}:model-package/${suffix}`);
        if ('arn' in checked)
          expect(`${PREFIX}:model-package/${suffix}`.length).toBeLessThanOrEqual(176);
      }),
    );
  });
});

describe('home and sameness', () => {
  it('tells the home partition, region and account apart, skipping unknown members', () => {
    const arn = parseArn(`${PREFIX}:endpoint/e`);
    if (arn === undefined) throw new Error('unparsed');
    expect(isHomeArn(arn, HOME)).toBe(true);
    expect(isHomeArn({ ...arn, accountId: '999999999999' }, HOME)).toBe(false);
    expect(isHomeArn({ ...arn, region: 'eu-west-1' }, HOME)).toBe(false);
    expect(isHomeArn({ ...arn, partition: 'aws-cn' }, HOME)).toBe(false);
    expect(
      isHomeArn({ ...arn, accountId: '999999999999' }, { ...HOME, accountId: undefined }),
    ).toBe(true);
  });

  it('derives the partition from the region', () => {
    expect(['us-east-1', 'cn-north-1', 'us-gov-west-1'].map(partitionOfRegion)).toEqual([
      'aws',
      'aws-cn',
      'aws-us-gov',
    ]);
  });

  it('compares the name part case-insensitively, and nothing else', () => {
    expect(sameResourceArn(`${PREFIX}:endpoint/abc`, `${PREFIX}:endpoint/ABC`)).toBe(true);
    expect(sameResourceArn(`${PREFIX}:endpoint/abc`, `${PREFIX}:ENDPOINT/abc`)).toBe(false);
    expect(
      sameResourceArn(
        `${PREFIX}:endpoint/abc`,
        'arn:aws:sagemaker:us-east-1:999999999999:endpoint/abc',
      ),
    ).toBe(false);
  });
});
