import type { ContainerDefinition, ModelSummary } from '@aws-sdk/client-sagemaker';
import type { KindRecords } from '../kinds.js';
import { listPage, timeKey } from '../list.js';
import {
  optionalList,
  optionalObject,
  type Request,
  requiredString,
  resourceName,
} from '../request-members.js';
import { validationError } from '../service-errors.js';
import {
  copy,
  type Operation,
  type OperationContext,
  visibleFrom,
  withoutTags,
} from './context.js';
import { findModelPackage } from './model-packages.js';

type Model = KindRecords['Model'];

const notFound = (context: OperationContext, name: string) =>
  validationError(`Could not find model "${context.store.arn('Model', name)}".`);

/** A model by name, or SageMaker's not-found error. */
export const mustFindModel = (context: OperationContext, name: string): Model =>
  context.store.require('Model', name, () => notFound(context, name));

const describeModel: Operation = (request, context) =>
  withoutTags(mustFindModel(context, requiredString(request, 'ModelName')));

const summary = (model: Model): ModelSummary => ({
  ModelName: model.ModelName,
  ModelArn: model.ModelArn,
  CreationTime: model.CreationTime,
});

const listModels: Operation = (request, context) => {
  const page = listPage({
    operation: 'ListModels',
    request,
    items: context.store.all('Model'),
    id: (model) => model.ModelName ?? '',
    name: (model) => model.ModelName,
    created: (model) => model.CreationTime,
    sortBy: {
      Name: (model) => model.ModelName,
      CreationTime: (model) => timeKey(model.CreationTime),
    },
  });
  return { Models: page.items.map(summary), NextToken: page.nextToken };
};

const createModel: Operation = (request, context) => {
  const name = resourceName(request, 'ModelName');
  const primary = optionalObject(request, 'PrimaryContainer') as ContainerDefinition | undefined;
  const containers = (optionalList(request, 'Containers') ?? []) as ContainerDefinition[];
  if (!primary && containers.length === 0) {
    throw validationError('Either PrimaryContainer or Containers must be specified.');
  }
  for (const container of primary ? [primary, ...containers] : containers) {
    const packageName = container.ModelPackageName;
    if (packageName && !findModelPackage(context, packageName)) {
      throw validationError(`ModelPackage ${packageName} does not exist.`);
    }
    if (!packageName && !container.Image) {
      throw validationError('Image must be specified in a container without ModelPackageName.');
    }
  }
  if (context.store.get('Model', name)) {
    // SageMaker reports an existing model this way, not as ResourceInUse.
    throw validationError(
      `Cannot create already existing model "${context.store.arn('Model', name)}".`,
    );
  }
  const input = copy(request) as Request & Model;
  const model: Model = {
    ...input,
    ModelName: name,
    ModelArn: undefined,
    CreationTime: new Date(context.now),
    EnableNetworkIsolation: input.EnableNetworkIsolation ?? false,
    Tags: input.Tags ?? [],
  };
  const stored = context.store.put('Model', model, visibleFrom(context));
  return { ModelArn: stored.ModelArn };
};

const deleteModel: Operation = (request, context) => {
  const name = requiredString(request, 'ModelName');
  mustFindModel(context, name);
  context.store.delete('Model', name);
  return {};
};

export const modelOperations: Record<string, Operation> = {
  DescribeModel: describeModel,
  ListModels: listModels,
  CreateModel: createModel,
  DeleteModel: deleteModel,
};
