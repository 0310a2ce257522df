import type { JWTPayload } from 'jose';
import type { Principal, Scope } from '../../graphql/principal.js';

export interface ClaimNames {
  /** AUTH_TENANT_CLAIM: a string or an array of strings. */
  tenantClaim: string;
  /** AUTH_SCOPES_CLAIM: space-separated, or an array of strings. */
  scopesClaim: string;
}

const SCOPES: readonly Scope[] = ['sagemaker:read', 'sagemaker:write', 'sagemaker:admin'];

// An AWS tag value (no commas: a tenant is one value of a Search `In` list), with no space at
// either end, which a tag value could carry but a tenant name should not.
const TENANT =
  /^[\p{L}\p{N}_.:/=+\-@](?:[\p{L}\p{Z}\p{N}_.:/=+\-@]{0,254}[\p{L}\p{N}_.:/=+\-@])?$/u;

const strings = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : Array.isArray(value)
      ? value.filter((item): item is string => typeof item === 'string')
      : [];

/**
 * The principal a verified token's claims describe. Unknown scopes are ignored; a tenant that
 * is no valid tag value is dropped, never split (`a,b` would otherwise read as two tenants in a
 * Search `In`). `sagemaker:admin` sees every tenant; it grants no other scope by itself.
 */
export function principalFromClaims(payload: JWTPayload, names: ClaimNames): Principal {
  const granted = new Set(strings(payload[names.scopesClaim]).flatMap((s) => s.split(/\s+/)));
  const scopes = new Set(SCOPES.filter((scope) => granted.has(scope)));
  const tenants = [...new Set(strings(payload[names.tenantClaim]).filter((t) => TENANT.test(t)))];
  return {
    subject: typeof payload.sub === 'string' ? payload.sub : undefined,
    scopes,
    tenants: scopes.has('sagemaker:admin') ? 'all' : tenants,
    anonymous: false,
  };
}
