import { createHash } from 'node:crypto';

/** A persisted document's hash as the manifest keys it and as clients send it: hex sha256. */
const SHA256_HEX = /^[0-9a-f]{64}$/;

/** The hex sha256 of a key a client or a manifest gives: `sha256:<hex>` or `<hex>`. Pure. */
export const documentHash = (key: string): string =>
  key.startsWith('sha256:') ? key.slice('sha256:'.length) : key;

const sha256Hex = (text: string): string => createHash('sha256').update(text).digest('hex');

/**
 * The documents of a persisted-documents manifest (GraphQL Code Generator's client preset writes
 * `persisted-documents.json`: `{ "sha256:<hex>": "<document>" }`) by hex hash, or what is wrong
 * with it. Every hash is checked against its document, so a manifest from another build, or
 * edited by hand, fails at start rather than answering one document for another.
 */
export function parseManifest(json: string): ReadonlyMap<string, string> | string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch (error) {
    return `expected a persisted-documents JSON file: ${(error as Error).message}`;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return 'expected a JSON object of "sha256:<hash>": "<document>" entries';
  }
  const documents = new Map<string, string>();
  for (const [key, document] of Object.entries(parsed)) {
    const hash = documentHash(key);
    if (!SHA256_HEX.test(hash) || typeof document !== 'string') {
      return `entry ${JSON.stringify(key)}: expected "sha256:<64 hex digits>": "<document>"`;
    }
    if (sha256Hex(document) !== hash) {
      return `entry ${JSON.stringify(key)}: the hash is not the sha256 of its document`;
    }
    documents.set(hash, document);
  }
  return documents;
}
