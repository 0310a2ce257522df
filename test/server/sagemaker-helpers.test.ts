import { describe, expect, it } from 'vitest';
import { parseArn, typenameForResourceType } from '../../src/sagemaker/arn.js';
import { isNotFound, mapSageMakerError, SageMakerCallError } from '../../src/sagemaker/errors.js';
import { keyExpression } from '../../src/sagemaker/training-jobs.js';

const serviceError = (name: string, message: string, requestId = 'req-1') =>
  Object.assign(new Error(message), { name, $metadata: { requestId, httpStatusCode: 400 } });

describe('keyExpression', () => {
  it('is one In filter for a short list', () => {
    expect(keyExpression(['a', 'b-1', 'c'])).toEqual({
      Filters: [{ Name: 'TrainingJobName', Operator: 'In', Value: 'a,b-1,c' }],
    });
  });

  it('splits into an Or of In filters whose values stay within 1024 characters', () => {
    const names = Array.from(
      { length: 100 },
      (_, i) => `job-${String(i).padStart(3, '0')}-${'x'.repeat(55)}`,
    );
    const expression = keyExpression(names);
    expect(expression.Operator).toBe('Or');
    const values = (expression.SubExpressions ?? []).map((sub) => sub.Filters?.[0]?.Value ?? '');
    expect(values.length).toBe(7);
    for (const value of values) expect(value.length).toBeLessThanOrEqual(1024);
    expect(values.join(',').split(',')).toEqual(names);
  });
  it('combines names and ARNs in one Or', () => {
    const arn = 'arn:aws:sagemaker:us-east-1:123456789012:training-job/b';
    expect(keyExpression(['a'], [arn])).toEqual({
      Operator: 'Or',
      SubExpressions: [
        { Filters: [{ Name: 'TrainingJobName', Operator: 'In', Value: 'a' }] },
        { Filters: [{ Name: 'TrainingJobArn', Operator: 'In', Value: arn }] },
      ],
    });
  });
});

describe('parseArn', () => {
  it('splits a SageMaker ARN', () => {
    expect(parseArn('arn:aws:sagemaker:eu-west-1:123456789012:model-package/churn/3')).toEqual({
      partition: 'aws',
      region: 'eu-west-1',
      accountId: '123456789012',
      resourceType: 'model-package',
      resourceName: 'churn/3',
    });
  });

  it.each([
    'training-job/x',
    'arn:aws:s3:::bucket/key',
    'arn:aws:sagemaker:us-east-1:12:training-job/x',
  ])('rejects %s', (value) => {
    expect(parseArn(value)).toBeUndefined();
  });

  it('derives type names from resource types', () => {
    expect(typenameForResourceType('hyper-parameter-tuning-job')).toBe('HyperParameterTuningJob');
    expect(typenameForResourceType('training-job')).toBe('TrainingJob');
  });
});

describe('SageMaker error mapping', () => {
  it.each([
    serviceError('ValidationException', 'Requested resource not found.'),
    serviceError('ValidationException', 'Could not find model "arn:aws:sagemaker:x".'),
    serviceError('ResourceNotFound', 'Model package group x does not exist.'),
  ])('maps not-found to null: %s', (error) => {
    expect(isNotFound(error)).toBe(true);
    expect(mapSageMakerError('Describe', error)).toBeNull();
  });

  it('keeps other validation errors, with the request id for the logs', () => {
    const mapped = mapSageMakerError(
      'Search',
      serviceError('ValidationException', 'Bad filter', 'req-42'),
    );
    expect(mapped).toBeInstanceOf(SageMakerCallError);
    expect(mapped).toMatchObject({
      operation: 'Search',
      requestId: 'req-42',
      upstreamName: 'ValidationException',
    });
  });

  it('turns throttling into a client error with a stable code', () => {
    const mapped = mapSageMakerError(
      'Search',
      serviceError('ThrottlingException', 'Rate exceeded'),
    );
    expect(mapped).toMatchObject({
      message: 'SageMaker is throttling requests; retry later.',
      extensions: { code: 'UPSTREAM_THROTTLED' },
    });
  });
});
