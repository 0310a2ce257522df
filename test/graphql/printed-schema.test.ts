import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { printedSchema, SCHEMA_FILE } from '../../src/graphql/printed.js';

it(`${SCHEMA_FILE} is the schema the code builds`, async () => {
  const committed = await readFile(
    fileURLToPath(new URL(`../../${SCHEMA_FILE}`, import.meta.url)),
    'utf8',
  );
  // A plain equality would print a 4000-line diff; the message says how to fix it.
  expect(
    committed === printedSchema(),
    `${SCHEMA_FILE} is out of date with the code: run \`npm run schema:print\` and commit it.`,
  ).toBe(true);
});
