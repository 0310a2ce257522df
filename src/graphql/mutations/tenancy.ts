import { createGraphQLError } from 'graphql-yoga';
import { parseArn, sameResourceArn } from '../../sagemaker/arn.js';
import { echo } from '../../search/echo.js';
import type { Context } from '../context.js';
import { isHome } from '../lookup.js';
import type { InputProblem } from './convert.js';
import { arnOf, type ResourceKind } from './kinds.js';

/** TENANT_TAG_KEY of the gateway serving `context`. */
const tenantTagKey = (context: Context): string => context.tenantTagKey ?? 'team';

const forbidden = (message: string) =>
  createGraphQLError(message, { extensions: { code: 'FORBIDDEN' } });

/**
 * The tenant a resource created by this request is tagged with: the `tenant` argument, which must
 * be one of the principal's tenants (FORBIDDEN otherwise); without it, the principal's only
 * tenant. A principal of several tenants must name one (BAD_USER_INPUT); one of none may create
 * nothing (FORBIDDEN). An admin or anonymous principal may name any tenant, or none: then the
 * resource carries no tenant tag.
 */
export function creationTenant(context: Context, requested: string | null | undefined) {
  const { tenants } = context.principal;
  if (tenants === 'all') return requested ?? undefined;
  if (requested !== null && requested !== undefined) {
    if (!tenants.includes(requested)) {
      throw forbidden(
        `Argument "tenant" must be one of the token's tenants (${tenants.join(', ') || 'none'}), but got: ${echo(requested)}.`,
      );
    }
    return requested;
  }
  const [only, ...others] = tenants;
  if (only === undefined) throw forbidden('Not authorized: the token has no tenant to create for.');
  if (others.length > 0) {
    throw createGraphQLError(
      `Argument "tenant" is required: the token has several tenants (${tenants.join(', ')}); name the one the resource belongs to.`,
      { extensions: { code: 'BAD_USER_INPUT' } },
    );
  }
  return only;
}

/** Tags of a GraphQL input (`[{ key, value }]`), as given. */
const inputTags = (tags: unknown): { key?: unknown }[] =>
  Array.isArray(tags) ? tags.filter((tag) => typeof tag === 'object' && tag !== null) : [];

/**
 * A problem for each tag key in `tags` (or each string in `keys`) that is the tenant tag key:
 * only the gateway sets it, from the principal, so no input may add, change or remove it.
 */
export function reservedTagProblems(context: Context, tags: unknown, path: string): InputProblem[] {
  const key = tenantTagKey(context);
  const rule = `Tag key ${echo(key)} is the tenant tag (TENANT_TAG_KEY): the gateway sets it`;
  const problems: InputProblem[] = [];
  (Array.isArray(tags) ? tags : []).forEach((tag: unknown, at) => {
    const given = typeof tag === 'string' ? tag : inputTags([tag])[0]?.key;
    if (given === key) {
      problems.push({
        path: typeof tag === 'string' ? `${path}[${at}]` : `${path}[${at}].key`,
        rule,
        value: given,
      });
    }
  });
  return problems;
}

/** `input` with the tenant tag appended to its `tags` (none without a tenant). */
export function withTenantTag(
  context: Context,
  input: Readonly<Record<string, unknown>>,
  tenant: string | undefined,
): Readonly<Record<string, unknown>> {
  if (tenant === undefined) return input;
  const tags = Array.isArray(input.tags) ? input.tags : [];
  return { ...input, tags: [...tags, { key: tenantTagKey(context), value: tenant }] };
}

/**
 * The record `key` names, if it exists and the principal may see it; null otherwise (out of
 * tenant is exactly as missing). Through the node's per-request loader, so the checks of one
 * request batch into one level of calls.
 */
export async function visibleRecord(
  context: Context,
  kind: ResourceKind,
  key: string,
): Promise<object | null> {
  if (key.startsWith('arn:')) {
    // An ARN must name a resource here, and the very one: loaders fall back to the name alone.
    const arn = parseArn(key);
    if (arn === undefined || !isHome(context, arn)) return null;
  }
  const record = await kind.loader(context).load(key);
  if (record === null) return null;
  const found = arnOf(kind, record);
  if (key.startsWith('arn:') && (found === undefined || !sameResourceArn(found, key))) return null;
  return record;
}
