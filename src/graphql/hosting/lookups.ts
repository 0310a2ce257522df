import { RESOURCE_NAME } from '../../sagemaker/names.js';
import { builder } from '../builder.js';
import { requireName } from '../lookup.js';
import { Endpoint } from './endpoint.js';
import { EndpointConfig } from './endpoint-config.js';
import { Model } from './model.js';

builder.queryFields((t) => ({
  model: t.field({
    type: Model,
    nullable: true,
    description: 'The model with this name, or null when there is none.',
    args: { name: t.arg.string({ required: true, description: 'The name of the model.' }) },
    resolve: (_root, { name }) => requireName(name, RESOURCE_NAME, 'a model'),
  }),
  endpoint: t.field({
    type: Endpoint,
    nullable: true,
    description: 'The endpoint with this name, or null when there is none.',
    args: { name: t.arg.string({ required: true, description: 'The name of the endpoint.' }) },
    resolve: (_root, { name }) => requireName(name, RESOURCE_NAME, 'an endpoint'),
  }),
  endpointConfig: t.field({
    type: EndpointConfig,
    nullable: true,
    description: 'The endpoint configuration with this name, or null when there is none.',
    args: {
      name: t.arg.string({
        required: true,
        description: 'The name of the endpoint configuration.',
      }),
    },
    resolve: (_root, { name }) => requireName(name, RESOURCE_NAME, 'an endpoint configuration'),
  }),
}));
