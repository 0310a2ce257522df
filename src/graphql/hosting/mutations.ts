import type { ContainerDefinition } from '@aws-sdk/client-sagemaker';
import { present } from '../common.js';
import { arnPayload, inputMutation, nameMutation, resourcePayload } from '../mutations/define.js';
import { KINDS } from '../mutations/kinds.js';
import { forgotten, type Reference, refresh } from '../mutations/references.js';
import { Endpoint } from './endpoint.js';
import { EndpointConfig } from './endpoint-config.js';
import { Model } from './model.js';

/** The model packages a model's containers are built from, which must be visible. */
const packageReferences = (
  container: ContainerDefinition | undefined,
  path: string,
): Reference[] =>
  container?.ModelPackageName === undefined
    ? []
    : [
        {
          kind: KINDS.modelPackage,
          key: container.ModelPackageName,
          path: `${path}.modelPackageName`,
        },
      ];

inputMutation('createModel', {
  operation: 'CreateModel',
  description:
    'Creates a model (SageMaker CreateModel): the containers that serve it. It is tagged with the caller’s tenant; model packages its containers name must be visible to the caller.',
  inputDescription: 'The CreateModel request: every member of SageMaker’s, in camelCase.',
  payload: resourcePayload('CreateModelPayload', 'model', Model, 'The model just created.'),
  creates: { kind: KINDS.model, name: (request) => request.ModelName },
  references: (request) => [
    ...packageReferences(request.PrimaryContainer, 'input.primaryContainer'),
    ...(request.Containers ?? []).flatMap((container, at) =>
      packageReferences(container, `input.containers[${at}]`),
    ),
  ],
  result: async (context, { request }) => ({
    key: await refresh(context, KINDS.model, present(request.ModelName, 'ModelName')),
  }),
});

nameMutation('deleteModel', {
  operation: 'DeleteModel',
  description:
    'Deletes a model (SageMaker DeleteModel); endpoints already serving it are unaffected. A model the caller may not see is NOT_FOUND.',
  kind: KINDS.model,
  argument: { name: 'name', description: 'The name of the model.' },
  request: (name) => ({ ModelName: name }),
  payload: arnPayload('DeleteModelPayload', 'modelArn', 'The model just deleted.'),
  result: async (context, { request, records: [model] }) => ({
    key: forgotten(
      context,
      KINDS.model,
      present(request.ModelName, 'ModelName'),
      present(model, 'model'),
    ),
  }),
});

inputMutation('createEndpointConfig', {
  operation: 'CreateEndpointConfig',
  description:
    'Creates an endpoint configuration (SageMaker CreateEndpointConfig): the production variants an endpoint deploys. It is tagged with the caller’s tenant; the models its variants name must be visible to the caller.',
  inputDescription: 'The CreateEndpointConfig request: every member of SageMaker’s, in camelCase.',
  payload: resourcePayload(
    'CreateEndpointConfigPayload',
    'endpointConfig',
    EndpointConfig,
    'The endpoint configuration just created.',
  ),
  creates: { kind: KINDS.endpointConfig, name: (request) => request.EndpointConfigName },
  references: (request) =>
    (
      [
        ['productionVariants', request.ProductionVariants],
        ['shadowProductionVariants', request.ShadowProductionVariants],
      ] as const
    ).flatMap(([field, variants]) =>
      (variants ?? []).flatMap((variant, at): Reference[] =>
        variant.ModelName === undefined
          ? []
          : [
              {
                kind: KINDS.model,
                key: variant.ModelName,
                path: `input.${field}[${at}].modelName`,
              },
            ],
      ),
    ),
  result: async (context, { request }) => ({
    key: await refresh(
      context,
      KINDS.endpointConfig,
      present(request.EndpointConfigName, 'EndpointConfigName'),
    ),
  }),
});

