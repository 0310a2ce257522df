import { describe, expect, it } from 'vitest';
import { mapSageMakerError, SageMakerCallError } from '../../src/sagemaker/errors.js';
import { isNotFound } from '../../src/sagemaker/not-found.js';

const serviceError = (name: string, message: string, extra: Record<string, unknown> = {}) =>
  Object.assign(new Error(message), {
    name,
    $metadata: { requestId: 'req-1', httpStatusCode: 400 },
    ...extra,
  });

describe('isNotFound', () => {
  it.each([
    ['DescribeTrainingJob', 'Requested resource not found.'],
    ['DescribeEndpoint', 'Could not find endpoint "arn:aws:sagemaker:us-east-1:1:endpoint/x".'],
    ['DescribeEndpointConfig', 'Could not find endpoint configuration "arn:…:endpoint-config/x".'],
    ['DescribeModel', 'Could not find model "arn:aws:sagemaker:us-east-1:1:model/x".'],
    [
      'DescribeModelPackage',
      'ModelPackage arn:aws:sagemaker:us-east-1:1:model-package/x does not exist.',
    ],
    ['DescribeModelPackageGroup', 'ModelPackageGroup x does not exist.'],
    ['DescribeAlgorithm', 'Algorithm x does not exist.'],
    ['ListTags', 'Resource arn:aws:sagemaker:us-east-1:1:model/x does not exist.'],
  ])('knows the not-found message of %s', (operation, message) => {
    expect(isNotFound(operation, serviceError('ValidationException', message))).toBe(true);
  });

  it('takes ResourceNotFound from a Describe', () => {
    const error = serviceError('ResourceNotFound', "Amazon SageMaker can't find a tuning job");
    expect(isNotFound('DescribeHyperParameterTuningJob', error)).toBe(true);
  });

  it.each([
    ['Search', 'Requested resource not found.'],
    ['Search', 'Could not find model "x".'],
    ['DescribeEndpoint', 'Could not find endpoint configuration "x".'],
    ['DescribeModel', 'The ModelPackage referenced by the model does not exist.'],
    ['DescribeTrainingJob', 'Value x at trainingJobName failed: resource not found in cache'],
  ])('is false for %s: %s', (operation, message) => {
    expect(isNotFound(operation, serviceError('ValidationException', message))).toBe(false);
  });
});

describe('mapSageMakerError', () => {
  it('keeps a Search ValidationException an error even when it says "not found"', () => {
    const mapped = mapSageMakerError(
      'Search',
      serviceError('ValidationException', 'Requested resource not found.'),
    );
    expect(mapped).toBeInstanceOf(SageMakerCallError);
  });

  it.each([
    ['ServiceUnavailable', serviceError('ServiceUnavailable', 'x', { $fault: 'server' })],
    [
      'InternalFailure (500)',
      serviceError('InternalFailure', 'x', { $metadata: { httpStatusCode: 500 } }),
    ],
    [
      'connection refused',
      Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }),
    ],
    // node-http-handler names a reset socket TimeoutError; it is still not a timeout.
    [
      'connection reset',
      Object.assign(new Error('socket hang up'), { name: 'TimeoutError', code: 'ECONNRESET' }),
    ],
  ])('maps %s to UPSTREAM_UNAVAILABLE', (_, error) => {
    expect(mapSageMakerError('Search', error)).toMatchObject({
      message: 'SageMaker is unavailable; retry later.',
      extensions: { code: 'UPSTREAM_UNAVAILABLE' },
    });
  });

  it.each([
    [
      'the request timeout',
      Object.assign(new Error('exceeded'), { name: 'TimeoutError', code: 'ETIMEDOUT' }),
    ],
    ['an abort', Object.assign(new Error('aborted'), { name: 'AbortError' })],
  ])('maps %s to UPSTREAM_TIMEOUT', (_, error) => {
    expect(mapSageMakerError('DescribeModel', error)).toMatchObject({
      message: 'SageMaker did not answer in time; retry later.',
      extensions: { code: 'UPSTREAM_TIMEOUT' },
    });
  });

  it("returns BAD_USER_INPUT with SageMaker's message, truncated, for the client's values", () => {
    const message = `Invalid NextToken: ${'x'.repeat(500)}`;
    const mapped = mapSageMakerError(
      'Search',
      serviceError('ValidationException', message),
      undefined,
      {
        userInput: true,
      },
    );
    expect(mapped).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(
      mapped?.message.startsWith('SageMaker rejected the request: Invalid NextToken: xxx'),
    ).toBe(true);
    expect(mapped?.message.length).toBeLessThan(340);
    expect(mapped?.message).not.toContain('req-1');
  });

  it('keeps other errors masked, and passes mapped errors through', () => {
    const failure = mapSageMakerError('Search', serviceError('ValidationException', 'Bad filter'));
    expect(failure).toBeInstanceOf(SageMakerCallError);
    expect(mapSageMakerError('Search', failure)).toBe(failure);
  });
});
