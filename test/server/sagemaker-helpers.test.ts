import { describe, expect, it } from 'vitest';
import { parseArn, typenameForResourceType } from '../../src/sagemaker/arn.js';
import { mapSageMakerError, SageMakerCallError } from '../../src/sagemaker/errors.js';
import { isNotFound } from '../../src/sagemaker/not-found.js';

const serviceError = (name: string, message: string, requestId = 'req-1') =>
  Object.assign(new Error(message), { name, $metadata: { requestId, httpStatusCode: 400 } });

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
    ['DescribeTrainingJob', serviceError('ValidationException', 'Requested resource not found.')],
    ['DescribeModel', serviceError('ValidationException', 'Could not find model "arn:aws:x".')],
    ['DescribeModelPackageGroup', serviceError('ResourceNotFound', 'Group x does not exist.')],
  ])('maps a %s not-found to null', (operation, error) => {
    expect(isNotFound(operation, error)).toBe(true);
    expect(mapSageMakerError(operation, error)).toBeNull();
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
