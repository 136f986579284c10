import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { bundleIsCurrent, bundleKey } from './bundle-key.mjs';
import { indexCodeHashOf } from './index-code-hash.mjs';

/**
 * `npm run build` (also run by `npm install` / `npm ci` through `prepare`): bundles the one-shot
 * console `ask` into dist/ask-bundle.cjs, about 280 KB of minified CommonJS (zod is 93 KB of it),
 * and copies its loader, scripts/ask-loader.cjs, to dist/ask.cjs: the loader runs the bundle from
 * V8's code cache of its last run, dropped here with the bundle it was made from. Before
 * every `npm run ask` it runs with `--if-stale`: the bundle is rebuilt only when a file it was built
 * from changed (scripts/bundle-key.mjs: a hash of the content of every input esbuild reported last
 * time, our sources and the bundled packages, of this script and of the indexing code's hash, kept
 * beside the bundle in dist/ask.build.json). esbuild is imported only when building.
 *
 * Measured with bench/cold-start.ts (median of 15 against `node -e 0`, 2026-12-04): 94 ms against
 * 25 ms, 3.8× (101 ms, 4.05×, when pins.db exists and SQLite must be loaded; the outlets' collator
 * made on first use, the settings parsed without zod's compiled fast path and the articles'
 * aliases read from the snapshot took about 12 ms off a start of about 106 ms); before the code
 * cache, from an ES-module bundle, 116–120 ms (the cache saves about 19 ms of compiling, CommonJS
 * about 4 ms of module loading); the tsx loader takes about 460 ms, 18×. Dates are written out
 * without Intl (ICU's data cost about 6 ms). What keeps it small besides: the snapshot in DATA_DIR
 * (no corpus file read, no YAML parsed, WordNet's exception lists in it), zod imported as a
 * namespace so unused parts are dropped, better-sqlite3's JavaScript bundled and its native addon
 * loaded on first use only (needed once someone has pinned; src/sqlite.ts names its file, so
 * the `bindings` package does not search for it), and packages loaded on first use only: yaml
 * (needed only when the snapshot is rebuilt)
 * and pg (only with DATABASE_URL; imported inside the function that opens the database, since
 * esbuild inlines a lazily imported module of our own and would otherwise load pg, and Node's fetch
 * with it, at start). What remains is mostly the answer itself run cold (about 25 ms: tokenising
 * the candidate passages, first use of the large regular expressions), loading the snapshot (about
 * 9 ms), zod's classes and the settings (about 8 ms; README, Performance). The bundle carries the hash of the indexing
 * code it was built from, so it shares snapshots with the TypeScript entry points (`npm start`)
 * exactly when both run the same code.
 */
const { values } = parseArgs({
  options: { outdir: { type: 'string', default: 'dist' }, 'if-stale': { type: 'boolean' } },
});
const root = new URL('..', import.meta.url).pathname;
const outdir = values.outdir;
const indexCodeHash = indexCodeHashOf(root);
const loader = new URL('./ask-loader.cjs', import.meta.url);
const extra = [readFileSync(new URL(import.meta.url)), readFileSync(loader), indexCodeHash];

if (!(values['if-stale'] && bundleIsCurrent(root, outdir, extra))) {
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: { 'ask-bundle': `${root}adapters/cli/ask.ts` },
    outdir,
    outExtension: { '.js': '.cjs' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    // better-sqlite3's JavaScript is bundled (src/sqlite.ts names its native addon's file).
    external: ['yaml', 'pg'],
    // import.meta.url is the loader's (dist/ask.cjs), which the loader passes in as __filename.
    define: { INDEX_CODE_HASH: JSON.stringify(indexCodeHash), 'import.meta.url': '__askUrl' },
    banner: { js: 'var __askUrl = require("node:url").pathToFileURL(__filename).href;' },
    logLevel: 'warning',
    minify: true,
    metafile: true,
    absWorkingDir: root,
  });
  const inputs = Object.keys(result.metafile.inputs)
    .map((input) => relative(root, join(root, input)))
    .sort();
  mkdirSync(outdir, { recursive: true });
  copyFileSync(loader, join(outdir, 'ask.cjs'));
  // The code cache of the last bundle is V8's compiled form of that bundle: it goes with it.
  rmSync(join(outdir, 'ask-bundle.cjs.cache'), { force: true });
  rmSync(join(outdir, 'ask.mjs'), { force: true });
  const key = bundleKey(root, inputs, extra);
  writeFileSync(join(outdir, 'ask.build.json'), `${JSON.stringify({ key, inputs }, null, 1)}\n`);
}