nameMutation('deleteEndpointConfig', {
  operation: 'DeleteEndpointConfig',
  description:
    'Deletes an endpoint configuration (SageMaker DeleteEndpointConfig). A configuration the caller may not see is NOT_FOUND.',
  kind: KINDS.endpointConfig,
  argument: { name: 'name', description: 'The name of the endpoint configuration.' },
  request: (name) => ({ EndpointConfigName: name }),
  payload: arnPayload(
    'DeleteEndpointConfigPayload',
    'endpointConfigArn',
    'The endpoint configuration just deleted.',
  ),
  result: async (context, { request, records: [config] }) => ({
    key: forgotten(
      context,
      KINDS.endpointConfig,
      present(request.EndpointConfigName, 'EndpointConfigName'),
      present(config, 'endpoint configuration'),
    ),
  }),
});

const configReference = (name: string | undefined): Reference[] =>
  name === undefined
    ? []
    : [{ kind: KINDS.endpointConfig, key: name, path: 'input.endpointConfigName' }];

const endpointTarget = (name: string | undefined): Reference[] =>
  name === undefined ? [] : [{ kind: KINDS.endpoint, key: name, path: 'input.endpointName' }];

const endpointResult = async (
  context: Parameters<typeof refresh>[0],
  name: string | undefined,
) => ({
  key: await refresh(context, KINDS.endpoint, present(name, 'EndpointName')),
});

inputMutation('createEndpoint', {
  operation: 'CreateEndpoint',
  description:
    'Creates an endpoint from an endpoint configuration (SageMaker CreateEndpoint); it is Creating until SageMaker has deployed it. It is tagged with the caller’s tenant; the configuration must be visible to the caller.',
  inputDescription: 'The CreateEndpoint request: every member of SageMaker’s, in camelCase.',
  payload: resourcePayload(
    'CreateEndpointPayload',
    'endpoint',
    Endpoint,
    'The endpoint just created.',
  ),
  creates: { kind: KINDS.endpoint, name: (request) => request.EndpointName },
  references: (request) => configReference(request.EndpointConfigName),
  result: (context, { request }) => endpointResult(context, request.EndpointName),
});

inputMutation('updateEndpoint', {
  operation: 'UpdateEndpoint',
  description:
    'Switches an endpoint to another endpoint configuration (SageMaker UpdateEndpoint), blue/green by default (deploymentConfig sets canary or linear traffic shifting and rollback). Both the endpoint and the new configuration must be visible to the caller.',
  inputDescription: 'The UpdateEndpoint request: every member of SageMaker’s, in camelCase.',
  payload: resourcePayload(
    'UpdateEndpointPayload',
    'endpoint',
    Endpoint,
    'The endpoint being updated (Updating until the new configuration is deployed).',
  ),
  references: (request) => [
    ...endpointTarget(request.EndpointName),
    ...configReference(request.EndpointConfigName),
  ],
  result: (context, { request }) => endpointResult(context, request.EndpointName),
});

inputMutation('updateEndpointWeightsAndCapacities', {
  operation: 'UpdateEndpointWeightsAndCapacities',
  description:
    'Changes the traffic weights and instance counts of an endpoint’s variants in place (SageMaker UpdateEndpointWeightsAndCapacities), e.g. to shift a canary’s share. The endpoint must be visible to the caller.',
  inputDescription:
    'The UpdateEndpointWeightsAndCapacities request: every member of SageMaker’s, in camelCase.',
  payload: resourcePayload(
    'UpdateEndpointWeightsAndCapacitiesPayload',
    'endpoint',
    Endpoint,
    'The endpoint being updated.',
  ),
  references: (request) => endpointTarget(request.EndpointName),
  result: (context, { request }) => endpointResult(context, request.EndpointName),
});

nameMutation('deleteEndpoint', {
  operation: 'DeleteEndpoint',
  description:
    'Deletes an endpoint (SageMaker DeleteEndpoint); its configuration and models remain. An endpoint the caller may not see is NOT_FOUND.',
  kind: KINDS.endpoint,
  argument: { name: 'name', description: 'The name of the endpoint.' },
  request: (name) => ({ EndpointName: name }),
  payload: arnPayload('DeleteEndpointPayload', 'endpointArn', 'The endpoint just deleted.'),
  result: async (context, { request, records: [endpoint] }) => ({
    key: forgotten(
      context,
      KINDS.endpoint,
      present(request.EndpointName, 'EndpointName'),
      present(endpoint, 'endpoint'),
    ),
  }),
});
