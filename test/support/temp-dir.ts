import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

/**
 * Temp directories that last as long as the test file that made them: a test, a `beforeAll` or
 * the file's top level can make one and keep using it, and all are removed once the file is done.
 * The removal is this module's `afterAll`, registered on import, before the file's own hooks: after
 * hooks run last-registered first, so it comes after those that close bots and stop processes
 * still writing to the directories.
 */
const made: string[] = [];

afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fresh, empty directory under the system's temp directory, named `<prefix>XXXXXX`. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}
