import { createHash, createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';

/**
 * The demo's token key: an Ed25519 key pair derived from this fixed, published seed, so that
 * `npm run token` and a demo gateway agree on it with no key file to share or commit. Anyone can
 * derive it, so it proves nothing: it is accepted only by the demo backend (fake data in the
 * embedded emulator) with AUTH_MODE=jwt and no key configured, and never in AWS mode (config.ts).
 */
const DEMO_SEED_TEXT =
  'sagemaker-graphql-gateway demo token key: public, for the demo backend only';

/** The `kid` demo tokens carry. */
export const DEMO_KEY_ID = 'demo';

// An Ed25519 private key in PKCS#8 DER is this fixed header followed by the 32-byte seed
// (RFC 8410, section 7); node derives the public half from it.
const PKCS8_ED25519_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

/** The demo's private key (for scripts/token.ts). */
export function demoPrivateKey(): KeyObject {
  const seed = createHash('sha256').update(DEMO_SEED_TEXT).digest();
  return createPrivateKey({
    key: Buffer.concat([PKCS8_ED25519_PREFIX, seed]),
    format: 'der',
    type: 'pkcs8',
  });
}

/** The demo's public key, which a demo gateway in jwt mode without a configured key trusts. */
export function demoPublicKey(): KeyObject {
  return createPublicKey(demoPrivateKey());
}
