import { RESOURCE_NAME } from '../../sagemaker/names.js';
import { builder } from '../builder.js';
import { requireName } from '../lookup.js';
import { Algorithm } from './node.js';

builder.queryField('algorithm', (t) =>
  t.field({
    type: Algorithm,
    nullable: true,
    description: 'The algorithm with this name, or null when there is none.',
    args: { name: t.arg.string({ required: true, description: 'The name of the algorithm.' }) },
    resolve: (_root, { name }) => requireName(name, RESOURCE_NAME, 'an algorithm'),
  }),
);
