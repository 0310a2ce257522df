import type { Tag } from '@aws-sdk/client-sagemaker';
import { optionalInt, optionalList, optionalString, requiredString } from '../request-members.js';
import { constraintError, validationError } from '../service-errors.js';
import type { Operation, OperationContext } from './context.js';

const ARN_PATTERN = /^arn:aws[a-z-]*:sagemaker:[a-z0-9-]*:[0-9]{12}:.+$/;
const MAX_TAGS = 50;

const taggable = (context: OperationContext, arn: string): { Tags?: Tag[] | undefined } => {
  if (!ARN_PATTERN.test(arn)) {
    throw constraintError(
      arn,
      'resourceArn',
      'Member must satisfy regular expression pattern: arn:aws[a-z\\-]*:sagemaker:[a-z0-9\\-]*:[0-9]{12}:.+',
    );
  }
  const found = context.store.findByArn(arn);
  if (!found) throw validationError(`Resource ${arn} does not exist.`);
  return found.record;
};

const addTags: Operation = (request, context) => {
  const record = taggable(context, requiredString(request, 'ResourceArn'));
  const tags = (optionalList(request, 'Tags') ?? []) as Tag[];
  const merged = new Map((record.Tags ?? []).map((tag) => [tag.Key ?? '', tag.Value ?? '']));
  // AddTags adds or overwrites by key.
  for (const tag of tags) {
    if (!tag.Key) throw validationError('Tag keys must be non-empty.');
    merged.set(tag.Key, tag.Value ?? '');
  }
  if (merged.size > MAX_TAGS) {
    throw validationError(`Tags exceed the limit of ${MAX_TAGS} tags per resource.`);
  }
  record.Tags = Array.from(merged, ([Key, Value]) => ({ Key, Value }));
  return { Tags: tags };
};

const deleteTags: Operation = (request, context) => {
  const record = taggable(context, requiredString(request, 'ResourceArn'));
  const keys = new Set((optionalList(request, 'TagKeys') ?? []) as string[]);
  record.Tags = (record.Tags ?? []).filter((tag) => !keys.has(tag.Key ?? ''));
  return {};
};

const listTags: Operation = (request, context) => {
  const record = taggable(context, requiredString(request, 'ResourceArn'));
  const maxResults = optionalInt(request, 'MaxResults', 50, 100) ?? 50;
  const token = optionalString(request, 'NextToken');
  const start = token === undefined ? 0 : Number.parseInt(token, 10);
  if (!Number.isInteger(start) || start < 0) throw validationError('Invalid pagination token.');
  const tags = record.Tags ?? [];
  const page = tags.slice(start, start + maxResults);
  const next = start + maxResults < tags.length ? String(start + maxResults) : undefined;
  return { Tags: page, NextToken: next };
};

export const tagOperations: Record<string, Operation> = {
  AddTags: addTags,
  DeleteTags: deleteTags,
  ListTags: listTags,
};
