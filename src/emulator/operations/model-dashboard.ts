import type { ModelDashboardEndpoint, ModelDashboardModel } from '@aws-sdk/client-sagemaker';
import type { KindRecords } from '../kinds.js';
import type { SearchOptions } from '../search/engine.js';
import type { EmulatorStore } from '../store.js';

type Lookup = NonNullable<SearchOptions['lookup']>;

/** What Search on `Model` reads: one dashboard record per visible model, and a name/ARN index. */
interface ModelSearchSource {
  /** Built only when the engine scans (no index lookup narrows the query). */
  docs: () => ReadonlyArray<object>;
  lookup: Lookup;
}

/** The dashboard's view of the endpoints hosting each model (by name), from current configs. */
const endpointsByModel = (
  store: EmulatorStore,
  now: number,
): Map<string, ModelDashboardEndpoint[]> => {
  const byModel = new Map<string, ModelDashboardEndpoint[]>();
  // Search docs of a kind are its stored records.
  const endpoints = store.searchDocs('Endpoint', now) as ReadonlyArray<KindRecords['Endpoint']>;
  for (const endpoint of endpoints) {
    const configName = endpoint.EndpointConfigName;
    const config = configName === undefined ? undefined : store.get('EndpointConfig', configName);
    const summary: ModelDashboardEndpoint = {
      EndpointName: endpoint.EndpointName,
      EndpointArn: endpoint.EndpointArn,
      CreationTime: endpoint.CreationTime,
      LastModifiedTime: endpoint.LastModifiedTime,
      EndpointStatus: endpoint.EndpointStatus,
    };
    const models = new Set((config?.ProductionVariants ?? []).map((variant) => variant.ModelName));
    for (const model of models) {
      if (model === undefined) continue;
      const list = byModel.get(model);
      if (list) list.push(summary);
      else byModel.set(model, [summary]);
    }
  }
  return byModel;
};

/**
 * Search documents for `Model`: SageMaker's ModelDashboardModel records, `{ Model, Endpoints }`,
 * holding the stored model itself (with its Tags, so tag changes show at once) and the endpoints
 * whose current configuration hosts it. Built per request; the endpoint join costs one pass over
 * the endpoints, done only when a document is built. The store's ModelName/ModelArn indexes
 * answer `Model.ModelName` / `Model.ModelArn` lookups, so a batch by names builds only its hits.
 */
export const modelSearchSource = (store: EmulatorStore, now: number): ModelSearchSource => {
  let endpoints: Map<string, ModelDashboardEndpoint[]> | undefined;
  // Search docs of a kind are its stored records.
  const dashboard = (doc: object): ModelDashboardModel => {
    const model = doc as KindRecords['Model'];
    endpoints ??= endpointsByModel(store, now);
    const name = model.ModelName;
    return { Model: model, Endpoints: name === undefined ? [] : (endpoints.get(name) ?? []) };
  };
  const models = store.lookup('Model', now);
  return {
    docs: () => store.searchDocs('Model', now).map(dashboard),
    lookup: (property, values) => {
      const member = property.startsWith('Model.') ? property.slice('Model.'.length) : undefined;
      return member === undefined ? undefined : models(member, values)?.map(dashboard);
    },
  };
};
