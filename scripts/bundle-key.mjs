import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The key that says whether dist/ask.cjs and its bundle are current (scripts/build.mjs `--if-stale`): a hash of
 * `extra` (the build script itself, the indexing code's hash) and of the content of every input
 * file, by its path relative to `root`. Content rather than modification times, so a checkout or
 * a copy that keeps old times cannot leave a stale bundle. Throws when an input is gone.
 */
export function bundleKey(root, inputs, extra) {
  const key = createHash('sha256');
  for (const part of extra) key.update(part).update('\0');
  for (const input of inputs) {
    const bytes = readFileSync(join(root, input));
    key.update(`${input}\0${bytes.length}\0`).update(bytes);
  }
  return key.digest('hex');
}

/** True when `outdir` holds the bundle and its record, and the record's key is still the inputs' key. */
export function bundleIsCurrent(root, outdir, extra) {
  try {
    const { inputs, key } = JSON.parse(readFileSync(join(outdir, 'ask.build.json'), 'utf8'));
    readFileSync(join(outdir, 'ask.cjs'));
    readFileSync(join(outdir, 'ask-bundle.cjs'));
    return bundleKey(root, inputs, extra) === key;
  } catch {
    return false;
  }
}
