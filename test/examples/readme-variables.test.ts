import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useDemoGateway } from '../support/gateway.js';
import { exampleFiles, incremental, readmeExamples } from './readme-examples.js';

const gateway = useDemoGateway();

/** How many objects carrying an `id` (resources) an answer holds, at any depth. */
const resources = (value: unknown): number => {
  if (Array.isArray(value)) return value.reduce((sum: number, item) => sum + resources(item), 0);
  if (value === null || typeof value !== 'object') return 0;
  const own = 'id' in value && typeof value.id === 'string' ? 1 : 0;
  return own + Object.values(value).reduce((sum: number, item) => sum + resources(item), 0);
};

describe("the README's example variables", () => {
  it('give every example in examples/ its variables', () => {
    expect(
      readmeExamples()
        .map((example) => example.file)
        .sort(),
    ).toEqual(exampleFiles());
  });

  it.each(readmeExamples().filter((example) => !incremental(example.document)))(
    '$file returns data with them',
    async ({ document, variables }) => {
      const response = await gateway.post(document, variables);
      expect(response.errors).toBeUndefined();
      const data = response.data ?? {};
      expect(Object.keys(data).length).toBeGreaterThan(0);
      for (const field of Object.values(data)) expect(field).not.toBeNull();
      expect(resources(data)).toBeGreaterThan(0);
    },
  );
});

describe("the README's curl", () => {
  it('answers what the README says it answers', async () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const [, body, answer] =
      /curl -s http:\/\/localhost:4000\/graphql [^\n]*\\\n\s+-d '([^']+)'\n\nanswers `([^`]+)`/.exec(
        readme,
      ) ?? [];
    expect(body).toBeDefined();
    const response = await gateway.app().fetch('http://gateway/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: body ?? '',
    });
    expect(await response.json()).toEqual(JSON.parse(answer ?? 'null'));
  });
});
