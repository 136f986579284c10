import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The hash of the indexing code (src/search and src/corpus), computed exactly as
 * `indexCodeHash()` in src/search/index-snapshot.ts does from the sources, for the build to embed
 * in the bundle. Plain JavaScript so the build needs no TypeScript loader (it runs before every
 * `npm run ask`); test/search/snapshot-bundle.test.ts keeps the two in step.
 */
export function indexCodeHashOf(root) {
  const code = createHash('sha256');
  for (const dir of ['src/search', 'src/corpus'].map((sub) => join(root, sub))) {
    for (const name of readdirSync(dir)
      .filter((n) => /\.[cm]?[jt]s$/.test(n))
      .sort()) {
      const bytes = readFileSync(join(dir, name));
      code.update(`${name}\0${bytes.length}\0`).update(bytes);
    }
  }
  return code.digest('hex');
}
