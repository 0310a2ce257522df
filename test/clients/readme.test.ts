import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * README's "Using it from a frontend" shows only code that runs: each of its TypeScript blocks is
 * a file of examples/frontend/ as it is, and the tests of test/clients/ run those files.
 */
const read = (path: string): string =>
  readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

const section = (markdown: string, heading: string): string => {
  const start = markdown.indexOf(`\n${heading}\n`);
  expect(start).toBeGreaterThan(-1);
  const end = markdown.indexOf('\n## ', start + heading.length + 2);
  return markdown.slice(start, end === -1 ? undefined : end);
};

const blocks = (markdown: string): string[] =>
  [...markdown.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1] ?? '');

describe('README: Using it from a frontend', () => {
  const quoted = blocks(section(read('README.md'), '## Using it from a frontend'));
  const snippets = readdirSync(new URL('../../examples/frontend/', import.meta.url))
    .filter((name) => name.endsWith('.ts'))
    .map((name) => ({ name, text: read(`examples/frontend/${name}`) }));

  it('quotes every snippet of examples/frontend/ as it is', () => {
    expect(snippets.length).toBeGreaterThanOrEqual(6);
    for (const { name, text } of snippets) expect(quoted, name).toContain(text);
  });

  it('shows no TypeScript block that is not one of them', () => {
    const texts = snippets.map((snippet) => snippet.text);
    for (const block of quoted) expect(texts).toContain(block);
  });
});
