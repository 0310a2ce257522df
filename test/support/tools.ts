import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { describe, it } from 'vitest';

/** The absolute path of `command` on PATH, or undefined when it is not installed. */
export function findOnPath(command: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir === '') continue;
    const candidate = join(dir, command);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not in this directory
    }
  }
  return undefined;
}

/**
 * Decides whether a suite that needs an external tool runs. A missing tool skips the suite with a
 * loud warning on a developer machine, but fails it under CI (`CI=true`), where a silently skipped
 * suite would look like a passing one.
 */
export function requireTool(tool: { name: string; available: boolean; install: string }): boolean {
  if (tool.available) return true;
  const message = `${tool.name} is not available; install it with: ${tool.install}`;
  if (process.env.CI === 'true') {
    describe(`${tool.name} is required under CI`, () => {
      it(`finds ${tool.name}`, () => {
        throw new Error(message);
      });
    });
  } else {
    console.warn(`\n*** SKIPPING: ${message} ***\n`);
  }
  return false;
}
