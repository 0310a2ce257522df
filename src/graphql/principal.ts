import type { Filter } from '@aws-sdk/client-sagemaker';
import type { SearchResource } from '../search/property-spec.js';
import { SEARCH_SPECS } from '../search/specs.js';
import type { SearchGuards } from './context.js';

/** The scopes a principal may hold; each field and root type says which it needs. */
export type Scope = 'sagemaker:read' | 'sagemaker:write' | 'sagemaker:admin';

/** Who is asking: built once per request by the auth layer (src/server/auth), read by rules. */
export interface Principal {
  /** The token's `sub`; undefined for the anonymous principal and tokens without one. */
  readonly subject: string | undefined;
  readonly scopes: ReadonlySet<Scope>;
  /**
   * The tenants (values of the tenant tag) whose resources the principal sees, or `all` for an
   * admin. Empty sees nothing.
   */
  readonly tenants: 'all' | readonly string[];
  readonly anonymous: boolean;
}

/**
 * Whoever calls an AUTH_MODE=none gateway (the demo's default, or AWS mode with
 * ALLOW_ANONYMOUS=true): an admin with every scope over every tenant. In-process contexts built
 * without a principal (tests, benches) are this one too.
 */
export const ANONYMOUS: Principal = {
  subject: undefined,
  scopes: new Set<Scope>(['sagemaker:read', 'sagemaker:write', 'sagemaker:admin']),
  tenants: 'all',
  anonymous: true,
};

/**
 * The filters every read of a non-admin principal is held to: its resources carry the tenant tag
 * with one of its tenants. No tenants at all is a guard nothing passes (the tag both exists and
 * does not), so such a principal sees empty lists rather than everything. Undefined for an admin.
 */
export function tenantFilters(principal: Principal, tagKey: string): Filter[] | undefined {
  if (principal.tenants === 'all') return undefined;
  const property = `Tags.${tagKey}`;
  const tenants = principal.tenants;
  return tenants.length === 0
    ? [
        { Name: property, Operator: 'Exists' },
        { Name: property, Operator: 'NotExists' },
      ]
    : [
        tenants.length === 1
          ? { Name: property, Operator: 'Equals', Value: tenants[0] }
          : { Name: property, Operator: 'In', Value: tenants.join(',') },
      ];
}

/** {@link tenantFilters} for every Search resource: what collections and batch Searches AND on. */
export function tenantGuards(filters: readonly Filter[]): SearchGuards {
  const guards: SearchGuards = {};
  for (const resource of Object.keys(SEARCH_SPECS) as SearchResource[]) guards[resource] = filters;
  return guards;
}
