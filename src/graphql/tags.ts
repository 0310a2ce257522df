import type { Tag } from '@aws-sdk/client-sagemaker';
import { createContextCache } from '@pothos/core';
import DataLoader from 'dataloader';
import { loadTagsByArn } from '../sagemaker/tags.js';
import type { Context } from './context.js';

// Describe-only resources (endpoint configs, models, algorithms) come without tags; one loader
// per request fetches them by ARN for the items whose `tags` a query selects, in one batch per
// level: each ARN costs its own ListTags anyway (see EndpointConfig).
const tagsByArn = createContextCache(
  (context: Context) =>
    new DataLoader<string, Tag[]>((arns) => loadTagsByArn(context.sagemaker, arns, context.logger)),
);

/** The tags of the resource with `arn` (none without an ARN), batched and cached per request. */
export const tagsOf = (arn: string | undefined, context: Context): Promise<Tag[]> =>
  arn === undefined ? Promise.resolve([]) : tagsByArn(context).load(arn);
