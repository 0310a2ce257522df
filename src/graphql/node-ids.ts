import type { SchemaTypes } from '@pothos/core';
import { resolveNodes } from '@pothos/plugin-relay';
import type { GraphQLResolveInfo } from 'graphql';
import { createGraphQLError } from 'graphql-yoga';
import { checkArn, typenameForResourceType } from '../sagemaker/arn.js';
import { echo } from '../search/echo.js';
import type { Context } from './context.js';
import { isHome, recordArn } from './lookup.js';
import { settingsOf } from './settings.js';

/** The builder whose node types ids resolve to. */
export interface NodeIdSource {
  builder: PothosSchemaTypes.SchemaBuilder<SchemaTypes>;
  isNodeType: (typename: string) => boolean;
}

const invalidId = (id: string, rule: string) =>
  createGraphQLError(`Invalid id ${echo(id)}: ${rule}.`, {
    extensions: { code: 'BAD_USER_INPUT' },
  });

/**
 * The node type an id names, or null when it names nothing here (an ARN of another partition,
 * region or account: no call). An id that SageMaker would reject is a BAD_USER_INPUT Error.
 */
function readId(ids: NodeIdSource, context: Context, id: string): string | null | Error {
  const checked = checkArn(id);
  if ('rule' in checked) {
    return invalidId(
      id,
      id.startsWith('arn:')
        ? checked.rule
        : 'ids are SageMaker ARNs such as arn:aws:sagemaker:us-east-1:123456789012:training-job/my-job',
    );
  }
  const typename = typenameForResourceType(checked.arn.resourceType);
  if (!ids.isNodeType(typename)) {
    return invalidId(id, `this API has no ${checked.arn.resourceType} resources`);
  }
  return isHome(context, checked.arn) ? typename : null;
}

/**
 * The nodes of `raw`, in order, each a node, null or an Error of its own (GraphQL reports it at
 * its index and the others resolve): every id is checked before any call, the valid ones load in
 * one batch per type, and a node is returned only when its id is exactly the requested one (a
 * lookup by name would otherwise answer a foreign ARN with the local namesake, and an ARN in
 * other case with the canonical, lower-cased one — Relay needs node(id: X).id = X).
 */
export async function resolveIds(
  ids: NodeIdSource,
  context: Context,
  info: GraphQLResolveInfo,
  raw: readonly string[],
): Promise<unknown[]> {
  const results: unknown[] = raw.map(() => null);
  const pending: Array<{ at: number; typename: string; id: string }> = [];
  for (const [at, id] of raw.entries()) {
    const read = readId(ids, context, id);
    if (read instanceof Error) results[at] = read;
    else if (read !== null) pending.push({ at, typename: read, id });
  }
  if (pending.length === 0) return results;
  const loaded = await resolveNodes(
    ids.builder,
    context,
    info,
    pending.map(({ typename, id }) => ({ typename, id })),
  );
  for (const [slot, { at, typename, id }] of pending.entries()) {
    const node: unknown = loaded[slot];
    const exact =
      node instanceof Error ||
      (typeof node === 'object' && node !== null && recordArn(node, typename) === id);
    results[at] = exact ? node : null;
  }
  return results;
}

/** Rejects a `nodes(ids:)` longer than MAX_NODE_IDS, before any call. */
export function checkIdCount(context: Context, count: number): void {
  const { maxNodeIds } = settingsOf(context);
  if (count > maxNodeIds) {
    throw createGraphQLError(
      `Argument "ids" holds ${count} ids, more than the limit of ${maxNodeIds} (MAX_NODE_IDS); ask in batches.`,
      { extensions: { code: 'MAX_NODE_IDS_LIMIT' } },
    );
  }
}
