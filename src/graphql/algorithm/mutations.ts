import { present } from '../common.js';
import { inputMutation, resourcePayload } from '../mutations/define.js';
import { KINDS } from '../mutations/kinds.js';
import { refresh } from '../mutations/references.js';
import { Algorithm } from './node.js';

inputMutation('createAlgorithm', {
  operation: 'CreateAlgorithm',
  description:
    'Creates an algorithm resource (SageMaker CreateAlgorithm) that training jobs and tuning jobs can name instead of an image. It is tagged with the caller’s tenant.',
  inputDescription:
    'The CreateAlgorithm request: every member of SageMaker’s, in camelCase (maps as key/value lists).',
  payload: resourcePayload(
    'CreateAlgorithmPayload',
    'algorithm',
    Algorithm,
    'The algorithm just created.',
  ),
  creates: { kind: KINDS.algorithm, name: (request) => request.AlgorithmName },
  result: async (context, { request }) => ({
    key: await refresh(context, KINDS.algorithm, present(request.AlgorithmName, 'AlgorithmName')),
  }),
});
