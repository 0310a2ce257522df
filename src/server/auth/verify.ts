import { createPublicKey, type KeyObject } from 'node:crypto';
import { createRemoteJWKSet, type JWTPayload, jwtVerify } from 'jose';
import type { AuthKeys } from '../../config.js';
import { demoPublicKey } from './demo-key.js';

/**
 * The algorithms a token may be signed with: asymmetric ones only. An explicit list means a
 * token cannot pick `none`, nor HS256 with the public key as its secret.
 */
const ALGORITHMS = [
  'RS256',
  'RS384',
  'RS512',
  'PS256',
  'PS384',
  'PS512',
  'ES256',
  'ES384',
  'ES512',
  'EdDSA',
  'Ed25519',
];

/** How long one JWKS fetch may take before the token is refused. */
const JWKS_TIMEOUT_MS = 5_000;

/** A token that was refused; `description` is safe to send (RFC 6750 error_description). */
export class InvalidTokenError extends Error {
  /** Whether the gateway, not the token, is at fault (the key set could not be fetched). */
  readonly keysUnavailable: boolean;

  constructor(description: string, keysUnavailable = false, cause?: unknown) {
    super(description, { cause });
    this.name = 'InvalidTokenError';
    this.keysUnavailable = keysUnavailable;
  }
}

export interface VerifyOptions {
  keys: AuthKeys;
  issuer: string;
  audience: string;
  clockToleranceS: number;
}

type Key = KeyObject | ReturnType<typeof createRemoteJWKSet>;

function keyOf(keys: AuthKeys): Key {
  switch (keys.source) {
    case 'jwks':
      // jose caches the set, refetches it for an unknown kid (once per cooldown) and on age.
      return createRemoteJWKSet(new URL(keys.url), {
        timeoutDuration: JWKS_TIMEOUT_MS,
        cooldownDuration: keys.cooldownMs,
      });
    case 'pem':
      return createPublicKey(keys.pem);
    case 'demo':
      return demoPublicKey();
  }
}

/** Why jose refused a token, in words a client may read. */
function describe(error: unknown): InvalidTokenError {
  const code = (error as { code?: unknown }).code;
  const claim = (error as { claim?: unknown }).claim;
  switch (code) {
    case 'ERR_JWT_EXPIRED':
      return new InvalidTokenError('The token has expired');
    case 'ERR_JWT_CLAIM_VALIDATION_FAILED':
      if (claim === 'nbf') return new InvalidTokenError('The token is not valid yet (nbf)');
      if (claim === 'iss') return new InvalidTokenError('The token is from another issuer (iss)');
      if (claim === 'aud') return new InvalidTokenError('The token is for another audience (aud)');
      if (claim === 'exp') return new InvalidTokenError('The token has no expiry (exp)');
      return new InvalidTokenError(`The token's ${String(claim)} claim is not accepted`);
    case 'ERR_JOSE_ALG_NOT_ALLOWED':
      return new InvalidTokenError(
        'The token is not signed with an accepted algorithm (RS*, PS*, ES*, EdDSA)',
      );
    case 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED':
      return new InvalidTokenError('The token signature does not verify');
    case 'ERR_JWKS_NO_MATCHING_KEY':
    case 'ERR_JWKS_MULTIPLE_MATCHING_KEYS':
      return new InvalidTokenError('No key of the key set matches the token (kid)');
    case 'ERR_JWS_INVALID':
    case 'ERR_JWT_INVALID':
    case 'ERR_JOSE_NOT_SUPPORTED':
    case 'ERR_JWK_INVALID':
      return new InvalidTokenError('The token is malformed');
    default:
      // a JWKS that timed out, failed to fetch or was no key set
      return new InvalidTokenError(
        'The token cannot be verified now: the key set is unavailable',
        true,
        error,
      );
  }
}

/** Verifies a compact JWT against the configured keys, issuer and audience; its claims. */
export function createTokenVerifier(
  options: VerifyOptions,
): (token: string) => Promise<JWTPayload> {
  const key = keyOf(options.keys);
  const verifyOptions = {
    issuer: options.issuer,
    audience: options.audience,
    algorithms: ALGORITHMS,
    clockTolerance: options.clockToleranceS,
    // a token without exp would never expire
    requiredClaims: ['exp'],
  };
  return async (token) => {
    try {
      const { payload } =
        typeof key === 'function'
          ? await jwtVerify(token, key, verifyOptions)
          : await jwtVerify(token, key, verifyOptions);
      return payload;
    } catch (error) {
      throw describe(error);
    }
  };
}
