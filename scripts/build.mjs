import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { indexCodeHashOf } from './index-code-hash.mjs';

/**
 * `npm run build` (also run by `npm install` / `npm ci` through `prepare`, and before every
 * `npm run ask`): bundles the one-shot console `ask` into dist/ask.mjs. One file of JavaScript
 * starts in about 3× a bare `node -e 0`, where the same code through the tsx loader takes about
 * 11× and tsc's one-file-per-module output about 4× (hundreds of small modules to resolve and
 * compile). better-sqlite3 stays external: it is a native module. Bundled CommonJS packages (yaml)
 * call `require`, which an ES module does not have, hence the banner. The bundle carries the hash
 * of the indexing code it was built from, so it shares index snapshots with the TypeScript entry
 * points (`npm start`) exactly when both run the same code.
 */
const { values } = parseArgs({ options: { outdir: { type: 'string', default: 'dist' } } });
const root = new URL('..', import.meta.url).pathname;

await build({
  entryPoints: { ask: `${root}adapters/cli/ask.ts` },
  outdir: values.outdir,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: ['better-sqlite3', 'yaml'],
  define: { INDEX_CODE_HASH: JSON.stringify(indexCodeHashOf(root)) },
  logLevel: 'warning',
  minify: true,
});
