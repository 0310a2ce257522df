import type { SearchRequest } from '@aws-sdk/client-sagemaker';
import { KINDS, type Kind } from '../kinds.js';
import { runSearch } from '../search/engine.js';
import type { Operation } from './context.js';
import { modelSearchSource } from './model-dashboard.js';

const isKind = (value: unknown): value is Kind =>
  typeof value === 'string' && (KINDS as readonly string[]).includes(value);

const search: Operation = (request, context) => {
  const resource = request.Resource;
  const searchRequest = request as unknown as SearchRequest;
  // A model's Search record is derived (ModelDashboardModel), not the stored model.
  if (resource === 'Model') {
    const { docs, lookup } = modelSearchSource(context.store, context.now);
    return runSearch(searchRequest, docs, { lookup });
  }
  // The engine rejects resource types SageMaker lacks with its enum error, and finds nothing for
  // those the emulator holds no records of.
  const kind = isKind(resource) ? resource : undefined;
  const docs = kind ? context.store.searchDocs(kind, context.now) : [];
  const lookup = kind ? context.store.lookup(kind, context.now) : undefined;
  return runSearch(searchRequest, docs, lookup ? { lookup } : {});
};

export const searchOperations: Record<string, Operation> = { Search: search };
