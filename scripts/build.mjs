import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { bundleIsCurrent, bundleKey } from './bundle-key.mjs';
import { indexCodeHashOf } from './index-code-hash.mjs';

/**
 * `npm run build` (also run by `npm install` / `npm ci` through `prepare`): bundles the one-shot
 * console `ask` into dist/ask.mjs, about 250 KB of minified JavaScript (zod is 93 KB of it). Before
 * every `npm run ask` it runs with `--if-stale`: the bundle is rebuilt only when a file it was built
 * from changed (scripts/bundle-key.mjs: a hash of the content of every input esbuild reported last
 * time, our sources and the bundled packages, of this script and of the indexing code's hash, kept
 * beside the bundle in dist/ask.build.json). esbuild is imported only when building.
 *
 * Measured with bench/cold-start.ts (median of 15 against `node -e 0`, 2026-12-03): 120 ms against
 * 24 ms, 5.1× (130 ms, 5.5×, when pins.db exists and SQLite must be loaded); the tsx loader takes
 * about 460 ms, 18×. Dates are written out without Intl (ICU's data cost about 6 ms). What keeps it small: the snapshot in DATA_DIR (no corpus file read, no
 * YAML parsed, WordNet's exception lists in it), zod imported as a namespace so unused parts are
 * dropped, and packages loaded on first use only: better-sqlite3 (a native module, needed once
 * someone has pinned), yaml (needed only when the snapshot is rebuilt) and pg (only with
 * DATABASE_URL; imported inside the function that opens the database, since esbuild inlines a lazily
 * imported module of our own and would otherwise load pg, and Node's fetch with it, at start).
 * Nothing bundled is CommonJS, so no `require` banner. The 4× target is missed; what remains is
 * mostly the answer itself run cold (about 20 ms), compiling and evaluating the bundle (about 30 ms,
 * zod's classes among it) and reading settings (README, Performance). The bundle carries the hash of the indexing
 * code it was built from, so it shares snapshots with the TypeScript entry points (`npm start`)
 * exactly when both run the same code.
 */
const { values } = parseArgs({
  options: { outdir: { type: 'string', default: 'dist' }, 'if-stale': { type: 'boolean' } },
});
const root = new URL('..', import.meta.url).pathname;
const outdir = values.outdir;
const indexCodeHash = indexCodeHashOf(root);
const extra = [readFileSync(new URL(import.meta.url)), indexCodeHash];

if (!(values['if-stale'] && bundleIsCurrent(root, outdir, extra))) {
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: { ask: `${root}adapters/cli/ask.ts` },
    outdir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: ['better-sqlite3', 'yaml', 'pg'],
    define: { INDEX_CODE_HASH: JSON.stringify(indexCodeHash) },
    logLevel: 'warning',
    minify: true,
    metafile: true,
    absWorkingDir: root,
  });
  const inputs = Object.keys(result.metafile.inputs)
    .map((input) => relative(root, join(root, input)))
    .sort();
  mkdirSync(outdir, { recursive: true });
  const key = bundleKey(root, inputs, extra);
  writeFileSync(join(outdir, 'ask.build.json'), `${JSON.stringify({ key, inputs }, null, 1)}\n`);
}
