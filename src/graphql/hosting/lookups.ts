import { builder } from '../builder.js';
import { Endpoint } from './endpoint.js';
import { EndpointConfig } from './endpoint-config.js';
import { Model, requireResourceName } from './model.js';

builder.queryFields((t) => ({
  model: t.field({
    type: Model,
    nullable: true,
    description: 'The model with this name, or null when there is none.',
    args: { name: t.arg.string({ required: true, description: 'The name of the model.' }) },
    resolve: (_root, { name }) => requireResourceName(name, 'a model'),
  }),
  endpoint: t.field({
    type: Endpoint,
    nullable: true,
    description: 'The endpoint with this name, or null when there is none.',
    args: { name: t.arg.string({ required: true, description: 'The name of the endpoint.' }) },
    resolve: (_root, { name }) => requireResourceName(name, 'an endpoint'),
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
    resolve: (_root, { name }) => requireResourceName(name, 'an endpoint configuration'),
  }),
}));
