import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import type { DocumentNode } from 'graphql';

/** The hex sha256 of a text, with the Web Crypto API of browsers and Node. */
async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * PERSISTED_DOCUMENTS=allow (the default): a document goes as its hash alone; the first time,
 * the gateway answers PersistedQueryNotFound and the link sends it again with its text.
 */
export const automaticPersistedQueries = (): PersistedQueryLink =>
  new PersistedQueryLink({ sha256 });

/**
 * PERSISTED_DOCUMENTS=only: each generated document goes as the hash codegen gave it, which is
 * its entry in persisted-documents.json, the manifest the gateway runs with. As GET, with
 * `useGETForHashedQueries`, a CDN can cache the answers.
 */
export const trustedDocuments = (useGETForHashedQueries = false): PersistedQueryLink =>
  new PersistedQueryLink({
    useGETForHashedQueries,
    generateHash: (document: DocumentNode) => {
      const hash = (document as { __meta__?: { hash?: string } }).__meta__?.hash;
      if (hash === undefined) throw new Error('not a generated document: it has no hash');
      return hash.replace(/^sha256:/, '');
    },
  });
