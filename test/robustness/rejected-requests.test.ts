import { describe, expect, it } from 'vitest';
import { useDemoGateway } from '../support/gateway.js';

// Issue 11, defect 2: ids and ARNs that SageMaker's service model rejects reached SageMaker (a
// model-package ARN with a 150-character region went to DescribeModelPackage, whose name holds
// at most 176 characters). Each must be BAD_USER_INPUT naming the rule, before any call.

const gateway = useDemoGateway();

const LONG_REGION = `us-${'x'.repeat(145)}-1`;
const PACKAGE = `arn:aws:sagemaker:${LONG_REGION}:123456789012:model-package/churn/3`;

const codesAndMessages = (result: {
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}) => (result.errors ?? []).map((error) => [error.extensions?.code, error.message]);

describe('ids and ARNs SageMaker would reject', () => {
  it('a model-package ARN with a 150-character region is BAD_USER_INPUT, with no call', async () => {
    expect(LONG_REGION).toHaveLength(150);
    gateway.emulator().resetCalls();
    const node = await gateway.post(/* GraphQL */ `query N($id: ID!) { node(id: $id) { id } }`, {
      id: PACKAGE,
    });
    const lookup = await gateway.post(
      /* GraphQL */ `query P($arn: String!) { modelPackage(arn: $arn) { arn } }`,
      { arn: PACKAGE },
    );
    const entity = await gateway.post(
      /* GraphQL */ `query E($r: [_Any!]!) { _entities(representations: $r) { __typename } }`,
      { r: [{ __typename: 'ModelPackage', arn: PACKAGE }] },
    );
    expect(gateway.emulator().calls()).toEqual({});
    const rule = 'with a region of 9 to 16 characters [a-z0-9-]';
    for (const result of [node, lookup, entity]) {
      const [[code, message] = []] = codesAndMessages(result);
      expect(code).toBe('BAD_USER_INPUT');
      expect(message).toContain(rule);
      // The value is echoed, cut to 100 characters.
      expect(message).toContain(`${PACKAGE.slice(0, 100)}…`);
      expect(message).not.toContain(PACKAGE);
    }
  });

  it('a model-package ARN over DescribeModelPackage’s 176 characters is BAD_USER_INPUT', async () => {
    const group = `g${'-x'.repeat(31)}`;
    const arn = `arn:aws:sagemaker:us-east-1:123456789012:model-package/${group}/${'9'.repeat(120)}`;
    gateway.emulator().resetCalls();
    const result = await gateway.post(
      /* GraphQL */ `query P($arn: String!) { modelPackage(arn: $arn) { arn } }`,
      { arn },
    );
    expect(gateway.emulator().calls()).toEqual({});
    const [[code, message] = []] = codesAndMessages(result);
    expect(code).toBe('BAD_USER_INPUT');
    expect(message).toContain(
      'the name part of a model-package ARN must have at most 176 characters',
    );
  });

  it('an ARN longer than 256 characters, or a name part off its pattern, is BAD_USER_INPUT', async () => {
    const ids = [
      `arn:aws:sagemaker:us-east-1:123456789012:training-job/${'a'.repeat(300)}`,
      'arn:aws:sagemaker:us-east-1:123456789012:training-job/bad_name!',
      'arn:aws:sagemaker:us-east-1:123456789012:hyper-parameter-tuning-job/a-name-longer-than-thirty-two-chars',
    ];
    gateway.emulator().resetCalls();
    for (const id of ids) {
      const result = await gateway.post(
        /* GraphQL */ `query N($id: ID!) { node(id: $id) { id } }`,
        {
          id,
        },
      );
      expect(codesAndMessages(result).map(([code]) => code)).toEqual(['BAD_USER_INPUT']);
    }
    expect(gateway.emulator().calls()).toEqual({});
  });

  it('an entity name off SageMaker’s pattern is BAD_USER_INPUT, with no call', async () => {
    gateway.emulator().resetCalls();
    const result = await gateway.post(
      /* GraphQL */ `query E($r: [_Any!]!) { _entities(representations: $r) { __typename } }`,
      { r: [{ __typename: 'Endpoint', name: 'x'.repeat(64) }] },
    );
    expect(gateway.emulator().calls()).toEqual({});
    expect(codesAndMessages(result)).toEqual([
      [
        'BAD_USER_INPUT',
        `An Endpoint representation's "name" must be an endpoint name (^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$), but got: "${'x'.repeat(64)}".`,
      ],
    ]);
  });
});
