import type { AuthConfig } from '../../config.js';

/** The start-up line that says who may call the API, so an open one never goes unnoticed. */
export function authBanner(auth: AuthConfig): string {
  if (auth.mode === 'none') {
    return 'none: the API is open, every request is an anonymous admin (all scopes, all tenants)';
  }
  const keys =
    auth.keys.source === 'demo'
      ? 'the public demo key; `npm run token -- --team fraud` signs a token'
      : auth.keys.source === 'jwks'
        ? `keys from ${auth.keys.url}`
        : 'the key in AUTH_JWT_PUBLIC_KEY';
  return `jwt: bearer tokens of ${auth.issuer} for ${auth.audience}, signed with ${keys}`;
}
