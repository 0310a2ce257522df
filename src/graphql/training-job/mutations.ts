import type { AlgorithmSpecification } from '@aws-sdk/client-sagemaker';
import { parseArn } from '../../sagemaker/arn.js';
import { present } from '../common.js';
import type { Context } from '../context.js';
import { isHome } from '../lookup.js';
import { inputMutation, nameMutation, resourcePayload } from '../mutations/define.js';
import { KINDS } from '../mutations/kinds.js';
import { type Reference, refresh } from '../mutations/references.js';
import { TrainingJob } from './node.js';

/**
 * The algorithm resource a training algorithm specification names, when it is one of this
 * account's (a name, or an ARN of home): then it must be visible. Marketplace algorithms (ARNs of
 * other accounts) are SageMaker's to check.
 */
export function algorithmReference(
  context: Context,
  spec: AlgorithmSpecification | undefined,
  path: string,
): Reference[] {
  const name = spec?.AlgorithmName;
  if (name === undefined) return [];
  if (name.startsWith('arn:')) {
    const arn = parseArn(name);
    if (arn === undefined || !isHome(context, arn)) return [];
  }
  return [{ kind: KINDS.algorithm, key: name, path }];
}

inputMutation('createTrainingJob', {
  operation: 'CreateTrainingJob',
  description:
    'Starts a training job (SageMaker CreateTrainingJob). The job is tagged with the caller’s tenant; an algorithm named by algorithmSpecification.algorithmName must be visible to the caller.',
  inputDescription:
    'The CreateTrainingJob request: every member of SageMaker’s, in camelCase (maps as key/value lists).',
  payload: resourcePayload(
    'CreateTrainingJobPayload',
    'trainingJob',
    TrainingJob,
    'The training job just created.',
  ),
  creates: { kind: KINDS.trainingJob, name: (request) => request.TrainingJobName },
  references: (request, context) =>
    algorithmReference(
      context,
      request.AlgorithmSpecification,
      'input.algorithmSpecification.algorithmName',
    ),
  result: async (context, { request }) => ({
    key: await refresh(
      context,
      KINDS.trainingJob,
      present(request.TrainingJobName, 'TrainingJobName'),
    ),
  }),
});

nameMutation('stopTrainingJob', {
  operation: 'StopTrainingJob',
  description:
    'Stops a training job (SageMaker StopTrainingJob): it goes to Stopping, then Stopped. A job the caller may not see is NOT_FOUND.',
  kind: KINDS.trainingJob,
  argument: { name: 'name', description: 'The name of the training job.' },
  request: (name) => ({ TrainingJobName: name }),
  payload: resourcePayload(
    'StopTrainingJobPayload',
    'trainingJob',
    TrainingJob,
    'The training job being stopped.',
  ),
  result: async (context, { request }) => ({
    key: await refresh(
      context,
      KINDS.trainingJob,
      present(request.TrainingJobName, 'TrainingJobName'),
    ),
  }),
});
