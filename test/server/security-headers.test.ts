import { describe, expect, it } from 'vitest';
import { useDemoGateway } from '../support/gateway.js';

/** A Content-Security-Policy as directive → sources. */
const parsePolicy = (header: string | null): Map<string, string[]> =>
  new Map(
    (header ?? '')
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0] !== '')
      .map(([directive = '', ...sources]) => [directive, sources]),
  );

/**
 * Whether `url` is allowed by a directive (or default-src): the page's origin (http://gateway)
 * by 'self', an exact file or a folder.
 */
const allows = (policy: Map<string, string[]>, directive: string, url: string): boolean =>
  (policy.get(directive) ?? policy.get('default-src') ?? []).some(
    (source) =>
      (source === "'self'" && new URL(url).origin === 'http://gateway') ||
      source === url ||
      (source.endsWith('/') && url.startsWith(source)),
  );

const attribute = (tag: string, name: string): string | undefined =>
  new RegExp(`\\b${name}=("?)([^"\\s>]+)\\1`).exec(tag)?.[2];

describe('security headers', () => {
  const gateway = useDemoGateway({
    deps: { graphiqlTabs: [{ query: '{ endpoints { nodes { name } } }', variables: '{}' }] },
  });

  it.each([
    [
      'POST /graphql',
      'http://gateway/graphql',
      { method: 'POST', body: '{"query":"{__typename}"}' },
    ],
    ['GET /graphql', 'http://gateway/graphql?query=%7B__typename%7D', {}],
    ['GET /health', 'http://gateway/health', {}],
    ['GET /ready', 'http://gateway/ready', {}],
    ['GET /metrics', 'http://gateway/metrics', {}],
    ['GET /nowhere', 'http://gateway/nowhere', {}],
    ['a bad request', 'http://gateway/graphql', { method: 'POST', body: '{' }],
    [
      'a preflight',
      'http://gateway/graphql',
      { method: 'OPTIONS', headers: { origin: 'https://a.example' } },
    ],
  ])('are on %s, with a policy that allows nothing', async (_, url, init: RequestInit) => {
    const response = await gateway.app().fetch(url, {
      ...init,
      headers: { 'content-type': 'application/json', 'x-graphql-yoga-csrf': '1', ...init.headers },
    });
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    const policy = parsePolicy(response.headers.get('content-security-policy'));
    expect(policy.get('default-src')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect([...policy.keys()].sort()).toEqual([
      'base-uri',
      'default-src',
      'form-action',
      'frame-ancestors',
    ]);
  });

  it('let the GraphiQL page load exactly what it needs, and nothing frame it', async () => {
    const response = await gateway.app().fetch('http://gateway/graphql', {
      headers: { accept: 'text/html' },
    });
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    const policy = parsePolicy(response.headers.get('content-security-policy'));
    const html = await response.text();
    expect(html).toContain('SageMaker GraphQL gateway');
    expect(html).toContain('endpoints { nodes { name } }');
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('default-src')).toEqual(["'none'"]);

    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes = ''] of scripts) {
      // the options are a data block, which the browser does not run; every script is a file
      if (attribute(attributes, 'type') === 'application/json') continue;
      const src = attribute(attributes, 'src') ?? '';
      expect(allows(policy, 'script-src', new URL(src, 'http://gateway/').href), src).toBe(true);
    }
    const links = [...html.matchAll(/<link\b[^>]*>/g)].map(([tag]) => tag);
    expect(links.length).toBeGreaterThan(0);
    for (const tag of links) {
      const href = attribute(tag, 'href') ?? '';
      const directive = attribute(tag, 'rel') === 'stylesheet' ? 'style-src' : 'img-src';
      expect(
        allows(policy, directive, new URL(href, 'http://gateway/').href),
        `${directive} ${href}`,
      ).toBe(true);
    }
    // queries go to the page's own origin, Monaco's workers come from it, and nothing else
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    expect(policy.get('worker-src')).toEqual(["'self'"]);
    expect(policy.get('script-src')).toEqual(["'self'"]);
    for (const sources of policy.values()) {
      expect(sources.filter((source) => /^https?:/.test(source))).toEqual([]);
    }
    expect(policy.get('script-src')).not.toContain("'unsafe-eval'");
  });
});
