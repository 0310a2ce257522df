import { parseArn } from '../../sagemaker/arn.js';
import { readFreshTags } from '../../sagemaker/writes/fresh.js';
import { echo } from '../../search/echo.js';
import { builder } from '../builder.js';
import { present, TagRef } from '../common.js';
import type { Context } from '../context.js';
import { primeTags } from '../tags.js';
import { badInput } from './check.js';
import { inputMutation, type Payload } from './define.js';
import { KINDS, kindOfArnType } from './kinds.js';
import type { Reference } from './references.js';
import { reservedTagProblems } from './tenancy.js';

const TaggedPayload = (name: string, description: string) =>
  builder.objectRef<Payload>(name).implement({
    description,
    fields: (t) => ({
      resourceArn: t.string({
        nullable: false,
        description: 'The ARN of the resource whose tags changed.',
        resolve: (payload) => payload.key,
      }),
      tags: t.field({
        type: [TagRef],
        nullable: false,
        description: 'All tags of the resource after the change, read back from SageMaker.',
        resolve: (payload) => payload.tags ?? [],
      }),
    }),
  });

const SERVED = Object.values(KINDS)
  .map((kind) => kind.arnType)
  .join(', ');

/** The resource a tags request names: one of the gateway's families, to be visible. */
function taggedResource(arn: string | undefined): Reference[] {
  if (arn === undefined) return [];
  const kind = kindOfArnType(parseArn(arn)?.resourceType ?? '');
  if (kind === undefined) {
    throw badInput([
      { path: 'input.resourceArn', rule: `Must be the ARN of one of: ${SERVED}`, value: arn },
    ]);
  }
  return [{ kind, key: arn, path: 'input.resourceArn' }];
}

/** The resource's tags read back after the write, and made the request's answer for them. */
async function currentTags(context: Context, arn: string): Promise<Payload> {
  const tags = await readFreshTags(context.sagemaker, arn, context.logger);
  if (tags instanceof Error) throw tags;
  if (tags === null) throw new Error(`The resource ${echo(arn)} went away while being tagged`);
  primeTags(context, arn, tags);
  return { key: arn, tags };
}

/** addTags and deleteTags: the same checks, over the tags or the keys the input lists. */
function tagsMutation(
  field: string,
  operation: 'AddTags' | 'DeleteTags',
  listed: 'tags' | 'tagKeys',
  text: { description: string; input: string; payload: string },
) {
  inputMutation(field, {
    operation,
    description: text.description,
    inputDescription: text.input,
    payload: TaggedPayload(`${operation}Payload`, text.payload),
    problems: (input, context) => reservedTagProblems(context, input[listed], `input.${listed}`),
    references: (request) => taggedResource(request.ResourceArn),
    result: (context, { request }) =>
      currentTags(context, present(request.ResourceArn, 'ResourceArn')),
  });
}

tagsMutation('addTags', 'AddTags', 'tags', {
  description:
    'Adds tags to a resource, or changes the values of tags it has (SageMaker AddTags). The tenant tag (TENANT_TAG_KEY) is the gateway’s: an input tag with its key is BAD_USER_INPUT. A resource the caller may not see is NOT_FOUND.',
  input: 'The resource and the tags to add.',
  payload: 'The resource’s tags after AddTags.',
});

tagsMutation('deleteTags', 'DeleteTags', 'tagKeys', {
  description:
    'Removes tags from a resource by key (SageMaker DeleteTags). The tenant tag (TENANT_TAG_KEY) cannot be removed: its key in tagKeys is BAD_USER_INPUT. A resource the caller may not see is NOT_FOUND.',
  input: 'The resource and the keys of the tags to remove.',
  payload: 'The resource’s tags after DeleteTags.',
});
