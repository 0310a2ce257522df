import { present } from '../common.js';
import { inputMutation, nameMutation, resourcePayload } from '../mutations/define.js';
import { KINDS } from '../mutations/kinds.js';
import { type Reference, refresh } from '../mutations/references.js';
import { algorithmReference } from '../training-job/mutations.js';
import { HyperParameterTuningJob } from './node.js';

inputMutation('createHyperParameterTuningJob', {
  operation: 'CreateHyperParameterTuningJob',
  description:
    'Starts a hyperparameter tuning job (SageMaker CreateHyperParameterTuningJob). It is tagged with the caller’s tenant; the algorithms its training job definitions name and the parent jobs of a warm start must be visible to the caller.',
  inputDescription:
    'The CreateHyperParameterTuningJob request: every member of SageMaker’s, in camelCase (maps as key/value lists).',
  payload: resourcePayload(
    'CreateHyperParameterTuningJobPayload',
    'hyperParameterTuningJob',
    HyperParameterTuningJob,
    'The tuning job just created.',
  ),
  creates: { kind: KINDS.tuningJob, name: (request) => request.HyperParameterTuningJobName },
  references: (request, context) => {
    const definitions: Reference[] = [
      ...algorithmReference(
        context,
        request.TrainingJobDefinition?.AlgorithmSpecification,
        'input.trainingJobDefinition.algorithmSpecification.algorithmName',
      ),
      ...(request.TrainingJobDefinitions ?? []).flatMap((definition, at) =>
        algorithmReference(
          context,
          definition.AlgorithmSpecification,
          `input.trainingJobDefinitions[${at}].algorithmSpecification.algorithmName`,
        ),
      ),
    ];
    const parents = (request.WarmStartConfig?.ParentHyperParameterTuningJobs ?? []).flatMap(
      (parent, at): Reference[] =>
        parent.HyperParameterTuningJobName === undefined
          ? []
          : [
              {
                kind: KINDS.tuningJob,
                key: parent.HyperParameterTuningJobName,
                path: `input.warmStartConfig.parentHyperParameterTuningJobs[${at}].hyperParameterTuningJobName`,
              },
            ],
    );
    return [...definitions, ...parents];
  },
  result: async (context, { request }) => ({
    key: await refresh(
      context,
      KINDS.tuningJob,
      present(request.HyperParameterTuningJobName, 'HyperParameterTuningJobName'),
    ),
  }),
});

nameMutation('stopHyperParameterTuningJob', {
  operation: 'StopHyperParameterTuningJob',
  description:
    'Stops a hyperparameter tuning job and its training jobs (SageMaker StopHyperParameterTuningJob): it goes to Stopping, then Stopped. A job the caller may not see is NOT_FOUND.',
  kind: KINDS.tuningJob,
  argument: { name: 'name', description: 'The name of the tuning job.' },
  request: (name) => ({ HyperParameterTuningJobName: name }),
  payload: resourcePayload(
    'StopHyperParameterTuningJobPayload',
    'hyperParameterTuningJob',
    HyperParameterTuningJob,
    'The tuning job being stopped.',
  ),
  result: async (context, { request }) => ({
    key: await refresh(
      context,
      KINDS.tuningJob,
      present(request.HyperParameterTuningJobName, 'HyperParameterTuningJobName'),
    ),
  }),
});
