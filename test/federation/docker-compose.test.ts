import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadConfig } from '../../src/config.js';
import { ROOT } from '../support/service.js';

// docker-compose.yml cannot run on these machines (no Docker engine); router.test.ts is the proof.
// This keeps the file true to it: the variables a replica gets make the configuration the test
// runs, and the commands name files that exist.

interface Service {
  command?: string[];
  environment?: Record<string, string>;
  volumes?: string[];
  image?: string;
}

const compose = parse(readFileSync(join(ROOT, 'docker-compose.yml'), 'utf8')) as {
  services: Record<string, Service>;
};
const service = (name: string): Service => {
  const found = compose.services[name];
  if (found === undefined) throw new Error(`docker-compose.yml has no service ${name}`);
  return found;
};

/** `${NAME:?message}` and `${NAME:-default}` as docker compose fills them in. */
const interpolate = (value: string, env: Record<string, string>): string =>
  value.replace(/\$\{(\w+)(?::[?-]([^}]*))?\}/g, (whole, name: string, fallback?: string) => {
    const given = env[name];
    if (given !== undefined) return given;
    if (whole.includes(':?')) throw new Error(`${name} is required: ${fallback}`);
    return fallback ?? '';
  });

const GIVEN = {
  AUTH_JWKS_URL: 'https://id.example.com/.well-known/jwks.json',
  AUTH_ISSUER: 'https://id.example.com/',
  AUTH_AUDIENCE: 'sagemaker-gateway',
  FEDERATION_HMAC_SECRET: 'router-signing-secret-0123456789abcdef',
};

describe('docker-compose.yml', () => {
  it('runs two replicas configured as the supergraph test runs them', () => {
    for (const name of ['sagemaker-1', 'sagemaker-2']) {
      const env = Object.fromEntries(
        Object.entries(service(name).environment ?? {}).map(([key, value]) => [
          key,
          interpolate(String(value), GIVEN),
        ]),
      );
      const config = loadConfig(env);
      expect(config.backend).toBe('aws');
      expect(config.auth.mode).toBe('jwt');
      expect(config.federation.hmacSecret).toBe(GIVEN.FEDERATION_HMAC_SECRET);
      expect(config.redisUrl).toBe('redis://redis:6379');
      expect(config.upstream.rateLimits.replicas).toBe(2);
      expect(config.upstream.rateLimits.rules.length).toBeGreaterThan(0);
    }
  });

  it('refuses to start without the secrets it must be given', () => {
    const { FEDERATION_HMAC_SECRET: _, ...partial } = GIVEN;
    const env = service('sagemaker-1').environment ?? {};
    expect(() => Object.values(env).map((value) => interpolate(String(value), partial))).toThrow(
      /FEDERATION_HMAC_SECRET is required/,
    );
  });

  it('starts the router, the emulator and the team subgraph from files that exist', () => {
    const router = service('router');
    expect(router.image).toMatch(/^ghcr\.io\/graphql-hive\/gateway:2\.15\.1$/);
    expect(router.command).toEqual([
      'supergraph',
      'supergraph.graphql',
      '--config-path',
      'gateway.config.ts',
    ]);
    expect(router.volumes).toContain(
      './examples/supergraph/gateway.config.ts:/gateway/gateway.config.ts:ro',
    );
    expect(router.environment?.SAGEMAKER_REPLICA_URLS?.split(',')).toHaveLength(2);
    // dist/emulator/main.js is built from src/emulator/main.ts
    expect(service('emulator').command).toEqual(['node', 'dist/emulator/main.js']);
    expect(existsSync(join(ROOT, 'src', 'emulator', 'main.ts'))).toBe(true);
    const teams = service('teams').command ?? [];
    expect(existsSync(join(ROOT, teams.at(-1) ?? 'missing'))).toBe(true);
  });
});
