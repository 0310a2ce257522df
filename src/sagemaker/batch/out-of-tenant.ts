import type { SageMakerClient } from '@aws-sdk/client-sagemaker';
import { readOptions } from '../read-options.js';
import { guardKey, type KeyGuard } from './guard.js';

// A second separator, so these entries never meet the missing-for-everyone ones (scope NUL key).
const scopeOf = (resource: string, guard: KeyGuard): string =>
  `${resource}\u0001${guardKey(guard)}`;

/**
 * Whether `key` of `resource` was recently found outside `guard`'s tenants: it then answers null
 * without a call, as a missing key does. Kept in the client's negative cache (same TTL and size),
 * scoped by the guard, so nothing learned for one tenant answers another; without a cache, false.
 */
export function knownOutOfTenant(
  client: SageMakerClient,
  resource: string,
  guard: KeyGuard,
  key: string,
): boolean {
  return readOptions(client).negativeCache?.has(scopeOf(resource, guard), key) === true;
}

/** Remembers that `key` of `resource` lies outside `guard`'s tenants (see knownOutOfTenant). */
export function rememberOutOfTenant(
  client: SageMakerClient,
  resource: string,
  guard: KeyGuard,
  key: string,
): void {
  readOptions(client).negativeCache?.add(scopeOf(resource, guard), key);
}
