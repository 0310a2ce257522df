import type { AlgorithmSummary } from '@aws-sdk/client-sagemaker';
import type { KindRecords } from '../kinds.js';
import { listPage, timeKey } from '../list.js';
import { type Request, requiredObject, requiredString, resourceName } from '../request-members.js';
import { resourceInUse, validationError } from '../service-errors.js';
import {
  copy,
  type Operation,
  type OperationContext,
  visibleFrom,
  withoutTags,
} from './context.js';

type Algorithm = KindRecords['Algorithm'];

/** An algorithm by name or ARN. */
export const findAlgorithm = (
  context: OperationContext,
  nameOrArn: string,
): Algorithm | undefined => {
  if (!nameOrArn.startsWith('arn:')) return context.store.get('Algorithm', nameOrArn);
  const found = context.store.findByArn(nameOrArn);
  return found?.kind === 'Algorithm' ? (found.record as Algorithm) : undefined;
};

const describeAlgorithm: Operation = (request, context) => {
  const name = requiredString(request, 'AlgorithmName');
  const algorithm = findAlgorithm(context, name);
  if (!algorithm) throw validationError(`Algorithm ${name} does not exist.`);
  return withoutTags(algorithm);
};

const summary = (algorithm: Algorithm): AlgorithmSummary => ({
  AlgorithmName: algorithm.AlgorithmName,
  AlgorithmArn: algorithm.AlgorithmArn,
  AlgorithmDescription: algorithm.AlgorithmDescription,
  CreationTime: algorithm.CreationTime,
  AlgorithmStatus: algorithm.AlgorithmStatus,
});

const listAlgorithms: Operation = (request, context) => {
  const page = listPage({
    operation: 'ListAlgorithms',
    request,
    items: context.store.all('Algorithm'),
    id: (algorithm) => algorithm.AlgorithmName ?? '',
    name: (algorithm) => algorithm.AlgorithmName,
    created: (algorithm) => algorithm.CreationTime,
    sortBy: {
      Name: (algorithm) => algorithm.AlgorithmName,
      CreationTime: (algorithm) => timeKey(algorithm.CreationTime),
    },
  });
  return { AlgorithmSummaryList: page.items.map(summary), NextToken: page.nextToken };
};

const createAlgorithm: Operation = (request, context) => {
  const name = resourceName(request, 'AlgorithmName');
  requiredObject(request, 'TrainingSpecification');
  const existing = context.store.get('Algorithm', name);
  if (existing) throw resourceInUse(`Algorithm ${existing.AlgorithmArn} already exists.`);
  const input = copy(request) as Request & Algorithm;
  const algorithm: Algorithm = {
    ...input,
    AlgorithmName: name,
    AlgorithmArn: undefined,
    CreationTime: new Date(context.now),
    AlgorithmStatus: 'Completed',
    AlgorithmStatusDetails: { ValidationStatuses: [], ImageScanStatuses: [] },
    CertifyForMarketplace: input.CertifyForMarketplace ?? false,
    Tags: input.Tags ?? [],
  };
  const stored = context.store.put('Algorithm', algorithm, visibleFrom(context));
  return { AlgorithmArn: stored.AlgorithmArn };
};

export const algorithmOperations: Record<string, Operation> = {
  DescribeAlgorithm: describeAlgorithm,
  ListAlgorithms: listAlgorithms,
  CreateAlgorithm: createAlgorithm,
};
