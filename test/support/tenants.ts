import type { Tag } from '@aws-sdk/client-sagemaker';
import { exportSPKI, generateKeyPair, SignJWT } from 'jose';
import { expect } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { KIND_INFO, type Kind } from '../../src/emulator/kinds.js';
import { useDemoGateway } from './gateway.js';

const ISSUER = 'https://id.example.test/';
const AUDIENCE = 'sagemaker-gateway';

export interface Answer {
  data?: Record<string, unknown> | null;
  errors?: Array<{ message: string; path?: unknown[]; extensions?: Record<string, unknown> }>;
}

/** The issuer and audience test tokens carry, and the variables a gateway checks them with. */
export async function jwtSigner() {
  const pair = await generateKeyPair('ES384', { extractable: true });
  const vars = {
    AUTH_MODE: 'jwt',
    AUTH_JWT_PUBLIC_KEY: await exportSPKI(pair.publicKey),
    AUTH_ISSUER: ISSUER,
    AUTH_AUDIENCE: AUDIENCE,
  };
  /** A real ES384 token with these claims, for subject `subject`. */
  const token = (claims: Record<string, unknown>, subject = 'bob') =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: 'ES384' })
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setSubject(subject)
      .setExpirationTime('5m')
      .sign(pair.privateKey);
  return { vars, token };
}

/**
 * A demo gateway with AUTH_MODE=jwt and a key pair of its own (AUTH_JWT_PUBLIC_KEY as PEM):
 * `postWith` signs a real ES384 token with the given claims for each request.
 */
export async function useJwtGateway(vars: Record<string, string> = {}) {
  const signer = await jwtSigner();
  const config = loadConfig({ LOG_LEVEL: 'silent', ...signer.vars, CACHE: 'off', ...vars });
  const gateway = useDemoGateway({ config });
  const { token } = signer;

  async function postWith(
    claims: Record<string, unknown>,
    query: string,
    variables?: Record<string, unknown>,
    subject?: string,
  ): Promise<Answer> {
    const response = await gateway.app().fetch('http://gateway/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${await token(claims, subject)}`,
      },
      body: JSON.stringify({ query, variables }),
    });
    expect(response.status).toBe(200);
    return (await response.json()) as Answer;
  }

  return { ...gateway, token, postWith };
}

/** Team fraud (A), team vision (B) and an admin (whose own team is fraud). */
export type Who = 'fraud' | 'vision' | 'admin';

const CLAIMS: Record<Who, Record<string, unknown>> = {
  fraud: { scope: 'sagemaker:read', team: 'fraud' },
  vision: { scope: 'sagemaker:read', team: 'vision' },
  admin: { scope: 'sagemaker:read sagemaker:admin', team: 'fraud' },
};

export const teamOf = (record: object): string | undefined =>
  ((record as { Tags?: Tag[] }).Tags ?? []).find((tag) => tag.Key === 'team')?.Value;

export interface Ref {
  kind: Kind;
  name: string;
  arn: string;
}

/** {@link useJwtGateway} with the three principals of the tenant suites. */
export async function useTenantGateway(vars: Record<string, string> = {}) {
  const gateway = await useJwtGateway(vars);

  const post = (who: Who, query: string, variables?: Record<string, unknown>) =>
    gateway.postWith(CLAIMS[who], query, variables, who);

  /** Posts and expects no error at all: out of tenant must never surface as one. */
  async function data(who: Who, query: string, variables?: Record<string, unknown>) {
    const answer = await post(who, query, variables);
    expect(answer.errors).toBeUndefined();
    return answer.data ?? {};
  }

  /** Up to `count` records of `kind` tagged with `team`, from the emulator's own store. */
  function refs(kind: Kind, team: string, count = 3): Ref[] {
    const info = KIND_INFO[kind];
    return gateway
      .emulator()
      .store.all(kind)
      .filter((record) => teamOf(record) === team)
      .slice(0, count)
      .map((record) => {
        const fields = record as unknown as Record<string, string>;
        return { kind, name: fields[info.name] ?? '', arn: fields[info.arn] ?? '' };
      });
  }

  return { ...gateway, post, data, refs };
}
