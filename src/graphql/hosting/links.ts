import type { Endpoint as EndpointRecord } from '@aws-sdk/client-sagemaker';
import { builder } from '../builder.js';
import { Endpoint } from './endpoint.js';
import { Model } from './model.js';

builder.objectField(Model, 'endpoints', (t) =>
  t.field({
    type: [Endpoint],
    nullable: { list: true, items: false },
    description:
      'The endpoints whose current configuration hosts the model, by name, as the model’s Search record (ModelDashboardModel) lists them; those outside the caller’s tenants are left out. Null for a model Search has not indexed yet (just created), whose record came from DescribeModel. The names cost no call; the endpoints load with those of the whole level, one Search per 100.',
    resolve: async (model, _args, context) => {
      if (model.Endpoints === undefined) return null;
      const names = model.Endpoints.flatMap((endpoint) => endpoint.EndpointName ?? []);
      const loaded = await Endpoint.getDataloader(context).loadMany(names);
      const failure = loaded.find((endpoint) => endpoint instanceof Error);
      if (failure !== undefined) throw failure;
      // null: deleted since the record was read, or outside the tenants (as if missing)
      return loaded.filter(
        (endpoint): endpoint is EndpointRecord => endpoint !== null && !(endpoint instanceof Error),
      );
    },
  }),
);
