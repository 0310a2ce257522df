import type { SearchRequest } from '@aws-sdk/client-sagemaker';
import { KINDS, type Kind } from '../kinds.js';
import { runSearch } from '../search/engine.js';
import type { Operation } from './context.js';

const isKind = (value: unknown): value is Kind =>
  typeof value === 'string' && (KINDS as readonly string[]).includes(value);

const search: Operation = (request, context) => {
  const resource = request.Resource;
  // The engine rejects resources it does not search (e.g. Model) with SageMaker's enum error.
  const kind = isKind(resource) ? resource : undefined;
  const docs = kind ? context.store.searchDocs(kind, context.now) : [];
  const lookup = kind ? context.store.lookup(kind, context.now) : undefined;
  return runSearch(request as unknown as SearchRequest, docs, lookup ? { lookup } : {});
};

export const searchOperations: Record<string, Operation> = { Search: search };
